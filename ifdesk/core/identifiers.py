"""French company identifiers: SIREN, SIRET (both keys, La Poste exception; python-stdnum) and NAF codes."""

from __future__ import annotations

import re

from ..i18n import _
from .errors import ValidationError

LA_POSTE_SIREN = "356000000"
_SPACES = re.compile(r"[\s\u00a0\u202f.\-]")


def luhn_ok(digits: str) -> bool:
    from stdnum import luhn

    return digits.isascii() and digits.isdigit() and luhn.is_valid(digits)


def _digits(raw: str) -> str:
    return _SPACES.sub("", raw or "")


def _siren_key_ok(siren: str) -> bool:
    """The SIREN's own key (Luhn, python-stdnum's rule); 000000000 is never attributed."""
    from stdnum.fr import siren as std_siren

    return siren != "000000000" and std_siren.is_valid(siren)


def normalize_siren(raw: str) -> str:
    s = _digits(raw)
    if not s.isdigit() or len(s) != 9 or not s.isascii():
        raise ValidationError(_("SIREN invalide : 9 chiffres attendus (reçu « {raw} »).", raw=raw), "siren")
    if not _siren_key_ok(s):
        raise ValidationError(_("SIREN invalide : clé SIREN invalide ({s}).", s=s), "siren")
    return s


def siret_key_ok(s: str) -> bool:
    """The SIRET's key over its 14 digits: Luhn, or for La Poste (SIREN 356000000) Luhn OR a digit sum
    multiple of 5 (product.md; python-stdnum accepts only the sum for La Poste's establishments)."""
    from stdnum import luhn

    if luhn.is_valid(s):
        return True
    return s.startswith(LA_POSTE_SIREN) and sum(int(c) for c in s) % 5 == 0


def normalize_siret(raw: str) -> str:
    """Digits only, checked; spaces (also non-breaking), dots and dashes are accepted in input.

    Both keys are checked: the SIREN's (its first 9 digits) and the SIRET's (all 14)."""
    s = _digits(raw)
    if not s.isascii() or not s.isdigit() or len(s) != 14:
        raise ValidationError(_("SIRET invalide : 14 chiffres attendus (reçu « {raw} »).", raw=raw), "siret")
    if not _siren_key_ok(s[:9]):
        raise ValidationError(_("SIRET invalide : clé SIREN invalide ({s}).", s=s[:9]), "siret")
    if not siret_key_ok(s):
        raise ValidationError(_("SIRET invalide : clé SIRET invalide ({s}).", s=s), "siret")
    return s


def is_valid_siret(raw: str) -> bool:
    try:
        normalize_siret(raw)
        return True
    except ValidationError:
        return False


def format_siret(s: str) -> str:
    """732 829 320 00074"""
    return f"{s[0:3]} {s[3:6]} {s[6:9]} {s[9:14]}" if len(s) == 14 else s


def luhn_complete(prefix: str) -> str:
    """Append the digit that makes `prefix` pass Luhn (used to make valid demo identifiers)."""
    from stdnum import luhn

    return prefix + luhn.calc_check_digit(prefix)


def normalize_naf(raw: str) -> str:
    """`25.62B`, `2562B`, `25.62b` → `25.62B`; the sub-class must exist in NAF rév. 2 (core/naf.py)."""
    from . import naf

    return naf.normalize(raw)


def naf_division(code: str) -> str:
    return code[:2]


def is_manufacturing(naf_code: str) -> bool:
    """Section C of NAF rév. 2 (divisions 10 to 33)."""
    from . import naf

    return naf.is_manufacturing(naf_code)

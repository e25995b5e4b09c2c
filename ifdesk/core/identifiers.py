"""French company identifiers: SIREN, SIRET (Luhn, La Poste exception) and NAF rév. 2 codes."""

from __future__ import annotations

import re

from ..i18n import _
from .errors import ValidationError

LA_POSTE_SIREN = "356000000"
_SPACES = re.compile(r"[\s\u00a0\u202f.\-]")
_NAF = re.compile(r"^(\d{2})\.?(\d{2})([A-Z])$")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _digits(raw: str) -> str:
    return _SPACES.sub("", raw or "")


def normalize_siren(raw: str) -> str:
    s = _digits(raw)
    if not s.isdigit() or len(s) != 9 or not s.isascii():
        raise ValidationError(_("SIREN invalide : 9 chiffres attendus (reçu « {raw} »).", raw=raw), "siren")
    if not luhn_ok(s):
        raise ValidationError(_("SIREN invalide : la clé de contrôle (Luhn) est fausse ({s}).", s=s), "siren")
    return s


def normalize_siret(raw: str) -> str:
    """Digits only, checked; spaces (also non-breaking), dots and dashes are accepted in input."""
    s = _digits(raw)
    if not s.isascii() or not s.isdigit() or len(s) != 14:
        raise ValidationError(_("SIRET invalide : 14 chiffres attendus (reçu « {raw} »).", raw=raw), "siret")
    if luhn_ok(s):
        return s
    if s.startswith(LA_POSTE_SIREN) and sum(int(c) for c in s) % 5 == 0:
        return s
    raise ValidationError(_("SIRET invalide : la clé de contrôle (Luhn) est fausse ({s}).", s=s), "siret")


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
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError("unreachable")


def normalize_naf(raw: str) -> str:
    """`25.62B`, `2562B`, `25.62b` → `25.62B`; the division must exist in NAF rév. 2."""
    from .reference_data import naf_division_name

    s = (raw or "").strip().upper().replace(" ", "")
    m = _NAF.match(s)
    if not m:
        raise ValidationError(_("Code NAF invalide : format attendu NN.NNL, par ex. 25.62B (reçu « {raw} »).", raw=raw), "naf")
    code = f"{m.group(1)}.{m.group(2)}{m.group(3)}"
    if naf_division_name(m.group(1)) is None:
        raise ValidationError(_("Code NAF invalide : la division {d} n'existe pas dans la NAF rév. 2.", d=m.group(1)), "naf")
    return code


def naf_division(code: str) -> str:
    return code[:2]



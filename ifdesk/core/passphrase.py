"""The passphrase rule for a new or changed identity (docs/decisions-safety.md).

The key behind it is protected by age's scrypt (memory-hard), which slows each guess; the rule only
removes the passphrases an attacker tries first: too short, too few different characters (one
character repeated, `abababab…`), a plain sequence (`123456789012`, `abcdefghijkl`), or a
common password, whatever its case, spaces and trailing digits.
"""

from __future__ import annotations

from ..i18n import _

MIN_LENGTH = 12
MIN_DISTINCT = 5
COMMON = {
    "motdepasse", "motdepassesecret", "password", "passphrase", "phrasesecrete", "phrasesecrète", "azerty",
    "azertyuiop", "azertyuiopqsdf", "azertyuiopqsdfghjklm", "qwerty", "qwertyuiop", "qwertyuiopasdf", "soleil",
    "bonjour", "bonjourbonjour", "jetaime", "jetaimejetaime", "doudou", "chouchou", "loulou", "marseille",
    "iloveyou", "letmein", "welcome", "admin", "administrateur", "changeme", "secret", "motdepasseifdesk",
    "ifdesk", "industriedufutur", "monmotdepasse", "trustno1", "dragon", "football", "sunshine", "princess",
    "baseball", "superman", "starwars", "123soleil", "ifdeskifdesk", "mypassword", "passwordpassword",
}


def _sequence(text: str) -> bool:
    """`abcdefghijkl`, `zyxw…`, `123456789012` (digits wrap): each character one step from the previous one."""
    steps = {ord(b) - ord(a) for a, b in zip(text, text[1:])}
    if len(steps) == 1 and steps <= {-1, 1}:
        return True
    return text.isdigit() and len({(int(b) - int(a)) % 10 for a, b in zip(text, text[1:])}) == 1


def passphrase_problem(passphrase: str | None) -> str | None:
    """Why `passphrase` is too weak (a French sentence ready for « Phrase secrète trop faible : … »), or None."""
    p = passphrase or ""
    if len(p) < MIN_LENGTH:
        return _("au moins {n} caractères (une phrase de plusieurs mots se retient mieux)", n=MIN_LENGTH)
    if len(set(p.casefold())) < MIN_DISTINCT:
        return _("trop peu de caractères différents (au moins {n}) : un caractère ou un motif répété se devine vite",
                 n=MIN_DISTINCT)
    folded = "".join(c for c in p.casefold() if not c.isspace())
    if _sequence(folded):
        return _("une suite de caractères (123…, abc…) se devine vite")
    if folded.rstrip("0123456789!?.") in COMMON or folded in COMMON:
        return _("c'est l'une des phrases secrètes les plus courantes, essayée en premier")
    return None

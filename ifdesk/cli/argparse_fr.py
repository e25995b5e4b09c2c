"""argparse's own texts (its help lines and usage errors) in French when the command line speaks French.

argparse looks every text up through its module-level `_` and `ngettext` (gettext, English source);
`install()` hands it these instead. Texts not listed here, or from a newer Python, stay English.
"""

from __future__ import annotations

import argparse

from ..i18n import language

FR = {
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version du programme et quitter",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "une valeur au plus attendue",
    "expected at least one argument": "une valeur au moins attendue",
    "invalid %(type)s value: %(value)r": "valeur %(type)s invalide : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "ignored explicit argument %r": "argument explicite ignoré : %r",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
}
FR_PLURAL = {
    "expected %s argument": ("%s valeur attendue", "%s valeurs attendues"),
}


def gettext(message: str) -> str:
    return FR.get(message, message) if language() == "fr" else message


def ngettext(singular: str, plural: str, n: int) -> str:
    if language() == "fr" and singular in FR_PLURAL:
        one, many = FR_PLURAL[singular]
        return one if n <= 1 else many
    return singular if n == 1 else plural


def install() -> None:
    # argparse's module-level gettext hooks (typeshed's stub does not declare them)
    for name, fn in (("_", gettext), ("ngettext", ngettext)):
        setattr(argparse, name, fn)

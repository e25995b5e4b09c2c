"""`ifdesk distribute [--referentiel FILE] [--assign SIRET=KEY_ID …] -o FILE` (office only)."""

from __future__ import annotations

from ..core.errors import IfdeskError
from ..core.identifiers import format_siret
from ..i18n import _


def register(sub) -> None:
    p = sub.add_parser("distribute", help=_("bureau régional : paquet signé de référentiels et d'attributions "
                                            "d'entreprises pour les experts"))
    p.add_argument("--referentiel", action="append", default=[], metavar=_("FICHIER"),
                   help=_("fichier de référentiel à distribuer (répétable) ; la version la plus récente devient "
                          "celle des nouveaux diagnostics des experts"))
    p.add_argument("--assign", action="append", default=[], metavar=_("SIRET=CLÉ"),
                   help=_("attribuer l'entreprise SIRET à l'expert de clé CLÉ (répétable)"))
    p.add_argument("--benchmark", action="store_true",
                   help=_("joindre les quartiles anonymes par division NAF et catégorie (diagnostics approuvés, "
                          "cellules d'au moins 5 entreprises)"))
    p.add_argument("-o", "--output", required=True, metavar=_("FICHIER"), help=_("le paquet .ifbundle à écrire"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=distribute)


def parse_assignments(values: list[str]) -> dict[str, str]:
    """`SIRET=KEY_ID` pairs; a malformed one or a SIRET given twice with two keys is refused."""
    out: dict[str, str] = {}
    bad = []
    for v in values:
        siret, sep, key = v.partition("=")
        siret, key = "".join(siret.split()), key.strip().lower()
        if not sep or not siret or not key:
            bad.append(_("--assign « {v} » : forme attendue SIRET=CLÉ (la clé de l'expert, 16 caractères hexadécimaux)", v=v))
        elif siret in out and out[siret] != key:
            bad.append(_("--assign : SIRET {s} attribué à deux experts ({a} et {b})", s=siret, a=out[siret], b=key))
        else:
            out[siret] = key
    if bad:
        raise IfdeskError("\n".join(bad))
    return out


def distribute(args, ctx) -> int:
    from ..bundle import make_distribution

    assignments = parse_assignments(args.assign)
    # the passphrase is asked only once the role and every input have been checked
    d = make_distribution(ctx.workspace(), args.output, ctx.passphrase, referentiel_files=args.referentiel,
                          assignments=assignments, benchmark=args.benchmark)
    if args.json:
        ctx.json(d.as_dict())
        return 0
    ctx.say(_("{p} : distribution signée, {r} référentiel(s), {n} entreprise(s) attribuée(s)",
              p=d.path, r=len(d.referentiels), n=len(d.assignments)))
    for r in d.referentiels:
        mark = " *" if r["sha256"] == d.default_referentiel else ""
        ctx.say(f"  {r['id']} {r['version']}  {r['sha256'][:16]}…{mark}")
    for a in d.assignments:
        ctx.say(f"  {format_siret(a['siret'])}  {a['name']}  → {a['assigned_to']}")
    if d.benchmark is not None:
        ctx.say(_("comparaison anonyme : {n} cellule(s) d'au moins 5 entreprises", n=len(d.benchmark)))
    if d.reviews:
        ctx.say(_("{n} décision(s) de revue envoyée(s) aux experts concernés", n=len(d.reviews)))
    return 0

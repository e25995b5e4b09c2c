"""`ifdesk identity init|show|card|rotate`: the workspace's Ed25519 identity."""

from __future__ import annotations

from ..i18n import _


def register(sub) -> None:
    p = sub.add_parser("identity", help=_("identité de l'espace de travail (clé de signature)"))
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    i = s.add_parser("init", help=_("créer l'identité (clé Ed25519 chiffrée par la phrase secrète)"))
    i.add_argument("--name", required=True, help=_("nom de l'expert ou du bureau"))
    i.add_argument("--org", required=True, help=_("organisation"))
    i.add_argument("--role", choices=["expert", "office", "national"], default="expert",
                   help=_("expert (défaut), office (bureau régional) ou national (référencement et pilotage national)"))
    i.add_argument("--json", action="store_true")
    i.set_defaults(func=init)
    sh = s.add_parser("show", help=_("identifiant de clé, empreinte, nom, organisation, rôle"))
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=show)
    c = s.add_parser("card", help=_("exporter la carte d'identité publique"))
    c.add_argument("-o", "--output", required=True, metavar=_("FICHIER"))
    c.set_defaults(func=card)
    r = s.add_parser("rotate", help=_("changer de clé : nouvelle carte contre-signée par l'ancienne clé"))
    r.add_argument("-o", "--output", metavar=_("FICHIER"), help=_("écrire aussi la nouvelle carte dans ce fichier"))
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=rotate)


def _public(info: dict) -> dict:
    return {k: info[k] for k in ("key_id", "fingerprint", "name", "org", "role")} | {
        k: info[k] for k in ("age_recipient", "created_at", "previous_key_ids") if k in info}


def _say_identity(ctx, info: dict) -> None:
    ctx.say(_("Identité : {n} ({o}), rôle {r}", n=info["name"], o=info["org"], r=info["role"]))
    ctx.say(_("Clé : {k}", k=info["key_id"]))
    ctx.say(_("Empreinte : {f}", f=info["fingerprint"]))


def init(args, ctx) -> int:
    from ..bundle import create_identity

    ws = ctx.workspace()
    passphrase = ctx.passphrase(_("Nouvelle phrase secrète : "), confirm=True)
    info = create_identity(ws, args.name, args.org, args.role, passphrase)
    if args.json:
        ctx.json(_public(info) | {"adopted": info["adopted"]})
    else:
        _say_identity(ctx, info)
        if info["adopted"]:
            ctx.say(_("{n} diagnostic(s) créé(s) avant l'identité lui sont désormais rattachés.", n=info["adopted"]))
        ctx.say(_("Communiquez l'empreinte par téléphone à vos correspondants pour qu'ils enrôlent votre carte."))
    return 0


def show(args, ctx) -> int:
    from ..bundle import describe

    info = describe(ctx.workspace(readonly=True))
    if args.json:
        ctx.json(_public(info))
    else:
        _say_identity(ctx, info)
    return 0


def card(args, ctx) -> int:
    from ..bundle import describe, write_card

    ws = ctx.workspace(readonly=True)
    path = write_card(ws, args.output)
    info = describe(ws)
    ctx.say(_("Carte écrite dans {p} — empreinte {f}", p=path, f=info["fingerprint"]))
    return 0


def rotate(args, ctx) -> int:
    from ..bundle import rotate_identity, write_card

    ws = ctx.workspace()
    info = rotate_identity(ws, ctx.passphrase())
    if args.output:
        write_card(ws, args.output)
    if args.json:
        ctx.json(_public(info) | {"replaces": info["replaces"]})
    else:
        _say_identity(ctx, info)
        ctx.say(_("Remplace la clé {k}. Envoyez la nouvelle carte : elle est contre-signée par l'ancienne clé.", k=info["replaces"]))
    return 0

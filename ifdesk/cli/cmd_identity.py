"""`ifdesk identity init|show|card|rotate|backup|restore|age-identity`: the workspace's Ed25519 identity."""

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
    b = s.add_parser("backup", help=_("sauvegarder l'identité (clés, carte) dans un fichier chiffré par la phrase secrète"))
    b.add_argument("-o", "--output", required=True, metavar=_("FICHIER"))
    b.set_defaults(func=backup)
    rs = s.add_parser("restore", help=_("restaurer une identité sauvegardée dans cet espace de travail"))
    rs.add_argument("file", metavar=_("FICHIER"))
    rs.add_argument("--force", action="store_true", help=_("remplacer l'identité existante de cet espace de travail"))
    rs.add_argument("--json", action="store_true")
    rs.set_defaults(func=restore)
    a = s.add_parser("age-identity", help=_("bureau : exporter l'identité age (AGE-SECRET-KEY-…) pour l'outil age standard"))
    a.add_argument("-o", "--output", required=True, metavar=_("FICHIER"))
    a.set_defaults(func=age_identity_file)


def _public(info: dict) -> dict:
    return {k: info[k] for k in ("key_id", "fingerprint", "name", "org", "role")} | {
        k: info[k] for k in ("age_recipient", "created_at", "previous_key_ids") if k in info}


def role_label(role: str) -> str:
    return {"expert": _("expert"), "office": _("bureau régional")}.get(role, role)


def _say_identity(ctx, info: dict) -> None:
    ctx.say(_("Identité : {n} ({o}), rôle {r}", n=info["name"], o=info["org"], r=role_label(info["role"])))
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


def backup(args, ctx) -> int:
    from ..bundle.keyfile import backup_identity

    info = backup_identity(ctx.workspace(readonly=True), args.output, ctx.passphrase())
    ctx.say(_("Identité {k} sauvegardée dans {p}, chiffrée par votre phrase secrète.", k=info["key_id"], p=args.output))
    ctx.say(_("Gardez ce fichier hors de l'ordinateur (clé USB rangée, coffre) : avec la phrase secrète, il suffit "
              "à restaurer l'identité (« ifdesk identity restore »)."))
    return 0


def restore(args, ctx) -> int:
    from ..bundle.keyfile import restore_identity

    info = restore_identity(ctx.workspace(), args.file, ctx.passphrase(), force=args.force)
    if args.json:
        ctx.json(_public(info) | {"adopted": info["adopted"], "replaced": info["replaced"]})
    else:
        _say_identity(ctx, info)
        ctx.say(_("Identité restaurée depuis {p}.", p=args.file))
    return 0


def age_identity_file(args, ctx) -> int:
    from ..bundle.keyfile import export_age_identity

    info = export_age_identity(ctx.workspace(readonly=True), args.output, ctx.passphrase())
    ctx.say(_("Identité age du bureau écrite dans {p} (lisible par vous seul) : « age -d -i {p} paquet.ifbundle.age » "
              "déchiffre un paquet sans ifdesk.", p=args.output))
    ctx.say(_("Destinataire correspondant : {r}. Ce fichier ouvre tous les paquets du bureau : ne le copiez nulle part.",
              r=info["age_recipient"]))
    return 0

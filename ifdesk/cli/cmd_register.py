"""`ifdesk register add|remove|list|publish`: the national register of referenced experts (national.md)."""

from __future__ import annotations

from ..i18n import _


def register(sub) -> None:
    p = sub.add_parser("register", help=_("national : le registre des experts référencés"))
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = s.add_parser("add", help=_("référencer un expert (sa carte, après vérification de l'empreinte)"))
    a.add_argument("card", metavar=_("CARTE"))
    a.add_argument("--fingerprint", required=True, metavar=_("EMPREINTE"),
                   help=_("empreinte communiquée par son titulaire (comparée à la carte)"))
    a.add_argument("--regions", metavar=_("CODES"), help=_("régions où l'expert intervient, par ex. 84,27"))
    a.add_argument("--date", metavar=_("AAAA-MM-JJ"), help=_("date du référencement (aujourd'hui par défaut)"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=add)
    r = s.add_parser("remove", help=_("dé-référencer un expert à une date, avec une raison"))
    r.add_argument("key_id", metavar="KEY_ID")
    r.add_argument("--reason", required=True, metavar=_("TEXTE"), help=_("raison du dé-référencement"))
    r.add_argument("--date", metavar=_("AAAA-MM-JJ"), help=_("à partir de cette date (aujourd'hui par défaut)"))
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=remove)
    ls = s.add_parser("list", help=_("lister le registre (celui de l'identité nationale, ou la copie reçue)"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_)
    pb = s.add_parser("publish", help=_("écrire le registre signé, avec un numéro de séquence croissant"))
    pb.add_argument("-o", "--output", required=True, metavar=_("FICHIER"))
    pb.add_argument("--json", action="store_true")
    pb.set_defaults(func=publish)


def add(args, ctx) -> int:
    from ..bundle import read_card_file, register_add

    _card, data = read_card_file(args.card)
    res = register_add(ctx.workspace(), data, args.fingerprint, args.regions, args.date)
    if args.json:
        ctx.json(res)
    elif res["result"] == "already":
        ctx.say(_("{n} (clé {k}) est déjà référencé(e) depuis le {d}.", n=res["name"], k=res["key_id"], d=res["since"]))
    else:
        ctx.say(_("{n} ({o}, clé {k}) référencé(e) le {d}.", n=res["name"], o=res["org"], k=res["key_id"], d=res["since"]))
    return 0


def remove(args, ctx) -> int:
    from ..bundle import register_remove

    res = register_remove(ctx.workspace(), args.key_id, args.reason, args.date)
    if args.json:
        ctx.json(res)
    else:
        ctx.say(_("{n} (clé {k}) dé-référencé(e) à partir du {d} : {r}", n=res["name"], k=res["key_id"], d=res["until"],
                  r=res["reason"]))
    return 0


def list_(args, ctx) -> int:
    from ..bundle import register_info, register_list

    ws = ctx.workspace(readonly=True)
    rows = register_list(ws)
    if args.json:
        ctx.json(rows)
        return 0
    info = register_info(ws)
    ctx.say(_("Registre n° {s} · {n} expert(s) référencé(s), {m} dé-référencé(s)", s=info["sequence"],
              n=sum(r["status"] == "referenced" for r in rows), m=sum(r["status"] == "dereferenced" for r in rows)))
    for r in rows:
        state = _("référencé depuis le {d}", d=r["since"]) if r["status"] == "referenced" else \
            _("dé-référencé le {d} ({r})", d=r["until"], r=r["reason"])
        ctx.say(f"{r['key_id']}  {r['name']} ({r['org']})  {','.join(r['regions']) or '—'}  {state}")
    return 0


def publish(args, ctx) -> int:
    from ..bundle import register_publish

    ws = ctx.workspace()
    res = register_publish(ws, args.output, lambda: ctx.passphrase())
    if args.json:
        ctx.json({"sequence": res["sequence"], "path": res["path"], "entries": res["entries"],
                  "referenced": res["referenced"]})
    else:
        ctx.say(_("Registre n° {s} écrit dans {p} ({n} expert(s) référencé(s)).", s=res["sequence"], p=res["path"],
                  n=res["referenced"]))
    return 0

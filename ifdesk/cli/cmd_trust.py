"""`ifdesk trust add|list|revoke`: the keys this workspace trusts."""

from __future__ import annotations

import sys

from ..core.errors import IfdeskError
from ..i18n import _
from .cmd_identity import role_label


def register(sub) -> None:
    p = sub.add_parser("trust", help=_("magasin de confiance (cartes enrôlées)"))
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = s.add_parser("add", help=_("enrôler une carte d'identité après avoir vérifié son empreinte"))
    a.add_argument("card", metavar=_("CARTE"))
    a.add_argument("--fingerprint", metavar=_("EMPREINTE"), help=_("empreinte communiquée par son titulaire (comparée à la carte)"))
    a.add_argument("--yes", action="store_true", help=_("l'empreinte a été vérifiée de vive voix"))
    a.add_argument("--region", metavar="CODE",
                   help=_("national : la région du bureau régional enrôlé (ses paquets de programmes doivent la porter)"))
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=add)
    ls = s.add_parser("list", help=_("lister les clés enrôlées"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_)
    r = s.add_parser("revoke", help=_("révoquer une clé : ses paquets suivants seront refusés"))
    r.add_argument("key_id", metavar="KEY_ID")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=revoke)


def add(args, ctx) -> int:
    from ..bundle import read_card_file, trust_add
    from ..bundle.identity import spoken_fingerprint

    ws = ctx.workspace()
    card, data = read_card_file(args.card)
    region = None
    if args.region is not None:
        from ..bundle.forward import check_office_region

        region = check_office_region(ws, card, args.region)
    confirmed = args.yes
    if args.fingerprint is None and not confirmed and card.rotation is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise IfdeskError("\n".join((
                _("Carte de {n} ({o}) : comparez son empreinte avec son titulaire, de vive voix (par téléphone).",
                  n=card.name, o=card.org),
                _("Empreinte de la carte, groupe par groupe : {f}", f=spoken_fingerprint(card.fingerprint)),
                _("Faites-vous lire la sienne par le titulaire : si les 8 groupes sont identiques, relancez avec "
                  "--fingerprint suivi de l'empreinte qu'il vous a lue, ou avec --yes."))))
        ctx.say(_("Carte de {n} ({o}), rôle {r}", n=card.name, o=card.org, r=role_label(card.role)))
        ctx.say(_("Empreinte de la carte, groupe par groupe : {f}", f=spoken_fingerprint(card.fingerprint)))
        confirmed = input(_("Cette empreinte est-elle celle que son titulaire vous a lue ? [o/N] ")).strip().lower() in ("o", "oui", "y", "yes")
        if not confirmed:
            raise IfdeskError(_("Enrôlement annulé."))
    res = trust_add(ws, data, fingerprint=args.fingerprint, confirmed=confirmed)
    if region is not None and res.get("status") == "active":
        from ..bundle.forward import set_office_region

        set_office_region(ws, card.key_id, region)
        res["region"] = region
    if args.json:
        ctx.json(res)
    elif res["result"] == "rotated":
        ctx.say(_("Clé {k} ({n}) enrôlée : elle remplace la clé {o} (rotation contre-signée).", k=res["key_id"], n=res["name"], o=res["replaces"]))
    elif res["result"] == "held":
        ctx.say(_("Clé {k} ({n}) mise en attente : {r}.", k=res["key_id"], n=res["name"], r=res["reason"]))
    elif res["result"] == "already":
        ctx.say(_("Clé {k} ({n}) déjà enrôlée.", k=res["key_id"], n=res["name"]))
    else:
        ctx.say(_("Clé {k} ({n}, {o}) enrôlée — empreinte {f}", k=res["key_id"], n=res["name"], o=res["org"], f=res["fingerprint"]))
    return 0


def list_(args, ctx) -> int:
    from ..bundle import trust_list

    rows = trust_list(ctx.workspace(readonly=True))
    if args.json:
        ctx.json(rows)
        return 0
    if not rows:
        ctx.say(_("Aucune clé enrôlée."))
    labels = {"active": _("active"), "revoked": _("révoquée"), "rotated": _("remplacée"), "held": _("en attente")}
    for r in rows:
        ctx.say(f"{r['key_id']}  {labels.get(r['status'], r['status']):9}  {role_label(r['role']):15}  {r['name']} ({r['org']})  "
                f"{r['fingerprint']}")
    return 0


def revoke(args, ctx) -> int:
    from ..bundle import trust_revoke

    res = trust_revoke(ctx.workspace(), args.key_id)
    if args.json:
        ctx.json(res)
    else:
        ctx.say(_("Clé {k} révoquée ; {n} révision(s) reçue(s) de cette clé sont marquées.", k=res["key_id"], n=res["marked_revisions"]))
        if len(res.get("revoked", [])) > 1:
            ctx.say(_("Révoquées avec elle (clés issues de sa rotation) : {k}.", k=", ".join(res["revoked"][1:])))
    return 0

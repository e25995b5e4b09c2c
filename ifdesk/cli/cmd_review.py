"""`ifdesk review ID (--approve | --request-changes COMMENT | --reject REASON)`: the office's review of a
received diagnostic (bundle.md, Authority). Without a decision, shows the review and its journal."""

from __future__ import annotations

from ..i18n import _


def register(sub) -> None:
    p = sub.add_parser("review", help=_("revue par le bureau d'un diagnostic reçu (approuver, demander des "
                                        "modifications, rejeter)"))
    p.add_argument("id", metavar="ID", help=_("identifiant du diagnostic (ou un préfixe unique d'au moins 6 caractères)"))
    g = p.add_mutually_exclusive_group()
    g.add_argument("--approve", action="store_true", help=_("approuver la révision courante"))
    g.add_argument("--request-changes", metavar=_("COMMENTAIRE"), help=_("demander des modifications à l'expert"))
    g.add_argument("--reject", metavar=_("RAISON"), help=_("rejeter (non compté dans les objectifs)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=review)


def review(args, ctx) -> int:
    from ..store import reviews

    ws = ctx.workspace(readonly=not (args.approve or args.request_changes is not None or args.reject is not None))
    diag_id = ws.diagnostics.resolve_id(args.id)
    if args.approve or args.request_changes is not None or args.reject is not None:
        state, comment = (("approved", "") if args.approve else ("changes_requested", args.request_changes)
                          if args.request_changes is not None else ("rejected", args.reject))
        reviews.decide(ws, diag_id, state, comment)
    r = reviews.get_review(ws.db, diag_id)
    if args.json:
        ctx.json({"id": diag_id, "review": reviews.review_json(r), "revision": r["revision"] if r else None,
                  "history": reviews.history(ws.db, diag_id)})
        return 0
    if r is None:
        ctx.say(_("{id} : pas de revue (diagnostic non reçu d'un expert)", id=diag_id))
        return 0
    ctx.say(_("{id} r{r} : {s}", id=diag_id, r=r["revision"], s=reviews.state_label(r["state"])))
    if r["comment"]:
        ctx.say("  " + r["comment"])
    return 0

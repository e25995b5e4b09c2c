"""`ifdesk diag new|set|complete|reopen|list|show|synthesis|action`."""

from __future__ import annotations

from datetime import date

from ..core.errors import ValidationError
from ..core.identifiers import normalize_siret
from ..i18n import _


def register(sub) -> None:
    p = sub.add_parser("diag", help=_("diagnostics"))
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    n = s.add_parser("new", help=_("démarrer un diagnostic"))
    n.add_argument("--siret", required=True)
    n.add_argument("--visit-date", type=date.fromisoformat, help=_("date de la visite (AAAA-MM-JJ)"))
    n.add_argument("--json", action="store_true")
    n.set_defaults(func=new)
    st = s.add_parser("set", help=_("enregistrer une réponse"))
    st.add_argument("id", metavar="ID", help=_("identifiant du diagnostic (ou un préfixe unique d'au moins 6 caractères)"))
    st.add_argument("criterion", metavar=_("CRITERE"), help=_("identifiant du critère (voir « ifdesk referentiel show »)"))
    st.add_argument("level", metavar=_("NIVEAU"), nargs="?", type=int, help=_("niveau actuel, dans l'échelle du référentiel"))
    st.add_argument("--na", metavar=_("RAISON"), help=_("non applicable, avec la raison"))
    st.add_argument("--target", type=int, metavar=_("CIBLE"))
    st.add_argument("--note", metavar=_("TEXTE"))
    st.add_argument("--important", action="store_true", help=_("critère jugé important par l'entreprise"))
    st.set_defaults(func=set_)
    for name, fn, hlp in (("complete", complete, _("terminer (vérifie que tout est renseigné)")),
                          ("reopen", reopen, _("rouvrir : crée la révision suivante"))):
        c = s.add_parser(name, help=hlp)
        c.add_argument("id", metavar="ID")
        c.add_argument("--json", action="store_true")
        c.set_defaults(func=fn)
    ls = s.add_parser("list", help=_("lister les diagnostics"))
    ls.add_argument("--status", choices=["draft", "completed", "exported"])
    ls.add_argument("--review", choices=["to_review", "approved", "changes_requested", "rejected"],
                    help=_("seulement les diagnostics dans cet état de revue"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_)
    sh = s.add_parser("show", help=_("un diagnostic avec ses scores"))
    sh.add_argument("id", metavar="ID")
    sh.add_argument("--revision", type=int)
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=show)
    sy = s.add_parser("synthesis", help=_("points forts, points faibles, date de visite"))
    sy.add_argument("id", metavar="ID")
    sy.add_argument("--strengths", metavar=_("TEXTE"))
    sy.add_argument("--weaknesses", metavar=_("TEXTE"))
    sy.add_argument("--visit-date", type=date.fromisoformat)
    sy.set_defaults(func=synthesis)
    ac = s.add_parser("action", help=_("ajouter une action au plan"))
    ac.add_argument("id", metavar="ID")
    ac.add_argument("--title", required=True)
    ac.add_argument("--criteria", default="", help=_("critères liés, séparés par des virgules"))
    ac.add_argument("--priority", type=int, default=2, choices=[1, 2, 3])
    ac.add_argument("--horizon", default="moyen", choices=["court", "moyen", "long"])
    ac.add_argument("--owner", default="")
    ac.add_argument("--cost", type=float)
    ac.add_argument("--due", type=date.fromisoformat)
    ac.set_defaults(func=action)
    at = s.add_parser("action-status", help=_("le statut d'une action du plan (sur une révision en brouillon)"))
    at.add_argument("id", metavar="ID")
    at.add_argument("action_id", metavar="ACTION_ID", help=_("identifiant de l'action (voir « diag show --json »)"))
    at.add_argument("status", metavar="STATUS", help="planned, in_progress, done, abandoned")
    at.add_argument("--reason", metavar=_("TEXTE"), default="", help=_("raison de l'abandon (obligatoire pour abandoned)"))
    at.add_argument("--json", action="store_true")
    at.set_defaults(func=action_status)


def _id(ws, raw: str) -> str:
    return ws.diagnostics.resolve_id(raw)


def new(args, ctx) -> int:
    ws = ctx.workspace()
    siret = normalize_siret(args.siret)
    ident = ws.identity()
    expert_key = ident["key_id"] if ident else None
    expert_name = ident["name"] if ident else (ws.setting("expert_name") or "")
    ref = ws.referentiels.current()
    diag_id = ws.diagnostics.create(siret, ref, expert_key, expert_name, visit_date=args.visit_date)
    if args.json:
        ctx.json({"id": diag_id, "referentiel": {"id": ref.id, "version": ref.version, "sha256": ref.sha256},
                  "previous_id": ws.diagnostics.get(diag_id).previous_id})
    else:
        ctx.say(diag_id)
    return 0


def set_(args, ctx) -> int:
    from ..core.diagnostic import Answer
    from ..core.validation import validated

    if (args.level is None) == (args.na is None):
        raise ValidationError(_("Indiquez soit un NIVEAU, soit --na RAISON."))
    ws = ctx.workspace()
    diag_id = _id(ws, args.id)
    prev = ws.diagnostics.get(diag_id).answers.get(args.criterion)
    fields = {"criterion": args.criterion, "level": args.level, "na": args.na is not None, "na_reason": args.na or "",
              "target": args.target if args.target is not None else (prev.target if prev and args.na is None else None),
              "note": args.note if args.note is not None else (prev.note if prev else ""),
              "important": args.important or (prev.important if prev else False)}
    ws.diagnostics.save_answer(diag_id, validated(Answer, fields))
    ws.diagnostics.rescore(diag_id)
    ctx.say(_("enregistré : {c}", c=args.criterion))
    return 0


def complete(args, ctx) -> int:
    ws = ctx.workspace()
    d = ws.diagnostics.complete(_id(ws, args.id))
    if args.json:
        ctx.json({"id": d.id, "status": d.status.value, "revision": d.revision})
    else:
        ctx.say(_("diagnostic terminé : {id} (révision {r})", id=d.id, r=d.revision))
    return 0


def reopen(args, ctx) -> int:
    ws = ctx.workspace()
    d = ws.diagnostics.reopen(_id(ws, args.id))
    if args.json:
        ctx.json({"id": d.id, "status": d.status.value, "revision": d.revision, "base_revision": d.base_revision})
    else:
        ctx.say(_("diagnostic rouvert : {id}, révision {r}", id=d.id, r=d.revision))
    return 0


def list_(args, ctx) -> int:
    from ..store.reviews import all_reviews, review_json

    ws = ctx.workspace(readonly=True)
    rows = ws.diagnostics.list(status=args.status)
    revs = all_reviews(ws.db)
    if args.review:
        rows = [r for r in rows if (revs.get(r["id"]) or {}).get("state") == args.review]
    out = [{"id": r["id"], "siret": r["siret"], "company": r["company"], "status": r["status"], "revision": r["revision"],
            "base_revision": r["base_revision"], "previous_id": r["previous_id"], "expert_key_id": r["expert_key_id"], "expert_name": r["expert_name"],
            "referentiel": {"id": r["referentiel_id"], "version": r["referentiel_version"], "sha256": r["referentiel_sha256"]},
            "overall_score": r["overall_score"], "visit_date": r["visit_date"], "updated_at": r["updated_at"],
            "review": review_json(revs.get(r["id"]))} for r in rows]
    if args.json:
        ctx.json(out)
        return 0
    from ..core.diagnostic import Status

    for r in out:
        score = "-" if r["overall_score"] is None else f"{r['overall_score']:.2f}".replace(".", ",")
        ctx.say(f"{r['id']}  {Status(r['status']).label:<9} r{r['revision']}  {score:>5}  {r['company']}")
    if not out:
        ctx.say(_("aucun diagnostic"))
    return 0


def show(args, ctx) -> int:
    from ..core.summary import summarize

    ws = ctx.workspace(readonly=True)
    d = ws.diagnostics.get(_id(ws, args.id), args.revision)
    ref = ws.referentiels.get(d.referentiel.sha256)
    data = summarize(ref, d)
    from ..store.reviews import get_review, review_json

    review = get_review(ws.db, d.id)
    data["review"] = review_json(review)
    from ..store.benchmark import programme_keys

    data.update(programme_keys(ws, d, ref))
    if args.json:
        ctx.json(data)
        return 0
    fmt = lambda x: "-" if x is None else f"{x:.2f}".replace(".", ",")  # noqa: E731
    ctx.say(f"{d.company_name} — {d.siret}\n{_('diagnostic')} {d.id}  r{d.revision}  {d.status.label}  "
            f"{ref.id} {ref.version}")
    ctx.say(_("Indice global : {s} ({l})", s=fmt(data["overall_score"]), l=data["maturity_label"]))
    if review is not None:
        from ..store.reviews import state_label

        ctx.say(_("Revue du bureau : {s}", s=state_label(review["state"])) + (f" — {review['comment']}" if review["comment"] else ""))
    for t in ref.themes:
        ctx.say(f"  {t.title:<55} {fmt(data['theme_scores'][t.id]):>5}")
    if data["priorities"]:
        ctx.say(_("Priorités :"))
        for p in data["priorities"][:5]:
            ctx.say("  " + _("{c} : {a} → {b} (écart {g})", c=p["criterion"], a=p["current"], b=p["target"], g=p["gap"]))
    return 0


def show_json(ws, diag_id: str, revision: int | None = None) -> dict:
    """`diag show --json` as a dict (without the review key's formatting differences)."""
    from ..core.summary import summarize
    from ..store.reviews import get_review, review_json

    d = ws.diagnostics.get(diag_id, revision)
    ref = ws.referentiels.get(d.referentiel.sha256)
    data = summarize(ref, d)
    from ..store.benchmark import programme_keys

    data["review"] = review_json(get_review(ws.db, d.id))
    data.update(programme_keys(ws, d, ref))
    return data


def synthesis(args, ctx) -> int:
    ws = ctx.workspace()
    ws.diagnostics.set_synthesis(_id(ws, args.id), args.strengths, args.weaknesses, args.visit_date)
    ctx.say(_("synthèse enregistrée"))
    return 0


def action(args, ctx) -> int:
    from ..core.diagnostic import ActionItem
    from ..core.validation import validated

    ws = ctx.workspace()
    diag_id = _id(ws, args.id)
    d = ws.diagnostics.get(diag_id)
    item = validated(ActionItem, {"title": args.title, "criteria": [c.strip() for c in args.criteria.split(",") if c.strip()],
                                  "priority": args.priority, "horizon": args.horizon, "owner": args.owner,
                                  "cost_eur": args.cost, "due": args.due})
    ws.diagnostics.set_actions(diag_id, [*d.actions, item])
    ctx.say(_("action ajoutée ({n} au total)", n=len(d.actions) + 1))
    return 0




def action_status(args, ctx) -> int:
    ws = ctx.workspace()
    diag_id = _id(ws, args.id)
    a = ws.diagnostics.set_action_status(diag_id, args.action_id.strip().lower(), args.status.strip(), args.reason)
    if args.json:
        ctx.json({"id": diag_id, "action": a.model_dump(mode="json")})
    else:
        ctx.say(_("action {a} : {s}", a=a.id, s=a.status.label))
    return 0

"""`ifdesk diag new|set|complete|reopen|list|show|synthesis|set-info|action`."""

from __future__ import annotations


from ..core.errors import ValidationError
from ..core.identifiers import normalize_siret
from ..i18n import _
from .argtypes import amount, integer, day


def register(sub) -> None:
    p = sub.add_parser("diag", help=_("diagnostics"))
    s = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    n = s.add_parser("new", help=_("démarrer un diagnostic"))
    n.add_argument("--siret", required=True)
    n.add_argument("--visit-date", type=day, help=_("date de la visite (JJ/MM/AAAA ou AAAA-MM-JJ)"))
    n.add_argument("--json", action="store_true")
    n.set_defaults(func=new)
    st = s.add_parser("set", help=_("enregistrer une réponse"))
    st.add_argument("id", metavar="ID", help=_("identifiant du diagnostic (ou un préfixe unique d'au moins 6 caractères)"))
    st.add_argument("criterion", metavar=_("CRITERE"), help=_("identifiant du critère (voir « ifdesk referentiel show »)"))
    st.add_argument("level", metavar=_("NIVEAU"), nargs="?", type=integer, help=_("niveau actuel, dans l'échelle du référentiel"))
    st.add_argument("--na", metavar=_("RAISON"), help=_("non applicable, avec la raison"))
    st.add_argument("--target", type=integer, metavar=_("CIBLE"))
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
    sh.add_argument("--revision", type=integer)
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=show)
    sy = s.add_parser("synthesis", help=_("points forts, points faibles, date de visite"))
    sy.add_argument("id", metavar="ID")
    sy.add_argument("--strengths", metavar=_("TEXTE"))
    sy.add_argument("--weaknesses", metavar=_("TEXTE"))
    sy.add_argument("--visit-date", type=day)
    sy.set_defaults(func=synthesis)
    si = s.add_parser("set-info", help=_("prochaines étapes et contact de l'expert, imprimés au rapport"))
    si.add_argument("id", metavar="ID")
    si.add_argument("--restitution", type=_date_or_empty, metavar=_("DATE"),
                    help=_("date de la réunion de restitution (AAAA-MM-JJ ; \"\" l'efface)"))
    si.add_argument("--followup", type=_date_or_empty, metavar=_("DATE"),
                    help=_("date prévue de la visite de suivi (AAAA-MM-JJ ; \"\" l'efface)"))
    si.add_argument("--no-action", metavar=_("RAISON"),
                    help=_("« aucune action » : pourquoi le plan reste vide (\"\" l'efface)"))
    si.add_argument("--expert-org", metavar=_("ORGANISME"), help=_("organisme de l'expert"))
    si.add_argument("--expert-contact", metavar=_("CONTACT"), help=_("courriel ou téléphone de l'expert"))
    si.set_defaults(func=set_info)
    ac = s.add_parser("action", help=_("ajouter une action au plan"))
    ac.add_argument("id", metavar="ID")
    ac.add_argument("--title", required=True)
    ac.add_argument("--criteria", default="", help=_("critères liés, séparés par des virgules"))
    ac.add_argument("--priority", type=integer, default=2, choices=[1, 2, 3])
    ac.add_argument("--horizon", default="moyen", choices=["court", "moyen", "long"])
    ac.add_argument("--owner", default="")
    ac.add_argument("--cost", type=amount)
    ac.add_argument("--due", type=day)
    ac.set_defaults(func=action)
    at = s.add_parser("action-status", help=_("le statut d'une action du plan (sur une révision en brouillon)"))
    at.add_argument("id", metavar="ID")
    at.add_argument("action_id", metavar="ACTION_ID", help=_("identifiant de l'action (clé « id » des actions du diagnostic en JSON)"))
    at.add_argument("status", metavar="STATUS", help="planned, in_progress, done, abandoned")
    at.add_argument("--reason", metavar=_("TEXTE"), default="", help=_("raison de l'abandon (obligatoire pour abandoned)"))
    at.add_argument("--json", action="store_true")
    at.set_defaults(func=action_status)


def _id(ws, raw: str) -> str:
    return ws.diagnostics.resolve_id(raw)


def new(args, ctx) -> int:
    ws = ctx.workspace()
    siret = normalize_siret(args.siret)
    diag_id = ws.new_diagnostic(siret, visit_date=args.visit_date)
    ref = ws.diagnostics.get(diag_id).referentiel
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


def _date_or_empty(raw: str):
    """A date as every command reads it (JJ/MM/AAAA or AAAA-MM-JJ, core/parsing.py), or "" to clear it."""
    if raw.strip() == "":
        return ""
    return day(raw)




def set_info(args, ctx) -> int:
    fields = {"restitution_date": args.restitution, "followup_date": args.followup,
              "no_action_reason": args.no_action, "expert_org": args.expert_org, "expert_contact": args.expert_contact}
    if all(v is None for v in fields.values()):
        raise ValidationError(_("Rien à enregistrer : indiquez au moins une option (voir --help)."))
    ws = ctx.workspace()
    ws.diagnostics.set_synthesis(_id(ws, args.id), **fields)
    ctx.say(_("informations enregistrées"))
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

"""`ifdesk stats [--json]`: the office's figures (the same aggregates as the dashboard)."""

from __future__ import annotations

from ..core import formats
from ..i18n import _


def add_filter_args(p) -> None:
    g = p.add_argument_group(_("filtres"))
    g.add_argument("--from", dest="date_from", metavar="DATE", help=_("visites à partir de cette date (AAAA-MM-JJ ou AAAA-MM)"))
    g.add_argument("--to", dest="date_to", metavar="DATE", help=_("visites jusqu'à cette date incluse (AAAA-MM-JJ ou AAAA-MM)"))
    g.add_argument("--region", help=_("code de région INSEE, par ex. 84"))
    g.add_argument("--naf", help=_("division NAF (deux chiffres, par ex. 25)"))
    g.add_argument("--size", help=_("catégorie d'entreprise : PME, ETI ou GE"))
    g.add_argument("--review", choices=["to_review", "approved", "changes_requested", "rejected"],
                   help=_("état de revue du bureau"))


def filters_from(args):
    from ..office import Filters

    return Filters.parse(date_from=args.date_from, date_to=args.date_to, region=args.region,
                         naf_division=args.naf, size_class=args.size, review=getattr(args, "review", None))


def open_for_reading(ctx):
    """Writable when possible (the fact tables are then refreshed in place), else read-only."""
    from ..store.db import WorkspaceLocked

    try:
        return ctx.workspace()
    except WorkspaceLocked:
        return ctx.workspace(readonly=True)


def register(sub) -> None:
    p = sub.add_parser("stats", help=_("chiffres du programme : entreprises diagnostiquées, objectifs, scores par thème"))
    add_filter_args(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=stats)


def num(n: float | int | None, decimals: int = 0) -> str:
    return formats.number(n, decimals)


def national_figures(ws, f) -> dict:
    """The `national` key of `stats --json` in a national workspace (office/national.py), else nothing."""
    ident = ws.identity()
    if not ident or ident["role"] != "national":
        return {}
    from ..office import national

    return {"national": national.figures(ws, f)}


def stats(args, ctx) -> int:
    from ..office import aggregates

    f = filters_from(args)
    ws = open_for_reading(ctx)
    d = aggregates.dashboard(ws, f)
    from ..office import money

    extra = money.figures(ws, f, d.budget_eur, [r["code"] for r in d.regions], ws.referentiels.current())
    if args.json:
        ctx.json({
            "budget": extra["budget"], "actions": extra["actions"],
            "followups": extra["followups"]["companies"], "followup_progress": extra["followups"],
            "maturity_levels": extra["maturity_levels"], "technology_priorities": extra["technology_priorities"],
            "companies": d.companies, "diagnostics": d.diagnostics, "diagnosed": d.diagnosed, "objective": d.objective,
            "budget_eur": d.budget_eur, "programmes": d.programmes, "conflicts": d.conflicts, "filters": d.filters,
            "regions": [{**{k: r[k] for k in ("code", "name", "diagnosed", "objective", "progress", "budget_eur",
                                              "diagnostics", "average", "conflicts")}, **extra["regions"][r["code"]]}
                        for r in d.regions],
            "themes": [{"id": t["id"], "title": t["title"], "average": t["average"], "n": t["n"], "stdev": t["stdev"],
                        "min": t["min"], "q1": t["q1"], "median": t["median"], "q3": t["q3"], "max": t["max"]}
                       for t in d.themes],
            "months": d.months, "by_size": d.by_size, "by_naf": d.by_naf, "experts": d.experts,
            # the office's review (issue 12) under the filters (issue 14), every state shown (zeros included)
            "reviews": {"by_state": review_counts(extra["reviews"]["by_state"])},
        } | national_figures(ws, f))
        return 0
    bs = d.diagnostics["by_status"]
    say = ctx.say
    say(_("Périmètre : {f}", f=f.describe()))
    say(_("Entreprises : {c} · diagnostics : {n} (brouillons {dr}, terminés {co}, exportés {ex})",
          c=num(d.companies), n=num(d.diagnostics["total"]), dr=num(bs.get("draft", 0)), co=num(bs.get("completed", 0)),
          ex=num(bs.get("exported", 0))))
    say(_("Entreprises diagnostiquées : {d} pour un objectif de {o} ({p} programme(s), budget {b})",
          d=num(d.diagnosed), o=num(d.objective), p=d.programmes, b=formats.money(d.budget_eur)))
    b = extra["budget"]
    say(_("Budget : alloué {a}, engagé {e}, dépensé {s} · coût par entreprise diagnostiquée : {c}",
          a=formats.money(b["allocated"]), e=formats.money(b["engaged"]), s=formats.money(b["spent"]),
          c=formats.money(b["cost_per_company"])))
    say(_("Entreprises suivies (au moins deux diagnostics) : {n}", n=num(extra["followups"]["companies"])))
    for m in national_figures(ws, f).get("national", {}).get("milestones", []):
        say(_("Objectif national au {d} : {x} entreprises diagnostiquées sur {n}", d=m["date"], x=num(m["diagnosed"]),
              n=num(m["objective"])))
    if d.conflicts:
        say(_("Diagnostics en conflit, en attente d'une décision : {n}", n=num(d.conflicts)))
    say("")
    # names are never cut: the first column is as wide as the longest name
    w = max([len(_("Région"))] + [len(r["name"]) for r in d.regions])
    say(f"{_('Région'):<{w}} {_('Diagnostiquées'):>14} {_('Objectif'):>9} {_('Avancement'):>11} {_('Score moyen'):>12}")
    for r in d.regions:
        prog = formats.percent(r["progress"])
        say(f"{r['name']:<{w}} {num(r['diagnosed']):>14} {num(r['objective']):>9} {prog:>11} {num(r['average'], 2):>12}")
    if d.themes:
        say("")
        w = max([len(_("Thème"))] + [len(t["title"]) for t in d.themes])
        say(f"{_('Thème'):<{w}} {_('Moyenne'):>8} {_('Écart type'):>10} {'Q1':>6} {_('Médiane'):>8} {'Q3':>6}")
        for t in d.themes:
            say(f"{t['title']:<{w}} {num(t['average'], 2):>8} {num(t['stdev'], 2):>10} {num(t['q1'], 2):>6} "
                f"{num(t['median'], 2):>8} {num(t['q3'], 2):>6}")
    else:
        say("")
        say(_("Aucun diagnostic terminé ou exporté dans ce périmètre : pas de score par thème."))
    return 0


def review_counts(by_state: dict) -> dict:
    """Received diagnostics per review state (all four states, zeros included)."""
    from ..store.reviews import STATES

    return dict.fromkeys(STATES, 0) | by_state

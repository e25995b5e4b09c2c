"""The programme over time on the office's dashboard (issue 14): money (allocated, engaged, spent, cost per
company diagnosed), the current milestone and the trajectory to the next, reviews, action execution,
follow-ups, companies per maturity level and the référentiel's technology priorities.

Figures come from `ifdesk.office.money.figures` (the same as `ifdesk stats --json`), computed on the worker.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .. import charts
from ..charts import fmt_int, fmt_pct
from ..i18n import fmt_date, fmt_number, tr
from .common import card, set_bar, thin_bar
from ..plain import Label


def fmt_eur(x: float | None) -> str:
    if x is None:
        return "—"
    for div, unit in ((1e6, "M€"), (1e3, "k€")):
        if abs(x) >= div:
            text = fmt_number(x / div, 1)
            return (text[:-2] if text.endswith(",0") else text) + "\xa0" + unit
    return fmt_int(x) + "\xa0€"


def _kpi(title: str) -> tuple[QFrame, QLabel, QLabel, QVBoxLayout]:
    f = QFrame()
    f.setObjectName("kpi")
    lay = QVBoxLayout(f)
    lay.setContentsMargins(14, 10, 14, 10)
    lay.setSpacing(2)
    t, v, s = Label(title), Label("—"), Label()
    t.setObjectName("kpiTitle")
    v.setObjectName("kpiValue")
    s.setObjectName("kpiSub")
    s.setWordWrap(True)
    for w in (t, v, s):
        lay.addWidget(w)
    lay.addStretch(1)
    return f, v, s, lay


def review_label(state: str) -> str:
    return {"to_review": tr("à examiner"), "approved": tr("approuvés"), "changes_requested": tr("modifications demandées"),
            "rejected": tr("rejetés")}.get(state, state)


def action_label(status: str) -> str:
    return {"planned": tr("prévues"), "in_progress": tr("en cours"), "done": tr("réalisées"),
            "abandoned": tr("abandonnées")}.get(status, status)


class ProgrammeKpis(QWidget):
    """A second row of headline cards: money, milestone, follow-ups."""

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        k1, self.money, self.money_sub, l1 = _kpi(tr("Engagé · dépensé"))
        self.spent_bar = thin_bar()
        l1.insertWidget(3, self.spent_bar)
        k2, self.per_company, self.per_company_sub, _l2 = _kpi(tr("Coût par entreprise diagnostiquée"))
        k3, self.milestone, self.milestone_sub, l3 = _kpi(tr("Jalon en cours"))
        self.milestone_bar = thin_bar()
        l3.insertWidget(3, self.milestone_bar)
        k4, self.followups, self.followups_sub, _l4 = _kpi(tr("Entreprises suivies"))
        for k in (k1, k2, k3, k4):
            row.addWidget(k, 1)

    def set_data(self, fig: dict, regions: list[dict]) -> None:
        b = fig["budget"]
        self.money.setText(f"{fmt_eur(b['engaged'])} · {fmt_eur(b['spent'])}")
        self.money_sub.setText(tr("sur {a} alloués ({p} dépensé)").format(
            a=fmt_eur(b["allocated"]), p=fmt_pct(b["spent"] / b["allocated"]) if b["allocated"] else "—"))
        set_bar(self.spent_bar, min(int(b["spent"] or 0), int(b["allocated"] or 0)), max(int(b["allocated"] or 0), 1))
        self.per_company.setText(fmt_eur(b["cost_per_company"]))
        self.per_company_sub.setText(tr("part du programme, diagnostics approuvés ({n} entreprises)").format(
            n=fmt_int(b["companies_paid"])) if b["companies_paid"] else tr("aucun diagnostic approuvé avec un coût"))
        cur = [(r, fig["regions"][r["code"]]["milestone_progress"]) for r in regions
               if fig["regions"].get(r["code"], {}).get("milestone_progress")]
        if cur:
            objective = sum(m["objective"] for _r, m in cur)
            done = sum(m["diagnosed"] for _r, m in cur)
            projected = sum(m["projected"] for _r, m in cur)
            due = min(m["date"] for _r, m in cur)
            self.milestone.setText(f"{fmt_int(done)} / {fmt_int(objective)}")
            nxt = [m["next"] for _r, m in cur if m["next"]]
            text = tr("au {d} · au rythme actuel : {p} ({s})").format(
                d=fmt_date(due), p=fmt_int(projected), s=tr("dans les temps") if projected >= objective else tr("en retard"))
            if nxt:
                text += " · " + tr("puis {o} au {d}").format(o=fmt_int(sum(n["objective"] for n in nxt)),
                                                              d=fmt_date(min(n["date"] for n in nxt)))
            self.milestone_sub.setText(text)
            set_bar(self.milestone_bar, min(done, objective), max(objective, 1))
        else:
            self.milestone.setText("—")
            self.milestone_sub.setText(tr("aucun jalon daté pour ce périmètre"))
            set_bar(self.milestone_bar, 0, 1)
        fu = fig["followups"]
        self.followups.setText(fmt_int(fu["companies"]))
        self.followups_sub.setText(tr("avec au moins deux diagnostics · progression moyenne {p} point(s)").format(
            p=("+" if (fu["overall_progress"] or 0) > 0 else "") + fmt_number(fu["overall_progress"], 2))
            if fu["overall_progress"] is not None else tr("avec au moins deux diagnostics"))


class ProgrammeCharts(QWidget):
    """Maturity levels, technology priorities, action execution per theme, reviews, follow-up progress."""

    def __init__(self, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.levels = charts.BarList(tr("Entreprises par niveau de maturité"))
        self.tech = charts.BarList(tr("Priorités technologiques : niveau moyen et écart à la cible"), label_share=0.5)
        self.actions_by_theme = charts.BarList(tr("Exécution des plans d'actions par thème"), progress=True, label_share=0.45)
        self.progress = charts.BarList(tr("Progression moyenne par thème des entreprises suivies"), label_share=0.45)
        self.reviews = Label()
        self.reviews.setWordWrap(True)
        for i, (title, w) in enumerate(((tr("Entreprises par niveau de maturité"), self.levels),
                                        (tr("Priorités technologiques (niveau moyen · écart à la cible)"), self.tech),
                                        (tr("Actions réalisées par thème"), self.actions_by_theme),
                                        (tr("Progression des entreprises suivies, par thème"), self.progress))):
            c, lay = card(title)
            lay.addWidget(w)
            if w is self.levels:
                lay.addWidget(self.reviews)
            lay.addStretch(1)
            grid.addWidget(c, i // 2, i % 2)
        for col in range(2):
            grid.setColumnStretch(col, 1)

    def set_data(self, fig: dict, theme_titles: dict[str, str], tag_titles: dict[str, str]) -> None:
        self.levels.set_rows([(f"{m['level']} – {m['label']}", m["companies"], None, fmt_int(m["companies"]))
                              for m in fig.get("maturity_levels", [])])
        self.tech.set_rows([(tag_titles.get(t["tag"], t["tag"]), t["average"] or 0, None,
                             tr("{a} · écart {g}").format(a=fmt_number(t["average"], 2), g=fmt_number(t["gap"], 2)))
                            for t in fig.get("technology_priorities", [])])
        rows = []
        order = list(theme_titles)
        for r in sorted(fig["actions"].get("by_theme", []), key=lambda r: order.index(r["theme"]) if r["theme"] in order else 99):
            total = sum(r[k] for k in ("planned", "in_progress", "done", "abandoned"))
            rows.append((theme_titles.get(r["theme"], r["theme"] or tr("sans critère lié")), r["done"], total or None,
                         tr("{d} réalisées sur {t} · {i} en cours").format(d=fmt_int(r["done"]), t=fmt_int(total),
                                                                          i=fmt_int(r["in_progress"]))))
        self.actions_by_theme.set_rows(rows)
        self.progress.set_rows([(theme_titles.get(t, t), max(v["progress"] or 0, 0), None,
                                 ("+" if (v["progress"] or 0) > 0 else "") + fmt_number(v["progress"], 2)
                                 + " · " + tr("{n} suivis").format(n=fmt_int(v["n"])))
                                for t, v in sorted(fig["followups"]["themes"].items(),
                                                   key=lambda kv: list(theme_titles).index(kv[0])
                                                   if kv[0] in theme_titles else 99)])
        st = fig["reviews"]["by_state"]
        self.reviews.setText(tr("Revues : ") + (" · ".join(f"{fmt_int(n)} {review_label(s)}" for s, n in sorted(st.items()))
                                                or tr("aucune")))


def tag_titles() -> dict[str, str]:
    """The technology priorities the référentiel tags (Alliance Industrie du Futur's wording)."""
    return {"numerisation-virtualisation-iot": tr("Numérisation, virtualisation, objets connectés"),
            "automatisation-robotique": tr("Automatisation et robotique"),
            "cobotique-realite-augmentee": tr("Cobotique et réalité augmentée"),
            "composites-materiaux-assemblage": tr("Composites, nouveaux matériaux, assemblage"),
            "efficacite-energetique": tr("Efficacité énergétique"),
            "fabrication-additive": tr("Fabrication additive"),
            "monitoring-controle": tr("Monitoring et contrôle"),
            "hommes-industrie-du-futur": tr("L'homme dans l'industrie du futur")}

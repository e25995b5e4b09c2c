"""Report sections of issue 14: « Évolution » of a follow-up and « Position par rapport aux pairs ».

Kept apart from `sections.py` (their own labels too) so that other report work merges cleanly.
`data.evolution` is `core.followup.Evolution.as_dict()`; `data.benchmark` the `diag show --json` shape.
"""

from __future__ import annotations

from typing import Callable

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Paragraph, Spacer, Table, TableStyle

from .data import ReportData
from .document import CONTENT_W
from .labels import Labels, typo
from .sections import P
from .style import BAND, CURRENT, FONT, FONT_BOLD, INK, MUTED, PRIMARY, RULE, STYLES, TARGET, TARGET_LIGHT, WHITE, text


def wrap_label(label: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    lines = simpleSplit(label, font, size, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip()[:-1] + "…"
    return lines


def _table(rows, widths, long: bool = False) -> Table:
    t = (LongTable if long else Table)(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                           ("BACKGROUND", (0, 0), (-1, 0), PRIMARY), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, BAND])]))
    return t

TEXTS = {
    "fr": {
        "evolution": "Évolution depuis le diagnostic précédent",
        "evolution_intro": "Diagnostic précédent du {then}, celui-ci du {now}. Indice global : {a} puis {b} ({d}).",
        "evolution_chart": "Maturité par thème : au diagnostic précédent et aujourd'hui",
        "then": "Précédent", "now": "Aujourd'hui", "delta": "Évolution",
        "moved": "Critères qui ont changé de niveau",
        "no_moved": "Aucun critère n'a changé de niveau.",
        "criterion": "Critère", "new_criteria": "Critères nouveaux dans cette version du référentiel : {n}.",
        "actions_done": "Actions réalisées depuis le diagnostic précédent",
        "no_actions_done": "Aucune action du plan précédent n'est encore réalisée.",
        "actions_open": "Actions toujours en cours ou prévues : {n}. Actions abandonnées : {m}.",
        "done_on": "réalisée le {d}",
        "benchmark": "Position par rapport aux entreprises comparables",
        "benchmark_intro": ("Entreprises de la même division d'activité ({sector}) et de la même taille ({size}), "
                            "diagnostiquées et validées dans le programme : {n} entreprises. Les chiffres sont anonymes "
                            "(quartiles) ; la barre montre la moitié centrale des entreprises, le trait la médiane, "
                            "le point votre entreprise."),
        "q1": "1er quartile", "median": "Médiane", "q3": "3e quartile", "you": "Votre entreprise",
        "overall": "Indice global",
        "size_tpe": "micro-entreprise", "size_pme": "PME", "size_eti": "ETI", "size_ge": "grande entreprise",
    },
    "en": {
        "evolution": "Progress since the previous assessment",
        "evolution_intro": "Previous assessment on {then}, this one on {now}. Overall index: {a} then {b} ({d}).",
        "evolution_chart": "Maturity per theme: at the previous assessment and today",
        "then": "Previous", "now": "Today", "delta": "Change",
        "moved": "Criteria whose level changed",
        "no_moved": "No criterion changed level.",
        "criterion": "Criterion", "new_criteria": "Criteria new in this version of the framework: {n}.",
        "actions_done": "Actions completed since the previous assessment",
        "no_actions_done": "No action of the previous plan is completed yet.",
        "actions_open": "Actions still in progress or planned: {n}. Abandoned actions: {m}.",
        "done_on": "done on {d}",
        "benchmark": "Position against comparable companies",
        "benchmark_intro": ("Companies of the same activity division ({sector}) and size ({size}), assessed and approved "
                            "in the programme: {n} companies. Figures are anonymous (quartiles); the bar shows the middle "
                            "half of the companies, the line the median, the dot your company."),
        "q1": "1st quartile", "median": "Median", "q3": "3rd quartile", "you": "Your company",
        "overall": "Overall index",
        "size_tpe": "micro-enterprise", "size_pme": "SME", "size_eti": "mid-cap", "size_ge": "large company",
    },
}


def _t(L: Labels, key: str, **kw) -> str:
    s = TEXTS[L.lang][key]
    s = s.format(**kw) if kw else s
    return typo(s) if L.lang == "fr" else s


def _h1(L: Labels, key: str) -> Paragraph:
    p = Paragraph(text(_t(L, key)), STYLES["h1"])
    p.toc_key = key
    return p


def _signed(L: Labels, x: float | None) -> str:
    if x is None:
        return L.num(None)
    return ("+" if x > 0.049 else "") + L.num(x)


# ---- évolution ----------------------------------------------------------------------------------------

def evolution(data: ReportData, L: Labels) -> list[Flowable]:
    ev = data.evolution
    if not ev:
        return []
    ref = data.ref
    a, b = ev["overall_then"], ev["overall_now"]
    d = None if a is None or b is None else b - a
    out: list[Flowable] = [CondPageBreak(90 * mm), _h1(L, "evolution"),
                           P(text(_t(L, "evolution_intro", then=L.date(ev["previous_date"], long=True),
                                     now=L.date(ev["current_date"], long=True), a=L.num(a), b=L.num(b),
                                     d=_signed(L, d)))),
                           P(text(_t(L, "evolution_chart")), "h3"),
                           then_now_chart([(f"{i}. {t['title']}", t["then"], t["now"]) for i, t in enumerate(ev["themes"], 1)],
                                          ref.min_level, ref.max_level, CONTENT_W, _t(L, "then"), _t(L, "now"),
                                          fmt=L.num)]
    rows = [[P("#", "head"), P(text(L("theme")), "head")]
            + [P(text(_t(L, k)), "head_right") for k in ("then", "now", "delta")]]
    for i, t in enumerate(ev["themes"], 1):
        delta = None if t["then"] is None or t["now"] is None else t["now"] - t["then"]
        rows.append([P(str(i), "cell"), P(text(t["title"]), "cell"), P(L.num(t["then"]), "cell_right"),
                     P(L.num(t["now"]), "cell_right"), P(_signed(L, delta), "cell_right")])
    out.append(_table(rows, [8 * mm, CONTENT_W - 8 * mm - 3 * 22 * mm, 22 * mm, 22 * mm, 22 * mm]))
    codes = data.criterion_codes()
    out += [CondPageBreak(40 * mm), P(text(_t(L, "moved")), "h2")]
    if ev["moved"]:
        rows = [[P(text(_t(L, "criterion")), "head")] + [P(text(_t(L, k)), "head_right") for k in ("then", "now", "delta")]]
        for m in ev["moved"]:
            rows.append([P(text(f"{codes.get(m['criterion'], m['criterion'])} {m['title']}"), "cell"),
                         P(str(m["then"]), "cell_right"), P(str(m["now"]), "cell_right"),
                         P(f"{m['now'] - m['then']:+d}", "cell_right")])
        out.append(_table(rows, [CONTENT_W - 3 * 22 * mm, 22 * mm, 22 * mm, 22 * mm], long=True))
    else:
        out.append(P(text(_t(L, "no_moved")), "muted"))
    if ev["new_criteria"]:
        out.append(P(text(_t(L, "new_criteria", n=len(ev["new_criteria"]))), "muted"))
    out += [CondPageBreak(30 * mm), P(text(_t(L, "actions_done")), "h2")]
    if ev["actions_done"]:
        for a_ in ev["actions_done"]:
            when = f" — {_t(L, 'done_on', d=L.date(a_['status_date']))}" if a_.get("status_date") else ""
            out.append(Paragraph(text(a_["title"]) + text(when), STYLES["bullet"], bulletText="✓"))
    else:
        out.append(P(text(_t(L, "no_actions_done")), "muted"))
    out.append(P(text(_t(L, "actions_open", n=len(ev["actions_open"]), m=len(ev["actions_abandoned"]))), "muted"))
    return out


def _level_frame(width: float, n_rows: int, row_h: float, lo: int, hi: int, label_w: float,
                 right: float) -> tuple[Drawing, Callable[[float], float], float]:
    """A drawing of `n_rows` rows with the référentiel's levels as vertical rules and numbers below:
    (drawing, x of a level value, y of the plot's top)."""
    top, bottom = 18, 14
    height = top + row_h * n_rows + bottom
    d = Drawing(width, height)
    base = lo - 1 if lo > 0 else lo
    x0, x1 = label_w + 10, width - right

    def xpos(v: float) -> float:
        return x0 + (x1 - x0) * (min(max(v, base), hi) - base) / (hi - base)

    plot_top = height - top
    for level in range(lo, hi + 1):
        d.add(Line(xpos(level), bottom, xpos(level), plot_top, strokeColor=RULE, strokeWidth=0.5))
        d.add(String(xpos(level), bottom - 9, str(level), textAnchor="middle", fontName=FONT_BOLD, fontSize=7,
                     fillColor=MUTED))
    return d, xpos, plot_top


def then_now_chart(rows: list[tuple[str, float | None, float | None]], lo: int, hi: int, width: float,
                   then_label: str, now_label: str, fmt=lambda v: f"{v:.1f}") -> Drawing:
    """Per theme: previous score (light) above today's (blue), on the référentiel's scale."""
    label_w, row_h = 180, 22
    d, xpos, plot_top = _level_frame(width, len(rows), row_h, lo, hi, label_w, right=24)
    height, x0, base = d.height, label_w + 10, (lo - 1 if lo > 0 else lo)
    for i, (label, then, now) in enumerate(rows):
        y_top = plot_top - i * row_h
        mid = y_top - row_h / 2
        lines = wrap_label(label, FONT, 7.4, label_w, 2)
        start = mid + (len(lines) - 1) * 4.5 - 2.5
        for k, line in enumerate(lines):
            d.add(String(label_w, start - 9 * k, line, textAnchor="end", fontName=FONT, fontSize=7.4, fillColor=INK))
        for v, y, fill, stroke in ((then, mid + 0.8, TARGET_LIGHT, TARGET), (now, mid - 7.3, CURRENT, None)):
            if v is None:
                continue
            d.add(Rect(xpos(base), y, xpos(v) - xpos(base), 6.5, fillColor=fill, strokeColor=stroke, strokeWidth=0.5))
            d.add(String(xpos(v) + 3, y + 1, fmt(v), fontName=FONT_BOLD, fontSize=6.5,
                         fillColor=CURRENT if stroke is None else TARGET))
    for k, (lab, fill, stroke) in enumerate(((then_label, TARGET_LIGHT, TARGET), (now_label, CURRENT, None))):
        x = x0 + k * 90
        d.add(Rect(x, height - 10, 9, 6, fillColor=fill, strokeColor=stroke, strokeWidth=0.5))
        d.add(String(x + 13, height - 9.5, lab, fontName=FONT, fontSize=7, fillColor=INK))
    return d


# ---- benchmark ---------------------------------------------------------------------------------------

def benchmark(data: ReportData, L: Labels) -> list[Flowable]:
    bm = data.benchmark
    if not bm:
        return []
    ref, s = data.ref, data.scores
    size = TEXTS[L.lang].get(f"size_{bm['size_class']}", bm["size_class"])
    out: list[Flowable] = [CondPageBreak(80 * mm), _h1(L, "benchmark"),
                           P(text(_t(L, "benchmark_intro", sector=bm.get("sector_label") or bm["sector"],
                                     size=size, n=bm["n"])), "muted"), Spacer(1, 2 * mm)]
    rows = []
    if bm.get("overall"):
        rows.append((_t(L, "overall"), bm["overall"], s.overall))
    for i, t in enumerate(ref.themes, 1):
        q = bm["themes"].get(t.id)
        if q:
            rows.append((f"{i}. {t.title}", q, s.theme_scores.get(t.id)))
    out.append(peers_chart(rows, ref.min_level, ref.max_level, CONTENT_W, _t(L, "you"), _t(L, "median")))
    table = [[P(text(L("theme")), "head")] + [P(text(_t(L, k)), "head_right") for k in ("q1", "median", "q3", "you")]]
    for label, q, mine in rows:
        table.append([P(text(label), "cell")] + [P(L.num(q[k]), "cell_right") for k in ("q1", "median", "q3")]
                     + [P(f"<b>{L.num(mine)}</b>", "cell_right")])
    out.append(_table(table, [CONTENT_W - 4 * 24 * mm] + [24 * mm] * 4))
    return out


def peers_chart(rows: list[tuple[str, dict, float | None]], lo: int, hi: int, width: float,
                you_label: str, median_label: str) -> Drawing:
    """Per row: the interquartile band, the median line, and the company's own score as a dot."""
    label_w, row_h = 180, 18
    d, xpos, plot_top = _level_frame(width, len(rows), row_h, lo, hi, label_w, right=12)
    height, x0 = d.height, label_w + 10
    for i, (label, q, mine) in enumerate(rows):
        mid = plot_top - i * row_h - row_h / 2
        line = wrap_label(label, FONT, 7.4, label_w, 1)[0]
        d.add(String(label_w, mid - 2.5, line, textAnchor="end", fontName=FONT, fontSize=7.4, fillColor=INK))
        d.add(Rect(xpos(q["q1"]), mid - 4, max(xpos(q["q3"]) - xpos(q["q1"]), 1), 8, fillColor=TARGET_LIGHT,
                   strokeColor=TARGET, strokeWidth=0.5))
        d.add(Line(xpos(q["median"]), mid - 6, xpos(q["median"]), mid + 6, strokeColor=TARGET, strokeWidth=2))
        if mine is not None:
            d.add(Circle(xpos(mine), mid, 3.6, fillColor=CURRENT, strokeColor=None))
    d.add(Circle(x0 + 4, height - 7, 3.2, fillColor=CURRENT, strokeColor=None))
    d.add(String(x0 + 11, height - 9.5, you_label, fontName=FONT, fontSize=7, fillColor=INK))
    d.add(Line(x0 + 110, height - 12, x0 + 110, height - 3, strokeColor=TARGET, strokeWidth=2))
    d.add(String(x0 + 116, height - 9.5, median_label, fontName=FONT, fontSize=7, fillColor=INK))
    return d

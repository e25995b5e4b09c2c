"""The report's sections as lists of flowables: cover, summary, themes, action plan, annexes."""

from __future__ import annotations

import io
import math
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, LongTable, NextPageTemplate,
                                PageBreak, Paragraph, Spacer, Table, TableStyle)

from .. import __version__
from ..core.diagnostic import ActionItem, Status
from ..core.identifiers import format_siret
from ..core.safe_text import printable
from . import charts
from .data import Photo, ReportData
from .document import CONTENT_W, TocBlock
from .labels import Labels
from .style import (BAND, FONT, MUTED, PRIMARY, PRIORITY_COLORS, RULE, STYLES, WHITE, paragraphs,
                    text)

S = STYLES


def P(markup: str, style: str = "body") -> Paragraph:
    return Paragraph(markup, S[style])


def H1(L: Labels, key: str) -> Paragraph:
    """A section heading that the cover's table of contents points to."""
    p = P(text(L(key)), "h1")
    p.toc_key = key
    return p


def _table(rows, widths, header: bool = True, zebra: bool = True, long: bool = False, extra=()) -> Table:
    cls = LongTable if long else Table
    # a row taller than a page (a title of 250 lines) is cut across pages rather than failing the layout
    t = cls(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1 if long else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), PRIMARY), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    if zebra:
        style.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [WHITE, BAND]))
    t.setStyle(TableStyle(style + list(extra)))
    return t


# ---- cover ------------------------------------------------------------------------------------------

def cover(data: ReportData, L: Labels) -> list[Flowable]:
    d, c = data.diag, data.company
    rows = []

    def row(label: str, value: str | None) -> None:
        rows.append([P(text(label, False), "cover_label"), P(text(value or L("unknown")), "cover_value")])

    row(L("siret"), format_siret(d.siret))
    if c is not None:
        row(L("site"), c.city or L("unknown"))
        row(L("naf"), data.naf_label or L("unknown"))
        if c.headcount is not None:
            size = c.size_text if c.size else ""  # PME, micro-entreprise (PME), ETI, GE; nothing when undecided
            row(L("headcount"), L("headcount_value", n=c.headcount) + (f" · {size}" if size else ""))
        row(L("region"), data.region)
    row(L("visit_date"), L.date(d.visit_date, long=True))
    row(L("expert"), " — ".join(x for x in (d.expert_name, data.expert_org, d.expert_contact) if x))
    if data.programme:
        row(L("programme"), data.programme)
    row(L("referentiel"), f"{data.ref.title} ({data.ref.id} {data.ref.version})")
    row(L("revision"), L("revision_value", r=d.revision, status=L(f"status_{d.status.value}")))
    out: list[Flowable] = [P(text(data.company_name), "cover_company"), Spacer(1, 2 * mm),
                           _table(rows, [45 * mm, CONTENT_W - 45 * mm], header=False, zebra=False,
                                  extra=[("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])]
    s, ref = data.scores, data.ref
    if s.overall is not None:
        box = Table([[P(text(L("overall_index")), "cover_label"), ""],
                     [P(f'{L.num(s.overall)} <font size="11" color="#5b6775">{text(L("out_of", max=ref.max_level))}</font>',
                        "big"), P(f"<b>{text(ref.maturity_label(s.overall))}</b><br/>"
                                  f'<font color="#5b6775">{text(L("overall_target", t=L.num(s.overall_target)))}</font>',
                                  "cover_value")]], colWidths=[45 * mm, CONTENT_W - 45 * mm])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BAND), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("SPAN", (0, 0), (1, 0)), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                 ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, -1), (-1, -1), 9)]))
        out += [Spacer(1, 6 * mm), box]
    if d.status == Status.DRAFT:
        out += [Spacer(1, 4 * mm), P(f'<font color="#c0392b"><b>{text(L("draft_warning"))}</b></font>')]
    entries = [("summary", L("summary"), 0), ("synthesis", L("synthesis"), 0), ("themes", L("themes"), 0)]
    entries += [(f"theme:{t.id}", f"{i}. {t.title}", 1) for i, t in enumerate(ref.themes, 1)]
    entries += [("action_plan", L("action_plan"), 0), ("next_steps", L("next_steps"), 0)]
    if data.financing:
        entries.append(("financing", L("financing"), 0))
    entries += [("confidentiality", L("confidentiality"), 0), ("annex_criteria", L("annex_criteria"), 0)]
    if data.photos:
        entries.append(("annex_photos", L("annex_photos"), 0))
    entries.append(("annex_method", L("annex_method"), 0))
    out += [Spacer(1, 6 * mm), TocBlock(L("contents"), entries), NextPageTemplate("body"), PageBreak()]
    return out


# ---- summary ----------------------------------------------------------------------------------------

def summary(data: ReportData, L: Labels) -> list[Flowable]:
    ref, s = data.ref, data.scores
    lo, hi = ref.min_level, ref.max_level
    na = sum(1 for a in data.diag.answers.values() if a.na and a.criterion in ref.criteria_by_id)
    label = ref.maturity_label(s.overall)
    level_desc = ""
    if s.overall is not None:
        lvl = min(max(math.floor(s.overall + 1e-9), lo), hi)
        level_desc = next((x.description for x in ref.scale if x.level == lvl), "")
    left = [P(f'{L.num(s.overall)} <font size="12" color="#5b6775">{text(L("out_of", max=hi))}</font>', "big"),
            P(f"<b>{text(label)}</b>" if label else "", "body"),
            charts.gauge(s.overall, s.overall_target, lo, hi, width=62 * mm),
            P(text(L("overall_target", t=L.num(s.overall_target))), "muted")]
    right = [P(f"<b>{text(L('overall_index'))}</b>", "h3"),
             P(text(level_desc), "italic"),
             P(text(L("answered" if not na else "answered_na" if na == 1 else "answered_nas",
                      a=s.answered, t=s.total, na=na)), "muted")]
    head = Table([[left, right]], colWidths=[70 * mm, CONTENT_W - 70 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), BAND),
                              ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    out: list[Flowable] = [H1(L, "summary"), head, Spacer(1, 3 * mm)]

    axes = [(f"{i}. {t.title}", s.theme_scores[t.id], s.theme_targets[t.id],
             f"{L.num(s.theme_scores[t.id])} → {L.num(s.theme_targets[t.id])}")
            for i, t in enumerate(ref.themes, 1)]
    if len(axes) >= 3:
        out += [P(text(L("radar_title")), "h3"),
                charts.radar(axes, lo, hi, CONTENT_W, L("chart_legend_current"), L("chart_legend_target"))]
    rows = [[P(x, "head") for x in ("#", text(L("theme")))] +
            [P(text(x), "head_right") for x in (L("current"), L("target"), L("gap"))] + [P(text(L("maturity")), "head")]]
    for i, t in enumerate(ref.themes, 1):
        cur, tgt = s.theme_scores[t.id], s.theme_targets[t.id]
        gap = None if cur is None or tgt is None else tgt - cur
        rows.append([P(str(i), "cell"), P(text(t.title), "cell"), P(L.num(cur), "cell_right"),
                     P(L.num(tgt), "cell_right"), P(L.num(gap), "cell_right"),
                     P(text(ref.maturity_label(cur)), "cell")])
    out.append(_table(rows, [8 * mm, CONTENT_W - 8 * mm - 3 * 17 * mm - 28 * mm, 17 * mm, 17 * mm, 17 * mm, 28 * mm]))

    out += [CondPageBreak(50 * mm), P(text(L("priorities")), "h2")]
    top = s.priorities[:5]
    if not top:
        out.append(P(text(L("no_priorities")), "body"))
    else:
        out.append(P(text(L("priorities_intro")), "muted"))
        for n, p in enumerate(top, 1):
            out.append(Paragraph(_priority_sentence(data, L, p), S["bullet"], bulletText=f"{n}."))
    return out


def _priority_sentence(data: ReportData, L: Labels, p) -> str:
    ref = data.ref
    action = next((a for a in sorted(data.diag.actions, key=lambda a: a.priority) if p.criterion in a.criteria), None)
    mark = "\x00"  # no data carries it once printable(): the sentence is cut there, each part escaped
    sentence = L("priority_sentence", title=mark, theme=printable(ref.theme_of[p.criterion].title),
                 cur=p.current, cur_label=printable(ref.level_label(p.current)), tgt=p.target,
                 tgt_label=printable(ref.level_label(p.target)),
                 action=L("priority_action", a=printable(action.title)) if action else "")
    before, _m, after = sentence.partition(mark)
    return f"{text(before)}<b>{text(p.title)}</b>{text(after)}"


# ---- strengths and weaknesses -----------------------------------------------------------------------

def synthesis(data: ReportData, L: Labels) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(60 * mm), H1(L, "synthesis")]
    for key, raw in (("strengths", data.diag.strengths), ("weaknesses", data.diag.weaknesses)):
        out.append(P(text(L(key)), "h2"))
        paras = paragraphs(raw)
        out += [P(x) for x in paras] if paras else [P(text(L("none_written")), "muted")]
    return out


# ---- one section per theme -----------------------------------------------------------------------

BARS_PER_CHART = 20  # 20 rows of 25 pt: a chart always fits in a page


def themes(data: ReportData, L: Labels) -> list[Flowable]:
    ref, s, diag = data.ref, data.scores, data.diag
    codes = data.criterion_codes()
    level_labels = {x.level: x.label for x in ref.scale}
    out: list[Flowable] = []
    for i, t in enumerate(ref.themes, 1):
        if i == 1:
            out += [PageBreak(), H1(L, "themes")]
        else:
            out.append(Spacer(1, 4 * mm))
        # a theme follows on the same page when its heading and first chart fit there (no half-empty
        # pages, no heading left alone at the foot of a page): KeepTogether moves the block, not the page
        start = len(out)
        heading = P(text(f"{i}. {t.title}"), "h2")
        heading.toc_key = f"theme:{t.id}"
        out.append(heading)
        score, tgt = s.theme_scores[t.id], s.theme_targets[t.id]
        na = sum(1 for c in t.criteria if (a := diag.answers.get(c.id)) is not None and a.na)
        if score is None:
            line = L("theme_score_na")
        else:
            line = L("theme_score", s=L.num(score), max=ref.max_level, label=ref.maturity_label(score),
                     t=L.num(tgt), n=len(t.criteria))
            if na:
                line = line + L("theme_na_count" if na == 1 else "theme_na_counts", n=na)
        out.append(P(f"<b>{text(line)}</b>"))
        if t.description:
            out.append(P(text(t.description), "italic"))
        rows: list[tuple[str, int | None, int | None, str | None]] = []
        for c in t.criteria:
            a = diag.answers.get(c.id)
            if a is None or not a.answered:
                rows.append((f"{codes[c.id]} {c.title}", None, None, L("not_answered")))
            elif a.na:
                rows.append((f"{codes[c.id]} {c.title}", None, None, L("not_applicable")))
            else:
                rows.append((f"{codes[c.id]} {c.title}", a.level, a.target, None))
        out.append(Spacer(1, 2 * mm))
        for k in range(0, len(rows), BARS_PER_CHART):  # a theme with many criteria: several charts
            out.append(charts.bars(rows[k:k + BARS_PER_CHART], ref.min_level, ref.max_level, CONTENT_W,
                                   level_labels, L("chart_legend_current"), L("chart_legend_target")))
            if k == 0:
                out[start:] = [KeepTogether(out[start:])]
        out += [Spacer(1, 3 * mm), _strong_weak(data, L, t, codes), Spacer(1, 1 * mm)]
        out += [CondPageBreak(22 * mm), P(text(L("notes")), "h3")]  # never a heading alone at the foot of a page
        noted = [(c, diag.answers[c.id]) for c in t.criteria if c.id in diag.answers and diag.answers[c.id].note.strip()]
        if not noted:
            out.append(P(text(L("no_notes")), "muted"))
        for c, a in noted:
            paras = paragraphs(a.note)
            head = f"<b>{text(codes[c.id] + ' ' + c.title)}</b> — "
            out.append(P(head + paras[0]))
            out += [P(x) for x in paras[1:]]
    return out


def _strong_weak(data: ReportData, L: Labels, theme, codes: dict[str, str]) -> Table:
    ref, diag = data.ref, data.diag
    mid = math.ceil((ref.min_level + ref.max_level) / 2)
    scored = [(c, level) for c in theme.criteria
              if (a := diag.answers.get(c.id)) is not None and not a.na and (level := a.level) is not None]
    weak_p = [p for p in data.scores.priorities if p.theme == theme.id][:3]
    weak_ids = {p.criterion for p in weak_p}
    strong = sorted((x for x in scored if x[1] >= mid and x[0].id not in weak_ids),
                    key=lambda x: -x[1])[:3]
    strong_txt = [f"{codes[c.id]} {c.title} ({level})" for c, level in strong]
    weak_txt = [f"{codes[p.criterion]} {p.title} ({p.current} → {p.target})" for p in weak_p]
    if not weak_txt:
        weak_txt = [f"{codes[c.id]} {c.title} ({level})" for c, level in sorted(scored, key=lambda x: x[1])
                    if level < mid][:3]

    def cell(title: str, items: list[str], color: str) -> list[Flowable]:
        body = [Paragraph(text(x), S["cell"], bulletText="•") for x in items] or [P(L("none"), "cell")]
        return [P(f'<font color="{color}"><b>{text(title)}</b></font>', "cell")] + body

    t = Table([[cell(L("theme_strong"), strong_txt, "#2e7d32"), cell(L("theme_weak"), weak_txt, "#c0392b")]],
              colWidths=[CONTENT_W / 2] * 2)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), BAND),
                           ("LINEAFTER", (0, 0), (0, 0), 0.6, WHITE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


# ---- action plan --------------------------------------------------------------------------------------

# A description longer than this goes below the table, so that no table row can outgrow a page
# (every other cell is bounded by the models' maximum lengths).
LONG_DESCRIPTION = 600
MANY_CRITERIA = 24


def action_plan(data: ReportData, L: Labels) -> list[Flowable]:
    codes = data.criterion_codes()
    actions = sorted(enumerate(data.diag.actions), key=lambda x: (x[1].priority, x[0]))
    # after the last theme on the same page when a good part of the plan fits there (no half-empty page)
    out: list[Flowable] = [CondPageBreak(110 * mm), Spacer(1, 6 * mm), H1(L, "action_plan")]
    if not actions:
        reason = data.diag.no_action_reason.strip()
        return out + [P(text(L("no_action_reason", reason=reason)) if reason else text(L("no_actions")),
                        "body" if reason else "muted")]
    costs = [a.cost_eur for _i, a in actions if a.cost_eur is not None]
    uncosted = len(actions) - len(costs)
    out.append(P(text(L("action_plan_intro")), "muted"))
    heads = ["col_priority", "col_action", "col_criteria", "col_horizon", "col_owner", "col_cost", "col_due"]
    rows = [[P(text(L(h)), "head_right" if h == "col_cost" else "head") for h in heads]]
    details: list[tuple[int, ActionItem]] = []  # long descriptions, printed in full below the table
    for _i, a in actions:
        color = PRIORITY_COLORS.get(a.priority, MUTED).hexval().replace("0x", "#")
        title = [P(f"<b>{text(a.title)}</b>", "cell")]
        linked = ", ".join(codes.get(c, c) for c in a.criteria)
        if len(a.description) > LONG_DESCRIPTION or len(a.criteria) > MANY_CRITERIA:
            details.append((len(details) + 1, a))
            title.append(P(f"<i>{text(L('see_detail', n=len(details)))}</i>", "cell"))
            if len(a.criteria) > MANY_CRITERIA:
                linked = ", ".join(codes.get(c, c) for c in a.criteria[:MANY_CRITERIA]) + f" … ({len(details)})"
        if len(a.description) <= LONG_DESCRIPTION:
            title += [P(x, "cell") for x in paragraphs(a.description)]
        rows.append([P(f'<font color="{color}"><b>{a.priority}</b></font> {text(L(f"priority_{a.priority}"))}', "cell"),
                     title,
                     P(text(linked), "cell"),
                     P(text(L(f"horizon_{a.horizon.value}")), "cell"),
                     P(text(a.owner or L("none")), "cell"),
                     P(L.money(a.cost_eur) if a.cost_eur is not None else f"<i>{text(L('cost_unknown'))}</i>",
                       "cell_right"),
                     P(L.date(a.due) if a.due else L("none"), "cell")])
    rows.append([P("", "cell"), P(f"<b>{text(L('total', n=len(actions)))}</b>", "cell"), "", "", "",
                 P(f"<b>{L.money(sum(costs)) if costs else text(L('cost_unknown'))}</b>"
                   + (text(L("total_unknown", n=uncosted)) if costs and uncosted else ""), "cell_right"), ""])
    w = [19.5 * mm, 0, 16 * mm, 18.5 * mm, 23.5 * mm, 22 * mm, 19.5 * mm]  # no header word cut (measured)
    w[1] = CONTENT_W - sum(w)
    out.append(_table(rows, w, long=True, extra=[("LINEABOVE", (0, -1), (-1, -1), 0.9, PRIMARY),
                                                 ("BACKGROUND", (0, -1), (-1, -1), WHITE)]))
    if details:
        out.append(P(text(L("action_details")), "h3"))
        for n, a in details:
            paras = paragraphs(a.description) if len(a.description) > LONG_DESCRIPTION else []
            if len(a.criteria) > MANY_CRITERIA:
                sep = " : " if L.lang == "fr" else ": "
                paras.append(text(L("col_criteria") + sep + ", ".join(codes.get(c, c) for c in a.criteria)))
            out.append(P(f"<b>({n}) {text(a.title)}</b> — {paras[0]}", "small"))
            out += [P(x, "small") for x in paras[1:]]
    return out


# ---- annexes ------------------------------------------------------------------------------------------

def annex_criteria(data: ReportData, L: Labels) -> list[Flowable]:
    ref, diag = data.ref, data.diag
    codes = data.criterion_codes()
    photo_count: dict[str, int] = {}
    for ph in data.photos:
        if ph.criterion:
            photo_count[ph.criterion] = photo_count.get(ph.criterion, 0) + 1
    out: list[Flowable] = [PageBreak(), H1(L, "annex_criteria"), P(text(L("annex_intro")), "muted")]
    for i, t in enumerate(ref.themes, 1):
        out.append(CondPageBreak(40 * mm))
        out.append(P(text(f"{i}. {t.title}"), "h2"))
        for c in t.criteria:
            a = diag.answers.get(c.id)
            head = [P(f"<b>{text(codes[c.id] + ' ' + c.title)}</b>", "h3")]
            if a is None or not a.answered:
                head.append(P(text(L("not_answered")), "muted"))
            elif a.na:
                head.append(P(text(L("na_reason", reason=a.na_reason)), "muted"))
            elif a.level is not None:  # answered and applicable: always a level
                head.append(P(f"<b>{text(L('level_chosen', lvl=a.level, label=ref.level_label(a.level)))}</b> — "
                              f"{text(c.levels.get(a.level, ''))}", "small"))
                if a.target is not None and a.target != a.level:
                    head.append(P(f"<b>{text(L('level_target', lvl=a.target, label=ref.level_label(a.target)))}</b> — "
                                  f"{text(c.levels.get(a.target, ''))}", "small"))
            rest: list[Flowable] = []
            paras = paragraphs(a.note) if a is not None else []
            if paras:
                rest.append(P(f"<i>{text(L('note'))}</i> : {paras[0]}" if L.lang == "fr" else
                              f"<i>{text(L('note'))}</i>: {paras[0]}", "small"))
                rest += [P(x, "small") for x in paras[1:]]
            if photo_count.get(c.id):
                rest.append(P(text(L("photos_ref", n=photo_count[c.id])), "muted"))
            # room for the title and the first lines, else a new page (cheaper than KeepTogether,
            # which lays the block out twice)
            out.append(CondPageBreak(26 * mm))
            out += head + rest
    return out


THUMB_W, THUMB_H = 52 * mm, 39 * mm


class _Thumb(Flowable):
    """A fixed-size box with the photo centred in it, or the reason it cannot be shown."""

    def __init__(self, image: ImageReader | None, problem: str | None):
        super().__init__()
        self.image, self.problem = image, problem
        self.width, self.height = THUMB_W, THUMB_H

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(BAND)
        c.setStrokeColor(RULE)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        if self.image is not None:
            w, h = self.image.getSize()
            scale = min((self.width - 4) / w, (self.height - 4) / h)
            c.drawImage(self.image, (self.width - w * scale) / 2, (self.height - h * scale) / 2, w * scale, h * scale)
        elif self.problem:
            c.setFillColor(PRIORITY_COLORS[1])
            c.setFont(FONT, 8)
            c.drawCentredString(self.width / 2, self.height / 2 - 3, self.problem)


def _thumbnail(photo: Photo) -> tuple[ImageReader | None, str | None]:
    """A small JPEG of the photo (never the full-size file), or the reason it cannot be shown."""
    if photo.path is None:
        return None, "photo_missing"
    try:
        from PIL import Image as PILImage, ImageOps

        with PILImage.open(photo.path) as src:
            src.draft("RGB", (640, 640))  # JPEG: decode at reduced size, fast on camera photos
            im = ImageOps.exif_transpose(src)
            im.thumbnail((640, 640))
            if im.mode not in ("RGB", "L"):
                im = im.convert("RGB")
            buf = io.BytesIO()
            im.save(buf, format="JPEG", quality=80)
    except Exception:  # any undecodable file (or a decompression bomb): say so instead of failing
        return None, "photo_unreadable"
    buf.seek(0)
    return ImageReader(buf), None


def annex_photos(data: ReportData, L: Labels) -> list[Flowable]:
    if not data.photos:
        return []
    codes = data.criterion_codes()
    order = {cid: i for i, cid in enumerate(codes)}
    images = [p for p in data.photos if p.mime.startswith("image/") or not p.mime]
    images.sort(key=lambda p: (order.get(p.criterion or "", len(order)), p.filename))
    others = [p for p in data.photos if p not in images]
    out: list[Flowable] = [PageBreak(), H1(L, "annex_photos")]
    cells = []
    for p in images:
        image, problem = _thumbnail(p)
        crit = data.ref.criteria_by_id.get(p.criterion or "")
        caption = f"{codes[crit.id]} {crit.title}" if crit else L("photo_general")
        cells.append([_Thumb(image, L(problem) if problem else None), Spacer(1, 1.5 * mm),
                      P(f"<b>{text(caption)}</b>", "cell"), P(text(p.filename), "muted")])
    if cells:
        rows = [cells[k:k + 3] + [""] * (3 - len(cells[k:k + 3])) for k in range(0, len(cells), 3)]
        t = Table(rows, colWidths=[CONTENT_W / 3] * 3, repeatRows=0)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        out.append(t)
    if others:
        out.append(P(text(L("photo_other_files", names=", ".join(p.filename for p in others))), "muted"))
    return out


TIGHT = [("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]  # the method fits one page


def annex_method(data: ReportData, L: Labels) -> list[Flowable]:
    ref, diag = data.ref, data.diag
    out: list[Flowable] = [PageBreak(), H1(L, "annex_method"), P(text(L("method_identity")), "h2")]
    kv = [(L("method_ref"), ref.title), (L("method_id"), ref.id), (L("method_version"), ref.version),
          (L("method_sha"), ref.sha256), (L("method_diag"), f"{diag.id} · " + L(
              "revision_value", r=diag.revision, status=L(f"status_{diag.status.value}"))),
          (L("method_content_hash"), diag.content_hash()),
          (L("method_report"), L("method_generated", d=L.date(datetime.now().date(), long=True), v=__version__))]
    out.append(_table([[P(f"<b>{text(k)}</b>", "cell"), P(text(v), "cell")] for k, v in kv],
                      [40 * mm, CONTENT_W - 40 * mm], header=False, zebra=False, extra=TIGHT))
    if ref.disclaimer:
        out += [Spacer(1, 2 * mm), P(f"<b>{text(L('disclaimer'))}</b> — {text(ref.disclaimer)}", "italic")]
    out.append(P(text(L("method_scale")), "h2"))
    rows = [[P(text(L(k)), "head") for k in ("method_level", "method_label", "method_description")]]
    rows += [[P(str(x.level), "cell_center"), P(f"<b>{text(x.label)}</b>", "cell"), P(text(x.description), "cell")]
             for x in ref.scale]
    out.append(_table(rows, [16 * mm, 30 * mm, CONTENT_W - 46 * mm], extra=TIGHT))
    if ref.guidance:  # the référentiel's own scoring rule (partial fulfilment), in the report's language
        out += [Spacer(1, 2 * mm), P(text(ref.guidance), "italic")]
    out.append(P(text(L("method_scores")), "h2"))
    out += [P(x, "method") for x in L.paragraphs("method_text")]
    out.append(CondPageBreak(40 * mm))
    out.append(P(text(L("method_weights")), "h2"))
    rows = [[P(text(L("theme")), "head")] + [P(text(L(k)), "head_right") for k in ("method_weight", "method_criteria")]
            + [P(text(L("method_aggregation")), "head")]]
    for i, t in enumerate(ref.themes, 1):
        rows.append([P(text(f"{i}. {t.title}"), "cell"), P(L.num(t.weight, 0 if t.weight == int(t.weight) else 1), "cell_right"),
                     P(str(len(t.criteria)), "cell_right"), P(text(L(f"agg_{ref.theme_aggregation(t).value}")), "cell")])
    out.append(_table(rows, [CONTENT_W - 80 * mm, 18 * mm, 20 * mm, 42 * mm], extra=TIGHT))
    return out


__all__ = ["cover", "summary", "synthesis", "themes", "action_plan", "annex_criteria", "annex_photos",
           "annex_method"]

"""The report's closing pages (issue 15): « Prochaines étapes » (restitution meeting, follow-up visit,
the expert's organisation and contact), « Financements mobilisables » (schemes kept as data,
core/financing.py), the confidentiality notice and the signature blocks of the expert and of the
company's director. Everything the expert typed or a data file says is escaped (`text`)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .data import ReportData
from .document import CONTENT_W
from .labels import Labels
from .style import BAND, PRIMARY, RULE, STYLES, WHITE, text

S = STYLES


def P(markup: str, style: str = "body") -> Paragraph:
    return Paragraph(markup, S[style])


def _heading(L: Labels, key: str) -> Paragraph:
    p = P(text(L(key)), "h1")
    p.toc_key = key
    return p


def next_steps(data: ReportData, L: Labels) -> list[Flowable]:
    d = data.diag
    rows = [(L("restitution"), L.date(d.restitution_date, long=True) if d.restitution_date else L("to_schedule")),
            (L("followup"), L.date(d.followup_date, long=True) if d.followup_date else L("to_schedule"))]
    contact = [x for x in (d.expert_name, data.expert_org, d.expert_contact) if x]
    if contact:
        rows.append((L("expert_contact"), " · ".join(contact)))
    table = Table([[P(f"<b>{text(k)}</b>", "cell"), P(text(v), "cell")] for k, v in rows],
                  colWidths=[52 * mm, CONTENT_W - 52 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), BAND),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.6, WHITE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    out: list[Flowable] = [CondPageBreak(70 * mm), _heading(L, "next_steps"), P(text(L("next_steps_intro")), "muted"),
                           Spacer(1, 2 * mm), table]
    if not d.actions and d.no_action_reason.strip():
        out += [Spacer(1, 2 * mm), P(text(L("no_action_reason", reason=d.no_action_reason.strip())))]
    return out


def financing(data: ReportData, L: Labels) -> list[Flowable]:
    if not data.financing:
        return []
    rows = [[P(text(L(h)), "head") for h in ("col_scheme", "col_body", "col_funds", "col_link")]]
    for sc in data.financing:
        link = text(sc.link.removeprefix("https://").rstrip("/"), False) if sc.link else L("none")
        rows.append([P(f"<b>{text(sc.name)}</b>", "cell"), P(text(sc.body), "cell"), P(text(sc.funds), "cell"),
                     P(f'<link href="{text(sc.link, False)}">{link}</link>' if sc.link else link, "cell")])
    w = [40 * mm, 33 * mm, 0, 34 * mm]
    w[2] = CONTENT_W - sum(w)
    t = Table(rows, colWidths=w, repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                           ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, BAND])]))
    return [CondPageBreak(60 * mm), _heading(L, "financing"), P(text(L("financing_intro")), "muted"),
            Spacer(1, 1 * mm), t]


def confidentiality_and_signatures(data: ReportData, L: Labels) -> list[Flowable]:
    d = data.diag
    expert = [x for x in (d.expert_name, data.expert_org) if x]

    def block(title: str, who: str) -> list[Flowable]:
        return [P(f"<b>{text(title)}</b>", "cell"), P(text(who) if who else "&nbsp;", "cell"),
                Spacer(1, 22 * mm), P(text(L("sign_line")), "muted")]

    sig = Table([[block(L("sign_expert"), " — ".join(expert)), block(L("sign_director"), data.company_name)]],
                colWidths=[CONTENT_W / 2 - 3 * mm, CONTENT_W / 2 - 3 * mm], spaceBefore=2 * mm)
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.6, RULE),
                             ("BOX", (1, 0), (1, 0), 0.6, RULE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    conf = _heading(L, "confidentiality")
    signatures = P(text(L("signatures")), "h2")
    # one block: on the page where the financing ends when it fits there, else a closing page of its own
    return [Spacer(1, 4 * mm), KeepTogether([conf, P(text(L("confidentiality_text"))), signatures, sig])]


__all__ = ["next_steps", "financing", "confidentiality_and_signatures"]

"""Issue 14: a follow-up compared with the previous visit, within one référentiel and across versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import yaml

from ifdesk.core import referentiel as refmod
from ifdesk.core.diagnostic import ActionItem, Answer, Diagnostic
from ifdesk.core.followup import evolution, previous_levels
from ifdesk.core.referentiel_mapping import counterparts

from .conftest import DEFAULT_REF


@dataclass
class _Prev:
    id: str
    version: str
    criteria: dict


class _WithPrevious:
    """A référentiel that declares `previous` (what the référentiel branch parses from YAML)."""

    def __init__(self, ref, previous):
        self._ref, self.previous = ref, previous

    def __getattr__(self, name):
        return getattr(self._ref, name)


def _next_version(old):
    """2027.1-like: the first criterion renamed, the second split in two, the third removed, one new."""
    data = yaml.safe_load(DEFAULT_REF.read_text(encoding="utf-8"))
    data["version"] = "2099.1"
    crits = data["themes"][0]["criteria"]
    ids = [c["id"] for c in crits]
    crits[0]["id"] = ids[0] + "_v2"
    split = dict(crits[1], id=ids[1] + "_b", title=crits[1]["title"] + " (b)")
    crits.insert(2, split)
    removed = crits.pop(3)
    fresh = dict(crits[-1], id=crits[-1]["id"] + "_new", title="Nouveau critère")
    crits.append(fresh)
    new = refmod.from_data(data)
    mapping = {i: [i] for i in old.criteria_by_id}
    mapping[ids[0]] = [ids[0] + "_v2"]
    mapping[ids[1]] = [ids[1], ids[1] + "_b"]
    mapping[removed["id"]] = []
    return _WithPrevious(new, _Prev(old.id, old.version, mapping)), ids, removed["id"], fresh["id"]


def _diag(ref, levels: dict, **kw) -> Diagnostic:
    return Diagnostic(id="0" * 8 + "-0000-4000-8000-" + "0" * 12, siret="73282932000074", referentiel=ref.ref,
                      answers={c: Answer(criterion=c, level=lv) for c, lv in levels.items()}, **kw)


def test_counterparts_same_version_and_declared_mapping(ref):
    assert counterparts(ref, ref) == {c: [c] for c in ref.criteria_by_id}
    new, ids, removed, fresh = _next_version(ref)
    cp = counterparts(new, ref)
    assert cp[ids[0] + "_v2"] == [ids[0]]
    assert cp[ids[1]] == [ids[1]] and cp[ids[1] + "_b"] == [ids[1]]
    assert cp[fresh] == [] and removed not in cp
    # without the declared mapping only equal ids match: the renamed criterion looks new
    assert counterparts(new._ref, ref)[ids[0] + "_v2"] == []


def test_previous_levels_and_evolution_across_versions(ref):
    new, ids, removed, fresh = _next_version(ref)
    old_levels = {c: 2 for c in ref.criteria_by_id}
    old_levels[ids[0]] = 1
    prev = _diag(ref, old_levels, visit_date=date(2025, 3, 1),
                 actions=[ActionItem(id="aaaaaaaa", title="Capteurs", status="done", status_date=date(2025, 9, 1)),
                          ActionItem(id="bbbbbbbb", title="MES", status="in_progress")])
    pl = previous_levels(new, ref, prev)
    assert pl[ids[0] + "_v2"].level == 1 and pl[ids[1] + "_b"].level == 2
    assert pl[fresh].is_new and pl[fresh].level is None
    now_levels = {c: 2 for c in new.criteria_by_id}
    now_levels[ids[0] + "_v2"] = 3
    cur = _diag(new, now_levels, visit_date=date(2025, 11, 1),
                actions=[ActionItem(id="bbbbbbbb", title="MES", status="done", status_date=date(2025, 10, 1))])
    ev = evolution(new, cur, ref, prev)
    assert ev.previous_date == "2025-03-01" and ev.overall_then is not None and ev.overall_now > ev.overall_then
    assert [m["criterion"] for m in ev.moved] == [ids[0] + "_v2"] and ev.moved[0]["then"] == 1
    assert fresh in ev.new_criteria
    assert sorted(a["title"] for a in ev.actions_done) == ["Capteurs", "MES"] and ev.actions_open == []
    first_theme = new.themes[0].id
    row = next(t for t in ev.themes if t["id"] == first_theme)
    assert row["then"] is not None and row["now"] > row["then"]


def test_store_follow_up_across_two_referentiel_versions(workspace, ref, company):
    """A follow-up started on a newer référentiel of the workspace compares through counterparts."""
    ws = workspace
    first = ws.diagnostics.create(company.siret, ref, None, "C", visit_date=date(2025, 1, 10))
    for cid in ref.criteria_by_id:
        ws.diagnostics.save_answer(first, Answer(criterion=cid, level=2))
    ws.diagnostics.complete(first)
    new, ids, removed, fresh = _next_version(ref)
    ws.referentiels.add(new._ref)
    second = ws.diagnostics.create(company.siret, new._ref, None, "C")
    d2 = ws.diagnostics.get(second)
    assert d2.previous_id == first and d2.referentiel.version == "2099.1"
    old_ref, prev = ws.diagnostics.previous_of(d2)
    assert old_ref.version == ref.version and prev.id == first
    pl = previous_levels(new._ref, old_ref, prev)
    assert pl[ids[1]].level == 2 and pl[fresh].is_new


def test_report_of_a_follow_up_has_its_evolution_section(workspace, ref, company, tmp_path):
    from pypdf import PdfReader

    from ifdesk.report import render_report

    ws = workspace
    first = ws.diagnostics.create(company.siret, ref, None, "C", visit_date=date(2025, 3, 4))
    ids = list(ref.criteria_by_id)
    for cid in ids:
        ws.diagnostics.save_answer(first, Answer(criterion=cid, level=2))
    ws.diagnostics.set_actions(first, [ActionItem(title="Capteurs sur les presses"), ActionItem(title="Former au MES")])
    a0 = ws.diagnostics.get(first).actions[0].id
    ws.diagnostics.complete(first)
    plain = tmp_path / "first.pdf"
    render_report(ws, first, plain)
    assert "Évolution" not in "".join(p.extract_text() for p in PdfReader(plain).pages)
    second = ws.diagnostics.create(company.siret, ref, None, "C", visit_date=date(2025, 11, 20))
    for cid in ids:
        ws.diagnostics.save_answer(second, Answer(criterion=cid, level=4 if cid == ids[0] else 2))
    ws.diagnostics.set_action_status(second, a0, "done", today=date(2025, 9, 15))
    ws.diagnostics.complete(second)
    out = tmp_path / "second.pdf"
    render_report(ws, second, out)
    txt = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Évolution depuis le diagnostic précédent" in txt
    assert "4 mars 2025" in txt and "20 novembre 2025" in txt
    assert ref.criteria_by_id[ids[0]].title[:25] in txt
    assert "Capteurs sur les presses" in txt and "réalisée le 15/09/2025" in txt
    assert "Actions toujours en cours ou prévues : 1" in txt

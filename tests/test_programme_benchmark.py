"""Issue 14: anonymous peer figures, k ≥ 5 companies, only from the enrolled office, in show --json and the report."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError as PydanticError

from ifdesk.bundle import import_paths, make_distribution
from ifdesk.bundle.distribution import BenchmarkCell
from ifdesk.core.company import new_company
from ifdesk.core.diagnostic import Answer
from ifdesk.core.identifiers import luhn_complete
from ifdesk.office.benchmark import cells
from ifdesk.store import Workspace
from ifdesk.store.benchmark import cell_for
from tests.bundle_kit import lone_identity, new_pair, opened_key


def _siret(i: int) -> str:
    return luhn_complete(luhn_complete(f"{51234000 + i:08d}") + "0001")


def _company_diag(ws, ref, i: int, naf: str, headcount: int, level: int, review: str | None) -> str:
    s = _siret(i)
    ws.companies.add(new_company(siret=s, name=f"Entreprise {i}", region="84", naf=naf, headcount=headcount,
                                  turnover_eur=5e6 if headcount < 250 else 900e6))
    d = ws.diagnostics.create(s, ref, None, "E", visit_date=date(2026, 3, 1))
    for j, cid in enumerate(ref.criteria_by_id):
        ws.diagnostics.save_answer(d, Answer(criterion=cid, level=min(ref.max_level, level + (j % 2))))
    ws.diagnostics.set_synthesis(d, strengths="Atelier rangé", weaknesses="Peu de données", no_action_reason="Suivi seul")
    ws.diagnostics.complete(d)
    if review:
        ws.db.execute("INSERT INTO reviews (diag_id, revision, state) VALUES (?, 1, ?)", (d, review))
        ws.db.conn.commit()
    return d


def _office_with_peers(office):
    ref = office.referentiels.current()
    for i in range(6):      # 25 / PME: 6 approved companies
        _company_diag(office, ref, i, "25.62B", 40, 1 + i % 4, "approved")
    for i in range(6, 8):   # 25 / PME, not approved: not counted
        _company_diag(office, ref, i, "25.62B", 40, 5, "to_review" if i == 6 else "rejected")
    for i in range(8, 12):  # 28 / PME: only 4 approved companies → never sent
        _company_diag(office, ref, i, "28.41Z", 40, 3, "approved")
    return ref


def test_cells_need_five_approved_companies(tmp_path):
    with Workspace(tmp_path / "office") as office:
        ref = _office_with_peers(office)
        got = cells(office)
        assert [(c["naf_div"], c["size_class"], c["n"]) for c in got] == [("25", "PME", 6)]
        c = got[0]
        assert c["referentiel"] == ref.id and set(c["themes"]) == {t.id for t in ref.themes}
        assert c["overall"]["q1"] <= c["overall"]["median"] <= c["overall"]["q3"]
        assert cells(office, k=2) == got or len(cells(office, k=2)) == 1  # k can never go under 5
    with pytest.raises(PydanticError):
        BenchmarkCell.model_validate({"referentiel": "x", "naf_div": "25", "size_class": "PME", "n": 4,
                                      "overall": {"q1": 1, "median": 2, "q3": 3}, "themes": {}})


def test_distribute_benchmark_to_the_expert_and_not_from_a_stranger(tmp_path):
    expert, office = new_pair(tmp_path)
    try:
        _office_with_peers(office)
        out = make_distribution(office, tmp_path / "dist.ifbundle", opened_key(office), benchmark=cells(office))
        assert [(c["naf_div"], c["n"]) for c in out.benchmark] == [("25", 6)]
        # an office the expert never enrolled: refused like any bundle, nothing stored
        stranger = lone_identity(tmp_path / "stranger-office", "Faux bureau", "Ailleurs", role="office")
        _office_with_peers(stranger)
        fake = make_distribution(stranger, tmp_path / "fake.ifbundle", opened_key(stranger), benchmark=cells(stranger))
        [res] = import_paths(expert, [fake.path])
        assert res.status == "rejected"
        assert expert.db.execute("SELECT count(*) FROM benchmark_cells").fetchone()[0] == 0
        stranger.close()
        [res] = import_paths(expert, [out.path])
        assert res.status == "imported", res.reason
        ref = expert.referentiels.current()
        expert.companies.add(new_company(siret=_siret(50), name="Ma cliente", region="84", naf="25.11Z", headcount=30,
                                         turnover_eur=4e6))
        d = expert.diagnostics.create(_siret(50), ref, expert.identity()["key_id"], "E")
        bm = cell_for(expert.db, ref.id, "25.11Z", "PME")
        assert bm["n"] == 6 and bm["sector"] == "25" and set(bm["themes"]) == {t.id for t in ref.themes}
        assert cell_for(expert.db, ref.id, "28.41Z", "PME") is None
        from ifdesk.cli.cmd_diag import show_json

        assert show_json(expert, d)["benchmark"]["n"] == 6
        for cid in ref.criteria_by_id:
            expert.diagnostics.save_answer(d, Answer(criterion=cid, level=3))
        from pypdf import PdfReader

        from ifdesk.report import render_report

        pdf = render_report(expert, d, tmp_path / "bm.pdf")
        txt = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
        assert "Position par rapport aux entreprises comparables" in txt
        assert "6 entreprises" in txt and "Médiane" in txt
    finally:
        expert.close()
        office.close()

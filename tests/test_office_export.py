"""`office export`: the workbook reopened with openpyxl, the CSV files as French Excel reads them."""

from __future__ import annotations

import csv
from datetime import date, datetime, timezone

import pytest
from openpyxl import load_workbook

from ifdesk.office import Filters
from ifdesk.office.export import ExportError, export_csv, export_xlsx
from tests.test_office_aggregates import SIRET, build

SHEETS = ["Entreprises", "Diagnostics", "Scores par thème", "Réponses", "Actions", "Jalons des programmes",
          "Journal des imports"]


@pytest.fixture
def office(workspace):
    return workspace, build(workspace)


def _rows(sheet):
    rows = list(sheet.iter_rows(values_only=True))
    return rows[0], rows[1:]


def test_workbook_sheets_headers_formats_and_values(office, tmp_path):
    ws, ids = office
    out = tmp_path / "tableaux.xlsx"
    counts = export_xlsx(ws, out)
    assert counts == {"Entreprises": 5, "Diagnostics": 5, "Scores par thème": 5, "Réponses": 17, "Actions": 0,
                      "Jalons des programmes": 0, "Journal des imports": 0}
    wb = load_workbook(out)
    assert wb.sheetnames == SHEETS
    for name in SHEETS:
        sh = wb[name]
        assert sh.freeze_panes == "A2"
        assert sh["A1"].font.b and sh["A1"].fill.fgColor.rgb.endswith("DDEBF7")
        assert sh.auto_filter.ref.startswith("A1:")
        assert sh.column_dimensions["A"].width >= 8
    head, rows = _rows(wb["Diagnostics"])
    assert head[:8] == ("Identifiant", "SIRET", "Entreprise", "Code région", "Région", "Division NAF", "Catégorie",
                        "Statut")
    diag = {r[0]: dict(zip(head, r)) for r in rows}
    d1, d3 = diag[ids["d1"]], diag[ids["d3"]]
    assert (d1["Statut"], d1["Révision"], d1["Score global"], d1["Région"]) == ("terminé", 1, 2.75, "Auvergne-Rhône-Alpes")
    assert (d3["Statut"], d3["Révision"], d3["Révision de base"], d3["Révisions reçues"]) == ("brouillon", 2, 1, 2)
    assert d1["Date de visite"] == datetime(2025, 3, 10) and diag[ids["d4"]]["En conflit"] == "oui"
    score_col = head.index("Score global") + 1
    sh = wb["Diagnostics"]
    assert sh.cell(row=2, column=score_col).number_format == "0.00"
    assert sh.cell(row=2, column=head.index("Date de visite") + 1).number_format == "DD/MM/YYYY"
    head, rows = _rows(wb["Scores par thème"])
    assert head[-2:] == ("Thème un", "Thème deux")
    scores = {r[0]: r for r in rows}
    assert scores[ids["d1"]][-2:] == (3, 2.5) and scores[ids["d2"]][-2:] == (5, 4)
    d1 = dict(zip(head, scores[ids["d1"]]))
    assert (d1["Région"], d1["Division NAF"], d1["Catégorie"], d1["Score global"]) == ("Auvergne-Rhône-Alpes", "25", "PME", 2.75)
    assert d1["Date de visite"] == datetime(2025, 3, 10) and scores[ids["d5"]][-1] is None  # draft: t2 not scored
    head, rows = _rows(wb["Réponses"])
    na = [dict(zip(head, r)) for r in rows if r[0] == ids["d2"] and r[6] == "c2"][0]
    assert (na["Non applicable"], na["Raison"], na["Niveau"], na["Thème"]) == ("oui", "pas de poste concerné", None, "Thème un")
    assert len([r for r in rows if r[0] == ids["d3"]]) == 4  # revision 2 only
    head, rows = _rows(wb["Entreprises"])
    assert "Chiffre d'affaires" in head and len(rows) == 5
    assert wb["Entreprises"].cell(row=1, column=head.index("Chiffre d'affaires") + 1).value == "Chiffre d'affaires"
    head, rows = _rows(wb["Journal des imports"])
    assert head[:3] == ("Date", "Fichier", "Résultat") and rows == []


def test_workbook_formats_euros_and_journal(office, tmp_path):
    ws, ids = office
    from ifdesk.core.diagnostic import ActionItem

    ws.diagnostics.set_actions(ids["d5"], [ActionItem(title="Former les régleurs", criteria=["c1"], priority=1,
                                                      cost_eur=12500, due=date(2026, 3, 1))])
    with ws.transaction():
        ws.db.execute("INSERT INTO import_journal (at, file, outcome, reason, signer_name, diagnostics) "
                      "VALUES ('2026-01-05T10:00:00Z', 'lot.ifbundle', 'conflict', 'révision divergente', 'Alice', "
                      "'[{\"id\": \"abc\", \"status\": \"conflict\"}]')")
    out = tmp_path / "t.xlsx"
    export_xlsx(ws, out)
    wb = load_workbook(out)
    head, rows = _rows(wb["Actions"])
    cost = head.index("Coût estimé")
    assert rows[0][cost] == 12500 and rows[0][head.index("Priorité")] == "haute"
    assert wb["Actions"].cell(row=2, column=cost + 1).number_format == '#,##0 "€"'
    head, rows = _rows(wb["Journal des imports"])
    local = datetime(2026, 1, 5, 10, 0, tzinfo=timezone.utc).astimezone().replace(tzinfo=None)  # UTC stored, local shown
    assert rows == [(local, "lot.ifbundle", "conflit", "révision divergente", "Alice", None, None,
                     None, "abc (conflit)")]


def test_workbook_with_filters(office, tmp_path):
    ws, ids = office
    export_xlsx(ws, tmp_path / "f.xlsx", Filters.parse(region="53"))
    wb = load_workbook(tmp_path / "f.xlsx")
    _h, rows = _rows(wb["Diagnostics"])
    assert sorted(r[0] for r in rows) == sorted([ids["d4"], ids["d5"]])
    _h, rows = _rows(wb["Entreprises"])
    assert sorted(r[0] for r in rows) == sorted([SIRET["C"], SIRET["D"]])


def test_csv_files_for_french_excel(office, tmp_path):
    ws, ids = office
    folder = tmp_path / "csv"
    counts = export_csv(ws, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(counts) and len(counts) == 7
    raw = (folder / "diagnostics.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel then reads accents right
    with open(folder / "diagnostics.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    head = rows[0]
    assert head[:3] == ["Identifiant", "SIRET", "Entreprise"] and "Statut" in head
    d1 = {r[0]: dict(zip(head, r)) for r in rows[1:]}[ids["d1"]]
    assert (d1["Score global"], d1["Date de visite"], d1["Statut"]) == ("2,75", "2025-03-10", "terminé")
    assert (folder / "journal_des_imports.csv").read_text("utf-8-sig").count("\n") == 1  # headers only
    again = export_csv(ws, folder)  # into an existing folder: files replaced, nothing left behind
    assert again == counts and sorted(p.name for p in folder.iterdir()) == sorted(counts)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_bad_outputs_write_nothing(office, tmp_path):
    ws, _ids = office
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    a_file = tmp_path / "fichier.txt"
    a_file.write_text("x")
    for bad in (tmp_path / "absent" / "t.xlsx", a_file / "t.xlsx", tmp_path / "t.pdf", tmp_path):
        with pytest.raises(ExportError) as e:
            export_xlsx(ws, bad)
        assert str(e.value)
    with pytest.raises(ExportError):
        export_csv(ws, a_file)
    with pytest.raises(ExportError):
        export_csv(ws, a_file / "csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fichier.txt"]


def test_interrupted_export_leaves_no_partial_file(office, tmp_path, monkeypatch):
    ws, _ids = office
    from ifdesk.office import tables

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "t.xlsx"
    out.write_bytes(b"previous")

    def boom(*a, **k):
        raise RuntimeError("disque plein")

    real = tables.tables

    def broken(ws_, f=None):
        ts = real(ws_, f)
        ts[3].rows = boom
        return ts

    monkeypatch.setattr("ifdesk.office.export.tables", broken)
    with pytest.raises(RuntimeError):
        export_xlsx(ws, out)
    assert out.read_bytes() == b"previous" and sorted(p.name for p in tmp_path.iterdir()) == ["t.xlsx"]
    with pytest.raises(RuntimeError):
        export_csv(ws, tmp_path / "csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.xlsx"]


def test_a_table_longer_than_a_sheet_continues_on_the_next(office, tmp_path, monkeypatch):
    ws, _ids = office
    monkeypatch.setattr("ifdesk.office.export.MAX_ROWS", 7)  # 6 data rows per sheet
    counts = export_xlsx(ws, tmp_path / "t.xlsx")
    assert counts["Réponses"] == 6 and counts["Réponses (2)"] == 6 and counts["Réponses (3)"] == 5
    wb = load_workbook(tmp_path / "t.xlsx")
    assert wb["Réponses (3)"]["A1"].value == "Identifiant" and wb["Réponses (3)"].freeze_panes == "A2"


def test_progress_and_cancel(office, tmp_path, monkeypatch):
    ws, _ids = office
    monkeypatch.setattr("ifdesk.office.export.PROGRESS_EVERY", 4)
    seen = []
    export_xlsx(ws, tmp_path / "t.xlsx", progress=lambda name, n: seen.append((name, n)))
    assert ("Réponses", 16) in seen and ("Entreprises", 4) in seen

    class Cancelled(Exception):
        pass

    def cancel(name, n):
        if "ponses" in name:
            raise Cancelled

    out = tmp_path / "out"
    out.mkdir()
    for run in (lambda: export_xlsx(ws, out / "t.xlsx", progress=cancel), lambda: export_csv(ws, out / "csv", progress=cancel)):
        with pytest.raises(Cancelled):
            run()
    assert list(out.iterdir()) == []

"""Finding 9 of issue 16: a mistyped office passphrase is an error, not a « refusé » bundle (nothing in the
journal nor the spreadsheet); the journal shows local time; one name per outcome everywhere."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from openpyxl import load_workbook

from ifdesk.bundle import BadPassphrase, import_paths
from ifdesk.core.outcomes import OUTCOMES, outcome_label
from ifdesk.office.export import export_xlsx
from tests.bundle_kit import PASS, completed_diag, export_one, journal_count, new_pair
from tests.conftest import run_cli


@pytest.fixture
def pair(tmp_path):
    expert, office = new_pair(tmp_path)
    yield expert, office
    expert.close()
    office.close()


def test_a_mistyped_passphrase_is_not_journaled(pair, tmp_path):
    expert, office = pair
    bundle = export_one(expert, completed_diag(expert), tmp_path / "out", encrypt=True)
    with pytest.raises(BadPassphrase):
        import_paths(office, [bundle], passphrase="mistyped passphrase")
    assert journal_count(office) == 0
    export_xlsx(office, tmp_path / "t.xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx").worksheets[-1]
    assert "refusé" not in [c.value for row in sheet.iter_rows() for c in row]
    folder = office.folder
    office.close()
    p = run_cli("import", str(bundle), data_dir=folder, env={"IFDESK_PASSPHRASE": "mistyped passphrase"})
    assert p.returncode == 1 and p.stderr.startswith("error: ") and "Phrase secrète incorrecte" in p.stderr
    assert "refusé" not in p.stderr
    assert run_cli("import", "--json", str(bundle), data_dir=folder, env={"IFDESK_PASSPHRASE": PASS}).returncode == 0
    out = run_cli("journal", data_dir=folder).stdout
    assert out.count("\n") == 1 and "importé" in out
    stamp = re.match(r"(\d\d/\d\d/\d{4} \d\d:\d\d)  ", out).group(1)  # local time, not raw UTC
    assert "T" not in out.split("  ")[0] and "Z" not in out.split("  ")[0]
    at = datetime.strptime(stamp, "%d/%m/%Y %H:%M").astimezone()
    assert abs((at - datetime.now(timezone.utc)).total_seconds()) < 600


def test_one_name_per_outcome_everywhere():
    from ifdesk.cli.cmd_import import _label
    from ifdesk.office.tables import _outcome

    assert outcome_label("superseded") == "nouvelle révision"
    for o in OUTCOMES:
        assert _label(o) == _outcome(o) == outcome_label(o)
    pytest.importorskip("PySide6")
    from ifdesk.ui.views.sync_models import outcome_label as window_label

    for o in OUTCOMES:
        assert window_label(o) == outcome_label(o)

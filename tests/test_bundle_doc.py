"""The verification recipe of docs/bundle-format.md verifies a real bundle and refuses a changed one."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ifdesk.bundle import describe
from tests.bundle_kit import completed_diag, export_one, members_of, new_pair, zip_raw

DOC = Path(__file__).resolve().parent.parent / "docs" / "bundle-format.md"


def _snippet() -> str:
    text = DOC.read_text("utf-8")
    m = re.search(r"<!-- verify-snippet -->\s*```python\n(.*?)```", text, re.S)
    assert m, "snippet marker missing"
    return m.group(1)


@pytest.fixture
def bundle(tmp_path):
    expert, office = new_pair(tmp_path)
    d = completed_diag(expert)
    path = export_one(expert, d, tmp_path / "real.ifbundle")
    key = describe(expert)["public_key"]
    other_key = describe(office)["public_key"]
    expert.close()
    office.close()
    return path, key, other_key, d


def test_recipe_verifies_a_real_bundle(bundle, tmp_path):
    path, key, other_key, d = bundle
    script = tmp_path / "verify_ifbundle.py"
    script.write_text(_snippet(), "utf-8")
    ok = subprocess.run([sys.executable, str(script), str(path), key], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("OK:") and d in ok.stdout
    wrong_key = subprocess.run([sys.executable, str(script), str(path), other_key], capture_output=True, text=True)
    assert wrong_key.returncode != 0 and "InvalidSignature" in wrong_key.stderr


def test_recipe_refuses_a_changed_payload(bundle, tmp_path):
    path, key, _other, _d = bundle
    ns: dict = {}
    exec(compile(_snippet().replace('if __name__ == "__main__":', "if False:"), "snippet", "exec"), ns)
    members = [(n, b.replace(b"Constat", b"Kontrat", 1) if n.startswith("diag-") else b)
               for n, b in members_of(path.read_bytes())]
    bad = tmp_path / "changed.ifbundle"
    bad.write_bytes(zip_raw(members))
    with pytest.raises(ValueError, match="SHA-256"):
        ns["verify_bundle"](str(bad), key)
    assert ns["verify_bundle"](str(path), key)["format"] == "ifdesk-bundle"

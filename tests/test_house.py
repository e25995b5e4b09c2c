"""House rules (architecture.md « House rules learned from the first version »): each rule written once."""

from __future__ import annotations

import ast
import hashlib
import os
import re

import pytest

from tests.conftest import DEFAULT_REF, ROOT

PKG = ROOT / "ifdesk"


def _sources():
    for p in sorted(PKG.rglob("*.py")):
        yield p, p.read_text("utf-8")


# ---- canonical JSON ------------------------------------------------------------------------------

def test_canonical_json_bytes_are_the_released_ones():
    """Signatures and hashes of 0.1 depend on these exact bytes: keys sorted, no spaces, raw UTF-8."""
    from ifdesk.core.canonical import canonical_json

    obj = {"b": [1, 2.5, None, True], "a": "é€ \u2028\"x", "z": {"y": 1, "x": []}}
    b = canonical_json(obj)
    assert b == b'{"a":"\xc3\xa9\xe2\x82\xac \xe2\x80\xa8\\"x","b":[1,2.5,null,true],"z":{"x":[],"y":1}}'
    assert hashlib.sha256(b).hexdigest() == "4243417f4bac94f4ba167b960c2106a344bf54f263e1288c91e386b08b9d3c43"


def test_shipped_referentiel_keeps_its_identity():
    """The SHA-256 of the shipped référentiel as 0.1 computed it (its identity in every bundle)."""
    from ifdesk.core.referentiel import load_file

    assert load_file(DEFAULT_REF).sha256 == "5531330d4143302274c112a25aee80f1d8cbdeba091cc38947e5d311026a3f68"


def test_every_canonical_form_is_the_one_function():
    from ifdesk.bundle import format as fmt
    from ifdesk.bundle import identity
    from ifdesk.core.canonical import canonical_json

    assert fmt.dumps is canonical_json and identity.canonical is canonical_json


def test_canonical_json_written_once():
    """No other module spells the canonical serialisation (sorted keys, compact separators)."""
    offenders = [str(p.relative_to(ROOT)) for p, text in _sources()
                 if p.name != "canonical.py" and ("sort_keys" in text or re.search(r'separators=\(\s*",",\s*":"\s*\)', text))]
    assert offenders == []


def test_diagnostic_hashes_agree(workspace, company):
    from ifdesk.bundle.verify import content_hash

    d = workspace.diagnostics.get(workspace.new_diagnostic(company.siret))
    assert content_hash(d) == d.content_hash()


# ---- atomic writes -------------------------------------------------------------------------------

def test_atomic_write_replaces_whole_and_leaves_nothing(tmp_path):
    from ifdesk.core.atomic import atomic_write

    target = tmp_path / "f.bin"
    target.write_bytes(b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["f.bin"]


def test_atomic_write_failure_keeps_old_file(tmp_path, monkeypatch):
    from ifdesk.core import atomic

    target = tmp_path / "f.bin"
    target.write_bytes(b"old")

    def boom(a, b):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(OSError):
        atomic.atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["f.bin"]


def test_atomic_writes_written_once():
    """`os.replace` of a freshly written file only in core/atomic.py (log rotation and the office's
    whole-folder swap rename existing files and folders: not a write)."""
    allowed = {"core/atomic.py", "ui/log.py", "office/export.py"}
    offenders = []
    for p, text in _sources():
        rel = str(p.relative_to(PKG))
        if rel in allowed:
            continue
        if "os.replace(" in text or "os.fsync(" in text:
            offenders.append(rel)
    assert offenders == []
    text = (PKG / "office" / "export.py").read_text("utf-8")
    assert "os.replace(tmp, path)" not in text and "os.fsync(" not in text


# ---- radar geometry ------------------------------------------------------------------------------

def test_radar_geometry():
    from ifdesk.core.radar_geometry import fraction, point, spoke

    assert spoke(0, 4) == pytest.approx((0, 1))       # axis 0 up
    assert spoke(1, 4) == pytest.approx((1, 0))       # then clockwise: right
    assert fraction(None, 1, 5) == 0                  # no value: the centre
    assert fraction(1, 1, 5) == pytest.approx(0.2)    # the lowest level on the first ring
    assert fraction(5, 1, 5) == 1 and fraction(9, 1, 5) == 1 and fraction(-3, 1, 5) == 0
    assert point(2, 4, 5, 1, 5, 100) == pytest.approx((0, -100))


def test_radar_geometry_written_once():
    """The window's radars and the report's take their angles and radii from core.radar_geometry."""
    for rel in ("ui/radar.py", "ui/charts.py", "report/charts.py"):
        text = (PKG / rel).read_text("utf-8")
        assert "radar_geometry" in text, rel
        assert "math.pi" not in text, rel


# ---- one place each ------------------------------------------------------------------------------

def test_expert_of_a_new_diagnostic_same_for_cli_and_window(workspace, company):
    """An identity with an empty name falls back to the setting, in the CLI as in the window."""
    from ifdesk.ui import work

    workspace.set_setting("expert_name", "Claire Martin")
    a = workspace.diagnostics.get(work.new_diagnostic(workspace, company.siret))
    assert a.expert_name == "Claire Martin"
    assert workspace.expert_name() == "Claire Martin"


def test_list_of_views_written_once():
    from ifdesk.cli import cmd_gui
    from ifdesk.ui import pages

    assert cmd_gui.VIEWS is pages.VIEWS
    assert set(pages.PAGES) <= set(pages.VIEWS)
    for p, text in _sources():
        if p.name != "pages.py":
            assert not re.search(r'\[\s*"companies",\s*"diagnostics"', text), p


def test_new_diagnostic_picks_the_expert_once():
    """Neither the CLI nor the window reads the identity to name the expert of a new diagnostic."""
    for rel in ("cli/cmd_diag.py", "ui/work.py"):
        tree = ast.parse((PKG / rel).read_text("utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "create"
                 and isinstance(n.value, ast.Attribute) and n.value.attr == "diagnostics"]
        assert calls == [], rel

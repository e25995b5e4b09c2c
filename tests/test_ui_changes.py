"""Operations say what they changed; pages reload on their next show only when it concerns them
(ifdesk/ui/changes.py), and TaskManager.run's public completion contract."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from ifdesk.ui.changes import ALL, Change, StaleOnChange  # noqa: E402
from ifdesk.ui.ops import Op, TaskManager  # noqa: E402


@pytest.fixture
def tm(qapp, data_dir):
    t = TaskManager(data_dir)
    yield t
    t.close()


def test_run_completes_without_the_callback_doing_anything(tm, qtbot):
    """A plain `done` callback: the job stops counting as pending once it has returned."""
    got = []
    busy = []
    tm.busy_changed.connect(busy.append)
    tm.run(lambda ws: 41 + 1, lambda r, e: got.append((r, e)))
    assert tm.pending == 1
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == [(42, None)] and tm.pending == 0 and busy == [True, False]


def test_run_completes_even_when_the_callback_raises(tm, qtbot, monkeypatch):
    import sys

    hooked = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: hooked.append(a))

    def done(_r, _e):
        raise RuntimeError("callback broken")

    tm.run(lambda ws: None, done)
    qtbot.waitUntil(lambda: tm.pending == 0, timeout=10_000)


def test_op_announces_its_changes_on_success_only(tm, qtbot):
    heard = []
    tm.changed.connect(heard.append)
    Op(None, lambda ws: ws.set_setting("expert_name", "A"), tm).changes(Change.SETTINGS).run()
    Op(None, lambda ws: 1 / 0, tm).changes(Change.COMPANIES).failure(lambda e: None).run()
    Op(None, lambda ws: None, tm).run()  # a read: says nothing
    tm.wait_idle()
    assert heard == [Change.SETTINGS]


class _Page(StaleOnChange):
    CONCERNS = Change.COMPANIES | Change.DIAGNOSTICS

    def __init__(self):
        self.loads = 0

    def refresh(self):
        self.loads += 1


def test_stale_logic():
    p = _Page()
    assert p.refresh_if_stale() and p.loads == 1      # first show loads
    assert not p.refresh_if_stale() and p.loads == 1  # a second show does not
    p.mark_stale(Change.PROGRAMMES | Change.TRUST)     # not its business
    assert not p.refresh_if_stale()
    p.mark_stale(Change.SETTINGS | Change.DIAGNOSTICS)
    assert p.refresh_if_stale() and p.loads == 2
    assert all(c in ALL for c in Change)


def test_pages_reload_on_show_only_after_a_change(qtbot, data_dir):
    from tests.ui_helpers import close_window, idle, open_window

    w = open_window(qtbot, data_dir)
    try:
        calls = {"companies": 0, "diagnostics": 0, "settings": 0}
        for key in calls:
            page = w._page(key)
            original = page.refresh

            def counted(*a, _key=key, _orig=original, **k):
                calls[_key] += 1
                return _orig(*a, **k)

            page.refresh = counted
        for key in ("diagnostics", "settings", "companies", "diagnostics", "settings", "companies"):
            w.go(key)
            idle(qtbot, w)
        # built before (companies) or on their first show: at most the one load each, then none
        assert calls == {"companies": 0, "diagnostics": 1, "settings": 1}, calls
        # an operation that changes the companies: the companies and diagnostics pages reload, once
        Op(w, lambda ws: ws.set_setting("x", "y"), w.tm).changes(Change.COMPANIES).run()
        idle(qtbot, w)
        for key in ("diagnostics", "settings", "companies", "diagnostics"):
            w.go(key)
            idle(qtbot, w)
        assert calls == {"companies": 1, "diagnostics": 2, "settings": 1}, calls
        # the settings page hears a settings change; the others do not
        Op(w, lambda ws: ws.set_setting("expert_name", "B"), w.tm).changes(Change.SETTINGS).run()
        idle(qtbot, w)
        for key in ("settings", "companies", "diagnostics"):
            w.go(key)
            idle(qtbot, w)
        assert calls == {"companies": 1, "diagnostics": 2, "settings": 2}, calls
    finally:
        close_window(w)


def test_writing_ops_declare_their_changes():
    """Every Op of the window that calls a writing function says what it changes."""
    import ast
    from pathlib import Path

    writers = ("new_diagnostic", "save_programme", "delete_programme", "export", "run_import", "distribute",
               "set_setting", "resolve", "add_attachment", "remove_attachment", "enrol", "revoke", "make_identity",
               "rotate", "save_answer", "rescore", "set_synthesis", "set_actions", "complete", "reopen")
    views = Path(__file__).resolve().parent.parent / "ifdesk" / "ui" / "views"
    missing = []
    for path in sorted(views.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Op" and len(node.args) >= 2:
                fn = node.args[1]
                called = {n.func.attr if isinstance(n.func, ast.Attribute) else getattr(n.func, "id", "")
                          for n in ast.walk(fn) if isinstance(n, ast.Call)}
                if called & set(writers):
                    chain = ast.get_source_segment(path.read_text("utf-8"), node) or ""
                    parent_src = path.read_text("utf-8").splitlines()[node.lineno - 1: node.end_lineno + 2]
                    if ".changes(" not in "\n".join(parent_src):
                        missing.append(f"{path.name}:{node.lineno} {sorted(called & set(writers))} {chain[:40]}")
    assert missing == []


def test_both_window_radars_paint_from_the_shared_geometry(qapp):
    """The expert's radar and the office's spread radar draw (core.radar_geometry) without error,
    and the first axis's outer point is straight above the centre."""
    from PySide6.QtGui import QColor

    from ifdesk.ui.charts import SpreadRadar
    from ifdesk.ui.radar import CURRENT, RadarChart

    r = RadarChart()
    r.resize(400, 360)
    r.set_data([("Stratégie", 5, 5), ("Production", 2.5, 4), ("Numérique", None, 3), ("Humain", 1, 2)], 1, 5)
    img = r.grab().toImage()
    painted = {img.pixelColor(x, y).rgb() for x in range(0, 400, 7) for y in range(0, 330, 7)}
    assert len(painted) > 5
    assert any(abs(QColor(c).hue() - CURRENT.hue()) < 12 and QColor(c).saturation() > 60 for c in painted)
    s = SpreadRadar()
    s.resize(500, 420)
    s.set_data([{"title": f"Thème {i}", "average": 3, "q1": 2, "q3": 4, "min": 1, "max": 5, "n": 9}
                for i in range(5)], 1, 5)
    assert len({s.grab().toImage().pixelColor(x, y).rgb() for x in range(0, 500, 9) for y in range(0, 380, 9)}) > 5

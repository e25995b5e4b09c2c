"""The window's start: the first page comes without the heavy libraries, which the warm-up then
imports on the worker before any other page (quality.md's `startup_ratio`; ops.TaskManager.warm_up)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HEAVY = ("pydantic", "sqlite_utils", "yaml", "cryptography", "reportlab", "openpyxl")


def _demo(folder, companies: int = 40) -> None:
    from ifdesk.demo.generate import fill
    from ifdesk.store import Workspace

    with Workspace(folder) as ws:
        fill(ws, companies=companies, seed=3)


def test_opening_a_workspace_and_listing_companies_imports_no_heavy_library(data_dir):
    _demo(data_dir)
    code = (
        "import sys\n"
        "from ifdesk.store import Workspace\n"
        f"ws = Workspace({str(data_dir)!r})\n"
        "rows = ws.companies.list()\n"
        f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print(len(rows), ','.join(heavy) or '-')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True).stdout
    n, heavy = out.split()
    assert int(n) >= 40 and heavy == "-"


def test_ifdesk_gui_shows_its_first_page_then_warms_up(data_dir):
    _demo(data_dir)
    from tests.startup_probe import HEAVY, PROBE_FILE

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IFDESK_STARTUP_PROBE=str(PROBE_FILE))
    p = subprocess.run([sys.executable, "-m", "ifdesk", "--data-dir", str(data_dir), "gui"],
                       capture_output=True, text=True, timeout=120, env=env)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.split("\n")
    assert lines[0] == "ready"
    warm, seconds, block_ms = lines[1].split()
    assert warm == "warm" and float(seconds) >= 0 and float(block_ms) >= 0  # numbers, reported
    assert lines[2] == "heavy-at-ready -"   # none of pydantic, sqlite-utils, YAML… before the first page
    from ifdesk.ui.ops import WARM_MODULES

    warmed = [h for h in HEAVY if h in {m.split(".")[0] for m in WARM_MODULES}]
    assert len(warmed) >= 4
    assert lines[3] == "heavy-at-warm " + ",".join(warmed)  # every library of the warm-up, once it is over
    assert lines[4] == "later-at-ready -"  # no QtNetwork (hand-over) nor `html` before the first page


def test_a_bad_probe_is_said_and_ignored(data_dir, tmp_path):
    """The product carries no probe: only a Python file named by IFDESK_STARTUP_PROBE is loaded."""
    from ifdesk.ui import app

    calls = []
    probe = tmp_path / "probe.py"
    probe.write_text("def probe_startup(app, window):\n    window.append(app)\n", "utf-8")
    app._load_probe(str(probe), "APP", calls)
    assert calls == ["APP"]
    app._load_probe("1", "APP", calls)  # the 0.1 spelling: no file, nothing loaded
    assert calls == ["APP"]
    assert not (Path(app.__file__).parent / "startup_probe.py").exists()
    assert not (Path(app.__file__).parent / "measure.py").exists()


def test_shipped_referentiels_are_registered_at_open_without_touching_the_database(data_dir):
    from ifdesk.store import Workspace

    Workspace(data_dir).close()        # opened and closed, nothing read
    with Workspace(data_dir, readonly=True) as ro:
        assert ro.referentiels.current().id == "if-pme"


def test_other_pages_are_built_after_the_warm_up(qapp, qtbot, data_dir):
    from ifdesk.ui.main_window import MainWindow
    from ifdesk.ui.ops import TaskManager

    _demo(data_dir, 5)
    tm = TaskManager(data_dir)
    tm.call(lambda ws: None)
    w = MainWindow(tm)
    try:
        assert not tm.warm                    # the companies page alone: nothing heavy yet
        w.go("diagnostics")                   # a page importing the pydantic models…
        assert tm.warm                        # …waited for the worker's warm-up first
        assert "pydantic" in sys.modules and "sqlite_utils" in sys.modules
    finally:
        w.close()
        tm.close()


def test_a_locked_workspace_at_start_is_refused_and_nothing_stays_open(qapp, data_dir):
    from ifdesk.store import Workspace
    from ifdesk.store.db import WorkspaceLocked
    from ifdesk.ui.app import Controller, UiPrefs

    holder = Workspace(data_dir)
    try:
        ctl = Controller(qapp, data_dir, UiPrefs())
        with pytest.raises(WorkspaceLocked, match="déjà ouvert"):
            ctl.start()
        assert ctl.tm is None and ctl.window is None
    finally:
        holder.close()
    ctl.start()                               # free again: it opens
    try:
        assert ctl.window is not None
    finally:
        ctl.stop()


def test_waiting_for_the_warm_up_keeps_the_window_alive(qapp, qtbot, data_dir, monkeypatch):
    import time

    from PySide6.QtCore import QTimer

    from ifdesk.ui import ops
    from ifdesk.ui.main_window import MainWindow

    real = ops.warm_imports
    monkeypatch.setattr(ops, "warm_imports", lambda ws: (time.sleep(0.4), real(ws)))  # a slow machine
    tm = ops.TaskManager(data_dir)
    tm.call(lambda ws: None)
    w = MainWindow(tm)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    try:
        timer.start()
        tm.warm_up()
        w.go("settings")                       # asked for before the warm-up is over
        assert tm.warm and w.page() == "settings"
        assert len(ticks) >= 10                # timers (and painting) went on meanwhile
    finally:
        timer.stop()
        w.close()
        tm.close()


def test_plain_ifdesk_and_ifdesk_gui_start_the_window_without_argparse(data_dir):
    """`ifdesk`, `ifdesk gui`, with --data-dir / --lang: the window starts without building the
    command line's parser (about 10 ms of the start); the same folder and language reach it. (PySide6
    imports the argparse module itself: what is checked is that the parser's module never loads.)"""
    for argv in ([], ["gui"], ["--data-dir", str(data_dir)], ["--lang", "en", "--data-dir", str(data_dir), "gui"],
                 [f"--data-dir={data_dir}", "--lang=fr", "gui"]):
        code = ("import sys\n"
                "import ifdesk.ui.app as app\n"
                "app.run = lambda folder=None, lang=None, open_files=(): "
                "print(folder, lang, list(open_files), 'ifdesk.cli.app' in sys.modules) or 0\n"
                f"sys.argv = ['ifdesk', *{argv!r}]\n"
                "from ifdesk.__main__ import main\n"
                "main()\n")
        env = {k: v for k, v in os.environ.items() if k != "IFDESK_DATA_DIR"}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
        assert out.returncode == 0, out.stderr
        folder, lang, files, parser_built = out.stdout.split()
        assert folder == (str(data_dir) if str(data_dir) in " ".join(argv) else "None")
        assert lang == ("en" if "en" in argv else "fr" if "--lang=fr" in argv else "None")
        assert files == "[]" and parser_built == "False"


def test_anything_else_still_goes_through_the_parser(data_dir):
    """A bad value, an option of `gui`, another command: argparse decides, as before."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    bad = subprocess.run([sys.executable, "-m", "ifdesk", "--lang", "de"], capture_output=True, text=True, timeout=60, env=env)
    assert bad.returncode == 2 and "de" in bad.stderr
    late = subprocess.run([sys.executable, "-m", "ifdesk", "gui", "--data-dir", str(data_dir)], capture_output=True,
                          text=True, timeout=60, env=env)
    assert late.returncode == 2                        # global options come before the command, as before
    from ifdesk.cli.cmd_gui import window_args

    assert window_args(["gui", "--screenshot", "x.png"]) is None
    assert window_args(["--data-dir"]) is None
    assert window_args(["--data-dir", "--lang", "en"]) is None
    assert window_args(["diag", "list"]) is None
    assert window_args(["gui", "gui"]) is None
    assert window_args(["--data-dir", "D", "--data-dir", "E"]) == ("E", None)   # the last one, as argparse


def test_the_plain_start_collects_again_once_the_first_page_is_up(data_dir):
    """A plain start runs without garbage collection until its first page shows (cmd_gui), then gives it back
    with what was loaded set aside (gc.freeze): a window left without collection would grow for ever."""
    _demo(data_dir)
    probe = data_dir.parent / "gc_probe.py"
    probe.write_text(
        "import gc, os\n"
        "def probe_startup(app, window):\n"
        "    from PySide6.QtCore import QTimer\n"
        "    print('before', gc.isenabled(), flush=True)\n"
        "    def ready():\n"
        "        print('after', gc.isenabled(), gc.get_freeze_count() > 10000, flush=True)\n"
        "        app.quit()\n"
        "    window.ready.connect(lambda: QTimer.singleShot(0, ready))\n", "utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IFDESK_STARTUP_PROBE=str(probe))
    p = subprocess.run([sys.executable, "-m", "ifdesk", "--data-dir", str(data_dir), "gui"],
                       capture_output=True, text=True, timeout=120, env=env)
    assert p.returncode == 0, p.stderr
    assert p.stdout.split("\n")[:2] == ["before False", "after True True"]

"""Measurements of the window for the benchmark of quality.md (`tests/bench.py`).

- `ui_max_block_ms`: the longest time the GUI thread was blocked while the window saves answers
  (autosave), loads the lists of a 2,000-diagnostic workspace, shows a synthesis and makes a PDF
  report, then imports 200 signed, encrypted bundles and exports 50 diagnostics through the
  Synchronisation page (`bench_sync_page`). A 2 ms timer ticks on the GUI thread; the longest gap
  between two ticks, less the interval, is the longest block.
- `startup_ratio`: process start → main window shown and idle on a workspace of 2,000
  diagnostics, against a bare PySide6 QMainWindow started the same way (separate processes,
  median of several runs).

`python -m ifdesk.ui.measure startup FOLDER` / `bare` are the two sides of the startup run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class BlockMonitor:
    def __init__(self, interval_ms: int = 2):
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.interval = interval_ms
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.last = 0
        self.worst = 0.0

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.worst = max(self.worst, (now - self.last) / 1e6 - self.interval)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.worst = 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return max(self.worst, 0.0)


def _demo_workspace(folder: Path, companies: int) -> None:
    if (folder / "ifdesk.sqlite3").exists():
        return
    from ..demo.generate import fill
    from ..store import Workspace

    with Workspace(folder) as ws:
        fill(ws, companies=companies, seed=7)


def bench_ui(tmp: Path, quick: bool) -> dict:
    from .app import make_app
    from .main_window import MainWindow
    from .ops import TaskManager

    folder = tmp / "ui-2000"
    _demo_workspace(folder, 300 if quick else 2300)
    app = make_app()
    tm = TaskManager(folder)
    draft = tm.call(lambda ws: next(r["id"] for r in ws.diagnostics.list(status="draft")))
    w = MainWindow(tm)
    w.resize(1366, 768)
    w.show()
    tm.wait_idle()
    app.processEvents()
    mon = BlockMonitor()
    mon.start()
    t0 = time.perf_counter()
    w.go("diagnostics")
    tm.wait_idle()
    w.open_diagnostic(draft)
    tm.wait_idle()
    ed = w.editor
    saves = 0
    rounds = 1 if quick else 3
    for r in range(rounds):
        for i, cid in enumerate(ed.ref.criteria_by_id):
            ed.select(cid)
            ed.card.picker.pick(ed.ref.min_level + (i + r) % len(ed.ref.levels))
            saves += 1
            while ed.saving:
                tm.wait_idle(50)
    ed.rescore_now()
    tm.wait_idle()
    w.open_synthesis(draft)
    tm.wait_idle()
    report_s = None
    if w.synthesis.report_btn.isEnabled():
        out = tmp / "ui-report.pdf"
        t = time.perf_counter()
        w.synthesis.report_btn.generate(str(out), open_after=False)
        tm.wait_idle(60_000)
        report_s = time.perf_counter() - t
    w.go("companies")
    tm.wait_idle()
    worst = mon.stop()
    elapsed = time.perf_counter() - t0
    w.close()
    tm.close()
    out = {"ui_max_block_ms": worst, "_ui_saves": saves, "_ui_session_s": elapsed}
    if report_s is not None:
        out["_ui_report_s"] = report_s
    sync = bench_sync_page(tmp, quick)
    out.update(sync)
    out["ui_max_block_ms"] = max(worst, sync["_ui_import_block_ms"], sync["_ui_export_block_ms"])
    return out


SYNC_PASS = "banc d'essai de la synchronisation"


def _run_until(cond, timeout_ms: int) -> None:
    """Run the event loop as `app.exec()` does (sleeping when idle) until `cond()`; `wait_idle` spins
    on processEvents, which would compete with the worker for the GIL as no real window does."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: cond() and loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    poll.start()
    loop.exec()
    poll.stop()


def _sync_pair(tmp: Path, bundles: int) -> tuple[Path, Path, Path]:
    """An expert with completed diagnostics and an office that enrolled each other, and a folder of
    `bundles` signed and encrypted bundles from the expert (made with ifdesk.bundle, not measured)."""
    from ..bundle import create_identity, export_diagnostics, exportable_ids, trust_add
    from ..bundle.identity import card
    from ..demo.generate import fill
    from ..store import Workspace

    expert_dir, office_dir, out = tmp / "sync-expert", tmp / "sync-office", tmp / "sync-bundles"
    with Workspace(office_dir) as office, Workspace(expert_dir) as expert:
        create_identity(office, "Bureau de mesure", "Région", "office", SYNC_PASS)
        create_identity(expert, "Expert de mesure", "Cabinet", "expert", SYNC_PASS)
        trust_add(office, card(expert), confirmed=True)
        trust_add(expert, card(office), confirmed=True)
        seed = 11
        while len(exportable_ids(expert)) < bundles:
            fill(expert, companies=max(20, bundles), seed=seed)
            seed += 1
        export_diagnostics(expert, exportable_ids(expert)[:bundles], out, SYNC_PASS, per_diagnostic=True)
    return expert_dir, office_dir, out


def bench_sync_page(tmp: Path, quick: bool) -> dict:
    """The GUI thread's longest block while the Synchronisation page imports a folder of bundles
    (200; 60 with --quick) into an office, then exports completed diagnostics (50; 30) from an
    expert: files chosen, passphrase given, then everything through the page as a user would."""
    from .app import make_app
    from .main_window import MainWindow
    from .ops import TaskManager
    from .views import sync_dialogs

    n_import, n_export = (60, 30) if quick else (200, 50)
    expert_dir, office_dir, folder = _sync_pair(tmp, max(n_import, n_export))
    app = make_app()
    asked = sync_dialogs.ask_passphrase
    sync_dialogs.ask_passphrase = lambda *a, **k: SYNC_PASS
    out: dict = {}
    try:
        for side, where in (("import", office_dir), ("export", expert_dir)):
            tm = TaskManager(where)
            tm.call(lambda ws: None)
            w = MainWindow(tm)
            w.resize(1366, 768)
            w.show()
            w.go("sync")
            tm.wait_idle()
            app.processEvents()
            page = w.sync
            mon = BlockMonitor()
            mon.start()
            t = time.perf_counter()
            if side == "import":
                page.import_paths([str(folder)])
                done = lambda: len(page.last_results) == n_import  # noqa: E731
            else:
                dest = tmp / "sync-export"
                ids = [r["id"] for r in page.export_model.rows()][:n_export]
                page.export_model.checked = set(ids)
                page.export(str(dest), per_diagnostic=True)
                done = lambda: len(list(dest.glob("*.ifbundle"))) == n_export and not page.busy  # noqa: E731
            _run_until(lambda: done() and tm.pending == 0, 600_000)
            out[f"_ui_{side}_s"] = time.perf_counter() - t
            out[f"_ui_{side}_block_ms"] = mon.stop()
            if not done():
                raise RuntimeError(f"sync page {side} did not finish")
            w.close()
            tm.close()
    finally:
        sync_dialogs.ask_passphrase = asked
    out["_ui_import_files"], out["_ui_export_files"] = n_import, n_export
    return out


def bench_dashboard_page(folder: Path) -> dict:
    """The Tableau de bord on an existing workspace (e.g. 100,000 diagnostics): time from showing the page
    (or changing a filter) to its figures drawn, and the GUI thread's longest block meanwhile."""
    from PySide6.QtCore import QCoreApplication

    from .app import make_app
    from .main_window import MainWindow
    from .ops import TaskManager

    app = make_app()
    tm = TaskManager(folder)
    tm.call(lambda ws: None)
    w = MainWindow(tm)
    w.resize(1366, 768)
    w.show()
    tm.wait_idle()
    app.processEvents()
    out: dict = {}
    mon = BlockMonitor()
    for name, filters in (("first", None), ("region_84", dict(region="84")),
                          ("year_2025", dict(date_from="2025-01", date_to="2025-12")),
                          ("naf_25_pme", dict(naf="25", size="PME")), ("all", {})):
        mon.start()
        t = time.perf_counter()
        if filters is None:
            w.go("dashboard")
        else:
            w.dashboard.set_filters(**filters)
        page = w.dashboard
        while page._loading or page._debounce.isActive() or tm.pending:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        app.processEvents()
        out[f"_dash_{name}_s"] = time.perf_counter() - t - (0.15 if filters is not None else 0)  # less the debounce
        out[f"_dash_{name}_worker_ms"] = page.data["ms"]
        out[f"_dash_{name}_block_ms"] = mon.stop()
    w.close()
    tm.close()
    out["dashboard_max_block_ms"] = max(v for k, v in out.items() if k.endswith("_block_ms"))
    return out


def _time_to_ready(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.Popen([sys.executable, "-m", "ifdesk.ui.measure", *args], stdout=subprocess.PIPE, text=True,
                             env=dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")))
        line = p.stdout.readline()
        times.append(time.perf_counter() - t)
        p.wait(timeout=60)
        if line.strip() != "ready":
            raise RuntimeError(f"startup run failed: {args}")
    return statistics.median(times)


def bench_startup(tmp: Path, quick: bool) -> dict:
    folder = tmp / "ui-2000"
    _demo_workspace(folder, 300 if quick else 2300)
    runs = 3 if quick else 5
    _time_to_ready(["bare"], 1)  # warm the file cache
    bare = _time_to_ready(["bare"], runs)
    ours = _time_to_ready(["startup", str(folder)], runs)
    return {"startup_ratio": ours / bare, "_startup_s": ours, "_startup_floor_s": bare}


def _child(argv: list[str]) -> None:
    if argv[0] == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([sys.argv[0]])
        w = QMainWindow()
        w.resize(1366, 768)
        w.show()
        app.processEvents()
    else:
        from .app import make_app
        from .main_window import MainWindow
        from .ops import TaskManager

        app = make_app()
        tm = TaskManager(Path(argv[1]))
        tm.call(lambda ws: None)
        w = MainWindow(tm)
        w.resize(1366, 768)
        w.show()
        tm.wait_idle()
        app.processEvents()
    print("ready", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("bare", "startup"):
        _child(sys.argv[1:])
    elif len(sys.argv) > 2 and sys.argv[1] == "dashboard":  # python -m ifdesk.ui.measure dashboard FOLDER
        for k, v in bench_dashboard_page(Path(sys.argv[2])).items():
            print(f"{k:<28} {v:10.3f}")
    else:
        with tempfile.TemporaryDirectory() as d:
            quick = "--quick" in sys.argv
            res = bench_startup(Path(d), quick) | bench_ui(Path(d), quick)
            for k, v in res.items():
                print(f"{k:<22} {v:10.3f}")

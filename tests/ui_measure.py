"""Measurements of the window for the benchmark of quality.md (`tests/bench.py`); measuring code lives
with the tests, not in the product (architecture.md).

- `ui_max_block_ms`: the longest time the GUI thread was blocked while the window opens the
  questionnaire and saves answers (autosave), loads the lists of a 2,000-diagnostic workspace, shows a
  synthesis and makes a PDF report, opens the dashboard on that workspace, then imports 200 signed, encrypted bundles and exports 50 diagnostics through the
  Synchronisation page (`bench_sync_page`). A 2 ms timer ticks on the GUI thread; the longest gap
  between two ticks, less the interval, is the longest block.
- `startup_ratio`: process start → main window shown and idle on a workspace of 2,000
  diagnostics, against a bare PySide6 QMainWindow started the same way (separate processes,
  median of several interleaved runs); see `bench_startup`.
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

from tests.startup_probe import PROBE_FILE, BlockMonitor  # noqa: E402


def _demo_workspace(folder: Path, companies: int) -> None:
    if (folder / "ifdesk.sqlite3").exists():
        return
    from ifdesk.demo.generate import fill
    from ifdesk.store import Workspace

    with Workspace(folder) as ws:
        fill(ws, companies=companies, seed=7)


def bench_ui(tmp: Path, quick: bool) -> dict:
    from ifdesk.ui.app import make_app
    from ifdesk.ui.main_window import MainWindow
    from ifdesk.ui.ops import TaskManager, run_until

    folder = tmp / "ui-2000"
    _demo_workspace(folder, 300 if quick else 2300)
    app = make_app()
    tm = TaskManager(folder)
    draft = tm.call(lambda ws: next(r["id"] for r in ws.diagnostics.list(status="draft")))
    w = MainWindow(tm)
    w.resize(1366, 768)
    w.show()
    tm.wait_idle()
    w.repaint()  # the window's first paint belongs to the start (startup_ratio), not to this scenario
    app.processEvents()
    mon = BlockMonitor()
    cpu: dict[str, float] = {}
    mon.start()
    t0 = time.perf_counter()
    # a user's first click comes after the start's background work (the worker's warm-up, then the
    # other pages' modules imported one per turn on the GUI thread): measured too
    tm.warm_up()
    run_until(lambda: tm.warm and not w.preloading and tm.pending == 0, 60_000)
    steps = {"warm_up": mon.stop()}  # each step's longest block, reported with a leading _
    cpu["warm_up"] = mon.worst_cpu
    # the floor: the same ticks on the window doing nothing for 1.5 s (the machine's own noise)
    mon.start()
    _settle(app, 300)
    floor = mon.stop()
    mon.start()
    w.go("diagnostics")
    tm.wait_idle()
    steps["lists"] = mon.stop()
    cpu["lists"] = mon.worst_cpu
    mon.start()
    w.open_diagnostic(draft)
    tm.wait_idle()
    _settle(app)
    steps["questionnaire"] = mon.stop()
    cpu["questionnaire"] = mon.worst_cpu
    mon.start()
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
    steps["answers"] = mon.stop()
    cpu["answers"] = mon.worst_cpu
    mon.start()
    w.open_synthesis(draft)
    tm.wait_idle()
    _settle(app)
    steps["synthesis"] = mon.stop()
    cpu["synthesis"] = mon.worst_cpu
    mon.start()
    report_s = None
    if w.synthesis.report_btn.isEnabled():
        out = tmp / "ui-report.pdf"
        t = time.perf_counter()
        w.synthesis.report_btn.generate(str(out), open_after=False)
        tm.wait_idle(60_000)
        report_s = time.perf_counter() - t
    steps["report"] = mon.stop()
    cpu["report"] = mon.worst_cpu
    mon.start()
    w.go("dashboard")  # the office's figures over the whole workspace, computed on the worker
    page = w.dashboard
    run_until(lambda: not page.loading and tm.pending == 0, 120_000)
    _settle(app)
    steps["dashboard"] = mon.stop()
    cpu["dashboard"] = mon.worst_cpu
    mon.start()
    w.go("companies")
    tm.wait_idle()
    steps["back"] = mon.stop()
    cpu["back"] = mon.worst_cpu
    worst = max(steps.values())
    elapsed = time.perf_counter() - t0
    w.close()
    tm.close()
    out = {"ui_max_block_ms": worst, "_ui_saves": saves, "_ui_session_s": elapsed}
    out.update({f"_ui_{k}_block_ms": v for k, v in steps.items()})
    out["_ui_idle_block_ms"] = floor
    out["_ui_max_block_cpu_ms"] = max(cpu.values())  # the GUI thread's own work in its longest burst
    out.update({f"_ui_{k}_block_cpu_ms": v for k, v in cpu.items()})
    if report_s is not None:
        out["_ui_report_s"] = report_s
    sync = bench_sync_page(tmp, quick)
    out.update(sync)
    out["ui_max_block_ms"] = max(worst, sync["_ui_import_block_ms"], sync["_ui_export_block_ms"])
    return out


def _settle(app, turns: int = 10) -> None:
    """A few turns of the event loop, 5 ms apart: what a page does right after it shows (paint, the
    parts built later) is measured with it."""
    for _ in range(turns):
        app.processEvents()
        time.sleep(0.005)


SYNC_PASS = "banc d'essai de la synchronisation"


def _sync_pair(tmp: Path, bundles: int) -> tuple[Path, Path, Path]:
    """An expert with completed diagnostics and an office that enrolled each other, and a folder of
    `bundles` signed and encrypted bundles from the expert (made with ifdesk.bundle, not measured)."""
    from ifdesk.bundle import create_identity, export_diagnostics, exportable_ids, trust_add
    from ifdesk.bundle.identity import card
    from ifdesk.demo.generate import fill
    from ifdesk.store import Workspace

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
    from ifdesk.ui.app import make_app
    from ifdesk.ui.main_window import MainWindow
    from ifdesk.ui.ops import TaskManager, run_until
    from ifdesk.ui.views import sync_dialogs

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
                done = lambda: len(page.last_results) == n_import  # noqa: E731,B023 (used in this iteration)
            else:
                dest = tmp / "sync-export"
                ids = [r["id"] for r in page.export_model.rows()][:n_export]
                page.export_model.checked = set(ids)
                page.export(str(dest), per_diagnostic=True)
                done = lambda: len(list(dest.glob("*.ifbundle"))) == n_export and not page.busy  # noqa: E731,B023
            run_until(lambda: done() and tm.pending == 0, 600_000)  # noqa: B023 (called in this iteration)
            out[f"_ui_{side}_s"] = time.perf_counter() - t
            out[f"_ui_{side}_block_ms"] = mon.stop()
            out[f"_ui_{side}_block_cpu_ms"] = mon.worst_cpu
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

    from ifdesk.ui.app import make_app
    from ifdesk.ui.main_window import MainWindow
    from ifdesk.ui.ops import TaskManager

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


# The floor: a bare PySide6 QMainWindow, shown and painted, then « ready » once the event loop is idle. Run with
# `python -c`, so that it imports nothing of ifdesk.
BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1366, 768)
w.show()
w.repaint()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""


# A second floor, for the record (not the bar's): the least a PySide6 window showing the same companies takes —
# the rows read with raw sqlite3, a title, a search field and a QTableView on a Python table model, no style
# sheet, no translation, no worker. Any window with a Python model builds the `Qt` namespace (about 90 enums:
# the view passes Qt.Orientation to headerData) and loads fonts to draw text, which the bare window never does.
TABLE_WINDOW = """
import sqlite3, sys
from PySide6.QtCore import QAbstractTableModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget
app = QApplication([])
con = sqlite3.connect(sys.argv[1])
rows = con.execute("SELECT c.siret, c.name, c.city, c.region, c.naf, (SELECT count(*) FROM diagnostics d "
                   "WHERE d.siret = c.siret) FROM companies c ORDER BY c.name").fetchall()
HEAD = ("SIRET", "Raison sociale", "Ville", "Région", "NAF", "Diagnostics")
class Model(QAbstractTableModel):
    def rowCount(self, parent=None):
        return len(rows)
    def columnCount(self, parent=None):
        return len(HEAD)
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            v = rows[index.row()][index.column()]
            return "" if v is None else str(v)
        return None
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEAD[section]
        return None
w = QMainWindow()
central = QWidget()
w.setCentralWidget(central)
lay = QVBoxLayout(central)
lay.addWidget(QLabel("Entreprises"))
lay.addWidget(QLineEdit())
view = QTableView()
lay.addWidget(view)
model = Model()
view.setModel(model)
w.resize(1366, 768)
w.show()
w.repaint()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""


def _startup_run(cmd: list[str]) -> tuple[float, list[str]]:
    """Seconds from process start to its « ready » line, and the lines it printed."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), IFDESK_STARTUP_PROBE=str(PROBE_FILE))
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    first = p.stdout.readline()
    elapsed = time.perf_counter() - t
    rest = p.communicate(timeout=120)[0]
    if first.strip() != "ready" or p.returncode != 0:
        raise RuntimeError(f"startup run failed ({p.returncode}): {cmd}")
    return elapsed, rest.split()


def bench_startup(tmp: Path, quick: bool) -> dict:
    """`ifdesk gui` as a user starts it (the real entry point, its argument parsing included) on a
    workspace of 2,000+ diagnostics, until the companies page shows its rows and the event loop is
    idle; against the bare window, runs interleaved. The bytecode of ifdesk is compiled first, as an
    installed program has it (pip and PyInstaller compile it; a checkout run with
    PYTHONDONTWRITEBYTECODE would compile every module at every start).

    Also reported: how long the warm-up takes after « ready » (the heavy imports on the worker, see
    ops.TaskManager.warm_up) and the GUI thread's longest block meanwhile."""
    import compileall

    from ifdesk import __file__ as package_init

    folder = tmp / "ui-2000"
    _demo_workspace(folder, 300 if quick else 2300)
    compileall.compile_dir(str(Path(package_init).parent), quiet=1)
    runs = 5 if quick else 9
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    table_cmd = [sys.executable, "-c", TABLE_WINDOW, str(folder / "ifdesk.sqlite3")]
    ours_cmd = [sys.executable, "-m", "ifdesk", "--data-dir", str(folder), "gui"]
    _startup_run(bare_cmd), _startup_run(table_cmd), _startup_run(ours_cmd)  # warm the file cache
    bare, table, ours, warm, block = [], [], [], [], []
    for _ in range(runs):
        bare.append(_startup_run(bare_cmd)[0])
        table.append(_startup_run(table_cmd)[0])
        t, rest = _startup_run(ours_cmd)
        ours.append(t)
        if len(rest) >= 3 and rest[0] == "warm":
            warm.append(float(rest[1]))
            block.append(float(rest[2]))
    b, o, tf = statistics.median(bare), statistics.median(ours), statistics.median(table)
    out = {"startup_ratio": o / b, "_startup_ready_s": o, "_startup_floor_s": b,
           # the record's second floor: a plain window showing the same companies in a table (TABLE_WINDOW)
           "_startup_table_floor_s": tf, "_startup_table_floor_ratio": tf / b, "_startup_ratio_vs_table": o / tf}
    if warm:
        out["_startup_warmup_s"] = statistics.median(warm)
        out["_startup_warmup_block_ms"] = statistics.median(block)
        out["_startup_warmup_block_max_ms"] = max(block)
    return out


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "dashboard":  # python -m tests.ui_measure dashboard FOLDER
        for k, v in bench_dashboard_page(Path(sys.argv[2])).items():
            print(f"{k:<28} {v:10.3f}")
    else:
        with tempfile.TemporaryDirectory() as d:
            quick = "--quick" in sys.argv
            res = bench_startup(Path(d), quick) | bench_ui(Path(d), quick)
            for k, v in res.items():
                print(f"{k:<22} {v:10.3f}")

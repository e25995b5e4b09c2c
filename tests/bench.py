"""Benchmarks of quality.md: `python -m tests.bench [--quick] [--json]`.

Every ratio is measured against its floor in the same run (median of several runs, warm-up first),
so a busy machine moves both sides. Data sets are built with the project's own code (`demo`, real
signed exports). `--quick` uses smaller sets and finishes in under a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARS = {  # key → (comparison, bar)
    "startup_ratio": ("<=", 1.5),
    "autosave_p99_ms": ("<=", 10),
    "autosave_ratio": ("<=", 1.5),
    "import_bundles_per_s": (">=", 200),
    "import_ratio": ("<=", 3),
    "import_peak_rss_mb": ("<=", 250),
    "report_s": ("<=", 0.5),
    "dashboard_ms": ("<=", 150),
    "ui_max_block_ms": ("<=", 50),
    "national_import_bundles_per_s": (">=", 200),
    "national_dashboard_ms": ("<=", 150),
}


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def bench_autosave(tmp: Path, quick: bool) -> dict:
    """One answer change through the window's path vs a raw sqlite3 upsert + commit, same pragmas."""
    import sqlite3

    from ifdesk.core.company import new_company
    from ifdesk.core.diagnostic import Answer
    from ifdesk.core.validation import validated
    from ifdesk.store import Workspace

    n = 400 if quick else 3000
    ws = Workspace(tmp / "autosave")
    c = new_company(siret="73282932000074", name="Banc d'essai", region="84")
    ws.companies.add(c)
    ref = ws.referentiels.current()
    diag_id = ws.diagnostics.create(c.siret, ref, None, "Banc")
    crits = list(ref.criteria_by_id)

    def store_save(k: int) -> None:
        # what the editor does on a keypress: validate the field values, then the durable save
        a = validated(Answer, {"criterion": crits[k % len(crits)], "level": 1 + k % 5, "target": 5,
                               "note": "Constat " + "x" * (k % 60)})
        ws.diagnostics.save_answer(diag_id, a)

    raw = sqlite3.connect(tmp / "autosave-floor.sqlite3", isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("PRAGMA foreign_keys = ON")
    raw.execute("CREATE TABLE answers (diag_id TEXT, revision INTEGER, criterion TEXT, level INTEGER, target INTEGER, "
                "note TEXT, updated_at TEXT, PRIMARY KEY (diag_id, revision, criterion))")

    def raw_save(k: int) -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO answers VALUES (?,?,?,?,?,?,?) ON CONFLICT(diag_id, revision, criterion) DO UPDATE SET "
                    "level=excluded.level, target=excluded.target, note=excluded.note, updated_at=excluded.updated_at",
                    (diag_id, 1, crits[k % len(crits)], 1 + k % 5, 5, "Constat " + "x" * (k % 60), "now"))
        raw.execute("COMMIT")

    store_t, raw_t = [], []
    for k in range(50):  # warm-up
        store_save(k)
        raw_save(k)
    for k in range(n):  # interleaved so that machine noise hits both alike
        t = time.perf_counter()
        store_save(k)
        store_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        raw_save(k)
        raw_t.append(time.perf_counter() - t)
    ws.close()
    raw.close()
    return {"autosave_p99_ms": percentile(store_t, 99) * 1000,
            "autosave_ratio": statistics.median(store_t) / statistics.median(raw_t),
            "_autosave_median_ms": statistics.median(store_t) * 1000,
            "_autosave_floor_median_ms": statistics.median(raw_t) * 1000}


def bench_report(tmp: Path, quick: bool) -> dict:
    """One full company report of a completed demo diagnostic (median of several, after a warm-up)."""
    from ifdesk.demo import fill
    from ifdesk.report import render_report
    from ifdesk.store import Workspace

    with Workspace(tmp / "report") as ws:
        fill(ws, companies=12, seed=5)
        diag_id = ws.db.execute("SELECT diag_id FROM revisions WHERE status != 'draft' ORDER BY diag_id LIMIT 1").fetchone()[0]
        render_report(ws, diag_id, tmp / "warm.pdf")
        times = []
        for k in range(3 if quick else 7):
            t = time.perf_counter()
            render_report(ws, diag_id, tmp / f"r{k}.pdf")
            times.append(time.perf_counter() - t)
    return {"report_s": statistics.median(times), "_report_pages_bytes": (tmp / "r0.pdf").stat().st_size}


def bench_import(tmp: Path, quick: bool) -> dict:
    from tests.bundle_bench import bench_import as run_import

    return run_import(tmp / "import", quick)


def bench_startup(tmp: Path, quick: bool) -> dict:
    from tests.ui_measure import bench_startup as run_startup

    return run_startup(tmp, quick)


def bench_ui(tmp: Path, quick: bool) -> dict:
    from tests.ui_measure import bench_ui as run_ui

    return run_ui(tmp, quick)


def bench_dashboard(tmp: Path, quick: bool) -> dict:
    """Every office aggregate at once, over 100,000 diagnostics (about 5,000 in quick mode), under several filters."""
    from ifdesk.demo import fill
    from ifdesk.office import Filters, dashboard, prepare
    from ifdesk.store import Workspace

    companies = 6_000 if quick else 115_000  # about 88 % of the companies get a diagnostic
    with Workspace(tmp / "dashboard") as ws:
        t = time.perf_counter()
        fill(ws, companies=companies, seed=1)
        built = time.perf_counter() - t
        prepare(ws)
        n = ws.db.execute("SELECT count(*) FROM diagnostics").fetchone()[0]
        cases = [Filters(), Filters.parse(region="84"), Filters.parse("2025-01-01", "2025-12-31"),
                 Filters.parse(naf_division="25", size_class="PME"),
                 Filters.parse("2025-01-01", "2025-12-31", region="84", size_class="PME")]
        worst = 0.0
        for f in cases:
            dashboard(ws, f)  # warm-up
            times = []
            for _k in range(5):
                t = time.perf_counter()
                dashboard(ws, f)
                times.append(time.perf_counter() - t)
            worst = max(worst, statistics.median(times))
    return {"dashboard_ms": worst * 1000, "_dashboard_diagnostics": n, "_dashboard_build_s": built}


def bench_national_import(tmp: Path, quick: bool) -> dict:
    from tests.national_bench import bench_national_import as run_national_import

    return run_national_import(tmp, quick)


def bench_national_dashboard(tmp: Path, quick: bool) -> dict:
    from tests.national_bench import bench_national_dashboard as run_national_dashboard

    return run_national_dashboard(tmp, quick)


BENCHES = [bench_autosave, bench_report, bench_import, bench_dashboard, bench_startup, bench_ui, bench_national_import,
           bench_national_dashboard]


def run(quick: bool, only: list[str] | None = None) -> dict:
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="ifdesk-bench-") as tmp:
        for bench in BENCHES:
            name = bench.__name__.removeprefix("bench_")
            if only and name not in only:
                continue
            t = time.perf_counter()
            results.update(bench(Path(tmp), quick))
            results[f"_{name}_s"] = time.perf_counter() - t
    return results


def verdict(key: str, value: float) -> str:
    op, bar = BARS[key]
    ok = value <= bar if op == "<=" else value >= bar
    return "ok" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller data sets (< 60 s)")
    ap.add_argument("--json", action="store_true", help="one JSON object with the keys of quality.md")
    ap.add_argument("--only", nargs="*", help="run only these benchmarks (autosave, import, report, dashboard, startup, ui, "
                                           "national_import, national_dashboard)")
    args = ap.parse_args(argv)
    res = run(args.quick, args.only)
    if args.json:
        print(json.dumps({k: round(v, 3) for k, v in res.items() if k in BARS}))
        return 0
    print(f"ifdesk benchmarks — {'quick' if args.quick else 'full'} — {date.today()} — "
          f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'key':<30} {'value':>10}  {'bar':>8}  verdict")
    for k, (op, bar) in BARS.items():
        if k in res:
            print(f"{k:<30} {res[k]:>10.3f}  {op}{bar:>6}  {verdict(k, res[k])}")
    for k, v in res.items():
        if k.startswith("_"):
            print(f"  {k[1:]:<28} {v:>10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

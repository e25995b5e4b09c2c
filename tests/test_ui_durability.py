"""The window's autosave survives SIGKILL: every answer whose save had returned is in the workspace."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

pytest.importorskip("PySide6")

from ifdesk.store import Workspace  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


SEEDS = [1, 2, 3] + [pytest.param(n, marks=pytest.mark.stress) for n in range(4, 104)]  # `pytest -m stress`: 100 more


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("seed", SEEDS)
def test_killed_window_loses_no_acknowledged_answer(data_dir, company, workspace, ref, seed):
    diag_id = workspace.diagnostics.create(company.siret, ref, None, "Expert")
    workspace.close()  # the writer process takes the workspace lock
    rng = random.Random(seed)
    stop_after = rng.randint(15, 90)   # acknowledged saves before the kill, past one full pass sometimes
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=ROOT)
    proc = subprocess.Popen([sys.executable, "-m", "tests.ui_kill_writer", str(data_dir), diag_id],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    lines: list[str] = []
    acked = 0
    deadline = time.monotonic() + 90
    try:
        while acked < stop_after and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.split())
            if line.startswith("A "):
                acked += 1
        if acked >= stop_after:
            time.sleep(rng.random() * 0.01)  # kill anywhere, often in the middle of the next save
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        # what the writer printed up to its death: saves acknowledged after we stopped reading count too
        for line in proc.stdout.read().splitlines(keepends=True):
            if line.endswith("\n"):  # a line cut by the kill was never a whole acknowledgement
                lines.append(line.split())
    finally:
        if proc.poll() is None:
            proc.kill()
    assert acked >= stop_after, "".join(proc.stderr.read()[-3000:])
    last_acked: dict[str, int] = {}
    in_flight: tuple[str, int] | None = None
    for kind, cid, level in lines:
        if kind == "A":
            last_acked[cid] = int(level)
            in_flight = None
        else:
            in_flight = (cid, int(level))

    with Workspace(data_dir) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        diag = ws.diagnostics.get(diag_id)
    for cid, level in last_acked.items():
        got = diag.answers[cid].level
        if in_flight and cid == in_flight[0]:
            assert got in (level, in_flight[1])      # the save under way may or may not have committed
        else:
            assert got == level, (cid, got, level)

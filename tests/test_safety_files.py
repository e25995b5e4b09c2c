"""Issue 12 finding 13: a FIFO (or any non-regular file) named *.ifbundle is refused at once, never opened."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _import(data_dir, *paths):
    cmd = [sys.executable, "-m", "ifdesk", "--data-dir", str(data_dir), "import", "--json", *map(str, paths)]
    # a FIFO opened for reading with no writer blocks forever: the timeout is the failure, not a measure
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def test_fifo_given_as_a_file_is_refused(workspace, data_dir, tmp_path):
    fifo = tmp_path / "x.ifbundle"
    os.mkfifo(fifo)
    workspace.close()
    p = _import(data_dir, fifo)
    assert p.returncode == 1
    (r,) = json.loads(p.stdout)
    assert r["status"] == "rejected" and "ordinaire" in r["reason"]


def test_fifo_inside_a_scanned_folder_is_refused_the_rest_imported(workspace, data_dir, tmp_path):
    folder = tmp_path / "recus"
    folder.mkdir()
    os.mkfifo(folder / "a.ifbundle")
    (folder / "b.ifbundle").write_bytes(b"not a bundle")
    workspace.close()
    p = _import(data_dir, folder)
    rows = {os.path.basename(r["file"]): r for r in json.loads(p.stdout)}
    assert rows["a.ifbundle"]["status"] == "rejected" and "ordinaire" in rows["a.ifbundle"]["reason"]
    assert rows["b.ifbundle"]["status"] == "rejected"


def test_in_process_import_does_not_open_the_fifo(workspace, tmp_path, monkeypatch):
    from ifdesk.bundle import import_paths

    fifo = tmp_path / "y.ifbundle"
    os.mkfifo(fifo)
    real_open = os.open
    opened = []
    monkeypatch.setattr(os, "open", lambda p, *a, **k: opened.append(str(p)) or real_open(p, *a, **k))
    unblocked = []

    def unblock():  # a blocking implementation gets a writer after 20 s, and then fails below
        unblocked.append(True)
        fd = real_open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)

    timer = threading.Timer(20, unblock)
    timer.start()
    try:
        (r,) = import_paths(workspace, [fifo])
    finally:
        timer.cancel()
    assert not unblocked and r.status == "rejected" and str(fifo) not in opened

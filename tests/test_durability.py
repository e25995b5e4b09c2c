"""SIGKILL a writer at random moments: integrity holds and no acknowledged answer is lost.

What this proves is atomicity and safety against a killed PROCESS, not durability on power loss: after
SIGKILL the operating system still holds the writes in its cache, so the stress passes even with
`PRAGMA synchronous = OFF`. Power-loss durability comes from SQLite's fsync under `synchronous = FULL`;
the second test checks that setting on every connection the workspace opens (no power cut is simulated).
"""

import sys

import pytest

from tests import stress_durability


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_writer_100_times_loses_nothing():
    res = stress_durability.run(kills=100, seed=42)
    assert res["problems"] == []
    assert res["kills"] == 100
    assert res["acknowledged"] > 100  # the writer did get saves through between kills


def test_every_connection_syncs_fully(data_dir):
    """The durability on power loss that the stress cannot show rests on this setting (FULL = 2)."""
    from ifdesk.store import Workspace

    with Workspace(data_dir) as ws:
        assert ws.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Workspace(data_dir, readonly=True) as ro:
        assert ro.conn.execute("PRAGMA synchronous").fetchone()[0] == 2

"""SIGKILL a writer at random moments: integrity holds and no acknowledged answer is lost."""

import sys

import pytest

from tests import stress_durability


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_writer_100_times_loses_nothing():
    res = stress_durability.run(kills=100, seed=42)
    assert res["problems"] == []
    assert res["kills"] == 100
    assert res["acknowledged"] > 100  # the writer did get saves through between kills

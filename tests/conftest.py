"""Shared fixtures. No test touches the developer's real workspace or settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REF = ROOT / "referentiel" / "if-pme-2026.1.yaml"  # the first published version (tests pinned to it)
CURRENT_REF = ROOT / "referentiel" / "if-pme-2027.1.yaml"  # the newest: new diagnostics use it


def pytest_xdist_auto_num_workers(config) -> int | None:
    """`make test` runs `pytest -n auto` (pytest-xdist): one worker per CPU this process may use. xdist's own
    count reads psutil's, which ignores the CPU affinity and a container's CPU set (64 workers on a 2-CPU
    slice of a big host); PYTEST_XDIST_AUTO_NUM_WORKERS still overrides it."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows: no affinity API
        return None


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Point every platform folder and IFDESK_DATA_DIR at a fresh temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("IFDESK_DATA_DIR", str(home / "workspace"))
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("IFDESK_PASSPHRASE", raising=False)
    from ifdesk.i18n import set_language

    set_language("fr")
    yield


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "ws"


@pytest.fixture
def workspace(data_dir):
    """A fresh writable workspace with the shipped référentiels."""
    from ifdesk.store import Workspace

    ws = Workspace(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def ref(workspace):
    return workspace.referentiels.current()


VALID_SIRETS = ["73282932000074", "35600000049837", "55208131766522", "44306184100047"]


@pytest.fixture
def company(workspace):
    from ifdesk.core.company import new_company

    c = new_company(siret="732 829 320 00074", name="Mécanique Générale du Forez", region="84",
                    naf="25.62B", headcount=48, turnover_eur=7_500_000, city="Saint-Étienne")
    workspace.companies.add(c)
    return c


def run_cli(*args: str, data_dir: Path | None = None, input: str | None = None, env: dict | None = None,
            check: bool = False) -> subprocess.CompletedProcess:
    """Run `ifdesk` in a subprocess, as a user would."""
    cmd = [sys.executable, "-m", "ifdesk"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.run(cmd + list(args), capture_output=True, text=True, input=input, env=full_env, timeout=120)
    if check and proc.returncode != 0:
        raise AssertionError(f"ifdesk {' '.join(args)} → {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture
def cli(data_dir):
    def _run(*args, **kw):
        return run_cli(*args, data_dir=data_dir, **kw)
    return _run

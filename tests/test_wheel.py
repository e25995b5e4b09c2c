"""Finding 2 of issue 16: a plain wheel install carries the référentiel, fonts, translations and styles.

Builds the wheel (no build isolation: setuptools comes with the test extra), installs it with no
dependencies into a fresh virtual environment that borrows this environment's dependencies (no network),
then runs `demo`, `diag new`, `report` and a window screenshot from outside the source tree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300, **kw)
    assert r.returncode == 0, f"{cmd}\n{r.stdout}\n{r.stderr}"
    return r


@pytest.fixture(scope="module")
def wheel_env(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    build = tmp / "build"
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(build), str(ROOT)],
         cwd=tmp)
    (whl,) = build.glob("ifdesk-*.whl")
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    py = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(py), "install", "--quiet", "--no-deps", "--no-index", str(whl)])
    site = Path(_run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    # the dependencies (PySide6, reportlab…) from this environment, after the wheel's own packages
    (site / "zz_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("IFDESK")}
    env |= {"HOME": str(tmp / "home"), "QT_QPA_PLATFORM": "offscreen", "LANG": "fr_FR.UTF-8", "PYTHONPATH": ""}
    return whl, venv, env, tmp


def test_the_wheel_holds_the_program_files(wheel_env):
    whl = wheel_env[0]
    names = zipfile.ZipFile(whl).namelist()
    for wanted in ("ifdesk/referentiel/if-pme-2026.1.yaml", "ifdesk/resources/fonts/DejaVuSans.ttf",
                   "ifdesk/resources/i18n/ifdesk_en.qm", "ifdesk/resources/styles/ifdesk.qss",
                   "ifdesk/resources/icons/ifdesk.svg", "ifdesk/core/data/regions.json"):
        assert any(n == wanted for n in names), wanted
    assert not any(n.endswith(".ts") for n in names)


def test_the_installed_wheel_runs_demo_diag_report_and_window(wheel_env):
    _whl, venv, env, tmp = wheel_env
    ifdesk = str(venv / "bin" / "ifdesk")
    ws = tmp / "ws"
    where = _run([str(venv / "bin" / "python"), "-c",
                  "import ifdesk, ifdesk.paths as p; print(ifdesk.__file__); print(p.referentiel_dir()); print(p.asset('fonts'))"],
                 cwd=tmp, env=env).stdout.split()
    assert all(w.startswith(str(venv)) for w in where), where
    _run([ifdesk, "--data-dir", str(ws), "demo", "--companies", "3"], cwd=tmp, env=env)
    assert "if-pme" in _run([ifdesk, "--data-dir", str(ws), "referentiel", "list"], cwd=tmp, env=env).stdout
    companies = json.loads(_run([ifdesk, "--data-dir", str(ws), "company", "list", "--json"], cwd=tmp, env=env).stdout)
    new = json.loads(_run([ifdesk, "--data-dir", str(ws), "diag", "new", "--siret", companies[0]["siret"], "--json"],
                          cwd=tmp, env=env).stdout)
    pdf = tmp / "r.pdf"
    _run([ifdesk, "--data-dir", str(ws), "report", new["id"], "-o", str(pdf)], cwd=tmp, env=env)
    assert pdf.read_bytes()[:5] == b"%PDF-" and b"DejaVu" in pdf.read_bytes()
    png = tmp / "w.png"
    _run([ifdesk, "--data-dir", str(ws), "gui", "--screenshot", str(png), "--view", "companies"], cwd=tmp, env=env)
    assert png.stat().st_size > 10_000


def test_the_package_list_matches_the_tree():
    import tomllib

    conf = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    tree = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "ifdesk").rglob("__init__.py")}
    assert set(conf["packages"]) == tree | set(conf["package-dir"])

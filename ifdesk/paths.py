"""One place to find the program's own files, from source or from a frozen build.

`referentiel/` and `resources/` sit at the top of the source tree; a wheel installs them as the
packages `ifdesk.referentiel` and `ifdesk.resources`; PyInstaller copies them under `sys._MEIPASS`. Workspace folders (user data) come from platformdirs, overridable by
`--data-dir` or `IFDESK_DATA_DIR`.
"""

from __future__ import annotations

import os
import sys
import importlib.util
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from . import APP_NAME


def _program_folder(name: str) -> Path:
    """`resources` or `referentiel`: under sys._MEIPASS when frozen (packaging/ifdesk.spec copies them
    there), else the folder of the package `ifdesk.<name>` as the import system finds it (a wheel maps the
    top-level folders into the package, an editable install finds them in the source tree), else the source
    tree. (`find_spec` rather than importlib.resources: the same answer for a folder package, without
    importing importlib.resources and its zip readers at every start.)"""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / name
    try:
        spec = importlib.util.find_spec(f"{__package__}.{name}")
    except (ModuleNotFoundError, ValueError):
        spec = None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    folder = Path(locations[0]) if locations else None
    if folder is not None and folder.is_dir():
        return folder
    return Path(__file__).resolve().parent.parent / name


def asset(*parts: str) -> Path:
    """A file under `resources/`."""
    return _program_folder("resources").joinpath(*parts)


def referentiel_dir() -> Path:
    return _program_folder("referentiel")


def default_data_dir() -> Path:
    env = os.environ.get("IFDESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)

"""One place to find the program's own files, from source or from a frozen build.

`referentiel/` and `resources/` sit at the top of the source tree; PyInstaller copies them
under `sys._MEIPASS`. Workspace folders (user data) come from platformdirs, overridable by
`--data-dir` or `IFDESK_DATA_DIR`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from . import APP_NAME


def app_root() -> Path:
    """Folder holding `referentiel/` and `resources/`."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def asset(*parts: str) -> Path:
    """A file under `resources/`."""
    return app_root().joinpath("resources", *parts)


def referentiel_dir() -> Path:
    return app_root() / "referentiel"


def default_data_dir() -> Path:
    env = os.environ.get("IFDESK_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)

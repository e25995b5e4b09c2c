"""Which shipped référentiel files the workspace has not registered yet (new or changed since).

Kept apart from `referentiels.py` so that opening a workspace can ask the question with a plain
connection and a few `stat()` calls, and parse YAML (with pydantic) only when a file did change.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..paths import referentiel_dir


def changed_shipped_files(conn: sqlite3.Connection, folder: Path | None = None) -> list[Path]:
    folder = folder or referentiel_dir()
    if not folder.is_dir():
        return []
    known = {path: (size, mtime) for path, size, mtime in conn.execute("SELECT path, size, mtime FROM referentiel_files")}
    out = []
    for f in sorted(folder.glob("*.yaml")):
        st = f.stat()
        if known.get(f.name) != (st.st_size, st.st_mtime):
            out.append(f)
    return out

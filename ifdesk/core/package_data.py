"""The data files shipped in `ifdesk/core/data/` (regions, NAF rév. 2, financing schemes), read by one function.

Beside this module in every installed form: the source tree, a wheel (package data), the frozen build
(packaging/ifdesk.spec copies them with the same layout). A path from `__file__` rather than
importlib.resources: the same file for a folder package, without importing importlib.resources at every start
(the window reads the regions before its first page).
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def data_text(name: str) -> str:
    """The text (UTF-8) of `core/data/<name>`."""
    return (DATA / name).read_text("utf-8")

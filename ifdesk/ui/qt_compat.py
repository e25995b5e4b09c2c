"""Guard against a reference-count bug of PySide6 6.12 on CPython < 3.12.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a Qt method returning
void takes one reference from `None` that it never gave (bool results do the same to True/False);
`update()`, `setEnabled()`, `processEvents()`… After a few thousand calls CPython aborts with
« none_dealloc: deallocating None ». From CPython 3.12 these singletons are immortal (PEP 683)
and the bug is harmless. On older versions we give them the immortality they have there: a very
large reference count, which is exactly how 3.12 marks them. They are never freed either way.
"""

from __future__ import annotations

import sys

BUDGET = 1 << 40  # a million leaked references a second would take 35 years to spend


def affected_version() -> bool:
    """pyproject.toml excludes 6.12.0; the guard stays for a build made with it anyway.

    Read from `PySide6.__version__` (also right in a frozen build), not importlib.metadata, whose
    import alone costs about 35 ms of the window's start."""
    try:
        import PySide6
    except ImportError:
        return False
    return getattr(PySide6, "__version__", "6.12.0") == "6.12.0"


def guard_singletons() -> bool:
    """Returns True when the guard was needed (and applied)."""
    if sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount") or not affected_version():
        return False
    import ctypes

    for obj in (None, True, False):
        if sys.getrefcount(obj) < BUDGET // 2:
            ctypes.c_ssize_t.from_address(id(obj)).value += BUDGET  # ob_refcnt is a PyObject's first field
    return True

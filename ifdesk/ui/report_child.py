"""Make a PDF report in a child process, so that reportlab never holds the window's GIL.

Measured: rendering in the worker thread blocked the GUI thread for ~300 ms at a time (long C
calls that keep the GIL). The child opens the workspace read-only (no lock, WAL readers see every
committed answer) and reports progress as lines: `P <fraction> <message>`, then `OK <path>` or
`ERR <message>`. `python -m ifdesk.ui.report_child FOLDER DIAG_ID OUT LANG`
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Callable

from ..core.errors import IfdeskError


def render_in_child(folder: Path, diag_id: str, out: str, lang: str,
                    progress: Callable[[float, str], None] | None = None) -> Path:
    """Run the report in a child process; `progress` may raise to cancel (the child is then killed)."""
    if getattr(sys, "frozen", False):  # a frozen build has no `python -m`: render here
        from ..report import render_report
        from ..store import Workspace

        with Workspace(folder, readonly=True) as ws:
            return render_report(ws, diag_id, out, lang, progress=progress)
    p = subprocess.Popen([sys.executable, "-m", "ifdesk.ui.report_child", str(folder), diag_id, str(out), lang],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    assert p.stdout is not None and p.stderr is not None  # both piped just above
    result: Path | None = None
    error = ""
    try:
        for line in p.stdout:
            kind, _sep, rest = line.rstrip("\n").partition(" ")
            if kind == "P" and progress:
                frac, _s, msg = rest.partition(" ")
                progress(float(frac), msg)
            elif kind == "OK":
                result = Path(rest)
            elif kind == "ERR":
                error = rest
        p.wait()
    except BaseException:
        p.kill()
        p.wait()
        Path(out).unlink(missing_ok=True)
        raise
    if result is None:
        raise IfdeskError(error or (p.stderr.read().strip().splitlines() or ["?"])[-1])
    return result


def _main(folder: str, diag_id: str, out: str, lang: str) -> int:
    from ..i18n import set_language
    from ..report import render_report
    from ..store import Workspace

    def progress(f: float, m: str = "") -> None:
        print(f"P {f:.3f} {m}".replace("\n", " "), flush=True)

    set_language(lang)
    try:
        with Workspace(Path(folder), readonly=True) as ws:
            path = render_report(ws, diag_id, out, lang, progress=progress)
    except IfdeskError as exc:
        print("ERR " + str(exc).replace("\n", " "), flush=True)
        return 1
    print(f"OK {path}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main(*sys.argv[1:5]))

"""Regenerate the sample report and its previews from `ifdesk demo` data.

    .venv/bin/python docs/report-sample/make_sample.py

Writes `rapport-exemple.pdf` (French) and `report-example-en.pdf` (English) beside this script, and
`page-1.png` … `page-3.png` (first pages at 60 dpi, needs `pdftoppm` from poppler-utils) and
`page-next-steps.png`, `page-signatures.png` (the closing pages: next steps, financing, confidentiality,
signatures). Prints the time of one full report.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from ifdesk.demo import fill  # noqa: E402
from ifdesk.report import render_report  # noqa: E402
from ifdesk.store import Workspace  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="ifdesk-sample-") as tmp:
        ws = Workspace(Path(tmp) / "ws")
        fill(ws, companies=12, seed=7)
        # the exported diagnostic with the fullest action plan (ties: company name)
        rows = [r for r in ws.diagnostics.list() if r["status"] in ("exported", "completed")]
        rows.sort(key=lambda r: (-len(ws.diagnostics.get(r["id"]).actions), r["company"]))
        did = rows[0]["id"]
        pdf = HERE / "rapport-exemple.pdf"
        times = []
        for _ in range(5):
            t = time.perf_counter()
            render_report(ws, did, pdf)
            times.append(time.perf_counter() - t)
        render_report(ws, did, HERE / "report-example-en.pdf", lang="en")
        ws.close()
    print(f"{rows[0]['company']}: first report {times[0]:.3f} s, then median {statistics.median(times[1:]):.3f} s")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "3", str(pdf), str(HERE / "page")], check=True)
        for p in sorted(HERE.glob("page-*.png")):  # pdftoppm pads the page number (page-01.png)
            if p.stem.split("-")[1].isdigit():
                p.rename(HERE / f"page-{int(p.stem.split('-')[1])}.png")
        from pypdf import PdfReader

        texts = [(pg.extract_text() or "") for pg in PdfReader(str(pdf)).pages]
        for name, needle in (("next-steps", "Prochaines étapes"), ("signatures", "Nom, date et signature")):
            n = max(i for i, t in enumerate(texts, 1) if needle in t)  # the section, not the contents entry
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(n), "-l", str(n), str(pdf),
                            str(HERE / f"page-{name}")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generate the icon set from packaging/icons/ifdesk.svg (run after editing the SVG; outputs are committed).

PNG 16–512 (Linux hicolor theme, window icon), ifdesk.ico (Windows, 16–256) and ifdesk.icns (macOS),
plus the copies under resources/icons/ that the window uses. Rendering uses `rsvg-convert`
(Debian: librsvg2-bin) when present, else Qt's own SVG renderer (PySide6.QtSvg); ICO and ICNS are
written by Pillow.

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "packaging" / "icons"
SVG = ICONS / "ifdesk.svg"
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]


def render(size: int, out: Path) -> None:
    if shutil.which("rsvg-convert"):
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG), "-o", str(out)], check=True)
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    QSvgRenderer(str(SVG)).render(p)
    p.end()
    if not img.save(str(out), "PNG"):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    pngs = {}
    for s in SIZES:
        out = ICONS / f"ifdesk-{s}.png"
        render(s, out)
        pngs[s] = Image.open(out).convert("RGBA")
        assert pngs[s].size == (s, s), out
    # ICO: every size drawn at its own resolution (not down-scaled from 256 by Pillow)
    pngs[256].save(ICONS / "ifdesk.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                   append_images=[pngs[s] for s in ICO_SIZES if s != 256])
    # ICNS up to 512@2x: the 1024 px rendering is drawn from the SVG too, not scaled up
    with tempfile.TemporaryDirectory() as tmp:
        render(1024, Path(tmp) / "1024.png")
        big = Image.open(Path(tmp) / "1024.png").convert("RGBA")
        big.save(ICONS / "ifdesk.icns", format="ICNS", append_images=[pngs[s] for s in (16, 32, 64, 128, 256, 512)])
    res = ROOT / "resources" / "icons"
    res.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / "ifdesk-256.png", res / "ifdesk.png")
    shutil.copyfile(SVG, res / "ifdesk.svg")
    print(f"icons written to {ICONS} and {res}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

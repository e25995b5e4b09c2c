"""Before the window starts on X11: can Qt's xcb plugin load its system libraries?

On a fresh Debian 12 the PySide6 wheel's `libqxcb.so` needs X libraries that a minimal system lacks
(`libxcb-icccm4`, `libxcb-keysyms1`…); Qt then aborts with a message naming the wrong one. This check
asks the dynamic loader (`ldd`) which libraries cannot be found and names them with the Debian packages
to install — one `apt-get install` line, the same as the README's.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Callable, Mapping

from ..i18n import _

# Every system library that Qt's xcb plugin and Qt's own libraries load, with its Debian 12 package
# (found with `ldd libqxcb.so` and `dpkg -S`; docs/decisions-outsider.md). The README's line is this list.
PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
APT_LINE = "sudo apt-get install " + " ".join(sorted(set(PACKAGES.values())))

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)


def uses_xcb(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Will Qt pick its xcb plugin? On Linux with an X display and no other platform asked for."""
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux"):
        return False
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa:
        return qpa.split(":")[0].split(";")[0].strip() == "xcb"
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(env.get("DISPLAY"))


def xcb_plugin() -> Path | None:
    """The PySide6 xcb plugin (from the installed package or the frozen build), without importing Qt."""
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen) / "PySide6")
    spec = importlib.util.find_spec("PySide6")
    if spec and spec.submodule_search_locations:
        roots += [Path(p) for p in spec.submodule_search_locations]
    for root in roots:
        for sub in ("Qt/plugins/platforms", "plugins/platforms"):
            p = root / sub / "libqxcb.so"
            if p.exists():
                return p
    return None


def ldd_missing(path: Path) -> list[str]:
    """The libraries the loader cannot find for `path` (and its dependencies), by `ldd`."""
    try:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return []  # no ldd: let Qt speak for itself
    return sorted(set(_NOT_FOUND.findall(out)))


def missing_message(missing: list[str]) -> str:
    """The French (or English) explanation: which libraries, which packages, the apt-get line."""
    packages = sorted({PACKAGES.get(m, "?") for m in missing} - {"?"})
    lines = [_("La fenêtre ne peut pas démarrer : des bibliothèques système manquent au greffon Qt « xcb » : {libs}.",
               libs=", ".join(missing))]
    if packages:
        lines.append(_("Paquets Debian/Ubuntu à installer : {p}", p=" ".join(packages)))
    lines.append(_("Installez toutes les bibliothèques de la fenêtre en une fois : {line}", line=APT_LINE))
    return "\n".join(lines)


def check_xcb(env: dict[str, str] | None = None, plugin: Path | None = None,
              resolve: Callable[[Path], list[str]] | None = None, stamp: Path | None = None) -> str | None:
    """None when the window can start (or will not use xcb); else the message naming what is missing.

    `stamp`: a file remembering that this very plugin (path, size, time) had all its libraries; while it
    says so, `ldd` is not asked again (about 30 ms at every start). A removed library after that is told by
    Qt itself, as before this check existed."""
    if not uses_xcb(env):
        return None
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    try:
        st = plugin.stat()
        key = f"{plugin}\n{st.st_size}\n{st.st_mtime_ns}\n"
    except OSError:
        key = ""
    if stamp is not None and key:
        try:
            if stamp.read_text("utf-8") == key:
                return None
        except (OSError, UnicodeDecodeError):
            pass
    missing = (resolve or ldd_missing)(plugin)
    if missing:
        return missing_message(missing)
    if stamp is not None and key:
        try:
            stamp.parent.mkdir(parents=True, exist_ok=True)
            stamp.write_text(key, "utf-8")
        except OSError:
            pass  # a comfort: the next start asks ldd again
    return None


def default_stamp() -> Path:
    """Where `check_xcb` remembers a plugin whose libraries were all found: the user's cache folder."""
    from platformdirs import user_cache_path

    from .. import APP_NAME

    return user_cache_path(APP_NAME, appauthor=False) / "xcb-libraries-ok"

"""Finding 1 of issue 16: a missing xcb library is named, with the apt-get line, before Qt aborts."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ifdesk.cli import syslibs
from ifdesk.i18n import set_language

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fr():
    set_language("fr")
    yield
    set_language("fr")


def test_uses_xcb_only_with_a_display_and_no_override():
    assert syslibs.uses_xcb({"DISPLAY": ":0"}, "linux")
    assert syslibs.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not syslibs.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not syslibs.uses_xcb({}, "linux")
    assert not syslibs.uses_xcb({"DISPLAY": ":0"}, "win32")
    assert not syslibs.uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux")


def test_a_missing_library_is_named_with_its_package_and_the_apt_line(tmp_path):
    fake = tmp_path / "libqxcb.so"
    fake.write_bytes(b"")
    msg = syslibs.check_xcb({"DISPLAY": ":0"}, fake, resolve=lambda p: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "libxcb-icccm.so.4" in msg and "libxcb-keysyms.so.1" in msg
    assert "libxcb-icccm4 libxcb-keysyms1" in msg
    assert "apt-get install" in msg and "libxcb-cursor0" in msg
    assert "bibliothèques système manquent" in msg


def test_nothing_missing_or_no_xcb_says_nothing(tmp_path):
    fake = tmp_path / "libqxcb.so"
    assert syslibs.check_xcb({"DISPLAY": ":0"}, fake, resolve=lambda p: []) is None
    called = []
    assert syslibs.check_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, fake,
                             resolve=lambda p: called.append(p) or ["x"]) is None
    assert not called


def test_ldd_parser_reads_not_found_lines(tmp_path, monkeypatch):
    out = ("\tlibxcb-icccm.so.4 => not found\n\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x1)\n"
           "\tlibxcb-icccm.so.4 => not found\n\tlibxcb-keysyms.so.1 => not found\n")
    monkeypatch.setattr(syslibs.subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, out, ""))
    assert syslibs.ldd_missing(tmp_path / "x.so") == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_every_library_the_real_plugin_loads_has_a_package():
    """The map (and so the README's line) covers the real plugin's system libraries."""
    plugin = syslibs.xcb_plugin()
    if plugin is None or not sys.platform.startswith("linux"):
        pytest.skip("no xcb plugin here")
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    libs = set(re.findall(r"^\s*(lib(?:xcb|X11|xkbcommon|EGL|GL|fontconfig|freetype|dbus|glib)\S*)\s+=>", out, re.M))
    assert libs and libs <= set(syslibs.PACKAGES), libs - set(syslibs.PACKAGES)


def test_readme_names_the_same_apt_line():
    readme = (ROOT / "README.md").read_text("utf-8")
    line = next(x for x in readme.splitlines() if "apt-get install" in x)
    assert set(syslibs.PACKAGES.values()) <= set(line.split())


def test_gui_exits_1_with_the_message_when_a_library_is_missing(monkeypatch, capsys, tmp_path):
    from ifdesk.cli import app

    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(syslibs, "ldd_missing", lambda p: ["libxcb-icccm.so.4"])
    monkeypatch.setattr(syslibs, "xcb_plugin", lambda: tmp_path / "libqxcb.so")
    rc = app.main(["--data-dir", str(tmp_path / "ws"), "gui"])
    err = capsys.readouterr().err
    assert rc == 1
    assert "error: " in err and "libxcb-icccm.so.4" in err and "libxcb-icccm4" in err


def test_the_plain_start_checks_the_libraries_too(monkeypatch, capsys, tmp_path):
    """`ifdesk gui` and plain `ifdesk` start without argparse (issue 17): they skipped this check, so a fresh
    Debian machine got Qt's abort instead of the list of packages."""
    from ifdesk.__main__ import main

    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(syslibs, "ldd_missing", lambda p: ["libxcb-icccm.so.4"])
    monkeypatch.setattr(syslibs, "xcb_plugin", lambda: tmp_path / "libqxcb.so")
    for argv in (["--data-dir", str(tmp_path / "ws"), "gui"], ["--data-dir", str(tmp_path / "ws")]):
        with pytest.raises(SystemExit) as stop:
            main(argv)
        err = capsys.readouterr().err
        assert stop.value.code == 1, argv
        assert "error: " in err and "libxcb-icccm.so.4" in err and "libxcb-icccm4" in err
    assert not (tmp_path / "ws").exists()  # nothing created


def test_a_plugin_found_complete_is_not_asked_again(tmp_path):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"x")
    stamp = tmp_path / "cache" / "xcb-libraries-ok"
    calls: list[Path] = []

    def resolve(p):
        calls.append(p)
        return []

    env = {"DISPLAY": ":0"}
    assert syslibs.check_xcb(env, plugin, resolve=resolve, stamp=stamp) is None
    assert syslibs.check_xcb(env, plugin, resolve=resolve, stamp=stamp) is None
    assert len(calls) == 1  # remembered
    plugin.write_bytes(b"xy")  # another plugin (an upgrade): asked again, and a missing library is told
    assert "libxcb-shape.so.0" in syslibs.check_xcb(env, plugin, resolve=lambda p: ["libxcb-shape.so.0"], stamp=stamp)
    assert syslibs.check_xcb(env, plugin, resolve=resolve, stamp=stamp) is None and len(calls) == 2

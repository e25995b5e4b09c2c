"""Packaging files: fast checks without building (the frozen build itself: packaging/smoke_test.sh).

The PyInstaller spec ships the data the program reads and leaves out no Qt module the window imports;
the desktop entry, MIME type, AppStream metadata, Inno Setup script and macOS plist agree on the
`.ifbundle` type and the version; the icon set has every size; the per-user Linux installer works.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import plistlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from ifdesk import __version__

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "packaging"
SPEC = PKG / "ifdesk.spec"
LINUX = PKG / "linux"
APP_ID = "fr.industriedufutur.ifdesk"
MIME = "application/x-ifdesk-bundle"


def _spec_namespace() -> dict:
    """The spec's constants and its file filter, without running PyInstaller's Analysis."""
    tree = ast.parse(SPEC.read_text("utf-8"))
    wanted = {"DATA_GLOBS", "QT_UNUSED", "KEEP_PLUGIN_DIRS", "DROP_PLUGINS", "DROP_IMAGEFORMATS",
              "KEEP_QT_TRANSLATIONS", "DROP_QT_LIBS", "excludes"}
    nodes = [n for n in tree.body
             if (isinstance(n, ast.Assign) and any(getattr(t, "id", None) in wanted for t in n.targets))
             or (isinstance(n, ast.FunctionDef) and n.name == "_wanted")]
    ns: dict = {}
    exec(compile(ast.Module(body=nodes, type_ignores=[]), str(SPEC), "exec"), ns)
    return ns


def _qt_modules_used() -> set[str]:
    used = set()
    for f in (ROOT / "ifdesk").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", f.read_text("utf-8")))
        used |= {m for line in re.findall(r"from PySide6 import ([\w, ()]+)", f.read_text("utf-8"))
                 for m in re.findall(r"Qt\w+", line)}
    return used


def test_spec_ships_the_referentiel_resources_and_package_data():
    ns = _spec_namespace()
    folders = {folder for folder, _ in ns["DATA_GLOBS"]}
    assert {"referentiel", "resources/fonts", "resources/styles", "resources/icons", "resources/i18n",
            "ifdesk/core/data"} <= folders
    # every glob but the compiled translations (built by `make translations`) finds files today
    for folder, pattern in ns["DATA_GLOBS"]:
        found = list((ROOT / folder).glob(pattern))
        if pattern != "*.qm":
            assert found, f"{folder}/{pattern} matches nothing"
    assert list((ROOT / "referentiel").glob("*.schema.json")), "the référentiel's JSON Schema must ship"


def test_spec_excludes_no_qt_module_the_app_imports():
    ns = _spec_namespace()
    used = _qt_modules_used()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = set(ns["QT_UNUSED"])
    assert not (used & excluded), f"the spec excludes Qt modules ifdesk imports: {used & excluded}"
    assert {"QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia", "QtPdf"} <= excluded
    assert "QtNetwork" in used and "QtNetwork" not in excluded  # the hand-over's QLocalServer
    assert "pytest" in ns["excludes"] and "tkinter" in ns["excludes"]


@pytest.mark.parametrize("dest, keep", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/wayland-decoration-client/libbradient.so", True),
    ("PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so", True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),      # the window's SVG icons
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6SvgWidgets.so.6", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/assistant_fr.qm", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", True),   # QLocalServer (ui/handover.py)
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt6Network.dll", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/plugins/tls/qschannelbackend.dll", False),
    ("PySide6/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", True),
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
    ("PySide6\\Qt6Pdf.dll", False),
    ("referentiel/if-pme-2026.1.yaml", True),
    ("referentiel/if-pme-2027.1.yaml", True),
])
def test_spec_file_filter(dest, keep):
    assert _spec_namespace()["_wanted"](dest) is keep


def test_desktop_entry_is_valid():
    path = LINUX / f"{APP_ID}.desktop"
    tool = shutil.which("desktop-file-validate")
    if tool:
        r = subprocess.run([tool, str(path)], capture_output=True, text=True)
        assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(path, encoding="utf-8")
    e = cp["Desktop Entry"]
    assert e["Type"] == "Application" and e["Icon"] == APP_ID and e["Terminal"] == "false"
    assert e["Exec"].split()[0] == "ifdesk" and "%f" in e["Exec"]
    assert MIME in e["MimeType"].split(";")


def test_mime_type_and_metainfo_agree():
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot().find(f"{ns}mime-type")
    assert mime.get("type") == MIME
    assert [g.get("pattern") for g in mime.findall(f"{ns}glob")] == ["*.ifbundle"]
    assert mime.find(f"{ns}sub-class-of").get("type") == "application/zip"

    meta = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.get("type") == "desktop-application" and meta.findtext("id") == APP_ID
    assert meta.find("launchable").text == f"{APP_ID}.desktop"
    assert meta.find("provides/mediatype").text == MIME
    assert meta.find("releases/release").get("version") == __version__, "add the release to the metainfo"
    tool = shutil.which("appstreamcli")
    if tool:
        r = subprocess.run([tool, "validate", "--no-net", "--pedantic", str(LINUX / f"{APP_ID}.metainfo.xml")],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr


def test_windows_installer_script():
    iss = (PKG / "windows" / "ifdesk.iss").read_text("utf-8")
    assert re.search(r'#define AppVersion "([^"]+)"', iss).group(1) == __version__
    assert '#define SourceDir "..\\..\\dist\\ifdesk"' in iss
    assert "ChangesAssociations=yes" in iss and "PrivilegesRequired=lowest" in iss
    assert 'Subkey: "Software\\Classes\\.ifbundle"' in iss
    assert f'ValueData: "{MIME}"' in iss
    assert '"{app}\\ifdesk-gui.exe"" ""%1"""' in iss  # the double-clicked file reaches the program
    assert "SetupIconFile=..\\icons\\ifdesk.ico" in iss


def test_macos_bundle_declares_the_ifbundle_type():
    tree = ast.parse(SPEC.read_text("utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "BUNDLE"]
    assert len(calls) == 1
    kw = {k.arg: k.value for k in calls[0].keywords}
    info = ast.literal_eval(ast.unparse(kw["info_plist"]).replace("__version__", repr(__version__)))
    plistlib.dumps(info)  # a valid property list
    uti = info["UTExportedTypeDeclarations"][0]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["ifbundle"]
    assert uti["UTTypeTagSpecification"]["public.mime-type"] == [MIME]
    doc = info["CFBundleDocumentTypes"][0]
    assert doc["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert info["CFBundleExecutable"] == "ifdesk-gui"


def test_icon_set_sizes():
    icons = PKG / "icons"
    ET.parse(icons / "ifdesk.svg")
    for s in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(icons / f"ifdesk-{s}.png") as im:
            assert im.size == (s, s) and im.mode == "RGBA"
            assert im.getpixel((s // 2, s // 2))[3] == 255  # drawn, not an empty canvas
    with Image.open(icons / "ifdesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(icons / "ifdesk.icns") as icns:
        assert icns.size == (1024, 1024)  # 512@2x for Retina Finder views
    with Image.open(ROOT / "resources" / "icons" / "ifdesk.png") as win:
        assert win.size == (256, 256)
    assert (ROOT / "resources" / "icons" / "ifdesk.svg").exists()


def _entry():
    spec = importlib.util.spec_from_file_location("ifdesk_entry", PKG / "ifdesk_entry.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_entry_point_desktop_arguments():
    e = _entry()
    assert e.desktop_argv(["diag", "list", "--json"]) == ["diag", "list", "--json"]
    assert e.desktop_argv(["-psn_0_12345"]) == []
    assert e.desktop_argv([]) == []
    # `import x.ifbundle` is a command: untouched; a bundle alone comes from a double click
    assert e.desktop_argv(["import", "a.ifbundle"]) == ["import", "a.ifbundle"]
    assert e.desktop_argv(["/home/x/visite.IFBUNDLE"]) == ["gui", "--open", "/home/x/visite.IFBUNDLE"]
    assert e.desktop_argv(["a.ifbundle", "-psn_0_1", "b.ifbundle"]) == ["gui", "--open", "a.ifbundle", "--open", "b.ifbundle"]
    # and `gui` really takes them: the argv parses
    from ifdesk.cli.app import build_parser

    assert build_parser().parse_args(e.desktop_argv(["/tmp/v.ifbundle"])).open == ["/tmp/v.ifbundle"]


@pytest.mark.parametrize("script", ["build.sh", "smoke_test.sh", "linux/install.sh"])
def test_shell_scripts_parse_and_are_executable(script):
    path = PKG / script
    assert os.access(path, os.X_OK)
    shell = "sh" if script.endswith("install.sh") else "bash"
    r = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_linux_user_install_and_uninstall(tmp_path):
    """install.sh on a fake unpacked folder: program copied, menu entry names it by full path, MIME installed."""
    folder = tmp_path / "dl" / "ifdesk"
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    (share / "mime" / "packages").mkdir(parents=True)
    (share / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    exe = folder / "ifdesk"
    exe.write_text("#!/bin/sh\necho ifdesk\n")
    exe.chmod(0o755)
    shutil.copy(LINUX / f"{APP_ID}.desktop", share / "applications")
    shutil.copy(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copy(LINUX / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    shutil.copy(PKG / "icons" / "ifdesk-48.png", share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png")
    shutil.copy(LINUX / "install.sh", folder / "install.sh")
    prefix = tmp_path / "prefix"
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path / "home"), "PREFIX": str(prefix)}

    r = subprocess.run(["sh", str(folder / "install.sh")], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    app = prefix / "lib" / "ifdesk"
    assert (app / "ifdesk").exists() and os.path.realpath(prefix / "bin" / "ifdesk") == str(app / "ifdesk")
    desktop = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text("utf-8")
    assert f"Exec={app}/ifdesk %f" in desktop and f"TryExec={app}/ifdesk" in desktop
    assert (prefix / "share" / "mime" / "packages" / f"{APP_ID}.xml").exists()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").exists()
    if shutil.which("update-mime-database"):
        assert "*.ifbundle" in (prefix / "share" / "mime" / "globs2").read_text("utf-8")

    r = subprocess.run(["sh", str(app / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert not app.exists() and not (prefix / "bin" / "ifdesk").exists()
    assert not (prefix / "share" / "applications" / f"{APP_ID}.desktop").exists()


def test_image_formats_the_window_loads_are_kept():
    """Qt reads the window's icons and the style sheet's images through plugins: keep the ones they need."""
    wanted = _spec_namespace()["_wanted"]
    plugin = {".svg": ["imageformats/libqsvg.so", "iconengines/libqsvgicon.so"], ".jpg": ["imageformats/libqjpeg.so"],
              ".jpeg": ["imageformats/libqjpeg.so"], ".gif": ["imageformats/libqgif.so"], ".ico": ["imageformats/libqico.so"],
              ".webp": ["imageformats/libqwebp.so"], ".png": []}
    suffixes = {p.suffix.lower() for p in (ROOT / "resources").rglob("*") if p.suffix.lower() in plugin}
    assert ".png" in suffixes
    for suffix in suffixes:
        for name in plugin[suffix]:
            assert wanted(f"PySide6/Qt/plugins/{name}"), f"{suffix} files in resources/ need {name}"

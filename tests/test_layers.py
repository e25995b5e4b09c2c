"""Architecture rules (architecture.md): only ifdesk/ui imports Qt; core imports no other layer."""

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PKG = ROOT / "ifdesk"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            if node.level:
                base = ".".join(path.relative_to(ROOT).with_suffix("").parts[: -node.level])
                mod = f"{base}.{mod}" if mod else base
            out.add(mod)
    return out


def test_qt_only_in_ui():
    offenders = [str(p.relative_to(ROOT)) for p in PKG.rglob("*.py")
                 if "ui" not in p.relative_to(PKG).parts[:1]
                 and any(m.split(".")[0] in QT for m in _imports(p))]
    assert offenders == []


def test_nothing_imports_ui_but_the_gui_command():
    offenders = [str(p.relative_to(ROOT)) for p in PKG.rglob("*.py")
                 if p.relative_to(PKG).parts[0] != "ui" and p.name != "cmd_gui.py"
                 and any(m.startswith("ifdesk.ui") for m in _imports(p))]
    assert offenders == []


def test_core_is_pure():
    allowed = ("ifdesk.core", "ifdesk.i18n", "ifdesk.i18n_en")
    for p in (PKG / "core").rglob("*.py"):
        for m in _imports(p):
            if m.startswith("ifdesk"):
                assert m.startswith(allowed), f"{p.name} imports {m}"
            assert m.split(".")[0] not in ("sqlite3", "sqlite_utils", *QT), f"{p.name} imports {m}"


def test_layers_import_with_qt_absent():
    """Import every non-UI module in a Python where PySide6 cannot be imported."""
    mods = sorted({".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
                   for p in PKG.rglob("*.py") if p.relative_to(PKG).parts[0] != "ui" and p.name != "cmd_gui.py"})
    code = ("import sys\nfor q in ('PySide6','shiboken6'): sys.modules[q] = None\n"
            "import importlib\n" + "".join(f"importlib.import_module({m!r})\n" for m in mods))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


_SQL = __import__("re").compile(
    r"\b(SELECT\b[\s\S]*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|"
    r"(CREATE|DROP|ALTER)\s+(TABLE|INDEX|VIEW|TRIGGER)|PRAGMA\s+\w+)", __import__("re").IGNORECASE)


def _sql_in(path: Path) -> list[str]:
    """SQL statements in string literals (f-strings included) and calls of execute()/query() on a database."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL.search(node.value):
            found.append(f"{path.name}:{node.lineno}: {node.value[:60]!r}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in ("execute", "executemany", "executescript", "query")
              and isinstance(node.func.value, ast.Attribute) and node.func.value.attr in ("db", "conn")):
            found.append(f"{path.name}:{node.lineno}: .{node.func.value.attr}.{node.func.attr}()")
    return found


def test_no_sql_in_the_window():
    """SQL lives in ifdesk/store (and the office's aggregates); the window asks a repository."""
    offenders = [hit for p in sorted((PKG / "ui").rglob("*.py")) for hit in _sql_in(p)]
    assert offenders == []


def test_the_sql_detector_sees_sql(tmp_path):
    p = tmp_path / "m.py"
    p.write_text('x = ws.db.execute("DELETE FROM programmes WHERE id = ?", (1,))\n'
                 'y = f"SELECT d.id FROM diagnostics d WHERE d.id IN ({q})"\n'
                 'z = "Sélectionnez un fichier"\n', "utf-8")
    assert len(_sql_in(p)) == 3  # the literal, the call, the f-string part; not the French sentence


def _private_imports(path: Path) -> list[str]:
    """`from ifdesk.x import _name` and `module._name` of an imported ifdesk module, in one file."""
    tree = ast.parse(path.read_text("utf-8"))
    found, modules = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            internal = node.level > 0 or (node.module or "").startswith("ifdesk")
            for a in node.names:
                if internal and a.name.startswith("_") and a.name != "_" and not a.name.startswith("__"):
                    found.append(f"{path.name}:{node.lineno}: import {a.name}")
                elif internal:
                    modules.add(a.asname or a.name)
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name.split(".")[0] for a in node.names if a.name.startswith("ifdesk")}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules
                and node.attr.startswith("_") and not node.attr.startswith("__")):
            found.append(f"{path.name}:{node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_private_names_across_modules():
    """A name with a leading underscore stays in its module: what others need is public API."""
    offenders = [hit for p in sorted(PKG.rglob("*.py")) for hit in _private_imports(p)]
    assert offenders == []


def test_the_private_import_detector_sees_them(tmp_path):
    p = tmp_path / "m.py"
    p.write_text("from ..store.referentiels import _version_key\nfrom . import verify\nverify._ref_from(1)\n"
                 "from ..i18n import _\nimport argparse\nargparse._\n", "utf-8")
    assert len(_private_imports(p)) == 2

"""Every French message of the command line and the core has its English translation."""

import ast

from ifdesk.i18n_en import EN
from tests.conftest import ROOT


def french_messages() -> dict[str, str]:
    found = {}
    for path in (ROOT / "ifdesk").rglob("*.py"):
        if path.relative_to(ROOT / "ifdesk").parts[0] == "ui":
            continue  # the window uses Qt Linguist files
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found[node.args[0].value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def test_every_message_is_translated():
    missing = {msg: where for msg, where in french_messages().items() if msg not in EN}
    assert not missing, "add to ifdesk/i18n_en/<layer>.py:\n" + "\n".join(f"{w}: {m!r}" for m, w in missing.items())


def test_placeholders_match():
    import string

    fmt = string.Formatter()
    for fr, en in EN.items():
        names = lambda s: sorted(f for _t, f, _s, _c in fmt.parse(s) if f)  # noqa: E731
        assert names(fr) == names(en), (fr, en)

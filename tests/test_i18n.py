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


def test_argparse_own_texts_follow_the_language():
    import subprocess
    import sys

    fr = subprocess.run([sys.executable, "-m", "ifdesk", "company", "add", "--siret", "1"],
                        capture_output=True, text=True, timeout=60)
    en = subprocess.run([sys.executable, "-m", "ifdesk", "--lang", "en", "company", "add", "--siret", "1"],
                        capture_output=True, text=True, timeout=60)
    assert fr.returncode == en.returncode == 2
    assert "error: arguments obligatoires manquants : --name, --region" in fr.stderr
    assert "error: the following arguments are required: --name, --region" in en.stderr
    help_en = subprocess.run([sys.executable, "-m", "ifdesk", "--lang", "en", "--help"],
                             capture_output=True, text=True, timeout=60).stdout
    assert "--data-dir FOLDER" in help_en and "show this help message and exit" in help_en
    help_fr = subprocess.run([sys.executable, "-m", "ifdesk", "--help"], capture_output=True, text=True, timeout=60).stdout
    assert "--data-dir DOSSIER" in help_fr and "afficher cette aide et quitter" in help_fr

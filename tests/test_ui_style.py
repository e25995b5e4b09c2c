"""The style sheet (resources/styles/ifdesk.qss) meets WCAG 2.1 as RGAA / EN 301 549 ask:
every text colour reaches 4.5:1 against its background, every interactive widget shows its focus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

QSS = Path(__file__).resolve().parent.parent / "resources" / "styles" / "ifdesk.qss"
TEXT_PAIRS = (("color", ("background", "background-color")),
              ("selection-color", ("selection-background-color",)))


def rules(text: str) -> dict[str, dict[str, str]]:
    """{selector: {property: value}}, later rules overriding earlier ones as Qt does."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    out: dict[str, dict[str, str]] = {}
    for sels, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        props = {}
        for decl in body.split(";"):
            if ":" in decl:
                k, v = decl.split(":", 1)
                props[k.strip().lower()] = v.strip()
        for sel in sels.split(","):
            sel = " ".join(sel.split())
            out.setdefault(sel, {}).update(props)
    return out


def hex_colour(value: str | None) -> str | None:
    m = re.search(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b", value or "")
    if not m:
        return None
    h = m.group(1)
    return "#" + ("".join(c * 2 for c in h) if len(h) == 3 else h).lower()


def luminance(colour: str) -> float:
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def bases(sel: str) -> list[str]:
    """Where a selector inherits from: its pseudo-states then sub-controls taken off, then its ancestor part."""
    out = []
    cur = sel
    while True:
        parts = cur.split(" ")
        last = parts[-1]
        shorter = re.sub(r"(::?[!\w-]+|\[[^\]]*\]|#[\w-]+)$", "", last)
        if shorter and shorter != last:
            cur = " ".join(parts[:-1] + [shorter])
        elif len(parts) > 1:
            cur = " ".join(parts[:-1])
        else:
            break
        out.append(cur)
    return out


def inherited(rs: dict, sel: str, keys: tuple[str, ...]) -> str | None:
    for s in [sel] + bases(sel):
        for k in keys:
            c = hex_colour(rs.get(s, {}).get(k))
            if c:
                return c
    return None


def pairs(rs: dict) -> list[tuple[str, str, str, float]]:
    """(selector, text colour, background, ratio) for every rule that sets either of them."""
    default_fg = hex_colour(rs["QWidget"]["color"])
    # a text with no background of its own sits on a page, a card or an input: checked on each
    surfaces = {hex_colour(rs["QWidget#page"]["background"]), hex_colour(rs["QFrame#card"]["background"])}
    out = []
    for sel, props in rs.items():
        if ":disabled" in sel:
            continue  # WCAG 1.4.3: text of an inactive control is exempt
        for fg_key, bg_keys in TEXT_PAIRS:
            if not any(hex_colour(props.get(k)) for k in (fg_key,) + bg_keys):
                continue
            fg = inherited(rs, sel, (fg_key,)) or (default_fg if fg_key == "color" else None)
            bg = inherited(rs, sel, bg_keys)
            if fg is None:
                continue
            for b in ([bg] if bg else sorted(surfaces)):
                out.append((sel, fg, b, contrast(fg, b)))
    return out


def test_contrast_arithmetic():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)   # the well-known AA grey
    assert bases('QFrame#levelRow[selected="true"] QLabel#levelKey') == [
        'QFrame#levelRow[selected="true"] QLabel', 'QFrame#levelRow[selected="true"]', "QFrame#levelRow", "QFrame"]


def test_every_text_colour_reaches_4_5_to_1():
    rs = rules(QSS.read_text("utf-8"))
    found = pairs(rs)
    assert len(found) > 30
    low = [f"{sel}: {fg} on {bg} = {r:.2f}:1" for sel, fg, bg, r in found if r < 4.5]
    assert not low, "\n".join(low)


FOCUSABLE = ["QLineEdit", "QPlainTextEdit", "QComboBox", "QDateEdit", "QSpinBox", "QPushButton", "QPushButton#primary",
             "QCheckBox", "QRadioButton", "QTableView", "QTreeWidget", "QListWidget", "QListWidget#nav",
             "QWidget#levelPicker", "QScrollArea", "QToolButton", "QTabBar::tab"]


def focus_rule(rs: dict, sel: str) -> dict | None:
    return rs.get(sel + ":focus")


def test_focus_is_visible_on_every_kind_of_interactive_widget():
    rs = rules(QSS.read_text("utf-8"))
    bad = []
    for sel in FOCUSABLE:
        rule = focus_rule(rs, sel)
        border = (rule or {}).get("border", "") + " " + (rule or {}).get("outline", "")
        width = re.search(r"(\d+)px", border)
        colour = hex_colour(border)
        if rule is None or not width or int(width.group(1)) < 2 or not colour:
            bad.append(f"{sel}:focus has no 2 px border")
            continue
        # WCAG 1.4.11: the focus mark stands out (3:1) from the background around the widget
        around = inherited(rs, sel, ("background", "background-color")) if sel.endswith("#nav") else None
        for bg in [around] if around else [hex_colour(rs["QWidget#page"]["background"]), "#ffffff"]:
            if contrast(colour, bg) < 3:
                bad.append(f"{sel}:focus {colour} on {bg} = {contrast(colour, bg):.2f}:1")
    assert not bad, "\n".join(bad)


def test_text_colours_written_in_the_window_code_reach_4_5_to_1():
    """Colours given in the code (rich-text legends, painted chart texts) follow the same rule."""
    ui = Path(__file__).resolve().parent.parent / "ifdesk" / "ui"
    lines_only = {"#dde3ea"}  # common.hline(): the colour of a separator line, not of a text
    bad = []
    for f in ui.rglob("*.py"):
        src = f.read_text("utf-8")
        found = re.findall(r"color:\s*(#[0-9a-fA-F]{6})", src)
        found += re.findall(r"^(?:TEXT|MUTED|SCALE)\s*=\s*QColor\(\"(#[0-9a-fA-F]{6})\"\)", src, re.M)
        found += re.findall(r"setForeground\(\d+, QBrush\(QColor\(\"(#[0-9a-fA-F]{6})\"", src)
        for c in set(found) - lines_only:
            for bg in ("#ffffff", "#f4f6f9"):
                if contrast(c.lower(), bg) < 4.5:
                    bad.append(f"{f.name}: {c} on {bg} = {contrast(c.lower(), bg):.2f}:1")
    assert not bad, "\n".join(bad)

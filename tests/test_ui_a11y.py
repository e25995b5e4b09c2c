"""Every page at 1366×768 on demo data: no label cut without elision, no cut cell without its tooltip,
no interactive widget without an accessible name (RGAA / EN 301 549)."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAccessible, QFont, QFontMetrics, QTextDocument  # noqa: E402
from PySide6.QtGui import Qt as GuiQt  # noqa: E402
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QApplication, QLabel, QTabWidget,  # noqa: E402
                               QWidget)

from ifdesk.ui.app import prepare_view  # noqa: E402

from .conftest import run_cli  # noqa: E402
from .ui_helpers import close_window, idle, open_window  # noqa: E402

VIEWS = ["companies", "diagnostics", "diagnostic", "report", "sync", "dashboard", "settings", "identity"]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    home = tmp_path_factory.mktemp("demo-home")
    folder = home / "ws"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"), "LANG": "fr_FR.UTF-8"}
    run_cli("demo", data_dir=folder, env=env, check=True)
    return folder


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0 and not w.visibleRegion().isEmpty()


def _label_width(label: QLabel) -> float:
    """The width the label's text needs on one line (rich text measured as Qt lays it out)."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return doc.idealWidth()
    if label.buddy() is not None or "&" in text:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))


def cut_labels(root: QWidget) -> list[str]:
    out = []
    for label in root.findChildren(QLabel):
        if not _shown(label) or label.wordWrap() or not label.text() or not label.pixmap().isNull():
            continue
        room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
        need = _label_width(label)
        if need > room + 1:
            out.append(f"label {label.objectName() or type(label).__name__} « {label.text()[:60]} » needs {need:.0f} px, has {room}")
    return out


def cut_cells(view: QAbstractItemView) -> list[str]:
    """A cell shown cut (Qt elides it) must carry its whole text as a tooltip."""
    out = []
    model = view.model()
    if model is None:
        return out
    fm = view.fontMetrics()
    vp = view.viewport().rect()
    root = view.rootIndex()
    rows = min(model.rowCount(root), 60)
    try:
        cols = model.columnCount(root)
    except TypeError:  # a list model
        cols = 1
    for r in range(rows):
        for c in range(cols):
            idx = model.index(r, c, root)
            rect = view.visualRect(idx)
            if rect.isEmpty() or not vp.intersects(rect):
                continue
            text = model.data(idx, Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            if fm.horizontalAdvance(text) + 12 > rect.width():  # the delegate's margins
                tip = model.data(idx, Qt.ItemDataRole.ToolTipRole) or ""
                if not tip or text not in QTextDocument(tip).toPlainText() and text not in tip:
                    out.append(f"cell {type(view).__name__}[{r},{c}] « {text[:50]} » cut without tooltip")
    header = getattr(view, "horizontalHeader", lambda: None)()
    if header is not None and header.isVisible():
        bold = QFont(header.font())
        bold.setBold(True)  # ifdesk.qss: QHeaderView::section { font-weight: 600 }
        hfm = QFontMetrics(bold)
        for c in range(cols):
            if header.isSectionHidden(c):
                continue
            text = str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
            if text and hfm.horizontalAdvance(text) + 12 > header.sectionSize(c):  # padding 6 + 6
                out.append(f"header « {text} » of {type(view).__name__} cut ({header.sectionSize(c)} px)")
    return out


def accessible_name(w: QWidget) -> str:
    """What a screen reader announces: the accessible name, else what Qt derives (buddy label, button text)."""
    iface = QAccessible.queryAccessibleInterface(w)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (w.accessibleName() or name or "").strip()


def unnamed(root: QWidget) -> list[str]:
    out = []
    for spin in root.findChildren(QAbstractSpinBox):
        if _shown(spin) and not accessible_name(spin):
            out.append(f"{type(spin).__name__} in {type(spin.parentWidget()).__name__} has no accessible name")
    for w in [root] + root.findChildren(QWidget):
        if not _shown(w) or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox):
            continue  # the editor inside a date or number field: the field itself is what is announced
        if not accessible_name(w):
            out.append(f"{type(w).__name__} {w.objectName()!r} in {type(parent).__name__ if parent else '-'} has no accessible name")
    return out


def _focus_selectors() -> set[str]:
    from .test_ui_style import QSS, rules

    return {sel for sel in rules(QSS.read_text("utf-8")) if sel.endswith(":focus")}


FOCUS_SELECTORS = _focus_selectors()


def focus_invisible(root: QWidget) -> list[str]:
    """Every widget that takes the focus has a `:focus` rule in the style sheet (its class or a Qt base)."""
    out = []
    for w in [root] + root.findChildren(QWidget):
        if not _shown(w) or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None:
            continue  # (a tab widget hands its focus to its tab bar, which shows it)
        names = []
        mo = w.metaObject()
        while mo is not None:
            names.append(mo.className())
            mo = mo.superClass()
        wanted = {f"{n}#{w.objectName()}:focus" for n in names if w.objectName()} | {f"{n}:focus" for n in names}
        wanted |= {f"{n}::tab:focus" for n in names}
        if not wanted & FOCUS_SELECTORS:
            out.append(f"{names[0]} {w.objectName()!r}: no :focus rule in ifdesk.qss")
    return out


def developer_text(root: QWidget) -> list[str]:
    """Timings and such belong in the log, not on a user's screen."""
    import re

    return [f"label « {lab.text()} » is developer information" for lab in root.findChildren(QLabel)
            if _shown(lab) and re.search(r"\d\s*ms\b", lab.text())]


def problems(w: QWidget) -> list[str]:
    found = cut_labels(w) + unnamed(w) + focus_invisible(w) + developer_text(w)
    for view in w.findChildren(QAbstractItemView):
        if _shown(view):
            found += cut_cells(view)
    return found


def test_every_page_fits_and_names_its_controls(qtbot, demo_dir):
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen" or QApplication.platformName()
    w = open_window(qtbot, demo_dir)
    try:
        assert (w.width(), w.height()) == (1366, 768)
        found = []
        for view in VIEWS:
            prepare_view(w, view)
            idle(qtbot, w)
            qtbot.wait(50)   # the page lays out its word-wrapped texts
            idle(qtbot, w)
            tabs = [t for t in w.findChildren(QTabWidget) if _shown(t)]
            if not tabs:
                found += [f"{view}: {p}" for p in problems(w)]
            for t in tabs:
                for i in range(t.count()):
                    t.setCurrentIndex(i)
                    qtbot.wait(20)
                    found += [f"{view}/{t.tabText(i).replace('&', '')}: {p}" for p in problems(w)]
                t.setCurrentIndex(0)
        # the dialogs the pages open
        from ifdesk.ui.views.action_dialog import ActionDialog
        from ifdesk.ui.views.diagnostics import CompanyPicker
        from ifdesk.ui.views.programmes import ProgrammesDialog

        prepare_view(w, "report")
        idle(qtbot, w)
        for make in (lambda: ActionDialog(w.synthesis.ref, None, w), lambda: CompanyPicker(w), lambda: ProgrammesDialog(w)):
            dlg = make()
            dlg.show()
            qtbot.waitExposed(dlg)
            idle(qtbot, w)
            qtbot.wait(50)
            found += [f"{type(dlg).__name__}: {p}" for p in problems(dlg)]
            dlg.reject()
        found = sorted(set(found))
        assert not found, "\n".join(found)
    finally:
        close_window(w)


def test_data_text_is_never_markup_in_a_tooltip_or_label(qtbot):
    """A company named with tags shows the tags: the cell's tooltip and an elided label are plain text."""
    from PySide6.QtGui import QTextDocument

    from ifdesk.ui.elide import ElidedLabel
    from ifdesk.ui.plain import tip as plain_tip
    from ifdesk.ui.models import CompanyTableModel

    evil = "<b>Gras</b> & <img src='x'> Cie"
    m = CompanyTableModel()
    m.set_rows([{"name": evil, "siret": "73282932000074", "region": "84", "city": "", "naf": ""}])
    tip = m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    doc = QTextDocument()
    doc.setHtml(tip)
    assert doc.toPlainText().strip() == evil              # what the tooltip shows: the text as written
    assert plain_tip("") == ""
    label = ElidedLabel(evil * 5)
    qtbot.addWidget(label)
    label.resize(120, 30)
    label.show()
    assert label.is_elided() and label.text().endswith("…")
    assert label.textFormat() == Qt.TextFormat.PlainText
    doc.setHtml(label.toolTip())
    assert doc.toPlainText().strip() == evil * 5
    label.resize(label.sizeHint().width() + 10, 30)
    assert not label.is_elided() and label.text() == evil * 5 and label.toolTip() == ""


def test_radar_labels_stay_inside_and_say_all_in_the_tooltip(qtbot):
    from ifdesk.ui.radar import RadarChart

    titles = ["Stratégie et pilotage de la transformation", "Organisation industrielle et chaîne de valeur",
              "Numérique, données, virtualisation et objets connectés", "Technologies de production avancées",
              "Suivi, contrôle, qualité et maintenance", "Hommes, compétences et organisation du travail",
              "Énergie, environnement et impact <b>local</b>", "Marchés, clients et innovation"]
    radar = RadarChart()
    qtbot.addWidget(radar)
    radar.set_data([(t, 2.0, 3.0) for t in titles], 1, 5)
    for size in ((560, 420), (300, 260)):
        radar.resize(*size)
        bounds = radar.rect()
        for (box, _align, text), title in zip(radar.label_layout(), titles):
            assert bounds.contains(box.toAlignedRect()), f"{title!r} drawn outside the radar ({box})"
            shown = " ".join(text.split())
            assert shown == title or shown.endswith("…"), f"{title!r} cut without « … »: {shown!r}"
            assert len(text.split("\n")) <= 3
    doc = QTextDocument()
    doc.setHtml(radar.toolTip())
    assert all(t in doc.toPlainText() for t in titles)
    radar.resize(560, 420)
    assert sum(" ".join(t.split()) == title for (_b, _a, t), title in zip(radar.label_layout(), titles)) >= 6

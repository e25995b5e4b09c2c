"""At 1366×768 a field that gets the focus is in view, and a refused save shows its reason at the field."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ifdesk.ui import work  # noqa: E402

from .ui_helpers import alt, close_window, focus, idle, open_window, press  # noqa: E402

K = Qt.Key


def _draft(ws) -> str:
    from ifdesk.core.company import new_company

    ws.companies.add(new_company(siret="73282932000074", name="Forges du Gier", region="84"))
    return work.new_diagnostic(ws, "73282932000074")


def in_view(card, w: QWidget) -> bool:
    """`w` whole inside the scroll area's viewport (what the user sees of the card)."""
    vp = card.scroll_area.viewport()
    top_left = w.mapTo(vp, w.rect().topLeft())
    return vp.rect().contains(QRect(top_left, w.size())) and w.isVisible()


@pytest.fixture
def editor(qtbot, data_dir):
    w = open_window(qtbot, data_dir)
    diag_id = w.tm.call(_draft)
    w.open_diagnostic(diag_id, "draft")
    idle(qtbot, w)
    qtbot.waitUntil(lambda: w.page() == "diagnostic" and w.editor.ref is not None)
    assert w.size().width() == 1366 and w.size().height() == 768
    card = w.editor.card
    # the card is laid out once its word-wrapped texts know their width: then it is taller than the view
    qtbot.waitUntil(lambda: card.scroll_area.verticalScrollBar().maximum() > 0)
    yield w
    close_window(w)


def test_note_scrolled_into_view_on_alt_n(qtbot, editor):
    card = editor.editor.card
    assert not in_view(card, card.note), "the note starts below the fold at 1366×768 (else this test shows nothing)"
    alt(qtbot, "n")
    assert focus() is card.note
    assert in_view(card, card.note) and in_view(card, card.note_field.label)


def test_na_without_reason_shows_the_reason_field_focused_with_the_message(qtbot, editor):
    card = editor.editor.card
    alt(qtbot, "p")
    idle(qtbot, editor)
    assert editor.editor.save_state.text() == "Non enregistré : à corriger"
    assert focus() is card.na_reason
    assert in_view(card, card.na_reason)
    assert in_view(card, card.na_field.error) and "raison" in card.na_field.error.text()


def test_refused_save_on_a_field_out_of_view_brings_it_back(qtbot, editor):
    card = editor.editor.card
    alt(qtbot, "p")
    idle(qtbot, editor)
    card.picker.setFocus()
    card.scroll_area.verticalScrollBar().setValue(0)
    assert not in_view(card, card.na_field.error)
    card.emit_edit()                                   # saved again (a level picked, say): still refused
    idle(qtbot, editor)
    assert focus() is card.na_reason and in_view(card, card.na_field.error)


def test_tab_through_the_card_keeps_the_focus_in_view(qtbot, editor):
    card = editor.editor.card
    alt(qtbot, "p")                                    # the reason field shown too
    idle(qtbot, editor)
    card.picker.setFocus()
    card.scroll_area.verticalScrollBar().setValue(0)
    seen = set()
    for _ in range(12):
        press(qtbot, K.Key_Tab)
        fw = QApplication.focusWidget()
        if not card.inner.isAncestorOf(fw):
            break
        seen.add(fw)
        assert in_view(card, fw), f"{type(fw).__name__} {fw.accessibleName()!r} has the focus out of view"
    assert {card.note, card.na_reason} <= seen

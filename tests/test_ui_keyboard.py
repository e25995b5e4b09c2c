"""A whole diagnostic driven with the keyboard only, then found again after restarting the window."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from ifdesk.store import Workspace  # noqa: E402

from .ui_helpers import alt, close_window, focus, idle, open_window, press, type_text  # noqa: E402

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def level_for(i: int) -> int:
    return 1 + (i % 4)          # 1..4, so that a target one or two above always exists


def test_whole_diagnostic_with_the_keyboard(qtbot, data_dir):
    w = open_window(qtbot, data_dir)
    # -- the company -----------------------------------------------------------------------------
    press(qtbot, K.Key_1, ALT)
    assert w.page() == "companies"
    press(qtbot, K.Key_N, CTRL)                      # new company: the focus goes to the name
    assert focus() is w.companies.form.inputs["name"]
    type_text(qtbot, "Forges de Saint-Chamond")
    alt(qtbot, "s")
    type_text(qtbot, "732 829 320 00074")
    alt(qtbot, "n")
    type_text(qtbot, "2550a")
    alt(qtbot, "g")
    type_text(qtbot, "Auv")                            # keyboard search in the region list
    alt(qtbot, "v")
    type_text(qtbot, "Saint-Chamond")
    alt(qtbot, "e")
    type_text(qtbot, "85")
    assert all(not f.error.isVisible() for f in w.companies.form.fields.values())
    press(qtbot, K.Key_Return)
    idle(qtbot, w)
    qtbot.waitUntil(lambda: w.companies.model.rowCount() == 1)
    # -- start the diagnostic --------------------------------------------------------------------
    alt(qtbot, "d")
    idle(qtbot, w)
    qtbot.waitUntil(lambda: w.page() == "diagnostic" and w.editor.ref is not None)
    ref = w.editor.ref
    ids = list(ref.criteria_by_id)
    assert focus() is w.editor.card.picker
    na_crit, note_crit = ids[5], ids[2]
    for i, cid in enumerate(ids):
        assert w.editor.current == cid
        if cid == na_crit:
            alt(qtbot, "p")                            # « non applicable », the focus goes to the reason
            assert isinstance(focus(), QLineEdit)
            type_text(qtbot, "Pas de sous-traitance dans cette activité")
            press(qtbot, K.Key_PageDown)               # saved on leaving, then the next criterion
            continue
        press(qtbot, getattr(K, f"Key_{level_for(i)}"))
        press(qtbot, getattr(K, f"Key_{min(level_for(i) + 1 + (i % 2), 5)}"), CTRL)  # target
        if cid == note_crit:
            alt(qtbot, "n")
            type_text(qtbot, "Presse 400 t suivie sur tableur ; arrêts non codifiés.")
            alt(qtbot, "i")                            # important for the company
            press(qtbot, K.Key_PageDown)
            continue
        assert focus() is w.editor.card.picker
        press(qtbot, K.Key_Right)                      # next criterion (after the last: the synthesis)
    idle(qtbot, w)
    assert w.editor.save_state.text() == "Enregistré"
    qtbot.waitUntil(lambda: w.page() == "report" and w.synthesis.diag is not None)
    # -- strengths and one action from the gaps, then finish ------------------------------------
    alt(qtbot, "e")                                    # tab « Points forts et faibles »
    alt(qtbot, "f")
    type_text(qtbot, "Équipe de maintenance impliquée.")
    alt(qtbot, "b")                                    # leaving saves the strengths
    type_text(qtbot, "Données de production dispersées.")
    alt(qtbot, "p")                                    # tab « Plan d'actions »
    idle(qtbot, w)
    alt(qtbot, "a")                                    # add an action: a dialog, typed into
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None and isinstance(QApplication.focusWidget(), QLineEdit))
    type_text(qtbot, "Installer un suivi TRS sur la presse 400 t")
    press(qtbot, K.Key_Tab)                            # priority
    press(qtbot, K.Key_Down)                           # → Moyenne? first Down from Haute
    press(qtbot, K.Key_Return)                         # Enter validates the dialog
    idle(qtbot, w)
    qtbot.waitUntil(lambda: w.synthesis.action_model.rowCount() == 1)
    press(qtbot, K.Key_G, CTRL)                        # suggestions from the gaps
    idle(qtbot, w)
    assert w.synthesis.action_model.rowCount() > 1
    alt(qtbot, "t")                                    # « Terminer le diagnostic »
    idle(qtbot, w)
    qtbot.waitUntil(lambda: w.synthesis.diag.status.value == "completed")
    assert not w.synthesis.missing_box.isVisible()
    diag_id = w.synthesis.diag.id
    n_actions = w.synthesis.action_model.rowCount()
    close_window(w)

    # -- the same workspace, a new window: everything is there ---------------------------------
    with Workspace(data_dir) as ws:
        d = ws.diagnostics.get(diag_id)
        assert d.status.value == "completed"
        assert len(d.answers) == len(ids)
        for i, cid in enumerate(ids):
            a = d.answers[cid]
            if cid == na_crit:
                assert a.na and a.na_reason == "Pas de sous-traitance dans cette activité"
                continue
            assert a.level == level_for(i), cid
            assert a.target == min(level_for(i) + 1 + (i % 2), 5), cid
        assert d.answers[note_crit].note == "Presse 400 t suivie sur tableur ; arrêts non codifiés."
        assert d.answers[note_crit].important
        assert d.strengths == "Équipe de maintenance impliquée."
        assert d.weaknesses == "Données de production dispersées."
        assert d.actions[0].title == "Installer un suivi TRS sur la presse 400 t"
        assert len(d.actions) == n_actions
        c = ws.companies.get("73282932000074")
        assert (c.name, c.naf, c.region, c.headcount, c.city) == ("Forges de Saint-Chamond", "25.50A", "84", 85, "Saint-Chamond")

    w2 = open_window(qtbot, data_dir)
    press(qtbot, K.Key_2, ALT)
    idle(qtbot, w2)
    assert w2.diagnostics.model.rowCount() == 1
    assert w2.diagnostics.model.row(0)["status"] == "completed"
    focus_widget = focus()
    assert focus_widget is w2.diagnostics.table
    press(qtbot, K.Key_Return)                         # open: a completed one opens on its synthesis
    idle(qtbot, w2)
    qtbot.waitUntil(lambda: w2.page() == "report" and w2.synthesis.diag is not None)
    assert w2.synthesis.action_model.rowCount() == n_actions
    assert w2.synthesis.strengths.toPlainText() == "Équipe de maintenance impliquée."
    assert not w2.synthesis.finish_btn.isEnabled()
    # reopening makes the next revision, and the editor resumes where the expert left off
    alt(qtbot, "o")
    idle(qtbot, w2)
    qtbot.waitUntil(lambda: w2.synthesis.diag.revision == 2 and w2.synthesis.diag.status.value == "draft")
    alt(qtbot, "q")
    idle(qtbot, w2)
    qtbot.waitUntil(lambda: w2.page() == "diagnostic" and w2.editor.diag is not None and w2.editor.diag.revision == 2)
    assert w2.editor.current == ids[-1]                # last_criterion carried into the new revision
    assert w2.editor.card.picker.level == level_for(len(ids) - 1)
    close_window(w2)


def test_finish_lists_what_is_missing_and_leads_there(qtbot, data_dir, workspace, company, ref):
    diag_id = workspace.diagnostics.create(company.siret, ref, None, "Expert")
    from ifdesk.core.diagnostic import Answer

    ids = list(ref.criteria_by_id)
    for cid in ids[:-3]:
        workspace.diagnostics.save_answer(diag_id, Answer(criterion=cid, level=2))
    workspace.diagnostics.set_synthesis(diag_id, strengths="Équipe", weaknesses="Données", no_action_reason="Suivi")
    workspace.close()
    w = open_window(qtbot, data_dir)
    w.open_synthesis(diag_id)
    idle(qtbot, w)
    qtbot.waitUntil(lambda: w.synthesis.diag is not None)
    alt(qtbot, "t")                                    # « Terminer le diagnostic »
    idle(qtbot, w)
    syn = w.synthesis
    assert syn.missing_box.isVisible()
    assert [syn.missing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(syn.missing.count())] == ids[-3:]
    assert focus() is syn.missing
    press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Return)                         # the second missing criterion
    idle(qtbot, w)
    qtbot.waitUntil(lambda: w.page() == "diagnostic" and w.editor.current == ids[-2])
    assert w.tm.call(lambda ws: ws.diagnostics.get(diag_id).status.value) == "draft"
    close_window(w)


def test_delete_key_removes_the_chosen_action(qtbot, data_dir, workspace, company, ref):
    from ifdesk.core.diagnostic import ActionItem

    diag_id = workspace.diagnostics.create(company.siret, ref, None, "Expert")
    workspace.diagnostics.set_actions(diag_id, [ActionItem(title="Former"), ActionItem(title="Mesurer le TRS")])
    workspace.close()
    w = open_window(qtbot, data_dir)
    w.open_synthesis(diag_id)
    idle(qtbot, w)
    qtbot.waitUntil(lambda: w.synthesis.diag is not None)
    alt(qtbot, "p")                                    # the action plan tab
    w.synthesis.action_table.setFocus()
    w.synthesis.action_table.setCurrentIndex(w.synthesis.action_model.index(0, 0))
    press(qtbot, K.Key_Delete)
    idle(qtbot, w)
    assert [a.title for a in w.tm.call(lambda ws: ws.diagnostics.get(diag_id).actions)] == ["Mesurer le TRS"]
    close_window(w)


def test_next_steps_tab_saves_dates_and_reason_and_refuses_a_bad_date(qtbot, data_dir, workspace, company, ref):
    from datetime import date


    diag_id = workspace.diagnostics.create(company.siret, ref, None, "Expert")
    workspace.close()
    w = open_window(qtbot, data_dir)
    w.open_synthesis(diag_id)
    idle(qtbot, w)
    qtbot.waitUntil(lambda: w.synthesis.diag is not None)
    tab = w.synthesis.next_steps
    w.synthesis.tabs.setCurrentWidget(tab)
    for key, typed in (("restitution_date", "8/12/2026"), ("followup_date", "2027-11-24"),
                       ("no_action_reason", "Investissements déjà engagés"), ("expert_contact", "04 72 00 00 00")):
        e: QLineEdit = tab.inputs[key]
        e.setFocus()
        e.setText(typed)
        e.editingFinished.emit()
        idle(qtbot, w)
    got = w.tm.call(lambda ws: ws.diagnostics.get(diag_id))
    assert (got.restitution_date, got.followup_date) == (date(2026, 12, 8), date(2027, 11, 24))
    assert got.no_action_reason == "Investissements déjà engagés" and got.expert_contact == "04 72 00 00 00"
    tab.inputs["followup_date"].setText("31/02/2027")
    tab.inputs["followup_date"].editingFinished.emit()
    idle(qtbot, w)
    assert "JJ/MM/AAAA" in tab.error.text()
    assert w.tm.call(lambda ws: ws.diagnostics.get(diag_id).followup_date) == date(2027, 11, 24)   # unchanged
    close_window(w)

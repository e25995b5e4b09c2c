"""Bad input in every field is refused at the field, with a reason; nothing half-written reaches the workspace."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ifdesk.core.diagnostic import MAX_NOTE  # noqa: E402

from .ui_helpers import alt, close_window, idle, open_window, press, type_text  # noqa: E402

K = Qt.Key
GOOD = {"name": "Tôlerie Fine du Jura", "siret": "552 081 317 66522", "naf": "25.11Z", "city": "Dole",
        "headcount": "35", "turnover_eur": "4 200 000", "balance_sheet_eur": ""}
BAD = [
    ("siret", "1234", "14 chiffres"),
    ("siret", "732 829 320 00075", "clé siret invalide"),
    ("siret", "732 829 321 00072", "clé siren invalide"),
    ("siret", "000 000 000 00000", "clé siren invalide"),
    ("siret", "73282932000O74", "14 chiffres"),
    ("naf", "2562", "nn.nnl"),
    ("naf", "00.00Z", "sous-classe naf inconnue : 00.00z"),
    ("naf", "25.62Z", "sous-classe naf inconnue : 25.62z"),
    ("naf", "10.00A", "sous-classe naf inconnue : 10.00a"),
    ("name", "", "vide"),
    ("name", "x" * 260, "trop long"),
    ("headcount", "quarante", "nombre"),
    ("headcount", "-3", "au moins 0"),
    ("headcount", "12,5", "entier"),
    ("turnover_eur", "beaucoup", "montant invalide"),
    ("turnover_eur", "-10", "au moins 0"),
    ("balance_sheet_eur", "inf", "montant invalide"),
    ("city", "y" * 260, "trop long"),
]


def fill(form, values: dict) -> None:
    for key, w in form.inputs.items():
        if key == "region":
            w.setCurrentIndex(w.findData(values.get("region", "27")))
        else:
            w.setText(values.get(key, ""))


def company_count(w) -> int:
    return w.tm.call(lambda ws: ws.db.execute("SELECT count(*) FROM companies").fetchone()[0])


@pytest.fixture
def win(qtbot, data_dir):
    w = open_window(qtbot, data_dir)
    yield w
    close_window(w)


@pytest.mark.parametrize("field,value,reason", BAD)
def test_company_field_refused_with_its_reason(win, qtbot, field, value, reason):
    form = win.companies.form
    fill(form, GOOD | {field: value})
    form.check_field(field)                              # the live check, as typing does
    assert form.fields[field].error.isVisibleTo(form)
    assert reason in form.fields[field].error.text().lower()
    form.save()                                          # and the save refuses the same way
    idle(qtbot, win)
    assert reason in form.fields[field].error.text().lower()
    assert QApplication.focusWidget() is form.inputs[field]
    others = [k for k, f in form.fields.items() if k != field and f.error.text()]
    assert others == []
    assert company_count(win) == 0


def test_region_required_and_duplicate_siret_refused(win, qtbot):
    form = win.companies.form
    fill(form, GOOD | {"region": ""})
    form.save()
    idle(qtbot, win)
    assert "Région inconnue" in form.fields["region"].error.text()
    assert company_count(win) == 0
    fill(form, GOOD)
    form.save()
    idle(qtbot, win)
    assert company_count(win) == 1
    fill(form, GOOD | {"name": "Autre nom"})
    form.save()
    idle(qtbot, win)
    assert "déjà enregistrée" in form.fields["siret"].error.text()  # refused by the store, shown at the field
    assert company_count(win) == 1
    assert win.tm.call(lambda ws: ws.companies.get("55208131766522").name) == GOOD["name"]


def test_typing_shows_the_reason_live_then_clears_it(win, qtbot):
    press(qtbot, K.Key_N, Qt.KeyboardModifier.ControlModifier)
    alt(qtbot, "s")
    type_text(qtbot, "732 829 320 0007")
    assert "14 chiffres" in win.companies.form.fields["siret"].error.text()
    type_text(qtbot, "4")
    assert not win.companies.form.fields["siret"].error.isVisibleTo(win)
    assert win.companies.form.inputs["siret"].property("invalid") is False


def _editor_on_new_diag(win, qtbot):
    form = win.companies.form
    fill(form, GOOD)
    form.save()
    idle(qtbot, win)
    qtbot.waitUntil(lambda: win.companies.model.rowCount() == 1)
    win.companies.table.setFocus()
    win.companies.start_diagnostic()
    idle(qtbot, win)
    qtbot.waitUntil(lambda: win.page() == "diagnostic" and win.editor.ref is not None)
    return win.editor


def answers_in_db(win, diag_id) -> dict:
    return win.tm.call(lambda ws: ws.diagnostics.get(diag_id).answers)


def test_answer_fields_refused_at_the_field(win, qtbot):
    ed = _editor_on_new_diag(win, qtbot)
    card = ed.card
    cid = ed.current
    # « non applicable » without a reason: refused at the reason, nothing saved
    press(qtbot, K.Key_3)
    idle(qtbot, win)
    assert answers_in_db(win, ed.diag.id)[cid].level == 3
    alt(qtbot, "p")
    idle(qtbot, win)
    assert "raison" in card.na_field.error.text()
    assert ed.save_state.text().startswith("Non enregistré")
    assert not answers_in_db(win, ed.diag.id)[cid].na       # the stored answer is still the level 3
    type_text(qtbot, "Activité absente du site")
    press(qtbot, K.Key_Tab)                               # leaving the field saves
    idle(qtbot, win)
    a = answers_in_db(win, ed.diag.id)[cid]
    assert a.na and a.na_reason == "Activité absente du site" and a.level is None
    assert card.na_field.error.text() == ""
    # a note past the limit: refused at the note, the stored note unchanged
    card.na.setChecked(False)
    idle(qtbot, win)
    card.note.setPlainText("x" * (MAX_NOTE + 1))
    card.flush()
    idle(qtbot, win)
    assert "trop long" in card.note_field.error.text().lower() or str(MAX_NOTE) in card.note_field.error.text()
    assert answers_in_db(win, ed.diag.id)[cid].note == ""
    # a level outside the scale cannot be picked: digits 0, 6–9 do nothing
    before = answers_in_db(win, ed.diag.id)[cid]
    card.note.setPlainText("")
    card.flush()
    idle(qtbot, win)
    card.picker.setFocus()
    for key in (K.Key_0, K.Key_6, K.Key_9):
        press(qtbot, key)
    idle(qtbot, win)
    assert answers_in_db(win, ed.diag.id)[cid].level == before.level


def test_action_dialog_refuses_bad_fields(win, qtbot):
    ed = _editor_on_new_diag(win, qtbot)
    from ifdesk.ui.views.action_dialog import ActionDialog

    dlg = ActionDialog(ed.ref)
    qtbot.addWidget(dlg)
    got = []
    dlg.confirmed.connect(got.append)
    for setup, field, reason in (
        (lambda: dlg.title.setText(""), "title", "vide"),
        (lambda: (dlg.title.setText("Former"), dlg.cost.setText("cher")), "cost_eur", "montant"),
        (lambda: dlg.cost.setText("-5"), "cost_eur", "au moins 0"),
        (lambda: (dlg.cost.setText("1 500"), dlg.due.setText("31/02/2027")), "due", "jj/mm/aaaa"),
        (lambda: (dlg.due.setText(""), dlg.title.setText("t" * 600)), "title", "trop long"),
    ):
        setup()
        dlg.accept()
        assert reason in dlg.fields[field].error.text().lower(), (field, dlg.fields[field].error.text())
        assert got == []
    dlg.title.setText("Former deux régleurs")
    dlg.cost.setText("12\u202f500 €")  # as French people write it (issue 16, finding 4)
    dlg.due.setText("15/03/2027")
    dlg.accept()
    assert len(got) == 1 and got[0].cost_eur == 12500 and got[0].due.isoformat() == "2027-03-15"
    assert "valeur" not in dlg.fields["cost_eur"].error.text()


def test_synthesis_text_too_long_is_refused(win, qtbot):
    ed = _editor_on_new_diag(win, qtbot)
    win.open_synthesis(ed.diag.id)
    idle(qtbot, win)
    syn = win.synthesis
    syn.strengths.setPlainText("s" * (MAX_NOTE + 1))
    syn.save_synthesis()
    idle(qtbot, win)
    assert "trop long" in syn.sw_error.text()
    assert win.tm.call(lambda ws: ws.diagnostics.get(ed.diag.id).strengths) == ""


def test_refused_save_says_so_and_shows_what_is_stored(win, qtbot):
    ed = _editor_on_new_diag(win, qtbot)
    diag_id = ed.diag.id
    from ifdesk.core.diagnostic import Answer

    def complete_elsewhere(ws):  # e.g. finished from the command line meanwhile
        for cid in ed.ref.criteria_by_id:
            ws.diagnostics.save_answer(diag_id, Answer(criterion=cid, level=1))
        ws.diagnostics.set_synthesis(diag_id, strengths="A", weaknesses="B", no_action_reason="C")
        ws.diagnostics.complete(diag_id)

    win.tm.call(complete_elsewhere)
    ed.card.picker.setFocus()
    press(qtbot, K.Key_4)
    idle(qtbot, win)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorBox" and w.isVisible()]
    assert boxes and "rouvrez-le" in boxes[-1].text()
    for b in boxes:
        b.close()
    qtbot.waitUntil(lambda: ed.banner.isVisible())      # reloaded: the diagnostic is completed, read only
    assert ed.card.picker.level == 1
    assert answers_in_db(win, diag_id)[ed.current].level == 1


def test_save_state_goes_from_saving_to_saved(win, qtbot):
    ed = _editor_on_new_diag(win, qtbot)
    ed.card.picker.setFocus()
    shown: list[str] = []
    label_set = ed.save_state.setText
    ed.save_state.setText = lambda t: (shown.append(t), label_set(t))
    press(qtbot, K.Key_2)
    idle(qtbot, win)
    assert shown[:2] == ["Enregistrement…", "Enregistré"]   # saving while queued, saved once committed
    assert ed.save_state.text() == "Enregistré" and ed.save_state.property("state") == "saved"
    assert answers_in_db(win, ed.diag.id)[ed.current].level == 2
    # a note is saved shortly after the typing stops, without leaving the field
    alt(qtbot, "n")
    type_text(qtbot, "Tableau blanc en atelier")
    qtbot.waitUntil(lambda: answers_in_db(win, ed.diag.id)[ed.current].note == "Tableau blanc en atelier", timeout=3000)


def test_saved_company_becomes_the_chosen_one(win, qtbot):
    from ifdesk.ui.views.companies import selected_row

    form = win.companies.form
    fill(form, GOOD | {"name": "Zingueurs Réunis", "siret": "732 829 320 00074", "region": "84"})
    form.save()
    idle(qtbot, win)
    fill(form, GOOD | {"name": "Ateliers Abel"})
    form.save()
    idle(qtbot, win)
    qtbot.waitUntil(lambda: win.companies.model.rowCount() == 2)
    assert selected_row(win.companies.table)["name"] == "Ateliers Abel"
    fill(form, GOOD | {"name": "x", "siret": "73282932000074"})  # then the other one is saved again…
    form.editing = "73282932000074"
    form.save()
    idle(qtbot, win)
    assert selected_row(win.companies.table)["siret"] == "73282932000074"


def test_naf_hint_is_the_sub_class_label_and_non_manufacturing_asks_for_confirmation(win, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    form = win.companies.form
    fill(form, GOOD | {"naf": "2562B"})
    form.check_field("naf")
    assert form.fields["naf"].hint.text().startswith("25.62B — Mécanique industrielle")
    assert "Hors industrie" not in form.fields["naf"].hint.text()
    fill(form, GOOD | {"naf": "47.11F"})
    form.check_field("naf")
    assert "Hypermarchés" in form.fields["naf"].hint.text() and "Hors industrie" in form.fields["naf"].hint.text()
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "exec", lambda self: next(answers))
    form.save()                                          # refused at the dialog: nothing written
    idle(qtbot, win)
    assert "section G" in form.outside_box.text()
    assert company_count(win) == 0
    form.save()                                          # confirmed: written
    idle(qtbot, win)
    qtbot.waitUntil(lambda: company_count(win) == 1)


def test_size_label_says_undetermined_micro_and_warns_for_a_large_company(win):
    form = win.companies.form
    for values, expected in (({"headcount": "249", "turnover_eur": "51 000 000"}, "indéterminé"),
                             ({"headcount": "6", "turnover_eur": "900 000"}, "micro-entreprise"),
                             ({"headcount": "7000", "turnover_eur": ""}, "GE")):
        fill(form, GOOD | values)
        form.update_size()
        assert expected in form.size_label.text()
    assert "visent les PME et les ETI" in form.size_label.text()

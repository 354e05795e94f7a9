"""Suggestions from the abstract in the notes editor, and conditions chosen and shown by name."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication

from exodesk.model import Notes

from .conftest import BILINGUAL_DOI, as_read, paper_with_doi

TRIAL_DOI = "10.1093/gastro/goac075"  # seed 004: a phase I trial in five patients


def chips(field):
    """The condition names the field shows, each with its remove mark."""
    text = QTextDocumentFragment.fromHtml(field.chosen.text()).toPlainText().replace("\xa0", " ")
    return [name.strip() for name in text.split("✕") if name.strip()]


def shown_support(editor):
    return {name: label.text() for name, label in editor.support_labels.items() if not label.isHidden()}


def test_new_papers_start_with_suggested_notes(window):
    notes = window.library.notes(paper_with_doi(window.library, TRIAL_DOI))
    assert (notes.study_design, notes.evidence_level, notes.sample_size) == ("phase I clinical trial (single arm)", "4", 5)
    assert sorted(notes.suggested) == ["adverse_events", "conditions", "direction", "evidence_level", "intervention",
                                       "outcome", "responders", "sample_size", "study_design"]


def test_suggest_fills_the_empty_fields_marks_them_with_their_words_and_confirm_clears(window, qtbot):
    paper_id = paper_with_doi(window.library, TRIAL_DOI)
    # A person has chosen the design; everything else is empty.
    window.library.save_notes(paper_id, Notes(study_design="randomised controlled trial"))
    window.select_papers([paper_with_doi(window.library, BILINGUAL_DOI)])
    window.select_papers([paper_id])  # read afresh
    editor = window.notes_editor
    assert shown_support(editor) == {}

    editor.suggest_button.click()
    notes = window.library.notes(paper_id)
    assert notes.study_design == "randomised controlled trial"  # a person's value stays
    assert (notes.sample_size, notes.evidence_level, notes.adverse_events) == (
        5, "4", "none reported")
    assert notes.conditions == ["perianal-fistula", "inflammatory-bowel-disease", "crohns-disease"]
    assert sorted(notes.suggested) == ["adverse_events", "conditions", "direction", "evidence_level", "intervention",
                                       "outcome", "responders", "sample_size"]
    assert editor.sample_size.text() == "5"
    assert as_read(editor.sample_size.toolTip()) == "Suggested from: Five patients"
    support = shown_support(editor)
    assert support["sample_size"] == "Suggested from: “Five patients”"
    # What was measured, in a few words; the sentence it was read from beneath, never as the value.
    assert editor.outcome.toPlainText() == "complete fistula closure"
    assert support["outcome"].startswith("Suggested from: “Three patients who received exosome injections")
    assert support["adverse_events"].startswith("Suggested from: “In addition, five patients (100%) reported neither")
    assert sorted(support) == sorted(notes.suggested)
    assert [n for n, b in editor.confirm_buttons.items() if b.isVisibleTo(window)] == [
        "evidence_level", "sample_size", "conditions", "intervention", "outcome", "direction", "responders",
        "adverse_events"]

    editor.confirm_buttons["sample_size"].click()
    assert "sample_size" not in window.library.notes(paper_id).suggested
    assert "sample_size" not in shown_support(editor)
    editor.confirm_all.click()
    notes = window.library.notes(paper_id)
    assert (notes.suggested, notes.sample_size) == ({}, 5)
    assert shown_support(editor) == {}
    assert editor.review_banner.isHidden()

    window.undo()  # confirm all
    window.undo()  # confirm one
    window.undo()  # the suggestions themselves
    assert window.library.notes(paper_id).to_dict() | {"updated": ""} == \
        Notes(study_design="randomised controlled trial").to_dict()


def test_suggest_for_a_selection_runs_on_a_worker_and_undoes_in_one_step(window, qtbot):
    ids = window.library.all_ids()
    with window.library.transaction():
        for paper_id in ids:
            window.library.save_notes(paper_id, Notes())
    window.table.selectAll()
    window.notes_editor.suggest_button.click()  # the editor's button: only the paper it shows
    assert [window.library.notes(i).needs_review() for i in ids] == [i == window.current_paper_id() for i in ids]
    window.undo()
    window.menu_actions.suggest.trigger()  # Edit ▸ Suggest from Abstract: every selected paper
    qtbot.waitUntil(window.undo_stack.canUndo, timeout=10000)
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Suggest from abstract"
    designs = {i: window.library.notes(i).study_design for i in ids}
    assert sorted(designs.values()) == ["narrative review"] * 4 + ["phase I clinical trial (single arm)"]
    assert all(window.library.notes(i).needs_review() for i in ids)
    # The editor waited while the worker wrote, and shows what was written.
    current = window.current_paper_id()
    assert window.notes_editor.isEnabled()
    assert window.notes_editor.design.currentText() == designs[current]

    window.undo()
    assert [window.library.notes(i).needs_review() for i in ids] == [False] * 5
    assert window.notes_editor.design.currentText() == ""


def test_a_condition_chosen_by_a_chinese_synonym_is_stored_as_its_id_and_shown_by_name(window, qtbot):
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.select_papers([paper_id])
    field = window.notes_editor.conditions
    assert field.ids() == []
    field.entry.setFocus()
    # Chinese arrives from an input method as committed text: 硬皮病, "scleroderma".
    event = QInputMethodEvent()
    event.setCommitString("硬皮病")
    QApplication.sendEvent(field.entry, event)
    popup = field.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert field.completer.completionModel().index(0, 0).data() == "硬皮病 → systemic sclerosis · 系統性硬化症"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.entry.text() == "")
    assert field.ids() == ["systemic-sclerosis"]
    assert chips(field) == ["systemic sclerosis"]

    # Typed in full and Enter: any synonym or abbreviation is known.
    field.entry.setText("acne scarring")
    field.entry.returnPressed.emit()
    field.entry.setText("no such illness")
    field.entry.returnPressed.emit()
    assert field.entry.toolTip() == "No condition by that name in the vocabulary"
    window.notes_editor.flush()
    assert window.library.notes(paper_id).conditions == ["systemic-sclerosis", "acne-scars"]
    assert chips(field) == ["systemic sclerosis", "acne scars"]
    row = window.model.position(paper_id)
    assert window.model.data(window.model.index(row, 6)) == "systemic sclerosis, acne scars"

    # Backspace in the empty box takes back the last one.
    field.entry.clear()
    field.entry.setFocus()
    qtbot.keyClick(field.entry, Qt.Key.Key_Backspace)
    window.notes_editor.flush()
    assert window.library.notes(paper_id).conditions == ["systemic-sclerosis"]


@pytest.mark.usefixtures("chinese_interface")
def test_conditions_are_shown_by_their_chinese_names_in_the_chinese_interface(window, qtbot):
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.library.save_notes(paper_id, Notes(conditions=["systemic-sclerosis", "acne-scars", "not-in-vocabulary"]))
    window.model.refresh([paper_id])
    row = window.model.position(paper_id)
    assert window.model.data(window.model.index(row, 6)) == "系統性硬化症、暗瘡疤痕、not in vocabulary"
    window.select_papers([paper_id])
    assert chips(window.notes_editor.conditions) == ["系統性硬化症", "暗瘡疤痕", "not in vocabulary"]
    window.refresh_facets()
    bar = window.filter_bar
    qtbot.waitUntil(lambda: bar.condition.findData("acne-scars") > 0)
    assert bar.condition.itemText(bar.condition.findData("acne-scars")) == "暗瘡疤痕"

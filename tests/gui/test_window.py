"""The main window driven through its real widgets: search, filters, detail, notes, undo."""

from PySide6.QtCore import Qt

from exodesk.gui.table import COLUMNS
from exodesk.library import Filters
from exodesk.model import Notes

from .conftest import BILINGUAL_DOI, SEEDS, as_read, paper_with_doi, shown_ids


def test_the_demo_opens_with_every_seed_and_the_first_row_chosen(window):
    assert window.model.rowCount() == 5
    assert window.counts.text() == "Papers shown: 5 of 5"
    assert window.current_paper_id() == shown_ids(window)[0]
    assert window.detail.paper.id == window.current_paper_id()


def test_typing_a_search_filters_the_table_after_a_pause(window, qtbot):
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    qtbot.keyClicks(window.search_box, "membrane-bound")
    assert window.model.query == ""  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: window.model.query == "membrane-bound")
    assert shown_ids(window) == [paper_id]
    assert window.counts.text() == "Papers shown: 1 of 5"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)
    # Chinese arrives through an input method, as whole characters.
    window.search_box.setText("外泌體")  # Traditional finds the Simplified abstract
    qtbot.waitUntil(lambda: window.model.query == "外泌體")
    assert paper_id in shown_ids(window)
    assert shown_ids(window) == window.library.search_ids("外泌體", order_by="added", descending=True)


def test_half_typed_queries_show_what_they_can_and_never_fail(window, qtbot):
    for query in ('"exo', "AND (", "NEAR(", "*", "\\"):
        window.search_box.setText(query)
        window.apply_search()
        assert shown_ids(window) == window.library.search_ids(query, order_by="added", descending=True)
    window.search_box.setText('"exosomes')
    window.apply_search()
    assert paper_with_doi(window.library, BILINGUAL_DOI) in shown_ids(window)


def test_filters_narrow_the_table_and_clear(window, qtbot):
    # The demo's papers start with suggested notes: four reviews (not graded), one phase I trial (level 4).
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    trial_id = paper_with_doi(window.library, "10.1093/gastro/goac075")
    window.library.save_notes(paper_id, Notes(study_design="narrative review", evidence_level="not graded",
                                              conditions=["acne-scars"], tags=["read"]))
    window.refresh_facets()
    bar = window.filter_bar
    qtbot.waitUntil(lambda: bar.tag.count() == 2)  # read on a worker thread
    assert [bar.level.itemData(i) for i in range(bar.level.count())] == ["", "4", "not graded"]
    bar.level.setCurrentIndex(1)
    assert shown_ids(window) == [trial_id]
    assert window.counts.text() == "Papers shown: 1 of 5"
    bar.clear_button.click()
    assert window.model.rowCount() == 5
    # Conditions are offered by name; the filter holds the id.
    position = bar.condition.findData("acne-scars")
    assert bar.condition.itemText(position) == "acne scars"
    bar.condition.setCurrentIndex(position)
    assert shown_ids(window) == [paper_id]
    bar.clear()
    bar.tag.setCurrentIndex(bar.tag.findData("read"))
    assert shown_ids(window) == [paper_id]
    bar.clear()
    bar.language.setCurrentIndex(bar.language.findData("zh-Hans"))
    assert shown_ids(window) == window.library.search_ids("", Filters(language="zh-Hans"),
                                                          order_by="added", descending=True)
    assert paper_id in shown_ids(window)


def test_selecting_a_paper_shows_both_abstracts_and_the_traditional_switch(window):
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.select_papers([paper_id])
    detail = window.detail
    assert detail.paper.id == paper_id
    assert detail.english.label.text() == "English"
    assert detail.english.plain_text().startswith("Exosomes, small membrane-bound vesicles secreted by cells")
    assert detail.chinese.label.text() == "Chinese (Simplified)"
    assert detail.chinese.plain_text().startswith("外泌体是细胞分泌的一种小膜性囊泡")
    assert detail.chinese.badge.isHidden()
    assert detail.traditional.isVisibleTo(window)

    detail.traditional.setChecked(True)
    assert detail.chinese.label.text() == "Chinese (Traditional, Hong Kong)"
    assert detail.chinese.badge.text() == "Converted from Simplified by ExoDesk"
    assert detail.chinese.plain_text().startswith("外泌體是細胞分泌的一種小膜性囊泡")
    assert window.settings["show_traditional"] is True
    detail.traditional.setChecked(False)
    assert detail.chinese.plain_text().startswith("外泌体是细胞分泌")


def test_missing_fields_are_highlighted_and_can_be_filled_in_with_undo(window, qtbot):
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)  # the file gives no title or authors
    window.select_papers([paper_id])
    detail = window.detail
    assert detail.missing_label.text() == "The source did not give: Title, Authors."
    title = detail.editors["title"]
    assert title.placeholderText() == "Missing: type it in"
    detail.fill_button.click()
    assert title.hasFocus()
    qtbot.keyClicks(title, "Exosomes in skin repair")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    paper = window.library.get(paper_id)
    assert (paper.title, paper.edited) == ("Exosomes in skin repair", ["title"])
    assert detail.title.text() == "Exosomes in skin repair"
    assert window.model.data(window.model.index(window.model.position(paper_id), 0)) == "Exosomes in skin repair"
    assert detail.missing_label.text() == "The source did not give: Authors."

    window.undo()
    paper = window.library.get(paper_id)
    assert (paper.title, paper.edited) == (None, [])
    assert title.text() == ""
    window.redo()
    assert window.library.get(paper_id).title == "Exosomes in skin repair"


def test_a_bad_date_is_refused_in_place(window, qtbot):
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.select_papers([paper_id])
    date = window.detail.editors["date"]
    date.setText("sometime")
    date.editingFinished.emit()
    assert window.library.get(paper_id).date == "2024-07-16"
    assert window.undo_stack.count() == 0


def test_notes_save_themselves_and_undo(window, qtbot):
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.library.save_notes(paper_id, Notes())  # a person starting from empty notes
    window.select_papers([paper_id])
    editor = window.notes_editor
    editor.outcome.setFocus()
    qtbot.keyClicks(editor.outcome, "Scars improved in 5 of 6 patients")
    qtbot.waitUntil(lambda: window.library.notes(paper_id).outcome == "Scars improved in 5 of 6 patients")
    qtbot.keyClicks(editor.sample_size, "6")
    window.search_box.setFocus()  # leaving the editor saves at once
    assert window.library.notes(paper_id).sample_size == 6
    assert window.model.rowCount() == 5

    window.undo()
    assert window.library.notes(paper_id).sample_size is None
    assert editor.sample_size.text() == ""
    window.undo()
    assert window.library.notes(paper_id).outcome == ""
    assert editor.outcome.toPlainText() == ""
    window.redo()
    assert editor.outcome.toPlainText() == "Scars improved in 5 of 6 patients"


def test_notes_typed_in_the_design_field_appear_in_the_table(window, qtbot):
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.select_papers([paper_id])
    window.notes_editor.design.setEditText("case series")
    window.notes_editor.flush()
    row = window.model.position(paper_id)
    assert window.model.data(window.model.index(row, [c[0] for c in COLUMNS].index("design"))) == "case series"
    assert window.library.search_ids("", Filters(design="case series")) == [paper_id]


def test_suggestions_are_marked_until_confirmed(window, qtbot):
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.library.save_notes(paper_id, Notes(study_design="narrative review", sample_size=5,
                                              suggested={"study_design": "we reviewed", "sample_size": "five"}))
    window.select_papers([paper_id])
    editor = window.notes_editor
    assert editor.review_banner.isVisibleTo(window)
    assert [n for n, b in editor.confirm_buttons.items() if b.isVisibleTo(window)] == ["study_design", "sample_size"]
    assert as_read(editor.design.toolTip()) == "Suggested from: we reviewed"

    editor.confirm_buttons["study_design"].click()
    assert window.library.notes(paper_id).suggested == {"sample_size": "five"}
    assert editor.design.styleSheet() == ""
    editor.confirm_all.click()
    notes = window.library.notes(paper_id)
    assert (notes.suggested, notes.study_design, notes.sample_size) == ({}, "narrative review", 5)
    assert editor.review_banner.isHidden()
    window.undo()
    assert window.library.notes(paper_id).suggested == {"sample_size": "five"}


def test_delete_moves_to_trash_which_restores(window, qtbot):
    paper_id = window.current_paper_id()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert paper_id not in shown_ids(window)
    assert window.counts.text() == "Papers shown: 4 of 4"
    window.views.setCurrentIndex(1)
    assert shown_ids(window) == [paper_id]
    assert window.counts.text() == "Papers in the trash: 1"
    window.table.selectRow(0)
    window.menu_actions.restore.trigger()
    assert shown_ids(window) == []
    window.views.setCurrentIndex(0)
    assert paper_id in shown_ids(window)


def test_sorting_by_a_column_asks_the_library(window):
    year = 2
    window.table.horizontalHeader().setSortIndicator(year, Qt.SortOrder.DescendingOrder)
    assert shown_ids(window) == window.library.search_ids("", order_by="year", descending=True)
    window.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert shown_ids(window) == window.library.search_ids("", order_by="title")


def test_the_table_model_passes_qt_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.model, force_py=True)


def test_links_open_in_the_browser(window, monkeypatch):
    from exodesk.gui import detail as detail_module

    opened = []
    monkeypatch.setattr(detail_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.select_papers([paper_id])
    assert "https://doi.org/10.3390/ijms25147794" in window.detail.link_label.text()
    window.detail.link_label.linkActivated.emit("https://doi.org/10.3390/ijms25147794")
    assert opened == ["https://doi.org/10.3390/ijms25147794"]


def test_an_ampersand_in_the_journal_shows_as_itself(window):
    paper_id = paper_with_doi(window.library, "10.1007/s12016-021-08892-z")
    window.select_papers([paper_id])
    assert window.detail.citation.textFormat() == Qt.TextFormat.RichText
    assert window.detail.citation.text().startswith("Clinical Reviews in Allergy &amp; Immunology · ")


def test_showing_papers_again_and_again_keeps_python_sound(window):
    # PySide6 6.12.0 on Python 3.11 dropped a reference to None in calls such
    # as QLabel.setText: after about 80 papers shown, the program aborted.
    import sys

    ids = window.library.all_ids()
    before = sys.getrefcount(None)
    for turn in range(200):
        window.select_papers([ids[turn % len(ids)]])
    assert sys.getrefcount(None) - before > -200


def _menu_action(window, text):
    menus = [a.menu() for a in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            elif action.text() == text:
                return action
    raise LookupError(text)


def _state(window):
    """The names each of the window's parts holds: the window, and the objects it
    keeps that are not widgets (its model, undo stack and the parts doing its jobs)."""
    from PySide6.QtCore import QObject, SignalInstance
    from PySide6.QtWidgets import QWidget

    parts = [value for value in vars(window).values()
             if isinstance(value, QObject) and not isinstance(value, QWidget)]
    # (PySide keeps a signal, once used, and the meta-object among an object's names.)
    return {type(part).__name__: {name for name, value in vars(part).items()
                                  if not name.startswith("__") and not isinstance(value, SignalInstance)}
            for part in [window, *parts]}


def test_the_window_and_its_parts_hold_no_name_they_did_not_have_when_made(window, qtbot, tmp_path):
    """What the window holds is read in one place: its constructor (and each part's).
    Importing, the handout windows, the preferences, the paper menu, copying a
    reference and suggesting for several papers leave nothing new behind."""
    from PySide6.QtWidgets import QApplication

    from exodesk.gui.handout_dialog import HandoutDialog
    from exodesk.gui.handout_history import HandoutHistory
    from exodesk.gui.import_report import ImportReport

    from .test_import_and_restart import drag_events

    made = _state(window)

    def shown(kind):
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    seed = tmp_path / "seed.txt"
    seed.write_bytes(SEEDS[0].read_bytes())
    enter, dropped, _mime = drag_events([seed])
    window.dragEnterEvent(enter)
    window.dropEvent(dropped)
    qtbot.waitUntil(lambda: bool(shown(ImportReport)), timeout=20000)
    _menu_action(window, "&New Handout…").trigger()
    qtbot.waitUntil(lambda: bool(shown(HandoutDialog)))
    _menu_action(window, "Handout &History…").trigger()
    qtbot.waitUntil(lambda: bool(shown(HandoutHistory)))
    for dialog in [*shown(ImportReport), *shown(HandoutDialog), *shown(HandoutHistory)]:
        dialog.close()
    _menu_action(window, "Prefere&nces…").trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    QApplication.activeModalWidget().reject()
    window.table.menu_requested.emit(window.model.index(0, 0), window.table.viewport().mapToGlobal(window.table.pos()))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    QApplication.activePopupWidget().close()
    window.table.selectRow(0)
    _menu_action(window, "&Vancouver").trigger()
    assert QApplication.clipboard().text()
    QApplication.clipboard().clear()  # Qt's offscreen platform crashes at exit on a clipboard it still holds
    window.table.selectAll()
    _menu_action(window, "&Suggest from Abstract").trigger()
    qtbot.waitUntil(window.notes_editor.isEnabled, timeout=20000)
    assert _state(window) == made

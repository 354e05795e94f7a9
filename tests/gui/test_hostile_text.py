"""Imported and fetched text is shown as written, never drawn as HTML, and a
field of megabytes is cut for display while the library keeps it whole."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from exodesk.library import Library
from exodesk.model import Author, Notes, Paper

from .conftest import as_read

# Nested tables (each costs Qt a layout pass), a style sheet and a link, as a hostile page's title.
HOSTILE = ("<table><tr><td>" * 40 + "<style>* { font-size: 400px }</style>"
           "<a href='https://example.org/x'>Exosomes <b>heal</b> everything</a>" + "</td></tr></table>" * 40)


def label_as_read(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    return as_read(label.text())


def add(library_path, paper: Paper, notes: Notes | None = None) -> int:
    with Library(library_path, backup=False) as library, library.transaction():
        return library.insert_paper(paper, notes)


def test_hovering_a_hostile_title_shows_its_text_not_its_markup(open_window, demo_path, qtbot):
    paper_id = add(demo_path, Paper(title=HOSTILE, date="2024"))
    window = open_window(demo_path)
    index = window.model.index(window.model.position(paper_id), 0)
    assert window.model.data(index) == HOSTILE[:499] + "…"  # the cell is plain text, cut short
    # Tooltips come to the active window, on a move of the pointer.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    point = window.table.visualRect(index).center()
    QTest.mouseMove(window.table.viewport(), point + QPoint(0, 3))
    QTest.mouseMove(window.table.viewport(), point)
    qtbot.waitUntil(QToolTip.isVisible, timeout=5000)
    assert as_read(QToolTip.text()) == HOSTILE
    # The detail pane's title, too, reads as the source wrote it.
    window.select_papers([paper_id])
    assert label_as_read(window.detail.title) == HOSTILE[:499] + "…"


def test_file_names_and_suggestion_words_are_shown_as_written(open_window, demo_path, qtbot):
    window = open_window(demo_path)
    paper_id = window.current_paper_id()
    window.detail.show_paper(window.library.get(paper_id), files=["<h1>big</h1>.html"])
    assert label_as_read(window.detail.files) == "Read from: <h1>big</h1>.html"
    notes = Notes(study_design="case series", suggested={"study_design": "<img src='x'> <i>we</i> followed"})
    window.notes_editor.show_notes(paper_id, notes)
    assert as_read(window.notes_editor.design.toolTip()) == "Suggested from: <img src='x'> <i>we</i> followed"


def test_a_huge_doi_and_a_crowd_of_authors_are_cut_for_display_and_kept_whole(open_window, demo_path, qtbot):
    doi = "10.1000/" + "9" * 2_000_000
    authors = [Author(f"Family{i}", "Ann") for i in range(100_000)]
    paper_id = add(demo_path, Paper(title="Big fields", doi=doi, authors=authors, date="2024"))
    window = open_window(demo_path)
    window.select_papers([paper_id])
    detail = window.detail
    byline = label_as_read(detail.byline)
    assert byline.startswith("Ann Family0, Ann Family1,") and byline.endswith("and 99,900 more")
    assert len(label_as_read(detail.link_label)) < 200
    editor = detail.editors["doi"]
    assert editor.isReadOnly() and editor.text() == doi[:499] + "…"
    assert as_read(editor.toolTip()) == f"Too long to edit here: {len(doi):,} characters"
    names = detail.editors["authors"]
    assert names.isReadOnly() and as_read(names.toolTip()) == "Too long to edit here: 100,000 entries"
    # Visiting the cut field and leaving it saves nothing: the library keeps the whole value.
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert window.undo_stack.count() == 0
    paper = window.library.get(paper_id)
    assert paper.doi == doi and len(paper.authors) == 100_000


def test_a_look_up_answer_with_markup_is_shown_as_written(qtbot, window):
    from exodesk.gui.completion_dialog import CompletionDialog
    from exodesk.lookup.complete import Change, Completion
    from exodesk.lookup.http import REFUSED, LookupFailed

    title = "<a href='https://example.org'>Exosomes</a> <img src='x'> & wound healing"
    completion = Completion(changes=[Change("title", None, title)], answered=["Crossref"],
                            failures=[LookupFailed(REFUSED, "PubMed", "36518984", "<h1>503</h1> <b>busy</b>")])
    dialog = CompletionDialog(completion, window)
    qtbot.addWidget(dialog)
    item = dialog.list.topLevelItem(0)
    assert item.text(2) == title
    assert as_read(item.toolTip(2)) == title
    assert label_as_read(dialog.notes) == "PubMed answered with an error (<h1>503</h1> <b>busy</b>); try again later."

"""The import report a receptionist acts on: a row per file with its state, the
reason whole, a filter by state, and Show Paper for the papers a row brought in."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from exodesk.library.importing import (
    ALREADY,
    IMPORTED,
    IMPORTED_WITH_GAPS,
    MERGED,
    REFUSED,
    FileResult,
)

from .conftest import shown_ids

# A refusal as an importer words it: its name first, then why (on two lines, as
# a parser's own message may be).
REFUSAL = ("RIS: none of the 3 records could be read (record 1: no TY line before ER;\n"
           "record 2: the file ends inside a record; record 3: ER without a record)")


def results_for(ids: list[int]) -> list[FileResult]:
    folder = Path("/clinic/downloads")
    return [
        FileResult(folder / "pubmed-exosomes.nbib", IMPORTED, importer="medline", paper_ids=[ids[0]]),
        FileResult(folder / "abstract.txt", IMPORTED_WITH_GAPS, "missing: title, authors", importer="seed-text",
                   paper_ids=[ids[1]], warnings=["the citation line gives no journal name"]),
        FileResult(folder / "same-paper.ris", MERGED, importer="ris", paper_ids=[ids[2]]),
        FileResult(folder / "again.nbib", ALREADY, "this exact file was imported before", paper_ids=[ids[3]]),
        FileResult(folder / "broken.ris", REFUSED, REFUSAL, importer="ris"),
    ]


def open_report(window, results):
    from exodesk.gui.import_report import ImportReport

    report = ImportReport(results, parent=window)
    report.show_papers.connect(window.reveal_papers)
    report.show()
    return report


def test_each_state_is_named_and_coloured_and_the_reason_reads_whole(window, qtbot):
    report = open_report(window, results_for(shown_ids(window)))
    qtbot.addWidget(report)
    rows = [report.list.topLevelItem(i) for i in range(5)]
    assert [r.text(1) for r in rows] == ["imported", "imported with gaps", "merged", "already in the library",
                                         "refused"]
    assert rows[1].background(1).color().name() == "#fff1c2"  # amber: look at it
    assert rows[4].background(1).color().name() == "#fde2e1"
    assert report.summary.text() == ("Files: 5 — 1 imported, 1 imported with gaps, 1 merged, "
                                     "1 already in the library, 1 refused")
    # The list's Details holds the whole reason on one line, the box beneath it every line of it.
    assert rows[4].text(2) == REFUSAL.replace("\n", " ")
    report.list.setFocus()
    for _ in range(4):
        qtbot.keyClick(report.list, Qt.Key.Key_Down)
    assert report.details.toPlainText() == "\n".join(["/clinic/downloads/broken.ris", "refused", REFUSAL])
    qtbot.keyClick(report.list, Qt.Key.Key_Up)
    qtbot.keyClick(report.list, Qt.Key.Key_Up)
    qtbot.keyClick(report.list, Qt.Key.Key_Up)
    assert report.details.toPlainText().splitlines()[1:] == [
        f"imported with gaps (#{shown_ids(window)[1]})", "missing: title, authors",
        "the citation line gives no journal name"]


def test_the_filter_narrows_the_report_to_one_state(window, qtbot):
    report = open_report(window, results_for(shown_ids(window)))
    qtbot.addWidget(report)
    combo = report.state_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All files (5)", "imported (1)", "imported with gaps (1)", "merged (1)", "already in the library (1)",
        "refused (1)"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last state: refused
    assert [r.path.name for r in report.shown_results()] == ["broken.ris"]
    assert report.current_result().status == REFUSED
    assert not report.show_button.isEnabled()  # a refused file brought no paper
    report.copy_button.click()
    assert QApplication.clipboard().text().splitlines()[1:] == [
        "/clinic/downloads/broken.ris: refused: " + REFUSAL.replace("\n", " ")]
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert len(report.shown_results()) == 5


def test_show_paper_selects_the_rows_paper_in_the_table_even_behind_a_filter(window, qtbot):
    ids = shown_ids(window)
    report = open_report(window, results_for(ids))
    qtbot.addWidget(report)
    window.search_box.setText("nothing matches this")
    window.apply_search()
    assert window.model.rowCount() == 0
    report.list.setFocus()
    qtbot.keyClick(report.list, Qt.Key.Key_Down)
    qtbot.keyClick(report.list, Qt.Key.Key_Down)  # the merged file
    qtbot.keyClick(report.list, Qt.Key.Key_Return)
    assert window.current_paper_id() == ids[2] and window.selected_ids() == [ids[2]]
    assert window.search_box.text() == "" and window.model.rowCount() == 5
    qtbot.keyClick(report.list, Qt.Key.Key_Up)
    report.show_button.click()
    assert window.selected_ids() == [ids[1]]
    assert window.detail.paper.id == ids[1]

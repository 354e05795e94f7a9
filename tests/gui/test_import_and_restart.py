"""Drops, the import report, a restart that keeps notes and columns, one writer per library."""

import subprocess
import sys

from PySide6.QtCore import QItemSelectionModel, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from exodesk.gui import single_instance
from exodesk.library import Library

from .conftest import BILINGUAL_DOI, SEEDS, paper_with_doi, shown_ids


def drag_events(paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    return QDragEnterEvent(QPoint(20, 20), *args), QDropEvent(QPointF(20, 20), *args), mime


def drop(window, widget, paths):
    """Deliver a drag and drop of files as Qt would to `widget` on the window.

    (QApplication delivers a drop only during a real drag, so the window's
    handlers are called directly: its own, or its filter on a child widget.)
    """
    enter, dropped, _mime = drag_events(paths)
    if widget is window:
        window.dragEnterEvent(enter)
        window.dropEvent(dropped)
        return enter.isAccepted() and dropped.isAccepted()
    return window.imports.eventFilter(widget, enter) and window.imports.eventFilter(widget, dropped)


def test_dropping_seed_files_imports_them_reports_and_selects_them(open_window, tmp_path, qtbot):
    window = open_window(tmp_path / "empty.sqlite")
    assert window.model.rowCount() == 0
    # Anywhere on the window, even a text field that takes drops of its own.
    assert drop(window, window.search_box, SEEDS)
    qtbot.waitUntil(lambda: window.imports.report is not None, timeout=20000)
    report = window.imports.report
    assert report.summary.text() == "Files: 5 — 4 imported, 1 imported with gaps"
    lines = [f"{p}: imported (#{i})" for i, p in enumerate(SEEDS, 1)]
    lines[0] = f"{SEEDS[0]}: imported with gaps (#1): missing: title, authors"  # the seed shows neither
    assert report.text().splitlines()[1:] == lines
    assert [report.list.topLevelItem(i).text(1) for i in range(5)] == ["imported with gaps"] + ["imported"] * 4
    assert window.model.rowCount() == 5
    assert sorted(window.selected_ids()) == [1, 2, 3, 4, 5]

    report.copy_button.click()
    assert QApplication.clipboard().text() == report.text()
    report.close()
    window.imports.report = None
    assert drop(window, window, SEEDS[:1])  # the same file again
    qtbot.waitUntil(lambda: window.imports.report is not None, timeout=20000)
    assert window.imports.report.text().splitlines() == [
        "Files: 1 — 1 already in the library",
        f"{SEEDS[0]}: already in the library (#1): this exact file was imported before",
    ]


def test_a_refused_file_says_why(open_window, tmp_path, qtbot):
    window = open_window(tmp_path / "empty.sqlite")
    picture = tmp_path / "scan.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    window.imports.start([picture])
    qtbot.waitUntil(lambda: window.imports.report is not None, timeout=20000)
    assert window.imports.report.text().splitlines() == [
        "Files: 1 — 1 refused",
        f"{picture}: refused: an image, style or script file, not a paper",
    ]


def test_notes_and_columns_survive_quit_and_reopen(open_window, demo_path, qtbot):
    window = open_window(demo_path)
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.select_papers([paper_id])
    window.notes_editor.free_notes.setFocus()
    qtbot.keyClicks(window.notes_editor.free_notes, "Ask about cost")
    window.columns.show_column(6, False)  # hide Conditions
    window.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    window.close()  # at once: before the autosave pause has passed

    with Library(demo_path) as library:
        assert library.notes(paper_id).free_notes == "Ask about cost"
    again = open_window(demo_path)
    again.select_papers([paper_id])
    assert again.notes_editor.free_notes.toPlainText() == "Ask about cost"
    header = again.table.horizontalHeader()
    assert [header.isSectionHidden(c) for c in range(9)] == [False] * 6 + [True] + [False] * 2
    assert (header.sortIndicatorSection(), again.model.order_by) == (2, "year")
    assert shown_ids(again) == again.library.search_ids("", order_by="year")


def test_a_second_start_hands_its_files_to_the_first(window, demo_path, qtbot):
    name = single_instance.server_name(demo_path)
    server = single_instance.InstanceServer(name, window)
    received = []
    server.files_received.connect(received.append)
    # The second start is another process, as when a person opens ExoDesk twice.
    code = f"from exodesk.gui.single_instance import hand_over; print(hand_over({name!r}, ['/tmp/a.ris']))"
    second = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10000)
    assert (second.stdout.read().strip(), received) == (single_instance.HANDED_OVER, [["/tmp/a.ris"]])


def test_with_nobody_listening_a_start_opens_the_library_itself(tmp_path):
    assert single_instance.hand_over(single_instance.server_name(tmp_path / "x.sqlite"), []) == single_instance.NOBODY


def test_a_read_only_window_changes_nothing(qtbot, demo_path, tmp_path):
    from PySide6.QtCore import QSettings

    from exodesk.gui.main_window import MainWindow
    from exodesk.settings import Settings

    window = MainWindow(Library(demo_path), settings=Settings(), read_only=True,
                        state=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(10)
    assert window.read_only_banner.isVisibleTo(window)
    assert window.windowTitle() == "ExoDesk — demo-library.sqlite (read-only)"
    assert not window.notes_editor.isEnabled()
    assert (window.menu_actions.import_files.isEnabled(), window.menu_actions.delete.isEnabled()) == (False, False)
    window.library.close()


def test_a_large_export_is_selected_counted_and_reported_as_one_run(open_window, tmp_path, qtbot):
    window = open_window(tmp_path / "empty.sqlite")
    entries = [f"@article{{key{n},\n  title = {{Exosome study number {n}}},\n  author = {{Nazari, Hojjatollah}},\n"
               f"  journal = {{Cells}},\n  year = {{2022}},\n  doi = {{10.1000/run.{n}}}\n}}\n" for n in range(1, 2001)]
    path = tmp_path / "export.bib"
    path.write_text("\n".join(entries), encoding="utf-8")

    window.imports.start([path])
    qtbot.waitUntil(lambda: window.imports.report is not None, timeout=60000)

    assert sorted(window.selected_ids()) == list(range(1, 2001))
    assert window.counts.text().endswith("selected: 2,000")
    assert window.imports.report.list.topLevelItem(0).text(2) == "#1-#2000  2000 imported"
    # Control-click one paper out of the selection: the count and the ids follow.
    window.table.selectionModel().select(window.model.index(window.model.position(7), 0),
                                         QItemSelectionModel.SelectionFlag.Deselect
                                         | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(window.selected_ids()) == [i for i in range(1, 2001) if i != 7]
    assert window.counts.text().endswith("selected: 1,999")


def test_the_import_bar_moves_by_files_and_is_a_busy_bar_for_one_file(open_window, tmp_path, qtbot):
    window = open_window(tmp_path / "empty.sqlite")
    window.imports.start(SEEDS)
    window.imports.show_progress(2, 5, str(SEEDS[2]))
    assert (window.imports.progress.maximum(), window.imports.progress.value()) == (5, 2)
    assert window.imports.progress.labelText() == f"Reading 3 of 5: {SEEDS[2].name}"
    window.imports.show_progress(0, 1, str(SEEDS[0]))  # one large export takes seconds: no bar stuck at 0 %
    assert window.imports.progress.maximum() == 0
    qtbot.waitUntil(lambda: window.imports.report is not None, timeout=20000)

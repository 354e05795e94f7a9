"""The main window: search and filters over the papers table, the detail pane
and the evidence notes beside it, imports by drag and drop or File ▸ Import.

It lays the widgets out and wires the parts that do each job: imports,
exports, handouts, suggestions, the online completion, backups, the columns,
the search and the menus (each in its own module), and refreshes its views
when an edit says what it changed.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from exodesk import APP_NAME, __version__
from exodesk.gui.backups import Backups
from exodesk.gui.changes import Change
from exodesk.gui.columns import Columns
from exodesk.gui.commands import MoveToTrash
from exodesk.gui.completing import Completing
from exodesk.gui.detail import DetailPane
from exodesk.gui.exports import Exports
from exodesk.gui.filter_bar import FilterBar
from exodesk.gui.handouts import Handouts
from exodesk.gui.imports import (
    IMPORT_FILTER as IMPORT_FILTER,  # where tests/test_packaging.py looks for it
)
from exodesk.gui.imports import Imports
from exodesk.gui.menus import Actions
from exodesk.gui.notes_editor import NotesEditor
from exodesk.gui.preferences import PreferencesDialog
from exodesk.gui.search_bar import Search, SearchBox
from exodesk.gui.shown import bring_forward
from exodesk.gui.suggestions import Suggestions
from exodesk.gui.table import COLUMNS, PaperTable, PaperTableModel
from exodesk.gui.tasks import Job, Jobs
from exodesk.gui.unsaved import CheckedUndoStack, UnsavedEdits
from exodesk.gui.work import Work
from exodesk.library import Library
from exodesk.library.importing import runs
from exodesk.model import Notes
from exodesk.settings import Settings

if TYPE_CHECKING:
    pass


class MainWindow(QMainWindow):
    def __init__(self, library: Library, *, settings: Settings, state: QSettings, read_only: bool = False):
        super().__init__()
        self.library = library
        self.settings = settings
        self.state = state
        self.read_only = read_only
        self.undo_stack = CheckedUndoStack(self)  # no step written into a library replaced under the window
        self.jobs = Jobs(self)
        self._facets_stale = False
        self.closed = False
        self.preferences: PreferencesDialog | None = None
        self.setWindowTitle(self._title())
        self.setAcceptDrops(True)

        self.model = PaperTableModel(library, self)
        self.table = PaperTable()
        self.table.setObjectName("papers")
        self.columns = Columns(self.table, self.model)
        self.search_box = SearchBox(self.table)
        self.views = QTabBar()
        self.filter_bar = FilterBar()
        self.search = Search(self.search_box, self.views, self.filter_bar)
        self.search.requested.connect(self.apply_search)

        self.detail = DetailPane()
        self.detail.read_only = read_only
        self.detail.traditional.setChecked(bool(settings["show_traditional"]))
        self.detail.traditional_changed.connect(lambda on: self.settings.update(show_traditional=on))
        self.detail.edit_requested.connect(self.edit_paper)
        self.notes_editor = NotesEditor()
        self.notes_editor.read_only = read_only
        self.notes_editor.save_requested.connect(self._save_notes)

        self.work = Work(self)
        self.imports = Imports(self)
        self.exports = Exports(self)
        self.handouts = Handouts(self)
        self.suggestions = Suggestions(self)
        self.completion = Completing(self)
        self.backups = Backups(self)
        self.menu_actions = Actions(self)
        self.detail.complete_requested.connect(self.completion.start)
        # The editor's button is about the paper it shows; the menu's action, the selection.
        self.notes_editor.suggest_requested.connect(lambda: self.suggestions.suggest(current_only=True))
        self.table.menu_requested.connect(self.handouts.show_paper_menu)

        self.read_only_banner = QLabel(self.tr(
            "This library is open in another ExoDesk window that does not answer, so it is "
            "open here read-only: you can read and search, but not change anything."))
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("background: #fde2e1; padding: 6px;")
        self.read_only_banner.setVisible(read_only)
        self.main_splitter, self.lower_splitter = self._lay_out()
        self.counts = QLabel()
        self.statusBar().addWidget(self.counts)
        self.menu_actions.fill_menu_bar()
        self._restore_state()
        self._tab_order()

        self.model.search("", self.filter_bar.filters())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_counts())
        self._update_counts()
        self.imports.watch_drops()
        # Edits the library refuses are kept and tried again; a library replaced or changed elsewhere is seen.
        self.unsaved = UnsavedEdits(self)
        QTimer.singleShot(0, self._after_shown)

    def _lay_out(self) -> tuple[QSplitter, QSplitter]:
        notes_scroll = QScrollArea()
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setWidget(self.notes_editor)
        notes_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        notes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lower = _splitter("lower_splitter", Qt.Orientation.Horizontal, (self.detail, 3), (notes_scroll, 2))
        main = _splitter("main_splitter", Qt.Orientation.Vertical, (self.table, 2), (lower, 3))

        top = QHBoxLayout()
        top.addWidget(self.views)
        top.addWidget(self.search_box, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addWidget(self.read_only_banner)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.search.note_row)
        layout.addWidget(main, 1)
        self.setCentralWidget(central)
        return main, lower

    def _tab_order(self) -> None:
        """Tab goes from the search through the filters to the table, then to
        the notes (the day's work), then to the paper's details."""
        buttons = [self.notes_editor.suggest_button, self.notes_editor.confirm_all]
        notes = [w for w in _focus_chain(self.notes_editor) if w not in buttons] + buttons  # the fields first
        chain = [self.views, self.search_box, *_focus_chain(self.filter_bar), self.table, *notes,
                 *_focus_chain(self.detail)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _where(self) -> str:
        """The library's file, or its server's address without the password."""
        return self.library.shown_location if self.library.shared else str(self.library.path or "")

    def _title(self) -> str:
        name = self.library.shown_location if self.library.shared else Path(self._where()).name
        title = f"{APP_NAME} — {name}" if name else APP_NAME
        return title + (" " + self.tr("(read-only)") if self.read_only else "")

    def _after_shown(self) -> None:
        self.columns.fit_title_column()
        self.refresh_facets()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    # -- the papers shown and chosen -------------------------------------------

    def current_paper_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.paper_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        return [self.model.ids[r] for r in self.selected_rows()]

    def selected_rows(self) -> list[int]:
        """The selected rows, read from the selection's ranges (whole rows, as
        the table selects): selectedRows() asks about every cell, slow for
        thousands of selected papers."""
        selection = self.table.selectionModel().selection()
        rows: set[int] = set()
        for index in range(selection.count()):
            selected = selection.at(index)
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def papers_to_act_on(self) -> list[int]:
        """The selected papers, else the current one."""
        ids = self.selected_ids()
        current = self.current_paper_id()
        return ids or ([current] if current is not None else [])

    def select_papers(self, paper_ids: list[int]) -> None:
        selection = QItemSelection()
        positions = sorted(p for p in (self.model.position(i) for i in paper_ids) if p is not None)
        # One range per run of neighbouring rows: a file's new papers are
        # usually one run, and a range per row is slow for thousands.
        for first, last in runs(positions):
            selection.select(self.model.index(first, 0), self.model.index(last, len(COLUMNS) - 1))
        model = self.table.selectionModel()
        if positions:
            model.setCurrentIndex(self.model.index(positions[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.table.scrollTo(self.model.index(positions[0], 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_paper(self.model.paper_id(current.row()) if current.isValid() else None)

    def show_paper(self, paper_id: int | None) -> None:
        self.menu_actions.complete.setEnabled(False)
        if paper_id is None:
            self.notes_editor.show_notes(None, None)
            self.detail.show_paper(None)
            return
        try:
            paper = self.library.get(paper_id)
        except KeyError:
            return
        self.menu_actions.complete.setEnabled(bool(paper.doi or paper.pmid) and not self.read_only
                                         and not self.search.in_trash())
        files = [f["name"] for f in self.library.original_files(paper_id)]
        self.show_notes(paper_id)
        self.detail.show_paper(paper, files=files, changed_by=self.library.changed_by(paper_id))

    def show_notes(self, paper_id: int) -> None:
        # The version first: notes saved elsewhere in between make a needless
        # conflict at worst, never a save over notes not seen.
        version = self.library.notes_version(paper_id)
        self.notes_editor.show_notes(paper_id, self.library.notes(paper_id), version)

    def apply_search(self) -> None:
        """Run the typed query and filters now (typing calls this after a pause)."""
        self.search.timer.stop()
        keep = self.current_paper_id()
        self.notes_editor.flush()
        self.model.search(self.search_box.text(), self.search.filters())
        trash = self.search.in_trash()
        self.menu_actions.delete.setEnabled(not trash and not self.read_only)
        self.menu_actions.restore.setEnabled(trash and not self.read_only)
        if keep is not None and self.model.position(keep) is not None:
            self.select_papers([keep])
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.show_paper(None)
        self._update_counts()
        self.search.show_note(self.model.rowCount())

    def reveal_papers(self, paper_ids: list[int], *, search_again: bool = False) -> None:
        """Select these papers in the library's table, clearing a search or
        filter that hides them."""
        if self.search.in_trash():
            self.views.setCurrentIndex(0)
        elif search_again:
            self.model.search()
        if any(self.model.position(i) is None for i in paper_ids):
            self.search.clear_quietly()
            self.model.search("", self.filter_bar.filters())
        self.select_papers(paper_ids)
        self._update_counts()
        self.search.show_note(self.model.rowCount())

    def refresh_facets(self) -> None:
        """Refill the filter lists; read on a worker, as it scans the whole library."""
        if self.closed:
            return  # a job started now would outlive the window that waits for its jobs on closing
        if self.jobs.running(Job.FACETS):
            self._facets_stale = True
            return
        from functools import partial

        from exodesk.gui.operations import location_of, read_facets

        self._facets_stale = False
        self.jobs.start(Job.FACETS, partial(read_facets, location_of(self.library)), on_done=self._facets_read)

    def _facets_read(self, facets: dict) -> None:
        self.filter_bar.set_facets(facets)
        if self._facets_stale:
            self.refresh_facets()

    def _update_counts(self) -> None:
        shown = self.model.rowCount()
        if self.search.in_trash():
            text = self.tr("Papers in the trash: %1").replace("%1", f"{shown:,}")
        else:
            text = self.tr("Papers shown: %1 of %2").replace("%1", f"{shown:,}").replace(
                "%2", f"{self.library.count():,}")
        selected = len(self.selected_rows())
        if selected > 1:
            text += " · " + self.tr("selected: %1").replace("%1", f"{selected:,}")
        self.counts.setText(text)

    # -- edits ---------------------------------------------------------------

    def _save_notes(self, paper_id: int, before: Notes, after: Notes) -> None:
        editor = self.notes_editor
        self.unsaved.save_notes(paper_id, before, after, based_on=editor.version if editor.paper_id == paper_id else None)

    def edit_paper(self, paper_id: int, changes: dict) -> None:
        self.unsaved.edit_paper(paper_id, changes)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and not self.search.in_trash() and not self.read_only:
            self.notes_editor.flush()
            self.undo_stack.push(MoveToTrash(self.library, ids, self.changed))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.search.in_trash() and not self.read_only:
            self.undo_stack.push(MoveToTrash(self.library, ids, self.changed, restore=True))

    def undo(self) -> None:
        self.notes_editor.flush()  # what was just typed becomes the step undone
        self.undo_stack.undo()

    def redo(self) -> None:
        self.notes_editor.flush()
        self.undo_stack.redo()

    def changed(self, paper_ids: list[int], change: Change, first_run: bool) -> None:
        """After a command: refresh the rows, the detail pane and the editor that show it."""
        current = self.current_paper_id()
        if change is Change.LIST:
            position = self.table.currentIndex().row()
            self.model.search()
            if self.model.rowCount():
                self.table.selectRow(min(max(position, 0), self.model.rowCount() - 1))
            else:
                self.show_paper(None)
            self._update_counts()
            self.refresh_facets()
            return
        self.model.refresh(paper_ids)
        if current in paper_ids:
            if change is Change.PAPER:
                self.detail.show_paper(self.library.get(current),
                                       files=[f["name"] for f in self.library.original_files(current)],
                                       changed_by=self.library.changed_by(current))
            elif not first_run:
                self.show_notes(current)
        elif not first_run and paper_ids:
            self.select_papers(paper_ids)  # undo brings back into view what it changes
        if change is Change.NOTES:
            self.refresh_facets()

    # -- small dialogs ---------------------------------------------------------

    def show_preferences(self) -> None:
        if bring_forward(self.preferences):
            return
        self.preferences = PreferencesDialog(self.settings, self)
        self.preferences.open()

    def open_shared_library(self) -> MainWindow | None:
        """File ▸ Open Shared Library…: the form, then a window on that library in place of this one."""
        from exodesk.gui.shared_dialog import OpenSharedDialog

        self.notes_editor.flush()
        dialog = OpenSharedDialog(self.settings, self)
        if dialog.exec() != OpenSharedDialog.DialogCode.Accepted or dialog.library is None:
            return None
        self.next_window = MainWindow(dialog.library, settings=self.settings, state=self.state)
        self.save_state()
        self.next_window.show()
        self.close()
        return self.next_window

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About ExoDesk"), self.tr(
            "<h3>ExoDesk %1</h3><p>A reference manager for a clinic: bilingual abstracts, "
            "evidence notes and patient handouts.</p><p>Library: %2</p>")
            .replace("%1", __version__).replace("%2", escape(self._where())))

    def print_paper(self) -> None:
        paper_id = self.current_paper_id()
        if paper_id is None:
            return
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from exodesk.gui.printing import paper_html

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setHtml(paper_html(self.library.get(paper_id), self.library.notes(paper_id)))
            document.print_(printer)

    # -- drops, window state, quitting ------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.imports.drag_entered(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.imports.drag_entered(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.imports.drop(event)

    def _restore_state(self) -> None:
        geometry = self.state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # a QByteArray from QSettings
        else:
            self.resize(1280, 740)
        saved = None
        for splitter in (self.main_splitter, self.lower_splitter):
            saved = self.state.value(f"window/{splitter.objectName()}")
            if saved is not None:
                splitter.restoreState(saved)
        if saved is None:
            self.lower_splitter.setSizes([600, 400])  # the abstracts side by side at 1366 wide
            self.main_splitter.setSizes([260, 440])
        self.columns.restore(self.state.value("table/header"))

    def save_state(self) -> None:
        self.state.setValue("window/geometry", self.saveGeometry())
        for splitter in (self.main_splitter, self.lower_splitter):
            self.state.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        self.state.setValue("table/header", self.table.horizontalHeader().saveState())
        self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.notes_editor.flush()  # nothing typed is lost on quit
        self.closed = True
        self.jobs.stop_all()
        self.save_state()
        super().closeEvent(event)


def _splitter(name: str, orientation: Qt.Orientation, *parts: tuple[QWidget, int]) -> QSplitter:
    """A splitter of these widgets, each with its share of the space."""
    splitter = QSplitter(orientation)
    splitter.setObjectName(name)  # its saved state goes by this name
    for index, (widget, stretch) in enumerate(parts):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch)
    return splitter


def _focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets inside `root` that Tab reaches, in their present order."""
    found: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and widget not in found:
        if root.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found

"""The main window: search and filters over the papers table, the detail pane
and the evidence notes beside it, imports by drag and drop or File ▸ Import.
"""

from __future__ import annotations

from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from exodesk import __version__
from exodesk.gui import shown
from exodesk.gui.commands import CompletePaper, EditNotes, MoveToTrash, SuggestNotes
from exodesk.gui.detail import DetailPane
from exodesk.gui.filter_bar import FilterBar
from exodesk.gui.notes_editor import NotesEditor
from exodesk.gui.table import COLUMNS, PaperTable, PaperTableModel, ShownFilters
from exodesk.gui.tasks import Task, run_task
from exodesk.gui.unsaved import CheckedUndoStack, UnsavedEdits
from exodesk.library import Library
from exodesk.library.importing import IMPORTED, IMPORTED_WITH_GAPS, MERGED, runs
from exodesk.settings import Settings

SEARCH_DELAY_MS = 250
# More references than this are formatted on a worker (about 5 ms each).
FEW_REFERENCES = 20
DEFAULT_SORT = ("added", Qt.SortOrder.DescendingOrder)
# The patterns of Import Files' filter (the words around them are translated).
IMPORT_FILTER = "*.txt *.html *.htm *.xhtml *.mhtml *.mht *.pdf *.ris *.bib *.nbib *.json *.xml"


class SearchBox(QLineEdit):
    """Escape clears the search; Down moves into the table."""

    def __init__(self, table: QTableView, parent=None):
        super().__init__(parent)
        self.table = table

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif event.key() == Qt.Key.Key_Down:
            self.table.setFocus()
            if not self.table.currentIndex().isValid() and self.table.model().rowCount():
                self.table.selectRow(0)
        else:
            super().keyPressEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, library: Library, *, settings: Settings, state: QSettings, read_only: bool = False):
        super().__init__()
        self.library = library
        self.settings = settings
        self.state = state
        self.read_only = read_only
        self.undo_stack = CheckedUndoStack(self)  # no step written into a library replaced under the window
        self.import_task: Task | None = None
        self.work_task: Task | None = None  # suggesting or exporting
        self._facets_task: Task | None = None
        self._backup_task: Task | None = None
        self.lookup_task: Task | None = None
        self.completion_dialog = None
        self.completion_notice = None
        self._facets_stale = False
        self.report = None
        self._queued: list[str] = []
        self.setWindowTitle(self._title())
        self.setAcceptDrops(True)

        self.model = PaperTableModel(library, self)
        self.table = PaperTable()
        self.table.setObjectName("papers")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: fast at 100,000
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._default_widths()
        key, order = DEFAULT_SORT
        header.setSortIndicator([c[1] for c in COLUMNS].index(key), order)

        self.search_box = SearchBox(self.table)
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Search titles, authors, abstracts and notes (English or 中文)"))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.views = QTabBar()
        self.views.addTab(self.tr("Library"))
        self.views.addTab(self.tr("Trash"))
        self.views.setDrawBase(False)
        self.views.currentChanged.connect(lambda _i: self.apply_search())
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.apply_search)

        self.detail = DetailPane()
        self.detail.read_only = read_only
        self.detail.traditional.setChecked(bool(settings["show_traditional"]))
        self.detail.traditional_changed.connect(lambda on: self.settings.update(show_traditional=on))
        self.detail.edit_requested.connect(self.edit_paper)
        self.detail.complete_requested.connect(self.complete_online)
        self.notes_editor = NotesEditor()
        self.notes_editor.read_only = read_only
        self.notes_editor.save_requested.connect(self._save_notes)
        # The editor's button is about the paper it shows; the menu's action, the selection.
        self.notes_editor.suggest_requested.connect(lambda: self.suggest_from_abstract(current_only=True))
        notes_scroll = QScrollArea()
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setWidget(self.notes_editor)
        notes_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        notes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.lower_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.lower_splitter.setObjectName("lower_splitter")
        self.lower_splitter.addWidget(self.detail)
        self.lower_splitter.addWidget(notes_scroll)
        self.lower_splitter.setStretchFactor(0, 3)
        self.lower_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(self.table)
        self.main_splitter.addWidget(self.lower_splitter)
        self.main_splitter.setStretchFactor(0, 2)
        self.main_splitter.setStretchFactor(1, 3)

        top = QHBoxLayout()
        top.addWidget(self.views)
        top.addWidget(self.search_box, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 0)
        self.read_only_banner = QLabel(self.tr(
            "This library is open in another ExoDesk window that does not answer, so it is "
            "open here read-only: you can read and search, but not change anything."))
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet("background: #fde2e1; padding: 6px;")
        self.read_only_banner.setVisible(read_only)
        layout.addWidget(self.read_only_banner)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self._search_note_row())
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

        self.counts = QLabel()
        self.statusBar().addWidget(self.counts)
        self._build_menus()
        self._restore_state()
        self._tab_order()

        sort_key, order = self._sort_from_header()
        self.model.order_by, self.model.descending = sort_key, order == Qt.SortOrder.DescendingOrder
        self.model.search("", self.filter_bar.filters())
        header.sortIndicatorChanged.connect(self._sort)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_counts())
        self._update_counts()
        # A drop anywhere on the window imports, even on a field that takes drops itself.
        for widget in self.findChildren(QWidget):
            if widget.acceptDrops():
                widget.installEventFilter(self)
                if isinstance(widget, QAbstractScrollArea):
                    widget.viewport().installEventFilter(self)
        # Edits the library refuses are kept and tried again; a library replaced or changed elsewhere is seen.
        self.unsaved = UnsavedEdits(self)
        QTimer.singleShot(0, self._after_shown)

    def _search_note_row(self) -> QWidget:
        """Above the table: the names a search was widened to, or, when nothing
        matches, what was searched and a way back to the whole library."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.search_note = shown.plain(QLabel())  # it quotes what was typed
        self.search_note.setWordWrap(True)
        self.search_note.setStyleSheet("color: #555;")
        self.clear_search_button = QPushButton(self.tr("Clear Search and Filters"))
        self.clear_search_button.clicked.connect(self.clear_search)
        line.addWidget(self.search_note, 1)
        line.addWidget(self.clear_search_button)
        self.search_note_row = row
        row.hide()
        return row

    def _show_search_note(self) -> None:
        from exodesk.gui.language import shown_language
        from exodesk.library.search import also_searched

        query = self.search_box.text().strip()
        filtered = self.filter_bar.filters() != ShownFilters()
        lines = []
        names = also_searched(query, shown_language()) if query else []
        if names:
            lines.append(self.tr("Also searched: %1").replace("%1", self.tr(", ").join(names)))
        empty = self.model.rowCount() == 0 and bool(query or filtered)
        if empty:
            typed = shown.elide(query, 80)
            if query and filtered:
                text = self.tr("No paper matches “%1” with the filters chosen.").replace("%1", typed)
            elif query:
                text = self.tr("No paper matches “%1”.").replace("%1", typed)
            else:
                text = self.tr("No paper matches the filters chosen.")
            lines.append(text)
        self.search_note.setText("\n".join(lines))
        self.clear_search_button.setVisible(empty)
        self.search_note_row.setVisible(bool(lines))

    def clear_search(self) -> None:
        """Back to the whole library (or the whole trash): no words, no filters."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.filter_bar.clear()  # searches again
        self.table.setFocus()

    def _tab_order(self) -> None:
        """Tab goes from the search through the filters to the table, then to
        the notes (the day's work), then to the paper's details."""
        buttons = [self.notes_editor.suggest_button, self.notes_editor.confirm_all]
        notes = [w for w in _focus_chain(self.notes_editor) if w not in buttons] + buttons  # the fields first
        chain = [self.views, self.search_box, *_focus_chain(self.filter_bar), self.table, *notes,
                 *_focus_chain(self.detail)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _title(self) -> str:
        name = Path(self.library.path).name if self.library.path else ""
        title = f"ExoDesk — {name}" if name else "ExoDesk"
        return title + (" " + self.tr("(read-only)") if self.read_only else "")

    def _after_shown(self) -> None:
        if getattr(self, "_fit_title", False):
            # First start: the title column takes the width the others leave.
            others = sum(self.table.columnWidth(c) for c in range(1, len(COLUMNS)))
            self.table.setColumnWidth(0, max(250, self.table.viewport().width() - others))
        self.refresh_facets()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    # -- menus ------------------------------------------------------------

    def _action(self, text: str, slot, *, keys=None, fallback: str = "", role=None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if keys is not None:
            sequences = QKeySequence.keyBindings(keys)
            action.setShortcuts(sequences or [QKeySequence(fallback)])
        if role is not None:
            action.setMenuRole(role)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(self.tr("&Import Files…"), self.choose_files,
                                          keys=QKeySequence.StandardKey.Open, fallback="Ctrl+O")
        self.import_folder_action = self._action(self.tr("Import &Folder…"), self.choose_folder)
        self.export_action = self._action(self.tr("&Export…"), self.choose_export,
                                          keys=QKeySequence.StandardKey.SaveAs, fallback="Ctrl+Shift+S")
        self.print_action = self._action(self.tr("&Print Paper…"), self.print_paper,
                                         keys=QKeySequence.StandardKey.Print, fallback="Ctrl+P")
        self.preferences_action = self._action(self.tr("Prefere&nces…"), self.show_preferences,
                                               keys=QKeySequence.StandardKey.Preferences, fallback="Ctrl+,",
                                               role=QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("&Quit"), self.close, keys=QKeySequence.StandardKey.Quit,
                                        fallback="Ctrl+Q", role=QAction.MenuRole.QuitRole)
        self.restore_backup_action = self._action(self.tr("Restore from &Backup…"), self.restore_from_backup)
        self.restore_backup_action.setEnabled(not self.read_only and self.library.path is not None)
        for action in (self.import_action, self.import_folder_action, self.export_action, None,
                       self.print_action, None, self.restore_backup_action, self.preferences_action, None,
                       self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), self.undo, keys=QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, keys=QKeySequence.StandardKey.Redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.find_action = self._action(self.tr("&Find"), self.focus_search, keys=QKeySequence.StandardKey.Find)
        self.delete_action = self._action(self.tr("&Move to Trash"), self.delete_selected,
                                          keys=QKeySequence.StandardKey.Delete)
        # Delete acts on the table only, so it never swallows a Delete typed in a field.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.delete_action)
        self.restore_action = self._action(self.tr("Res&tore from Trash"), self.restore_selected)
        self.confirm_action = self._action(self.tr("Co&nfirm Suggestions"), lambda: self.notes_editor.confirm(None))
        # The one action that goes online, and only when chosen.
        self.complete_action = self._action(self.tr("Com&plete from Crossref / PubMed…"),
                                            lambda: self.complete_online(None))
        self.complete_action.setEnabled(False)
        self.suggest_action = self._action(self.tr("&Suggest from Abstract"), lambda: self.suggest_from_abstract())
        for action in (self.undo_action, self.redo_action, None, self.find_action, None,
                       self.delete_action, self.restore_action, None, self.suggest_action, self.confirm_action,
                       self.complete_action):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        edit_menu.addSeparator()
        cite_menu = edit_menu.addMenu(self.tr("Copy &Citation"))
        self.cite_actions = {}
        for style, text in (("vancouver", self.tr("&Vancouver")), ("apa", self.tr("&APA")), ("ama", self.tr("A&MA"))):
            action = self._action(text, partial(self.copy_citation, style))
            cite_menu.addAction(action)
            self.cite_actions[style] = action
        # The clinic's own style (the handouts') on the usual copy-with-format key.
        self.cite_actions["vancouver"].setShortcut(QKeySequence("Ctrl+Shift+C"))

        view_menu = bar.addMenu(self.tr("&View"))
        group = QActionGroup(self)
        self.view_actions = []
        for index, text in enumerate((self.tr("&Library"), self.tr("&Trash"))):
            action = QAction(text, self, checkable=True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(partial(self.views.setCurrentIndex, index))
            group.addAction(action)
            view_menu.addAction(action)
            self.view_actions.append(action)
        self.view_actions[0].setChecked(True)
        self.views.currentChanged.connect(lambda i: self.view_actions[i].setChecked(True))
        view_menu.addSeparator()
        self.columns_menu = view_menu.addMenu(self.tr("&Columns"))
        self.columns_menu.aboutToShow.connect(lambda: self._fill_columns_menu(self.columns_menu))
        traditional = self.detail.traditional
        self.traditional_action = QAction(traditional.text(), self, checkable=True)
        self.traditional_action.setChecked(traditional.isChecked())
        self.traditional_action.toggled.connect(traditional.setChecked)
        traditional.toggled.connect(self.traditional_action.setChecked)
        view_menu.addAction(self.traditional_action)

        handouts_menu = bar.addMenu(self.tr("Hand&outs"))
        self.handout_action = self._action(self.tr("&New Handout…"), lambda: self.show_handout_dialog())
        self.handout_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.handout_action.setEnabled(not self.read_only)  # a handout made is recorded in the library
        self.handout_history_action = self._action(self.tr("Handout &History…"), self.show_handout_history)
        handouts_menu.addAction(self.handout_action)
        handouts_menu.addAction(self.handout_history_action)
        self.table.menu_requested.connect(self._table_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About ExoDesk"), self.show_about,
                                         role=QAction.MenuRole.AboutRole))

        for action in (self.import_action, self.import_folder_action, self.delete_action,
                       self.restore_action, self.confirm_action, self.suggest_action):
            action.setEnabled(not self.read_only)
        self.restore_action.setEnabled(False)

    # -- the table ---------------------------------------------------------

    def _default_widths(self) -> None:
        widths = {"title": 330, "first_author": 130, "year": 50, "journal": 150, "design": 140,
                  "level": 100, "conditions": 130, "languages": 80, "added": 85}
        for column, (key, _sort, _label) in enumerate(COLUMNS):
            self.table.setColumnWidth(column, widths[key])

    def _header_menu(self, point) -> None:
        menu = QMenu(self)
        self._fill_columns_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(point))

    def _fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(partial(self.show_column, column))
        menu.addSeparator()
        menu.addAction(self.tr("Reset Columns"), self.reset_columns)

    def show_column(self, column: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(column, not shown)

    def reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionHidden(column, False)
            header.moveSection(header.visualIndex(column), column)
        self._default_widths()

    def _sort_from_header(self) -> tuple[str, Qt.SortOrder]:
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        if not 0 <= section < len(COLUMNS):
            key, order = DEFAULT_SORT
            header.setSortIndicator([c[1] for c in COLUMNS].index(key), order)
            section = header.sortIndicatorSection()
        return COLUMNS[section][1], header.sortIndicatorOrder()

    def _sort(self, section: int, order: Qt.SortOrder) -> None:
        self.model.sort(section, order)
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    def current_paper_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.paper_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        return [self.model.ids[r] for r in self.selected_rows()]

    def selected_rows(self) -> list[int]:
        """The selected rows, read from the selection's ranges (whole rows, as
        the table selects): selectedRows() asks about every cell, a second
        for 10,000 selected papers."""
        model = self.table.selectionModel()
        rows: set[int] = set()
        for selected in model.selection() if model else []:
            rows.update(range(selected.top(), selected.bottom() + 1))
        return sorted(rows)

    def select_papers(self, paper_ids: list[int]) -> None:
        selection = QItemSelection()
        positions = sorted(p for p in (self.model.position(i) for i in paper_ids) if p is not None)
        # One range per run of neighbouring rows: a file's new papers are
        # usually one run, and a range per row took a second for 10,000.
        for first, last in runs(positions):
            selection.select(self.model.index(first, 0), self.model.index(last, len(COLUMNS) - 1))
        model = self.table.selectionModel()
        if positions:
            model.setCurrentIndex(self.model.index(positions[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.table.scrollTo(self.model.index(positions[0], 0))

    def _current_changed(self, current, _previous) -> None:
        paper_id = self.model.paper_id(current.row()) if current.isValid() else None
        self.show_paper(paper_id)

    def show_paper(self, paper_id: int | None) -> None:
        self.complete_action.setEnabled(False)
        if paper_id is None:
            self.notes_editor.show_notes(None, None)
            self.detail.show_paper(None)
            return
        try:
            paper = self.library.get(paper_id)
        except KeyError:
            return
        self.complete_action.setEnabled(bool(paper.doi or paper.pmid) and not self.read_only
                                        and not self.in_trash_view())
        files = [f["name"] for f in self.library.original_files(paper_id)]
        self.notes_editor.show_notes(paper_id, self.library.notes(paper_id))
        self.detail.show_paper(paper, files=files)

    # -- search ------------------------------------------------------------

    def in_trash_view(self) -> bool:
        return self.views.currentIndex() == 1

    def apply_search(self) -> None:
        """Run the typed query and filters now (typing calls this after a pause)."""
        self._search_timer.stop()
        keep = self.current_paper_id()
        self.notes_editor.flush()
        self.model.search(self.search_box.text(), self.filter_bar.filters(trash=self.in_trash_view()))
        trash = self.in_trash_view()
        self.delete_action.setEnabled(not trash and not self.read_only)
        self.restore_action.setEnabled(trash and not self.read_only)
        if keep is not None and self.model.position(keep) is not None:
            self.select_papers([keep])
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.show_paper(None)
        self._update_counts()
        self._show_search_note()

    def refresh_facets(self) -> None:
        """Refill the filter lists; read on a worker, as it scans the whole library."""
        if self._facets_task is not None and self._facets_task.running():
            self._facets_stale = True
            return
        from exodesk.gui.operations import read_facets

        self._facets_stale = False
        self._facets_task = run_task(partial(read_facets, self.library.path), parent=self,
                                     on_done=self._facets_read)

    def start_daily_backup(self) -> None:
        """The day's backup of the library, on a worker (a large library takes seconds)."""
        if self.read_only or self.library.path is None:
            return
        from exodesk.gui.operations import daily_backup

        self._backup_task = run_task(partial(daily_backup, self.library.path), parent=self,
                                     on_done=self._daily_backup_done)

    def _daily_backup_done(self, outcome) -> None:
        if outcome.damage:
            shown.show_message(self, QMessageBox.Icon.Warning, self.tr("The library may be damaged"), outcome.damage + "\n\n" + self.tr(
                "No backup was made today. File ▸ Restore from Backup… goes back to an earlier backup."))
        for warning in outcome.warnings:
            self.statusBar().showMessage(warning, 20000)

    def _facets_read(self, facets: dict) -> None:
        self.filter_bar.set_facets(facets)
        if self._facets_stale:
            self.refresh_facets()

    def _update_counts(self) -> None:
        shown = self.model.rowCount()
        if self.in_trash_view():
            text = self.tr("Papers in the trash: %1").replace("%1", f"{shown:,}")
        else:
            text = self.tr("Papers shown: %1 of %2").replace("%1", f"{shown:,}").replace(
                "%2", f"{self.library.count():,}")
        selected = len(self.selected_rows())
        if selected > 1:
            text += " · " + self.tr("selected: %1").replace("%1", f"{selected:,}")
        self.counts.setText(text)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # -- edits ---------------------------------------------------------------

    def _save_notes(self, paper_id: int, before, after) -> None:
        self.unsaved.save_notes(paper_id, before, after)

    def edit_paper(self, paper_id: int, changes: dict) -> None:
        self.unsaved.edit_paper(paper_id, changes)

    def complete_online(self, paper_id: int | None = None) -> None:
        """Ask Crossref / PubMed for the paper's empty fields, on a worker; the
        person then chooses in a dialog what to fill."""
        paper_id = paper_id if paper_id is not None else self.current_paper_id()
        if paper_id is None or self.read_only or (self.lookup_task is not None and self.lookup_task.running()):
            return
        paper = self.library.get(paper_id)
        if not (paper.doi or paper.pmid):
            return
        from exodesk.gui.operations import look_up_online

        self.notes_editor.flush()
        self.complete_action.setEnabled(False)
        self.detail.complete_button.setEnabled(False)
        self.statusBar().showMessage(self.tr("Asking Crossref / PubMed for this paper's missing fields…"))
        self.lookup_task = run_task(partial(look_up_online, paper), parent=self,
                                    on_done=partial(self._looked_up, paper_id),
                                    on_error=lambda message: self._lookup_ended(message))

    def _lookup_ended(self, message: str = "") -> None:
        self.statusBar().clearMessage()
        self.detail.complete_button.setEnabled(True)
        paper = self.detail.paper
        self.complete_action.setEnabled(bool(paper and (paper.doi or paper.pmid)) and not self.in_trash_view())
        if message:
            self._notice(self.tr("The look-up stopped: %s") % message)

    def _looked_up(self, paper_id: int, completion) -> None:
        from exodesk.gui.completion_dialog import CompletionDialog, completion_message

        self._lookup_ended()
        if not completion.changes:
            self._notice(completion_message(completion))
            return
        self.completion_dialog = CompletionDialog(completion, self)
        self.completion_dialog.accepted.connect(
            lambda: self._apply_completion(paper_id, self.completion_dialog.accepted_changes()))
        self.completion_dialog.open()

    def _apply_completion(self, paper_id: int, accepted: list) -> None:
        if accepted:
            self.undo_stack.push(CompletePaper(self.library, paper_id, accepted, self._changed))

    def _notice(self, text: str) -> None:
        self.completion_notice = shown.message(self, QMessageBox.Icon.Information, self.tr("Complete from Crossref / PubMed"), text)
        self.completion_notice.open()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and not self.in_trash_view() and not self.read_only:
            self.notes_editor.flush()
            self.undo_stack.push(MoveToTrash(self.library, ids, self._changed))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.in_trash_view() and not self.read_only:
            self.undo_stack.push(MoveToTrash(self.library, ids, self._changed, restore=True))

    def undo(self) -> None:
        self.notes_editor.flush()  # what was just typed becomes the step undone
        self.undo_stack.undo()

    def redo(self) -> None:
        self.notes_editor.flush()
        self.undo_stack.redo()

    def _changed(self, paper_ids: list[int], what: str, first_run: bool) -> None:
        """After a command: refresh the rows, the detail pane and the editor that show it."""
        current = self.current_paper_id()
        if what == "list":
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
            if what == "paper":
                self.detail.show_paper(self.library.get(current),
                                       files=[f["name"] for f in self.library.original_files(current)])
            elif not first_run:
                self.notes_editor.show_notes(current, self.library.notes(current))
        elif not first_run and paper_ids:
            self.select_papers(paper_ids)  # undo brings back into view what it changes
        if what == "notes":
            self.refresh_facets()

    # -- suggestions ------------------------------------------------------------

    def papers_to_act_on(self) -> list[int]:
        """The selected papers, else the current one."""
        ids = self.selected_ids()
        current = self.current_paper_id()
        return ids or ([current] if current is not None else [])

    def suggest_from_abstract(self, *, current_only: bool = False) -> None:
        """Fill empty note fields from the abstract, marked as suggestions.

        One paper is done at once, as one undo step; several go to a worker
        while the notes editor waits, so nothing typed meets a write from behind.
        """
        current = self.current_paper_id()
        ids = ([current] if current is not None else []) if current_only else self.papers_to_act_on()
        if not ids or self.read_only or self._busy():
            return
        self.notes_editor.flush()
        if len(ids) == 1:
            from exodesk.evidence.suggest import suggest_notes

            (paper_id,) = ids
            before = self.library.notes(paper_id)
            after = suggest_notes(self.library.get(paper_id), before)
            if after == before:
                self._say_nothing_suggested()
                return
            self.undo_stack.push(EditNotes(self.library, paper_id, before, after, self._changed,
                                           label=self.tr("Suggest from abstract")))
            self.notes_editor.show_notes(paper_id, self.library.notes(paper_id))
            return
        from exodesk.gui.operations import suggest_for_papers

        self.notes_editor.waiting = True
        self.notes_editor.setEnabled(False)
        self._start_work(partial(suggest_for_papers, self.library.path, ids),
                         self.tr("Suggesting notes from abstracts…"), self._suggested)

    def _suggested(self, changes: list) -> None:
        self._end_work()
        if not changes:
            self._say_nothing_suggested()
            return
        self.undo_stack.push(SuggestNotes(self.library, changes, self._changed))
        self.statusBar().showMessage(
            self.tr("Papers given suggestions: %1 — check them, then confirm.").replace("%1", f"{len(changes):,}"), 8000)

    def _say_nothing_suggested(self) -> None:
        self.statusBar().showMessage(
            self.tr("Nothing to suggest: the empty fields find no support in the title or abstract."), 8000)

    # -- export and cite -----------------------------------------------------------

    def choose_export(self) -> None:
        from exodesk.export import SUFFIXES
        from exodesk.gui.export_dialog import (
            LIBRARY,
            SELECTION,
            ExportDialog,
            file_filter,
        )

        if self._busy():
            return
        self.notes_editor.flush()
        dialog = ExportDialog(selected=len(self.selected_ids()), shown=self.model.rowCount(),
                              total=self.library.count(), fmt=self.state.value("export/format", "ris"), parent=self)
        self.export_dialog = dialog
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        fmt, scope = dialog.chosen_format(), dialog.scope()
        folder = self.state.value("export/folder", "")
        suggested = str(Path(folder) / f"ExoDesk{SUFFIXES[fmt]}") if folder else f"ExoDesk{SUFFIXES[fmt]}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export papers"), suggested, file_filter(fmt))
        if not path:
            return
        if not path.lower().endswith(SUFFIXES[fmt]):
            path += SUFFIXES[fmt]
        self.state.setValue("export/format", fmt)
        self.state.setValue("export/folder", str(Path(path).parent))
        if scope == SELECTION:
            ids = self.selected_ids()
        elif scope == LIBRARY:
            ids = self.library.all_ids()
        else:
            ids = list(self.model.ids)  # in the order the table shows them
        self.export_to(ids, fmt, Path(path))

    def export_to(self, ids: list[int], fmt: str, path: Path) -> None:
        """Write the papers to a file on a worker; the status bar says when done."""
        from exodesk.gui.operations import export_papers

        self._start_work(partial(export_papers, self.library.path, ids, fmt, path),
                         self.tr("Exporting…"), lambda exported: self._exported(exported, path))

    def _exported(self, exported, path: Path) -> None:
        self._end_work()
        if exported is None:  # cancelled: the old file, if any, is untouched
            return
        self.last_export = path
        self.statusBar().showMessage(
            self.tr("Papers exported: %1 — saved as %2").replace("%1", f"{exported.written:,}")
            .replace("%2", str(path)), 10000)
        if exported.skipped:
            lines = "\n".join(s.line() for s in exported.skipped[:20])
            shown.show_message(self, QMessageBox.Icon.Warning, self.tr("Export"),
                         self.tr("%1 papers were left out of the export:").replace("%1", str(len(exported.skipped)))
                         + "\n" + lines)

    def copy_citation(self, style: str) -> None:
        """The chosen papers' references in a citation style, on the clipboard
        as plain text and as HTML (word processors keep the italics). A few
        are formatted at once; more on a worker, as citeproc takes about 5 ms
        a paper (ten thousand selected papers froze the window for a minute)."""
        ids = self.papers_to_act_on()
        if not ids or self._busy():
            return
        if len(ids) > FEW_REFERENCES:
            from exodesk.gui.operations import format_citations

            self._start_work(partial(format_citations, self.library.path, ids, style),
                             self.tr("Formatting references…"), self._citations_formatted)
            return
        from exodesk.export.cite import formatted

        self._copy_references(*formatted([self.library.get(i) for i in ids], style))

    def _citations_formatted(self, references: tuple[list[str], list[str]]) -> None:
        self._end_work()
        if references[0]:  # (nothing when cancelled)
            self._copy_references(*references)

    def _copy_references(self, text: list[str], html: list[str]) -> None:
        mime = QMimeData()
        mime.setText("\n".join(text))
        mime.setHtml("".join(f"<p>{line}</p>" for line in html))
        QGuiApplication.clipboard().setMimeData(mime)
        self.statusBar().showMessage(self.tr("References copied: %1").replace("%1", f"{len(text):,}"), 5000)

    # -- work on a worker ------------------------------------------------------------

    def _busy(self) -> bool:
        if self.work_task is not None and self.work_task.running():
            self.statusBar().showMessage(self.tr("Please wait: ExoDesk is still working."), 4000)
            return True
        return False

    def _start_work(self, function, label: str, on_done) -> None:
        self.work_progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        self.work_progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.work_progress.setMinimumDuration(500)
        self.work_progress.setAutoClose(False)
        self.work_progress.setAutoReset(False)

        def progressed(index: int, total: int, _what: str) -> None:
            self.work_progress.setMaximum(total)
            self.work_progress.setValue(index)

        def failed(message: str) -> None:
            self._end_work()
            shown.show_message(self, QMessageBox.Icon.Critical, self.tr("ExoDesk"), self.tr("The work stopped: %s") % message)

        self.work_task = run_task(function, parent=self, on_done=on_done, on_progress=progressed, on_error=failed)
        self.work_progress.canceled.connect(self.work_task.cancel)

    def _end_work(self) -> None:
        self.work_progress.close()
        self.notes_editor.waiting = False
        self.notes_editor.setEnabled(self.current_paper_id() is not None and not self.read_only)

    # -- import --------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"), "", self.import_filter())
        if paths:
            self.start_import(paths)

    def import_filter(self) -> str:
        """The file types Import Files offers, named in the interface's language."""
        return (self.tr("Saved pages and references (%1)").replace("%1", IMPORT_FILTER) + ";;"
                + self.tr("All files (*)"))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list) -> None:
        paths = [str(p) for p in paths]
        if not paths:
            return
        if self.read_only:
            QMessageBox.information(self, self.tr("Read-only"), self.tr("This library is open read-only."))
            return
        if self.import_task is not None and self.import_task.running():
            self._queued.extend(paths)  # imported when the running import ends
            return
        from exodesk.gui.operations import import_files

        self.notes_editor.flush()
        self.progress = QProgressDialog(self.tr("Reading files…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setLabel(shown.plain(QLabel()))  # it names each file read
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.import_task = run_task(
            partial(import_files, self.library.path, paths),
            parent=self,
            on_done=self._import_done,
            on_progress=self._import_progress,
            on_error=self._import_failed,
        )
        self.progress.canceled.connect(self.import_task.cancel)

    def _import_progress(self, index: int, total: int, path: str) -> None:
        # One file (a 10,000-record export takes seconds) moves no bar: a busy one.
        self.progress.setMaximum(total if total > 1 else 0)
        self.progress.setValue(index)
        self.progress.setLabelText(self.tr("Reading %1 of %2: %3").replace("%1", str(index + 1))
                                   .replace("%2", str(total)).replace("%3", shown.elide(Path(path).name)))

    def _import_failed(self, message: str) -> None:
        self.progress.close()
        shown.show_message(self, QMessageBox.Icon.Critical, self.tr("Import"), self.tr("The import stopped: %s") % message)
        self._next_import()

    def _import_done(self, results: list) -> None:
        from exodesk.gui.import_report import ImportReport

        cancelled = self.progress.wasCanceled()
        self.progress.close()
        new_ids = sorted({i for r in results if r.status in (IMPORTED, IMPORTED_WITH_GAPS, MERGED)
                          for i in r.paper_ids})
        self.reveal_papers(new_ids, search_again=True)
        self.refresh_facets()
        if self.report is not None:
            self.report.close()
        # Not modal: a person goes back and forth between the report and the papers.
        self.report = ImportReport(results, cancelled=cancelled, parent=self)
        self.report.show_papers.connect(self.reveal_papers)
        self.report.show()
        self._next_import()

    def reveal_papers(self, paper_ids: list[int], *, search_again: bool = False) -> None:
        """Select these papers in the library's table, clearing a search or
        filter that hides them."""
        if self.in_trash_view():
            self.views.setCurrentIndex(0)
        elif search_again:
            self.model.search()
        if any(self.model.position(i) is None for i in paper_ids):
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self.filter_bar.blockSignals(True)
            self.filter_bar.clear()
            self.filter_bar.blockSignals(False)
            self.model.search("", self.filter_bar.filters())
        self.select_papers(paper_ids)
        self._update_counts()
        self._show_search_note()

    def _next_import(self) -> None:
        if self._queued:
            queued, self._queued = self._queued, []
            QTimer.singleShot(0, lambda: self.start_import(queued))

    def receive_files(self, paths: list[str]) -> None:
        """Another start of ExoDesk handed over: come forward and import its files."""
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()
        if paths:
            self.start_import(paths)

    # -- drag and drop -------------------------------------------------------

    @staticmethod
    def _dropped_paths(mime) -> list[str]:
        if mime is None or not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            if self._dropped_paths(event.mimeData()):
                if kind == QEvent.Type.Drop:
                    self.dropEvent(event)
                else:
                    event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event) -> None:
        if self._dropped_paths(event.mimeData()) and not self.read_only:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = self._dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.start_import(paths))

    # -- dialogs ---------------------------------------------------------------

    def restore_from_backup(self, *, choose=None, restart=None) -> bool:
        """Put a backup in the library's place, then start again on it.

        `choose` (tests) picks the backup instead of the dialog; `restart`
        replaces relaunching the program."""
        from exodesk.gui.restore_dialog import RestoreDialog, restore_chosen
        from exodesk.library.backup import BackupError

        path = self.library.path
        if choose is None:
            dialog = RestoreDialog(path, parent=self)
            if dialog.exec() != RestoreDialog.DialogCode.Accepted:
                return False
            chosen = dialog.chosen()
        else:
            chosen = choose()
        if chosen is None:
            return False
        self.notes_editor.flush()
        self.library.close()
        try:
            aside = restore_chosen(path, chosen)
        except BackupError as error:
            shown.show_message(self, QMessageBox.Icon.Critical, self.tr("Restore from Backup"), str(error))
            from exodesk.library import Library

            self.library = Library(path, backup=False)
            return False
        shown.show_message(
            self, QMessageBox.Icon.Information, self.tr("Restore from Backup"),
            self.tr("The library was restored from {0}. The replaced library was kept as {1}. "
                    "ExoDesk now starts again on the restored library.").format(chosen.name, aside))
        (restart or _restart_program)()
        self.close()
        return True

    def _raise_open(self, name: str) -> bool:
        """Bring forward the dialog already open under this attribute, if any:
        a second Ctrl+Shift+H raises the handout window instead of opening another."""
        dialog = getattr(self, name, None)
        if dialog is None or not dialog.isVisible():
            return False
        dialog.showNormal() if dialog.isMinimized() else dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return True

    def show_preferences(self) -> None:
        from exodesk.gui.preferences import PreferencesDialog

        if self._raise_open("preferences"):
            return
        self.preferences = PreferencesDialog(self.settings, self)
        self.preferences.open()

    def _table_menu(self, index, point) -> None:
        """Right-click a paper (or press the menu key): a handout for each
        condition its notes (or, where they name none, ExoDesk's suggestions)
        link it to."""
        from exodesk.evidence import vocabulary
        from exodesk.evidence.suggest import suggest_notes

        paper_id = self.model.paper_id(index.row())
        menu = getattr(self, "table_menu", None)
        if paper_id is None or (menu is not None and menu.isVisible() and self.table_menu_paper == paper_id):
            return
        menu = QMenu(self)
        linked = suggest_notes(self.library.get(paper_id), self.library.notes(paper_id)).conditions
        for condition_id in [] if self.read_only else linked:
            try:
                condition = vocabulary.by_id(condition_id)
            except KeyError:
                continue
            menu.addAction(self.tr("Handout for %1…").replace("%1", f"{condition.en} — {condition.zh_hant}"),
                           partial(self.show_handout_dialog, condition_id))
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(self.handout_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.addAction(self.restore_action)
        self.table_menu = menu
        self.table_menu_paper = paper_id
        menu.popup(point)

    def show_handout_dialog(self, condition_id: str | None = None) -> None:
        from exodesk.gui.handout_dialog import HandoutDialog

        self.notes_editor.flush()  # the sheet uses the notes as just typed
        if self._raise_open("handout_dialog"):
            if condition_id:
                self.handout_dialog.choose_condition(condition_id)
            return
        self.handout_dialog = HandoutDialog(self.library, self.settings, self, condition_id=condition_id)
        self.handout_dialog.show()

    def show_handout_history(self) -> None:
        from exodesk.gui.handout_history import HandoutHistory

        if self._raise_open("handout_history"):
            self.handout_history.refresh()  # a sheet made since is listed
            return
        self.handout_history = HandoutHistory(self.library, self)
        self.handout_history.show()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About ExoDesk"), self.tr(
            "<h3>ExoDesk %1</h3><p>A reference manager for a clinic: bilingual abstracts, "
            "evidence notes and patient handouts.</p><p>Library: %2</p>")
            .replace("%1", __version__).replace("%2", escape(str(self.library.path or ""))))

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

    # -- window state ------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 740)
        for splitter in (self.main_splitter, self.lower_splitter):
            saved = self.state.value(f"window/{splitter.objectName()}")
            if saved is not None:
                splitter.restoreState(saved)
        if saved is None:
            self.lower_splitter.setSizes([600, 400])  # the abstracts side by side at 1366 wide
            self.main_splitter.setSizes([260, 440])
        saved = self.state.value("table/header")
        if saved is not None:
            self.table.horizontalHeader().restoreState(saved)
        else:
            self._fit_title = True

    def save_state(self) -> None:
        self.state.setValue("window/geometry", self.saveGeometry())
        for splitter in (self.main_splitter, self.lower_splitter):
            self.state.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        self.state.setValue("table/header", self.table.horizontalHeader().saveState())
        self.state.sync()

    def closeEvent(self, event) -> None:
        self.notes_editor.flush()  # nothing typed is lost on quit
        for task in (self.import_task, self._facets_task, self._backup_task, self.lookup_task, self.work_task):
            if task is not None and task.running():
                task.cancel()
                task.wait()
        self.save_state()
        super().closeEvent(event)


def _focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets inside `root` that Tab reaches, in their present order."""
    found = []
    widget = root.nextInFocusChain()
    while widget is not root and widget not in found:
        if root.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _restart_program() -> None:
    """Start ExoDesk again with the same arguments (a frozen app or python -m)."""
    import sys

    from PySide6.QtCore import QProcess

    command = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
    QProcess.startDetached(command[0], command[1:])

"""The search as a person meets it: the box searched as they type (after a
pause), the Library / Trash tabs, the filter bar, and the line above the table
naming what a search was widened to or why nothing matches."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QWidget,
)

from exodesk.gui import shown
from exodesk.gui.filter_bar import FilterBar
from exodesk.gui.table import ShownFilters

SEARCH_DELAY_MS = 250


class SearchBox(QLineEdit):
    """Escape clears the search; Down moves into the table."""

    def __init__(self, table: QTableView, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif event.key() == Qt.Key.Key_Down:
            self.table.setFocus()
            if not self.table.currentIndex().isValid() and self.table.model().rowCount():
                self.table.selectRow(0)
        else:
            super().keyPressEvent(event)


class Search(QObject):
    """Wires the box, the tabs and the filter bar; `requested` asks the window to search now."""

    requested = Signal()

    def __init__(self, box: SearchBox, views: QTabBar, filter_bar: FilterBar):
        super().__init__(box)
        self.box, self.views, self.filter_bar = box, views, filter_bar
        box.setObjectName("search")
        box.setClearButtonEnabled(True)
        box.setPlaceholderText(self.tr("Search titles, authors, abstracts and notes (English or 中文)"))
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.requested)
        box.textChanged.connect(self.timer.start)
        views.addTab(self.tr("Library"))
        views.addTab(self.tr("Trash"))
        views.setDrawBase(False)
        views.currentChanged.connect(lambda _i: self.requested.emit())
        filter_bar.changed.connect(self.requested)

        self.note_row = QWidget()
        line = QHBoxLayout(self.note_row)
        line.setContentsMargins(0, 0, 0, 0)
        self.note = shown.plain(shown.side_note())  # it quotes what was typed
        self.clear_button = QPushButton(self.tr("Clear Search and Filters"))
        self.clear_button.clicked.connect(self.clear)
        line.addWidget(self.note, 1)
        line.addWidget(self.clear_button)
        self.note_row.hide()

    def in_trash(self) -> bool:
        return self.views.currentIndex() == 1

    def filters(self) -> ShownFilters:
        return self.filter_bar.filters(trash=self.in_trash())

    def clear(self) -> None:
        """Back to the whole library (or the whole trash): no words, no filters."""
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self.filter_bar.clear()  # searches again
        self.box.table.setFocus()

    def clear_quietly(self) -> None:
        """No words, no filters, and no search run: the caller searches."""
        for widget in (self.box, self.filter_bar):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)

    def focus(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def show_note(self, papers_shown: int) -> None:
        """Above the table: the names a search was widened to, or, when nothing
        matches, what was searched and a way back to the whole library."""
        from exodesk.gui.language import shown_language
        from exodesk.library.search import also_searched

        query = self.box.text().strip()
        filtered = self.filter_bar.filters() != ShownFilters()
        lines = []
        names = also_searched(query, shown_language()) if query else []
        if names:
            lines.append(self.tr("Also searched: %1").replace("%1", self.tr(", ").join(names)))
        empty = papers_shown == 0 and bool(query or filtered)
        if empty:
            typed = shown.elide(query, 80)
            if query and filtered:
                text = self.tr("No paper matches “%1” with the filters chosen.").replace("%1", typed)
            elif query:
                text = self.tr("No paper matches “%1”.").replace("%1", typed)
            else:
                text = self.tr("No paper matches the filters chosen.")
            lines.append(text)
        self.note.setText("\n".join(lines))
        self.clear_button.setVisible(empty)
        self.note_row.setVisible(bool(lines))

"""The papers table: a model holding only the ids of one search.

Rows are read from the library in blocks when the view first asks for them
and cached by id, so a 100,000-paper library opens at once and scrolls
smoothly (the shape of Anki's browser table). Sorting asks the library for
the ids in the new order; nothing is sorted in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QContextMenuEvent, QFont
from PySide6.QtWidgets import QTableView

from exodesk.gui.conditions import condition_name
from exodesk.gui.core_words import design_name, level_name
from exodesk.gui.shown import elide, proper_case, tooltip
from exodesk.library import Filters, Library, columns

# (row key, library sort key, header) in the default order, from the
# library's declaration (library/columns.py); headers translated in this context.
COLUMNS = tuple((c.name, c.name, c.label) for c in columns.SHOWN)

@dataclass
class ShownFilters(Filters):
    """The library's filters, with a study design that goes by several labels in the notes."""

    designs: tuple[str, ...] = ()


# The model's (invisible) root: the parent of every row.
_TOP = QModelIndex()
# How many rows one trip to the database fetches: a screenful and more.
BLOCK = 200
# Past this many cached rows the cache starts again (memory stays small).
CACHE_LIMIT = 20_000

# Written in Traditional characters, which readers of either script recognise.
LANGUAGE_LABELS = {"en": "EN", "zh-Hans": "中文(簡)", "zh-Hant": "中文(繁)"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PaperTable", text)


def _display(show: str, value) -> str:
    """A stored value as the table shows it, by its column's display rule."""
    if show == columns.TITLE:
        return value or _tr("(no title)")
    if value in (None, ""):
        return ""
    if show == columns.LANGUAGES:
        return ", ".join(LANGUAGE_LABELS.get(v, v) for v in value.split(",") if v)
    if show == columns.CONDITIONS:  # stored as ids, shown by name in the interface's language
        return _tr(", ").join(condition_name(v) for v in value.split(",") if v)
    if show == columns.DAY:
        return value[:10]
    if show == columns.NAME:
        return proper_case(str(value))
    if show == columns.DESIGN:
        return design_name(value)
    if show == columns.LEVEL:
        return level_name(value)
    return str(value)


class PaperTableModel(QAbstractTableModel):
    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.ids: list[int] = []
        self._cache: dict[int, dict] = {}
        self._positions: dict[int, int] | None = None
        self.query = ""
        self.filters = Filters()
        self.order_by = "added"
        self.descending = True

    # -- what the view asks -------------------------------------------

    def rowCount(self, parent=_TOP) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=_TOP) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS) and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][2])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.ids)):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return None
        row = self._row(index.row())
        column = columns.SHOWN[index.column()]
        missing_title = column.show == columns.TITLE and not row.get(column.name)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#8a8a8a") if missing_title else None
        if role == Qt.ItemDataRole.FontRole:
            if missing_title:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        text = _display(column.show, row.get(column.name))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(text) if column.tooltip and text else None
        return elide(text)

    def _row(self, position: int) -> dict:
        paper_id = self.ids[position]
        if paper_id not in self._cache:
            if len(self._cache) > CACHE_LIMIT:
                self._cache.clear()
            start = max(0, position - BLOCK // 4)
            block = [i for i in self.ids[start : start + BLOCK] if i not in self._cache]
            self._cache.update(self.library.rows(block))
        return self._cache.get(paper_id, {})

    # -- what the window asks -----------------------------------------

    def search(self, query: str | None = None, filters: Filters | None = None) -> None:
        """Show the papers matching a query and filters (None keeps the current one)."""
        if query is not None:
            self.query = query
        if filters is not None:
            self.filters = filters
        self.beginResetModel()
        self.ids = self._search_ids()
        self._cache.clear()
        self._positions = None
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.order_by = COLUMNS[column][1]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        kept = [(index, self.ids[index.row()]) for index in self.persistentIndexList()]
        self.ids = self._search_ids()
        self._positions = None
        # Selections and the current row follow their papers to the new places.
        for index, paper_id in kept:
            position = self.position(paper_id)
            new = self.index(position, index.column()) if position is not None else QModelIndex()
            self.changePersistentIndex(index, new)
        self.layoutChanged.emit()

    def _search_ids(self) -> list[int]:
        filters = Filters(**{f.name: getattr(self.filters, f.name) for f in fields(Filters)})
        labels = getattr(self.filters, "designs", ())
        if len(labels) < 2:
            return self.library.search_ids(self.query, filters, order_by=self.order_by, descending=self.descending)
        # One design under several labels (the notes may say "phase I clinical
        # trial (single arm)" or "single-arm trial"): the papers with any of them.
        wanted: set[int] = set()
        for label in labels:
            wanted.update(self.library.search_ids("", replace(filters, design=label)))
        ordered = self.library.search_ids(self.query, replace(filters, design=""), order_by=self.order_by,
                                          descending=self.descending)
        return [i for i in ordered if i in wanted]

    def paper_id(self, position: int) -> int | None:
        return self.ids[position] if 0 <= position < len(self.ids) else None

    def position(self, paper_id: int) -> int | None:
        if self._positions is None:
            self._positions = {pid: i for i, pid in enumerate(self.ids)}
        return self._positions.get(paper_id)

    def refresh(self, paper_ids: list[int]) -> None:
        """Re-read these papers' rows after an edit."""
        for paper_id in paper_ids:
            self._cache.pop(paper_id, None)
            position = self.position(paper_id)
            if position is not None:
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))


class PaperTable(QTableView):
    """The papers table as the keyboard meets it: arrows move in it, Tab leaves
    it, and the menu key opens the menu of the current paper, where it is."""

    # (index, global position): the paper a menu is for, and where to show it.
    menu_requested = Signal(QModelIndex, QPoint)

    def __init__(self, parent=None):
        super().__init__(parent)
        # Tab moving cell by cell changed the chosen paper in silence and never left the table.
        self.setTabKeyNavigation(False)

    def default_widths(self) -> None:
        """Each column at its declared width (library/columns.py)."""
        for number, column in enumerate(columns.SHOWN):
            self.setColumnWidth(number, column.width)

    def contextMenuEvent(self, event) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid():
                self.menu_requested.emit(index, event.globalPos())
        else:
            self._menu_for_current()

    def keyPressEvent(self, event) -> None:
        # Not every platform turns these keys into a context-menu event; the
        # window opens one menu when one does as well.
        menu_key = event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)
        if menu_key:
            self._menu_for_current()
        else:
            super().keyPressEvent(event)

    def _menu_for_current(self) -> None:
        """The menu of the current paper, not of the one under the pointer."""
        index = self.currentIndex()
        if not index.isValid():
            return
        self.scrollTo(index)
        rect = self.visualRect(index)
        self.menu_requested.emit(index, self.viewport().mapToGlobal(QPoint(rect.left() + 8, rect.bottom())))

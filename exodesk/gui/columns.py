"""The papers table's columns as a person arranges them: widths, which are
shown (View ▸ Columns or a right-click on the header), their order, and the
sort chosen by clicking a header."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu

from exodesk.gui.table import COLUMNS, PaperTable, PaperTableModel

DEFAULT_SORT = ("added", Qt.SortOrder.DescendingOrder)


class Columns(QObject):
    def __init__(self, table: PaperTable, model: PaperTableModel):
        super().__init__(table)
        self.table, self.model = table, model
        self.fit_title = False  # on a first start, once the window has its size
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: fast at 100,000
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.default_widths()
        key, order = DEFAULT_SORT
        header.setSortIndicator([c[1] for c in COLUMNS].index(key), order)

    def default_widths(self) -> None:
        self.table.default_widths()

    def restore(self, saved: object) -> None:
        """The header as the person left it, then sort the model as it says."""
        if saved is not None:
            self.table.horizontalHeader().restoreState(saved)  # type: ignore[arg-type]  # a QByteArray from QSettings
        else:
            self.fit_title = True
        sort_key, order = self._sort_from_header()
        self.model.order_by, self.model.descending = sort_key, order == Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort)

    def fit_title_column(self) -> None:
        """First start: the title column takes the width the others leave."""
        if self.fit_title:
            others = sum(self.table.columnWidth(c) for c in range(1, len(COLUMNS)))
            self.table.setColumnWidth(0, max(250, self.table.viewport().width() - others))

    def _header_menu(self, point: QPoint) -> None:
        menu = QMenu(self.table)
        self.fill_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(point))

    def fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(partial(self.show_column, column))
        menu.addSeparator()
        menu.addAction(self.tr("Reset Columns"), self.reset)

    def show_column(self, column: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # keep at least one column
        header.setSectionHidden(column, not shown)

    def reset(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionHidden(column, False)
            header.moveSection(header.visualIndex(column), column)
        self.default_widths()

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

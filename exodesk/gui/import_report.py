"""The report after an import: one row per file with what became of it and why.

A receptionist can narrow the list to one state (the refused files, say),
read each file's reason whole beneath the list, copy the report, and go to
the paper a row brought in with "Show Paper" (or Enter, or a double-click).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from exodesk.gui.language import shown_language
from exodesk.gui.shown import BLOCK, elide, plain, tooltip
from exodesk.library.importing import (
    ALREADY,
    IMPORTED,
    IMPORTED_WITH_GAPS,
    MERGED,
    REFUSED,
    FileResult,
    id_runs,
)

# The states in the order a person reads them, each with its colour (amber: look at it).
STATES = (IMPORTED, IMPORTED_WITH_GAPS, MERGED, ALREADY, REFUSED)
STATUS_COLOURS = {IMPORTED: "#1e7b34", IMPORTED_WITH_GAPS: "#a35c00", MERGED: "#1f5fa8", ALREADY: "#666666",
                  REFUSED: "#b03a2e"}
STATUS_FILLS = {IMPORTED_WITH_GAPS: "#fff1c2", REFUSED: "#fde2e1"}
INDEX_ROLE = Qt.ItemDataRole.UserRole


def status_label(status: str) -> str:
    labels = {
        IMPORTED: QCoreApplication.translate("ImportReport", "imported"),
        IMPORTED_WITH_GAPS: QCoreApplication.translate("ImportReport", "imported with gaps"),
        MERGED: QCoreApplication.translate("ImportReport", "merged"),
        ALREADY: QCoreApplication.translate("ImportReport", "already in the library"),
        REFUSED: QCoreApplication.translate("ImportReport", "refused"),
    }
    return labels.get(status, status)


class ImportReport(QDialog):
    # The papers a row brought in: the window selects them in its table.
    show_papers = Signal(list)

    def __init__(self, results: list[FileResult], *, cancelled: bool = False, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.results = results
        counts = {s: sum(1 for r in results if r.status == s) for s in _states(results)}
        summary = self.tr(", ").join(f"{n:,} {status_label(s)}" for s, n in counts.items() if n) \
            or self.tr("nothing imported")
        text = self.tr("Files: %1 — %2").replace("%1", f"{len(results):,}").replace("%2", summary)
        if cancelled:
            text += " — " + self.tr("cancelled before the end")
        if shown_language() != "en" and any(r.reason or r.warnings for r in results):
            # The reasons come from the importers, which write them in English.
            text += "\n" + self.tr("The details of each file are given in English.")
        self.summary = plain(QLabel(text))
        self.summary.setWordWrap(True)

        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All files (%1)").replace("%1", f"{len(results):,}"), "")
        for status, count in counts.items():
            if count:
                self.state_filter.addItem(f"{status_label(status)} ({count:,})", status)
        self.state_filter.currentIndexChanged.connect(self._filter)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.state_filter)

        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Details")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)  # fast with thousands of files
        for index, result in enumerate(results):
            self.list.addTopLevelItem(self._item(index, result))
        for column in (0, 1):
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, min(self.list.columnWidth(column), 280))
        self.list.currentItemChanged.connect(lambda *_: self._current_changed())
        self.list.itemActivated.connect(lambda *_: self.show_paper())

        # The chosen file's whole story: path, state, papers, reason, warnings.
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = QPushButton(self.tr("Show &Paper"))
        self.show_button.setToolTip(self.tr("Select in the library the papers this file brought in"))
        self.show_button.clicked.connect(self.show_paper)
        self.copy_button = QPushButton(self.tr("&Copy Report"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(show_label)
        top.addWidget(self.state_filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(860, 460)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._current_changed()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _item(self, index: int, result: FileResult) -> QTreeWidgetItem:
        details = result.reason
        if result.paper_ids:
            details = id_runs(result.paper_ids) + ("  " + details if details else "")
        # One line in the list (a line break would hide the rest); whole beneath it.
        item = QTreeWidgetItem([elide(_one_line(result.path.name)), status_label(result.status),
                                elide(_one_line(details), BLOCK)])
        item.setData(0, INDEX_ROLE, index)
        item.setToolTip(0, tooltip(str(result.path)))
        item.setToolTip(2, tooltip("\n".join([details, *result.warnings]).strip()))
        item.setForeground(1, QColor(STATUS_COLOURS.get(result.status, "#000000")))
        if result.status in STATUS_FILLS:
            item.setBackground(1, QColor(STATUS_FILLS[result.status]))
        return item

    # -- the rows ------------------------------------------------------------

    def current_result(self) -> FileResult | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return self.results[item.data(0, INDEX_ROLE)]

    def shown_results(self) -> list[FileResult]:
        """The results the list shows now (all, or those of the chosen state)."""
        return [self.results[row] for row, item in enumerate(self._items()) if not item.isHidden()]

    def _items(self) -> list[QTreeWidgetItem]:
        """The list's rows, one for each result, in the results' order."""
        items = [self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount())]
        return [item for item in items if item is not None]

    def _filter(self) -> None:
        wanted = self.state_filter.currentData()
        first = None
        for item, result in zip(self._items(), self.results, strict=True):
            item.setHidden(bool(wanted) and result.status != wanted)
            if first is None and not item.isHidden():
                first = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first is not None:
            self.list.setCurrentItem(first)
        self._current_changed()

    def _current_changed(self) -> None:
        result = self.current_result()
        self.show_button.setEnabled(bool(result and result.paper_ids))
        if result is None:
            self.details.clear()
            return
        lines = [str(result.path), status_label(result.status)
                 + (f" ({id_runs(result.paper_ids)})" if result.paper_ids else "")]
        lines += [elide(result.reason, BLOCK)] if result.reason else []
        lines += [elide(w, BLOCK) for w in result.warnings]
        self.details.setPlainText("\n".join(lines))

    def show_paper(self) -> None:
        result = self.current_result()
        if result is not None and result.paper_ids:
            self.show_papers.emit(list(result.paper_ids))

    # -- copying -------------------------------------------------------------

    def text(self) -> str:
        """The report as plain lines, as the Copy button puts it on the clipboard."""
        return "\n".join([self.summary.text(), *(_line(r) for r in self.shown_results())])

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def _states(results: list[FileResult]) -> list[str]:
    """The known states in reading order, then any other a result holds."""
    return [*STATES, *dict.fromkeys(r.status for r in results if r.status not in STATES)]


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines())


def _line(result: FileResult) -> str:
    """FileResult.line() with the status word in the interface's language, on one line."""
    text = f"{result.path}: {status_label(result.status)}"
    if result.paper_ids:
        text += f" ({id_runs(result.paper_ids)})"
    return _one_line(text + (f": {result.reason}" if result.reason else ""))

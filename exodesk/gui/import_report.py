"""The report after an import: one line per file, which a person can copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from exodesk.gui.language import shown_language
from exodesk.library.importing import ALREADY, IMPORTED, MERGED, REFUSED, FileResult, id_runs

STATUS_COLOURS = {IMPORTED: "#1e7b34", MERGED: "#1f5fa8", ALREADY: "#666666", REFUSED: "#b03a2e"}


def status_label(status: str) -> str:
    labels = {
        IMPORTED: QCoreApplication.translate("ImportReport", "imported"),
        MERGED: QCoreApplication.translate("ImportReport", "merged"),
        ALREADY: QCoreApplication.translate("ImportReport", "already in the library"),
        REFUSED: QCoreApplication.translate("ImportReport", "refused"),
    }
    return labels.get(status, status)


class ImportReport(QDialog):
    def __init__(self, results: list[FileResult], *, cancelled: bool = False, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.results = results
        counts: dict[str, int] = {}
        for result in results:
            counts[result.status] = counts.get(result.status, 0) + 1
        summary = self.tr(", ").join(f"{n} {status_label(s)}" for s, n in counts.items()) or self.tr("nothing imported")
        text = self.tr("Files: %1 — %2").replace("%1", str(len(results))).replace("%2", summary)
        if cancelled:
            text += " — " + self.tr("cancelled before the end")
        if shown_language() != "en" and any(r.reason or r.warnings for r in results):
            # The reasons come from the importers, which write them in English.
            text += "\n" + self.tr("The details of each file are given in English.")
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Details")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        for result in results:
            details = result.reason
            if result.paper_ids:
                details = id_runs(result.paper_ids) + ("  " + details if details else "")
            item = QTreeWidgetItem([result.path.name, status_label(result.status), details])
            item.setToolTip(0, str(result.path))
            item.setToolTip(2, "\n".join([details, *result.warnings]).strip())
            item.setForeground(1, QColor(STATUS_COLOURS.get(result.status, "#000000")))
            self.list.addTopLevelItem(item)
        for column in (0, 1):
            self.list.resizeColumnToContents(column)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """The report as plain lines, as the Copy button puts it on the clipboard."""
        return "\n".join([self.summary.text(), *(_line(r) for r in self.results)])

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def _line(result: FileResult) -> str:
    """FileResult.line() with the status word in the interface's language."""
    text = f"{result.path}: {status_label(result.status)}"
    if result.paper_ids:
        text += f" ({id_runs(result.paper_ids)})"
    return text + (f": {result.reason}" if result.reason else "")

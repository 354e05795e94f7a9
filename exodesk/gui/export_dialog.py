"""File ▸ Export…: which papers, which format; the window writes the file.

The formats offered, and their file filters, are exodesk/formats.py's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
)

from exodesk.formats import DEFAULT_FORMAT, EXPORT_FORMATS

SELECTION, SHOWN, LIBRARY = "selection", "shown", "library"


def file_filter(fmt: str) -> str:
    """The save dialog's filter for a format: "BibTeX (*.bib)"."""
    declared = EXPORT_FORMATS[fmt]
    return f"{declared.title} (*{declared.suffix})"


class ExportDialog(QDialog):
    def __init__(self, *, selected: int, shown: int, total: int, fmt: str = DEFAULT_FORMAT, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.scopes = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        texts = {
            SELECTION: self.tr("Selected papers (%1)").replace("%1", f"{selected:,}"),
            SHOWN: self.tr("Papers shown by the search and filters (%1)").replace("%1", f"{shown:,}"),
            LIBRARY: self.tr("The whole library (%1)").replace("%1", f"{total:,}"),
        }
        counts = {SELECTION: selected, SHOWN: shown, LIBRARY: total}
        scope_box = QVBoxLayout()
        for scope, text in texts.items():
            button = QRadioButton(text)
            button.setEnabled(counts[scope] > 0)
            self.scopes.addButton(button)
            self.scope_buttons[scope] = button
            scope_box.addWidget(button)
        # What the person is looking at: papers they picked out (one selected
        # row is only the current one), else what a search narrows to, else all.
        if selected > 1:
            first = SELECTION
        elif 0 < shown < total:
            first = SHOWN
        else:
            first = LIBRARY
        self.scope_buttons[first].setChecked(True)

        self.format = QComboBox()
        for name, declared in EXPORT_FORMATS.items():
            self.format.addItem(QCoreApplication.translate("ExportDialog", declared.label), name)
        self.format.setCurrentIndex(max(self.format.findData(fmt), 0))

        form = QFormLayout()
        form.addRow(self.tr("Papers"), scope_box)
        form.addRow(self.tr("Format"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def scope(self) -> str:
        return next(s for s, b in self.scope_buttons.items() if b.isChecked())

    def chosen_format(self) -> str:
        return self.format.currentData()

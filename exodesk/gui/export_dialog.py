"""File ▸ Export…: which papers, which format; the window writes the file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
)

from exodesk.export import SUFFIXES

SELECTION, SHOWN, LIBRARY = "selection", "shown", "library"


def file_filter(fmt: str) -> str:
    names = {"ris": "RIS", "bibtex": "BibTeX", "csl-json": "CSL-JSON", "csv": "CSV"}
    return f"{names[fmt]} (*{SUFFIXES[fmt]})"


class ExportDialog(QDialog):
    def __init__(self, *, selected: int, shown: int, total: int, fmt: str = "ris", parent=None):
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
        labels = {
            "ris": self.tr("RIS — EndNote, Zotero, Mendeley, Reference Manager"),
            "bibtex": self.tr("BibTeX — LaTeX, JabRef"),
            "csl-json": self.tr("CSL-JSON — Zotero, citation processors"),
            "csv": self.tr("CSV — Excel and other spreadsheets (UTF-8, Chinese kept)"),
        }
        for key, label in labels.items():
            self.format.addItem(label, key)
        self.format.setCurrentIndex(max(self.format.findData(fmt), 0))

        form = QFormLayout()
        form.addRow(self.tr("Papers"), scope_box)
        form.addRow(self.tr("Format"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def scope(self) -> str:
        return next(s for s, b in self.scope_buttons.items() if b.isChecked())

    def chosen_format(self) -> str:
        return self.format.currentData()

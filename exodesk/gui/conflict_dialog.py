"""Two people changed the same notes: both versions side by side, and a choice.

A save based on notes that someone else saved since is refused by the library
(NotesConflict). The person then sees their notes and the stored ones, field
by field where they differ, and keeps theirs or takes the stored ones; the
dialog cannot be dismissed without a choice, so nothing is overwritten or
dropped unseen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exodesk.gui import core_words
from exodesk.gui.conditions import condition_name
from exodesk.gui.core_words import field_label
from exodesk.gui.shown import plain
from exodesk.model import Notes

KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"


def differences(theirs: Notes, mine: Notes) -> list[tuple[str, str, str]]:
    """(field, theirs, mine) as a person reads them, for each field the two hold differently."""
    a, b = theirs.to_dict(), mine.to_dict()
    return [(name, _text(name, a[name]), _text(name, b[name])) for name in a
            if name not in ("updated", "suggested") and a[name] != b[name]]


# Values the notes keep as codes, shown by name as the notes editor shows them.
_NAMES = {"study_design": core_words.design_name, "evidence_level": core_words.level_label,
          "direction": core_words.direction_name, "conditions": condition_name}


def _text(name: str, value) -> str:
    shown = _NAMES.get(name, str)
    if isinstance(value, list):
        return "; ".join(shown(v) for v in value)
    return "" if value is None or value == "" else shown(value)


class NotesConflictDialog(QDialog):
    def __init__(self, title: str, theirs: Notes, mine: Notes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notes changed on another workstation"))
        self.choice: str | None = None
        intro = plain(QLabel(self.tr(
            "Someone else saved the notes of “%1” while you were editing them. Both versions are "
            "below; choose the one to keep. Nothing is saved until you choose.").replace("%1", title)))
        intro.setWordWrap(True)

        rows = differences(theirs, mine)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Theirs (saved)"), self.tr("Mine (not saved)")])
        for row, (name, their_text, my_text) in enumerate(rows):
            for column, text in enumerate((field_label(name), their_text, my_text)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

        buttons = QDialogButtonBox()
        self.keep_mine = buttons.addButton(self.tr("Keep Mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_theirs = buttons.addButton(self.tr("Take Theirs"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_mine.setToolTip(self.tr("Save my notes in place of theirs"))
        self.take_theirs.setToolTip(self.tr("Drop my changes and show their notes"))
        self.keep_mine.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.take_theirs.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        self.keep_mine.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        """Escape does nothing: the person must choose one version."""

    def ask(self) -> str | None:
        """KEEP_MINE or TAKE_THEIRS; None if the dialog was closed some other way."""
        self.exec()
        return self.choice

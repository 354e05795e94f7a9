"""Restore the library from one of its backups: from the File menu, or when the
library cannot be opened because it is damaged.

The restore itself is the core's (library/backup.py): the backup is checked
first and the current file is set aside in the backups folder, never deleted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from exodesk.gui.shown import plain
from exodesk.library import backup


class RestoreDialog(QDialog):
    """Lists the library's backups, newest first; `chosen()` is the one picked."""

    def __init__(self, library_path: Path, *, reason: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.library_path = Path(library_path)
        layout = QVBoxLayout(self)
        if reason:
            problem = plain(QLabel(self.tr("ExoDesk cannot open your library:") + f"\n{reason}"))
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #a61b1b;")
            layout.addWidget(problem)
        intro = QLabel(self.tr(
            "Choose a backup to put in the library's place. The library as it is now "
            "is kept in the backups folder, so nothing is lost."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        for found in backup.list_backups(self.library_path):
            size = found.path.stat().st_size / 1048576
            label = f"{found.made:%Y-%m-%d %H:%M}   {found.path.name}   ({size:.1f} MB)"
            if "before-restore" in found.path.name:
                label += "   " + self.tr("(set aside by an earlier restore)")
            item = QListWidgetItem(label)
            item.setData(256, str(found.path))
            self.list.addItem(item)
        layout.addWidget(self.list)
        self.empty = QLabel(self.tr("There are no backups of this library yet."))
        self.empty.setVisible(self.list.count() == 0)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        if self.list.count():
            self.list.setCurrentRow(0)
        self.resize(620, 360)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(256)) if item else None


def restore_chosen(library_path: Path, chosen: Path) -> str:
    """Restore and say, in a sentence, where the replaced file went."""
    aside = backup.restore(library_path, chosen)
    return aside.name

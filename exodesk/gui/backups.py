"""The library's backups from the window: the day's backup on a worker at
start, and File ▸ Restore from Backup…, which starts ExoDesk again on the
restored library."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess
from PySide6.QtWidgets import QMessageBox

from exodesk.gui import shown
from exodesk.gui.tasks import Job

if TYPE_CHECKING:
    from exodesk.gui.main_window import MainWindow
    from exodesk.gui.operations import BackupOutcome


class Backups(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def start_daily(self) -> None:
        """The day's backup of the library, on a worker (a large library takes seconds)."""
        window = self.window
        if window.read_only or window.library.path is None:
            return  # a shared library is kept by its server's own backups (pg_dump), not a file's
        from exodesk.gui.operations import daily_backup

        window.jobs.start(Job.BACKUP, partial(daily_backup, window.library.path), on_done=self._daily_done)

    def _daily_done(self, outcome: BackupOutcome) -> None:
        if outcome.damage:
            shown.show_message(self.window, QMessageBox.Icon.Warning, self.tr("The library may be damaged"),
                               outcome.damage + "\n\n" + self.tr(
                                   "No backup was made today. File ▸ Restore from Backup… goes back to an earlier backup."))
        for warning in outcome.warnings:
            self.window.statusBar().showMessage(warning, 20000)

    def restore(self, *, choose: Callable[[], Path | None] | None = None,
                restart: Callable[[], None] | None = None) -> bool:
        """Put a backup in the library's place, then start again on it.

        `choose` (tests) picks the backup instead of the dialog; `restart`
        replaces relaunching the program."""
        from exodesk.gui.restore_dialog import RestoreDialog, restore_chosen
        from exodesk.library.backup import BackupError

        window = self.window
        path = window.library.path
        if window.library.shared:
            shown.show_message(window, QMessageBox.Icon.Information, self.tr("Restore from Backup"), self.tr(
                "A shared library is restored on its server, from the server's backups (pg_dump), "
                "by the person who keeps the server: restoring a file backup does not apply to it."))
            return False
        if path is None:
            return False
        if choose is None:
            dialog = RestoreDialog(path, parent=window)
            if dialog.exec() != RestoreDialog.DialogCode.Accepted:
                return False
            chosen = dialog.chosen()
        else:
            chosen = choose()
        if chosen is None:
            return False
        window.notes_editor.flush()
        window.library.close()
        try:
            aside = restore_chosen(path, chosen)
        except BackupError as error:
            shown.show_message(window, QMessageBox.Icon.Critical, self.tr("Restore from Backup"), str(error))
            from exodesk.library.locations import open_library

            window.library = open_library(path, backup=False)
            return False
        shown.show_message(
            window, QMessageBox.Icon.Information, self.tr("Restore from Backup"),
            self.tr("The library was restored from {0}. The replaced library was kept as {1}. "
                    "ExoDesk now starts again on the restored library.").format(chosen.name, aside))
        (restart or _restart_program)()
        window.close()
        return True


def _restart_program() -> None:
    """Start ExoDesk again with the same arguments (a frozen app or python -m)."""
    command = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
    QProcess.startDetached(command[0], command[1:])

"""Work a person waits for (suggesting notes, exporting, formatting
references): one at a time, on a worker, under a progress dialog they can cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from exodesk.gui import shown
from exodesk.gui.tasks import Job, progress_dialog

if TYPE_CHECKING:
    from exodesk.gui.main_window import MainWindow


class Work(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.progress: QProgressDialog | None = None

    def busy(self) -> bool:
        """Whether work is running (the status bar then asks to wait)."""
        if self.window.jobs.running(Job.WORK):
            self.window.statusBar().showMessage(self.tr("Please wait: ExoDesk is still working."), 4000)
            return True
        return False

    def start(self, function: Callable[..., Any], label: str, on_done: Callable[[Any], None]) -> None:
        """Run `function` on a worker; `on_done` gets its result and calls end()."""
        progress = self.progress = progress_dialog(label, title="", parent=self.window, delay_ms=500)

        def progressed(index: int, total: int, _what: str) -> None:
            progress.setMaximum(total)
            progress.setValue(index)

        def failed(message: str) -> None:
            self.end()
            shown.show_message(self.window, QMessageBox.Icon.Critical, self.tr("ExoDesk"),
                               self.tr("The work stopped: %s") % message)

        task = self.window.jobs.start(Job.WORK, function, on_done=on_done, on_progress=progressed, on_error=failed)
        progress.canceled.connect(task.cancel)

    def end(self) -> None:
        if self.progress is not None:
            self.progress.close()
        editor = self.window.notes_editor
        editor.waiting = False
        editor.setEnabled(self.window.current_paper_id() is not None and not self.window.read_only)

"""Complete from Crossref / PubMed: the one action that goes online, and only
when chosen. The look-up runs on a worker; the person then chooses in a
dialog which of the paper's empty fields to fill."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from exodesk.gui import shown
from exodesk.gui.commands import CompletePaper
from exodesk.gui.tasks import Job

if TYPE_CHECKING:
    from exodesk.gui.completion_dialog import CompletionDialog
    from exodesk.gui.main_window import MainWindow
    from exodesk.lookup import Completion


class Completing(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.dialog: CompletionDialog | None = None
        self.notice: QMessageBox | None = None

    def start(self, paper_id: int | None = None) -> None:
        """Look up this paper (or the current one) on a worker."""
        window = self.window
        paper_id = paper_id if paper_id is not None else window.current_paper_id()
        if paper_id is None or window.read_only or window.jobs.running(Job.LOOKUP):
            return
        paper = window.library.get(paper_id)
        if not (paper.doi or paper.pmid):
            return
        from exodesk.gui.operations import look_up_online

        window.notes_editor.flush()
        window.menu_actions.complete.setEnabled(False)
        window.detail.complete_button.setEnabled(False)
        window.statusBar().showMessage(self.tr("Asking Crossref / PubMed for this paper's missing fields…"))
        window.jobs.start(Job.LOOKUP, partial(look_up_online, paper), on_done=partial(self._looked_up, paper_id),
                          on_error=self._ended)

    def _ended(self, message: str = "") -> None:
        window = self.window
        window.statusBar().clearMessage()
        window.detail.complete_button.setEnabled(True)
        paper = window.detail.paper
        window.menu_actions.complete.setEnabled(bool(paper and (paper.doi or paper.pmid)) and not window.search.in_trash())
        if message:
            self._tell(self.tr("The look-up stopped: %s") % message)

    def _looked_up(self, paper_id: int, completion: Completion) -> None:
        from exodesk.gui.completion_dialog import CompletionDialog, completion_message

        self._ended()
        if not completion.changes:
            self._tell(completion_message(completion))
            return
        dialog = self.dialog = CompletionDialog(completion, self.window)
        dialog.accepted.connect(lambda: self._apply(paper_id, dialog.accepted_changes()))
        dialog.open()

    def _apply(self, paper_id: int, accepted: list) -> None:
        if accepted:
            window = self.window
            window.undo_stack.push(CompletePaper(window.library, paper_id, accepted, window.changed))

    def _tell(self, text: str) -> None:
        self.notice = shown.message(self.window, QMessageBox.Icon.Information,
                                    self.tr("Complete from Crossref / PubMed"), text)
        self.notice.open()

"""Suggest from Abstract: empty note fields filled from the title and
abstract, marked as suggestions until a person confirms them."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from exodesk.gui.commands import EditNotes, SuggestNotes
from exodesk.model import Notes

if TYPE_CHECKING:
    from exodesk.gui.main_window import MainWindow


class Suggestions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def suggest(self, *, current_only: bool = False) -> None:
        """Suggest for the selected papers (or, from the editor's button, the one it shows).

        One paper is done at once, as one undo step; several go to a worker
        while the notes editor waits, so nothing typed meets a write from behind.
        """
        window = self.window
        current = window.current_paper_id()
        ids = ([current] if current is not None else []) if current_only else window.papers_to_act_on()
        if not ids or window.read_only or window.work.busy():
            return
        window.notes_editor.flush()
        if len(ids) == 1:
            from exodesk.evidence.suggest import suggest_notes

            (paper_id,) = ids
            before = window.library.notes(paper_id)
            after = suggest_notes(window.library.get(paper_id), before)
            if after == before:
                self._say_nothing_suggested()
                return
            window.undo_stack.push(EditNotes(window.library, paper_id, before, after, window.changed,
                                             label=self.tr("Suggest from abstract")))
            window.show_notes(paper_id)  # with their new version: the next edit is based on it
            return
        from exodesk.gui.operations import location_of, suggest_for_papers

        window.notes_editor.waiting = True
        window.notes_editor.setEnabled(False)
        window.work.start(partial(suggest_for_papers, location_of(window.library), ids),
                          self.tr("Suggesting notes from abstracts…"), self._suggested)

    def _suggested(self, changes: list[tuple[int, Notes, Notes]]) -> None:
        window = self.window
        window.work.end()
        if not changes:
            self._say_nothing_suggested()
            return
        window.undo_stack.push(SuggestNotes(window.library, changes, window.changed))
        window.statusBar().showMessage(
            self.tr("Papers given suggestions: %1 — check them, then confirm.").replace("%1", f"{len(changes):,}"), 8000)

    def _say_nothing_suggested(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("Nothing to suggest: the empty fields find no support in the title or abstract."), 8000)

"""Undoable changes to the library: one QUndoCommand per kind of edit.

Each command does its work through the library and then calls `changed`
so the window refreshes what shows it. On the first run the widget that made
the change already shows the new value, so `changed` is told not to reload
the editor (that would move the cursor under the person's fingers).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from exodesk.gui.changes import Change, Changed
from exodesk.library import Library
from exodesk.model import Notes

NOTES_MERGE_ID = 1


class EditNotes(QUndoCommand):
    """`based_on`: the notes' version the person edited; the first save is
    refused (NotesConflict) if someone else saved them since. `version` is
    the notes' version after the last save."""

    def __init__(self, library: Library, paper_id: int, before: Notes, after: Notes,
                 changed: Changed, *, label: str = "", based_on: int | None = None):
        super().__init__(label or QCoreApplication.translate("Commands", "Edit notes"))
        self.library, self.paper_id, self.changed = library, paper_id, changed
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)
        self.fields = _changed_fields(before, after)
        self.based_on = based_on
        self.version: int | None = None
        self._first = True

    def id(self) -> int:
        return NOTES_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing in one field makes one undo step, not one per pause.
        if not isinstance(other, EditNotes) or other.paper_id != self.paper_id:
            return False
        if other.fields != self.fields or other.fields & {"suggested"}:
            return False
        self.after, self.version = other.after, other.version
        return True

    def redo(self) -> None:
        # Undo and redo are the person's own steps back and forth: not checked again.
        based_on = self.based_on if self._first else None
        self.version = self.library.save_notes(self.paper_id, copy.deepcopy(self.after), based_on=based_on)
        self.changed([self.paper_id], Change.NOTES, self._first)
        self._first = False

    def undo(self) -> None:
        self.version = self.library.save_notes(self.paper_id, copy.deepcopy(self.before))
        self.changed([self.paper_id], Change.NOTES, False)


class EditPaper(QUndoCommand):
    """A person's edit of metadata fields; undo puts back the whole earlier record."""

    def __init__(self, library: Library, paper_id: int, changes: dict, changed: Changed, *, label: str = ""):
        super().__init__(label or QCoreApplication.translate("Commands", "Edit %s") % ", ".join(changes))
        self.library, self.paper_id, self.changed = library, paper_id, changed
        self.changes = changes
        self.before = library.get(paper_id)
        self._first = True

    def _apply(self) -> None:
        self.library.edit_paper(self.paper_id, copy.deepcopy(self.changes))

    def _put_back(self) -> None:
        # The same record each time: safe to run again whole after a lost connection.
        with self.library.transaction():
            self.library.replace_paper(self.paper_id, copy.deepcopy(self.before))

    def redo(self) -> None:
        self._apply()
        self.changed([self.paper_id], Change.PAPER, self._first)
        self._first = False

    def undo(self) -> None:
        self.library.run_whole(self._put_back)
        self.changed([self.paper_id], Change.PAPER, False)


class CompletePaper(EditPaper):
    """Accepted fields from Crossref / PubMed: filled with the service as their
    source (not as a person's edit); undo puts back the earlier record."""

    def __init__(self, library: Library, paper_id: int, accepted: list, changed: Changed):
        super().__init__(library, paper_id, {c.field: c.proposed for c in accepted}, changed,
                         label=QCoreApplication.translate("Commands", "Complete from Crossref / PubMed"))
        self.accepted = copy.deepcopy(accepted)

    def _apply(self) -> None:
        from exodesk.library.completion import apply_completion

        apply_completion(self.library, self.paper_id, copy.deepcopy(self.accepted))


class MoveToTrash(QUndoCommand):
    def __init__(self, library: Library, paper_ids: list[int], changed: Changed, *, restore: bool = False):
        if restore:
            super().__init__(QCoreApplication.translate("Commands", "Restore from trash"))
        else:
            super().__init__(QCoreApplication.translate("Commands", "Move to trash"))
        self.library, self.paper_ids, self.changed, self.restore = library, list(paper_ids), changed, restore

    def _apply(self, to_trash: bool) -> None:
        if to_trash:
            self.library.move_to_trash(self.paper_ids)
        else:
            self.library.restore_from_trash(self.paper_ids)
        self.changed(self.paper_ids, Change.LIST, False)

    def redo(self) -> None:
        self._apply(not self.restore)

    def undo(self) -> None:
        self._apply(self.restore)


def _changed_fields(before: Notes, after: Notes) -> frozenset[str]:
    a, b = before.to_dict(), after.to_dict()
    return frozenset(k for k in a if k != "updated" and a[k] != b[k])


class SuggestNotes(QUndoCommand):
    """Suggestions written for several papers on a worker: one undo step.

    The worker has already saved them, so the first redo only refreshes.
    """

    def __init__(self, library: Library, changes: list[tuple[int, Notes, Notes]], changed: Changed):
        super().__init__(QCoreApplication.translate("Commands", "Suggest from abstract"))
        self.library, self.changed = library, changed
        self.changes = copy.deepcopy(changes)
        self._first = True

    def _save(self, which: int) -> None:
        def save() -> None:  # the same notes each time: safe to run again whole
            with self.library.transaction():
                for change in self.changes:
                    self.library.save_notes(change[0], copy.deepcopy(change[which]))

        self.library.run_whole(save)

    def redo(self) -> None:
        if not self._first:
            self._save(2)
        self._first = False
        self.changed([c[0] for c in self.changes], Change.NOTES, False)

    def undo(self) -> None:
        self._save(1)
        self.changed([c[0] for c in self.changes], Change.NOTES, False)

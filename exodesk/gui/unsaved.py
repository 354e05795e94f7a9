"""No silent loss: edits that cannot be saved, and a library changed under the window.

A notes or field edit the library refuses (locked by another program, a full
disk, a read-only folder) stays in its editor, is kept in the journal beside
the library (library/journal.py) and is tried again: every few seconds, after
the next save that works and at the next start. The window says plainly what
is not saved yet and why.

Before each write, and every moment or two, the window checks that the file
at the library's path is still the one it opened: `exodesk restore` moves the
file aside and puts a backup in its place, and a connection opened before
would go on writing into the file set aside. A replaced library is opened
again and the edits not yet in it are applied to it; a write asked for in the
meantime is refused, saying why. Writes by another process (`exodesk import`)
refresh the table.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import sqlite3
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from exodesk.gui import conflict_dialog, shown
from exodesk.gui.commands import EditNotes, EditPaper
from exodesk.gui.tasks import Job
from exodesk.library.journal import NOTES, PAPER, Journal
from exodesk.library.store import Library, NotesConflict
from exodesk.library.watch import LibraryWatch, file_identity
from exodesk.model import Notes

# What a save may meet that is no bug: the library or its disk refusing the write.
SAVE_ERRORS = (sqlite3.Error, OSError)
CHECK_MS = 1500
RETRY_MS = 4000
# How long a save waits for another program's write to end before the edit is
# kept for later: the window must not freeze while an import holds the library
# (the library's own wait is 10 s). A retry from the timer waits less.
SAVE_WAIT_MS = 1000
RETRY_WAIT_MS = 250
UNSAVED_STYLE = "background: #fde2e1; color: #7a1712; padding: 2px 6px;"


class _Guarded(QUndoCommand):
    """A command whose failed write is reported to `failed` instead of raising:
    it is then dropped from the undo stack (obsolete), as it changed nothing."""

    library: Library

    def __init__(self, *args, failed, **kwargs):
        super().__init__(*args, **kwargs)
        self.failed = failed

    def _guard(self, step) -> None:
        refused: tuple[type[Exception], ...] = (*SAVE_ERRORS, *self.library.database_errors, NotesConflict)
        try:
            step()
        except refused as error:
            self.setObsolete(True)
            self.failed(error)

    def redo(self) -> None:
        self._guard(super().redo)

    def undo(self) -> None:
        self._guard(super().undo)

    def mergeWith(self, other) -> bool:
        return not other.isObsolete() and super().mergeWith(other)


class GuardedEditNotes(_Guarded, EditNotes):
    pass


class GuardedEditPaper(_Guarded, EditPaper):
    def id(self) -> int:
        return PAPER_MERGE_ID

    def mergeWith(self, other) -> bool:
        # Autosaves while typing in one field make one undo step.
        if (other.isObsolete() or not isinstance(other, GuardedEditPaper)
                or other.paper_id != self.paper_id or set(other.changes) != set(self.changes)):
            return False
        self.changes = other.changes
        return True


PAPER_MERGE_ID = 2


class CheckedUndoStack(QUndoStack):
    """The window's undo stack: a step is done only when `allowed()` says the library may be written."""

    allowed = staticmethod(lambda: True)

    def push(self, command) -> None:
        if self.allowed():
            super().push(command)

    def undo(self) -> None:
        if self.allowed():
            super().undo()

    def redo(self) -> None:
        if self.allowed():
            super().redo()


class UnsavedEdits(QObject):
    """Saves the window's notes and field edits, keeping what cannot be saved yet."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.journal = journal_for(window.library)
        self.watch = watch_for(window.library)
        self.refusal = ""  # why nothing can be written now (a replaced library that cannot be opened)
        self._lost = False  # the replaced library is closed and the new one not open yet
        self._busy = False
        self._errors: list[Exception] | None = None  # what the save being pushed met
        # paper id -> the notes' version an edit not saved yet was based on
        self._bases: dict[int, int | None] = {}
        self.banner = shown.plain(QLabel())  # it quotes the library's refusal and file names
        self.banner.setObjectName("unsaved_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(UNSAVED_STYLE)
        self.show_button = QPushButton(self.tr("Show…"))
        self.show_button.setToolTip(self.tr("What is not saved yet: try again now, or discard it"))
        self.show_button.clicked.connect(self.show_edits)
        window.statusBar().addPermanentWidget(self.banner, 1)
        window.statusBar().addPermanentWidget(self.show_button)
        window.undo_stack.allowed = self.may_write
        window.notes_editor.pending = self.pending_notes
        window.notes_editor.flushing.connect(window.detail.flush)
        window.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_state())
        window.installEventFilter(self)
        self.check_timer = QTimer(self, interval=CHECK_MS)
        self.check_timer.timeout.connect(self.check)
        self.check_timer.start()
        self.retry_timer = QTimer(self, interval=RETRY_MS)
        self.retry_timer.timeout.connect(lambda: self.retry(wait_ms=RETRY_WAIT_MS))
        if self.journal.set_aside is not None:
            QTimer.singleShot(0, self._say_journal_unreadable)
        QTimer.singleShot(0, lambda: self.retry(wait_ms=RETRY_WAIT_MS))  # edits kept at an earlier start
        self.show_state()

    # -- saving ------------------------------------------------------------

    def save_notes(self, paper_id: int, before: Notes, after: Notes, *, based_on: int | None = None) -> bool:
        """Save the notes typed, refused if someone else saved them since `based_on` (then the person chooses)."""
        names = [n for n, v in after.to_dict().items() if n != "updated" and v != getattr(before, n)]
        values = {n: getattr(after, n) for n in names}
        return self._save(NOTES, paper_id, values, partial(GuardedEditNotes, paper_id=paper_id, before=before,
                                                           after=after, based_on=based_on))

    def edit_paper(self, paper_id: int, changes: dict) -> None:
        self._save(PAPER, paper_id, changes, partial(GuardedEditPaper, paper_id=paper_id, changes=changes))

    def _save(self, kind: str, paper_id: int, values: dict, command, *, wait_ms: int = SAVE_WAIT_MS) -> bool:
        """Push the edit as an undo step; keep it in the journal if the library refuses it.

        `command(library=, changed=, failed=)` makes the undo step."""
        if not self.may_write(quiet=True):
            self._keep(kind, paper_id, values, self.refusal or self.tr(
                "the library file was replaced by another program; ExoDesk is opening it again"))
            return False
        errors: list[Exception] = []
        self._errors = errors
        step: Any = None  # not made when the library cannot even be read
        try:
            step = command(library=self.window.library, changed=self.window.changed, failed=self._failed)
            with self.window.library.waiting(wait_ms / 1000):
                self.window.undo_stack.push(step)
        except self.window.library.database_errors as error:  # the server gone before the step began
            errors.append(error)
        finally:
            self._errors = None
        if errors and isinstance(errors[0], NotesConflict):
            return self._conflicted(errors[0], step)
        if errors:
            if kind == NOTES:
                # The next try is checked against the version this edit was based on.
                self._bases.setdefault(paper_id, getattr(step, "based_on", None))
            self._keep(kind, paper_id, values, why_not_saved(errors[0]))
            return False
        if kind == NOTES:
            self._bases.pop(paper_id, None)
            if self.window.notes_editor.paper_id == paper_id:
                self.window.notes_editor.version = step.version
        self.journal.forget(kind, paper_id, values)
        if self.journal.entries and not self._busy:
            QTimer.singleShot(0, self.retry)  # the library takes writes again
        self.show_state()
        return True

    def _conflicted(self, conflict: NotesConflict, step: EditNotes) -> bool:
        """Someone else saved these notes since: the person sees both and chooses."""
        window, paper_id = self.window, conflict.paper_id
        mine = step.after
        title = window.library.get(paper_id).title or f"#{paper_id}"
        choice = conflict_dialog.NotesConflictDialog(title, conflict.theirs, mine, window).ask()
        if choice is None:  # not chosen: kept unsaved, and asked again at the next try
            self._bases.setdefault(paper_id, step.based_on)
            self._keep(NOTES, paper_id, {n: getattr(mine, n) for n in step.fields},
                       self.tr("someone else changed these notes; choose which to keep"))
            return False
        self.journal.discard(NOTES, paper_id)
        self._bases.pop(paper_id, None)
        if choice == conflict_dialog.KEEP_MINE:
            return self.save_notes(paper_id, conflict.theirs, mine, based_on=conflict.version)
        assert choice == conflict_dialog.TAKE_THEIRS
        window.model.refresh([paper_id])
        if window.notes_editor.paper_id == paper_id:
            window.notes_editor.show_notes(paper_id, conflict.theirs, conflict.version)
        self.show_state()
        return True

    def _failed(self, error: Exception) -> None:
        """A step's write refused: the save being pushed keeps its edit; an undo or redo says so."""
        if self._errors is not None:
            self._errors.append(error)
            return
        self.window.statusBar().showMessage(
            self.tr("Not done, nothing was changed: %s.") % why_not_saved(error), 15000)

    def _keep(self, kind: str, paper_id: int, values: dict, reason: str) -> None:
        self.journal.keep(kind, paper_id, values, reason=reason)
        self.retry_timer.start()
        self.show_state()

    def retry(self, *, wait_ms: int = SAVE_WAIT_MS) -> None:
        """Try again to save every kept edit."""
        if not self.journal.entries or self._busy or self._closed() or not self.may_write(quiet=True):
            return
        self._busy = True
        library = self.window.library
        try:
            for entry in list(self.journal.entries.values()):
                try:
                    library.get(entry.paper_id)
                except KeyError:
                    entry.reason = self.tr("the paper is no longer in the library")
                    continue
                command: Callable[..., QUndoCommand]
                if entry.kind == NOTES:
                    before = library.notes(entry.paper_id)
                    after = Notes.from_dict({**before.to_dict(), **entry.fields})
                    command = partial(GuardedEditNotes, paper_id=entry.paper_id, before=before, after=after,
                                      based_on=self._bases.get(entry.paper_id))
                else:
                    command = partial(GuardedEditPaper, paper_id=entry.paper_id, changes=entry.values())
                if not self._save(entry.kind, entry.paper_id, entry.values(), command, wait_ms=wait_ms):
                    break  # the library still refuses: the rest waits for the next try
        finally:
            self._busy = False
        if not self.journal.entries:
            self.retry_timer.stop()
        self.show_state()

    def pending_notes(self, paper_id: int) -> tuple[dict, str]:
        """The notes fields of a paper not saved yet, and why (for the notes editor)."""
        entry = self.journal.pending(NOTES, paper_id)
        return (entry.values(), entry.reason) if entry else ({}, "")

    # -- a library changed under the window ----------------------------------

    def may_write(self, *, quiet: bool = False) -> bool:
        """False when the library file was replaced (a reload is then on its way)."""
        if not self._lost:
            if self._closed():
                return True  # the window closed it itself (a restore of its own): nothing to watch
            if self.window.library is not self.watch.library:
                self._watch(self.window.library)  # the window opened it again itself
            if not self.watch.replaced():
                return True
        if not quiet:
            self.window.statusBar().showMessage(self.tr(
                "Not done: the library file was replaced by another program (a restore?). "
                "ExoDesk is opening it again; then do it again."), 15000)
        QTimer.singleShot(0, self.reload)
        return False

    def _watch(self, library) -> None:
        _stop(self.watch)
        self.watch = watch_for(library)

    def _closed(self) -> bool:
        return not self.window.library.is_open()

    def _use(self, library) -> None:
        """The window works on `library` from now on (opened again after a restore or a lost connection)."""
        window = self.window
        window.library = window.model.library = library
        window.handouts.library_replaced(library)
        self._watch(library)

    # -- a shared library's lost connection -----------------------------------

    def _reconnect(self) -> None:
        """A shared library whose connection was lost: a worker looks whether
        the server answers again (a look may wait seconds), then the window
        opens the library anew."""
        from exodesk.gui.operations import location_of, reachable

        window = self.window
        if not window.closed and not window.jobs.running(Job.RECONNECT):
            window.jobs.start(Job.RECONNECT, partial(reachable, location_of(window.library)),
                              on_done=self._reachable)

    def _reachable(self, answer: str) -> None:
        from exodesk.gui.operations import open_for_window
        from exodesk.library import LibraryError

        window = self.window
        if answer or window.closed or not self._closed():
            return  # still out of reach: the next look tries again
        lost = window.library
        try:
            library = open_for_window(lost.location)
        except (LibraryError, *lost.database_errors):
            return
        with contextlib.suppress(*lost.database_errors):
            lost.close()
        self._use(library)
        window.statusBar().showMessage(self.tr("The shared library's server answers again: the window shows the "
                                               "library as it is now."), 15000)
        self._show_changes()  # what others did meanwhile
        self.retry()

    def check(self) -> None:
        """The timer's look: a replaced library is opened again, another program's writes shown."""
        if self._busy or not self.may_write(quiet=True):
            return
        if self.window.library.shared and self._closed():
            self._reconnect()
            return
        try:  # (a library the window closed itself answers with an error: nothing to look at)
            changed = self.watch.changed_elsewhere()
        except (*SAVE_ERRORS, *self.window.library.database_errors):
            return  # a server out of reach: the next look tries again
        jobs = self.window.jobs
        if changed and not (jobs.running(Job.IMPORT) or jobs.running(Job.WORK)):
            self._show_changes()

    def _show_changes(self) -> None:
        """Show the library as another program left it, keeping the person's place and selection."""
        window = self.window
        selected, current = window.selected_ids(), window.current_paper_id()
        window.apply_search()  # saves what is typed, keeps the current paper, shows the new ones
        still = [i for i in selected if window.model.position(i) is not None]
        if len(still) > 1:
            window.select_papers(still)
            if current in still:
                window.table.selectionModel().setCurrentIndex(
                    window.model.index(window.model.position(current), 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        window.refresh_facets()
        self.show_state()

    def reload(self) -> None:
        """Open the file now at the library's path in place of the replaced one."""
        from exodesk.library import LibraryError
        from exodesk.library.locations import open_library

        window = self.window
        if self._busy or not (self._lost or self.watch.replaced()):
            return
        self._busy = True
        try:
            if not self._lost:
                window.notes_editor.flush()  # into the journal: the open file is not the library any more
                # Closed before the new file is opened: SQLite removes "<library>-wal" by its
                # name when the last connection to a file closes, which would be the new one's.
                window.library.close()
                self._lost = True
            path = window.library.path
            if file_identity(path) is None:
                self.refusal = self.tr("the library file is gone from %s") % path
                return
            try:
                library = open_library(path, backup=False)
            except (LibraryError, *SAVE_ERRORS) as error:
                self.refusal = self.tr("the library file was replaced and cannot be opened (%s)") % error
                return
            self._use(library)
            self.refusal = ""
            self._lost = False
            window.undo_stack.clear()  # its steps were done on the file set aside
        finally:
            self._busy = False
            self.show_state()
        window.apply_search()
        window.refresh_facets()
        window.statusBar().showMessage(self.tr(
            "The library file was replaced by another program (a restore from a backup?). "
            "ExoDesk opened it again: the window shows it as it is now."), 30000)
        self.retry()

    # -- saying so ----------------------------------------------------------

    def show_state(self) -> None:
        """The banner, and the marks on the current paper's unsaved fields."""
        entries = list(self.journal.entries.values())
        texts = []
        if self.refusal:
            texts.append(self.tr("Nothing can be saved now: %s.") % self.refusal)
        if entries:
            papers = len({e.paper_id for e in entries})
            reasons = "; ".join(sorted({e.reason for e in entries if e.reason}))
            if papers == 1:
                text = self.tr("Not saved yet: an edit to one paper (%1).")
            else:
                text = self.tr("Not saved yet: edits to %2 papers (%1).").replace("%2", f"{papers:,}")
            texts.append(text.replace("%1", reasons) + " " + self.tr(
                "It is kept beside the library, and ExoDesk tries again every few seconds."))
        if entries and self.journal.write_error:
            texts.append(self.tr("They could not be kept on the disk either (%s): keep ExoDesk open.")
                         % self.journal.write_error)
        self.banner.setText(" ".join(texts))
        self.banner.setToolTip(shown.tooltip(str(self.journal.path or "")))
        self.banner.setVisible(bool(texts))
        self.show_button.setVisible(bool(entries))
        paper_id = self.window.current_paper_id()
        fields, reason = self.pending_notes(paper_id) if paper_id is not None else ({}, "")
        self.window.notes_editor.show_unsaved(paper_id, fields, reason)
        entry = self.journal.pending(PAPER, paper_id) if paper_id is not None else None
        self.window.detail.show_unsaved(entry.values() if entry else {}, entry.reason if entry else "")

    def _say_journal_unreadable(self) -> None:
        QMessageBox.warning(self.window, self.tr("Unsaved edits"), self.tr(
            "ExoDesk kept edits it could not save in a file it cannot read now. The file was "
            "kept as %s; open it in a text editor to see what it holds.") % self.journal.set_aside)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.window.notes_editor.flush()
            self.retry()
            self.check_timer.stop()
            self.retry_timer.stop()
            _stop(self.watch)
            if self.journal.entries and self.journal.write_error:
                # Kept nowhere but here: the person must copy it before the window goes.
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Unsaved edits"), self.tr(
                    "Some edits could not be saved, nor kept on the disk (%s). Copy them from the details "
                    "below before closing.") % self.journal.write_error, QMessageBox.StandardButton.Close,
                    self.window)
                box.setDetailedText(self.edits_text())
                box.exec()
        return super().eventFilter(watched, event)

    def edits_text(self) -> str:
        """Each unsaved edit as a line of plain text: the paper, the field, the value typed."""
        lines = []
        for entry in self.journal.entries.values():
            head = f"#{entry.paper_id}"
            try:
                title = self.window.library.get(entry.paper_id).title
            except (KeyError, *SAVE_ERRORS, *self.window.library.database_errors):
                title = None
            head += f" {title[:60]}" if title else ""
            for name, value in entry.values().items():
                if isinstance(value, list):
                    value = "; ".join(v.natural() if hasattr(v, "natural") else str(v) for v in value)
                lines.append(f"{head} — {name}: {value}")
        return "\n".join(lines)

    def show_edits(self) -> None:
        """The edits not saved yet, offered back: try again now, keep them, or discard them."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Unsaved edits"), self.banner.text(),
                          QMessageBox.StandardButton.Close, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(self.edits_text())
        again = box.addButton(self.tr("Try Again Now"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard Them…"), QMessageBox.ButtonRole.DestructiveRole)
        box.exec()
        if box.clickedButton() is again:
            self.retry()
        elif box.clickedButton() is discard and QMessageBox.question(
                self.window, self.tr("Unsaved edits"),
                self.tr("Discard the edits that are not saved? They cannot be brought back.")
        ) == QMessageBox.StandardButton.Yes:
            self.discard_all()

    def discard_all(self) -> None:
        for kind, paper_id in list(self.journal.entries):
            self.journal.discard(kind, paper_id)
        self.retry_timer.stop()
        paper_id = self.window.current_paper_id()
        if paper_id is not None:
            self.window.show_paper(paper_id)  # the editors show what the library holds
        self.show_state()


def journal_for(library) -> Journal:
    """Where edits not saved yet are kept: beside a library file; for a shared
    library, in this user's own settings folder, one file per server address
    (without its password), so that they survive a restart while the server
    is out of reach."""
    if not library.shared:
        return Journal(library.path)
    from exodesk import owner_only
    from exodesk.library.locations import shown
    from exodesk.settings import config_folder

    folder = config_folder() / "shared"
    with contextlib.suppress(OSError):  # then its write fails, and the window says so
        owner_only.make_folder(folder)
    key = hashlib.sha1(shown(library.location).encode("utf-8")).hexdigest()[:16]
    return Journal(folder / f"library-{key}")


def watch_for(library):
    """What tells the window of changes made elsewhere: the server's notices
    for a shared library, the file's identity and data version for a file."""
    if library.shared:
        from exodesk.library.shared.watch import SharedWatch

        return SharedWatch(library)
    return LibraryWatch(library)


def _stop(watch) -> None:
    """Hang up a shared library's listening connection (a file's watch holds none)."""
    close = getattr(watch, "close", None)
    if close is not None:
        close()


def why_not_saved(error: Exception) -> str:
    """A refused write in words a person understands."""
    text = str(error).lower()
    number = getattr(error, "errno", None)
    if "connection" in text or "server" in text:  # only a shared library's driver speaks of these
        return QCoreApplication.translate("UnsavedEdits", "the shared library's server cannot be reached now")
    if "locked" in text or "busy" in text:
        return QCoreApplication.translate("UnsavedEdits", "another program is writing to the library")
    if "full" in text or number == errno.ENOSPC:
        return QCoreApplication.translate("UnsavedEdits", "the disk is full")
    if "readonly" in text or "read-only" in text or number in (errno.EACCES, errno.EROFS):
        return QCoreApplication.translate("UnsavedEdits", "the library's file or folder is read-only")
    return QCoreApplication.translate("UnsavedEdits", "the library could not be written (%s)") % error

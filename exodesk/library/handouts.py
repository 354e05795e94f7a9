"""The handout audit trail: what was printed, from which notes, approved by whom."""

from __future__ import annotations

import datetime
import json

from exodesk.library.faults import NOT_ALLOWED, first_line
from exodesk.library.store import Library, LibraryError, now


def record_handout(library: Library, *, snapshot: dict, pdf: bytes, approved_by: str = "") -> int:
    """Record a saved or printed sheet; its id in the history.

    On a server only a clinician's login may record an approved sheet (the
    server's rule, shared/schema.py): anyone else's gives a LibraryError of
    kind NOT_ALLOWED with the server's line naming the login, and nothing is
    recorded. A sheet cut off by a lost connection is recorded again whole
    (its new id differs, so the cut transaction cannot be replayed), once.
    """
    def insert() -> int:
        with library.transaction():
            return _insert(library, snapshot, pdf, approved_by).fetchone()[0]

    try:
        return library.run_whole(insert)
    except library.not_allowed as error:
        raise _refused(error) from None


def check_approval(library: Library, *, snapshot: dict, approved_by: str) -> None:
    """Raise the refusal record_handout would give, recording nothing: an
    approved sheet is checked before it is printed or written. The server's
    own rule answers, by a recording that is then undone (without the PDF,
    which the rule does not read: a sheet is not sent over the network twice)."""
    if not (approved_by and library.shared):
        return

    def try_it() -> None:
        with library.transaction():
            _insert(library, snapshot, b"", approved_by, returning="")
            raise _Undone

    try:
        library.run_whole(try_it)
    except _Undone:
        pass
    except library.not_allowed as error:
        raise _refused(error) from None


class _Undone(Exception):
    """Ends check_approval's transaction, undoing it."""


def _insert(library: Library, snapshot: dict, pdf: bytes, approved_by: str, returning: str = " RETURNING id"):
    return library.db.execute(
        "INSERT INTO handouts(at, condition, language, paper_ids, approved_by, review_by, snapshot, pdf) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)" + returning,
        [now(), snapshot["condition"], snapshot["language"],
         ",".join(str(i) for i in snapshot["paper_ids"]), approved_by or None,
         snapshot["review_by"], json.dumps(snapshot, ensure_ascii=False), pdf],
    )


def _refused(error: Exception) -> LibraryError:
    # The server's rule says whose and why.
    return LibraryError(f"The handout was not recorded: {first_line(error)}", NOT_ALLOWED)


def handout_history(library: Library, *, today: datetime.date | None = None) -> list[dict]:
    """Every recorded handout, newest first, saying which are past their
    review-by date and which rest on notes that have changed since, and on a
    server the login that approved it (None on a file library)."""
    today = today or datetime.date.today()
    # Only a server knows who approved: its login, beside the name typed.
    login = "approved_login" if library.shared else "NULL"
    rows = library.db.execute(
        f"SELECT id, at, condition, language, approved_by, {login}, review_by, snapshot FROM handouts ORDER BY id DESC"
    ).fetchall()
    history = []
    for handout_id, at, condition, language, approved_by, approved_login, review_by, snapshot in rows:
        snap = json.loads(snapshot)
        changed = [
            paper_id
            for paper_id, notes in zip(snap["paper_ids"], snap["notes"], strict=False)
            if _without_stamp(notes) not in _notes_now(library, paper_id)
        ]
        history.append({
            "id": handout_id, "at": at, "condition": condition, "language": language,
            "approved_by": approved_by, "approved_login": approved_login, "review_by": review_by,
            "overdue": review_by < today.isoformat(), "notes_changed": changed,
        })
    return history


def reprint(library: Library, handout_id: int) -> bytes:
    row = library.db.execute("SELECT pdf FROM handouts WHERE id = ?", [handout_id]).fetchone()
    if row is None:
        raise KeyError(handout_id)
    return row[0]


def _without_stamp(notes: dict) -> dict:
    return {k: v for k, v in notes.items() if k != "updated"}


def _notes_now(library: Library, paper_id: int) -> list[dict]:
    """The paper's notes now, as stored and with suggestions filling the empty
    fields: a sheet built on unconfirmed suggestions printed the second form,
    and is unchanged while the same suggestions would still be printed."""
    from exodesk.evidence.suggest import suggest_notes

    try:
        notes = library.notes(paper_id)
        paper = library.get(paper_id)
    except KeyError:
        return []
    return [_without_stamp(notes.to_dict()), _without_stamp(suggest_notes(paper, notes).to_dict())]

"""The handout audit trail: what was printed, from which notes, approved by whom."""

from __future__ import annotations

import datetime
import json

from exodesk.library import faults
from exodesk.library.store import Library, LibraryError, now


def record_handout(library: Library, *, snapshot: dict, pdf: bytes, approved_by: str = "") -> int:
    """Record a printed or saved sheet; its id. On a shared library only a
    clinician's login may record an approved one (the server's rule):
    anyone else's is refused with LibraryError, and nothing is recorded."""
    try:
        with library.transaction():
            cursor = library.db.execute(
                "INSERT INTO handouts(at, condition, language, paper_ids, approved_by, review_by, snapshot, pdf) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [now(), snapshot["condition"], snapshot["language"],
                 ",".join(str(i) for i in snapshot["paper_ids"]), approved_by or None,
                 snapshot["review_by"], json.dumps(snapshot, ensure_ascii=False), pdf],
            )
            return cursor.fetchone()[0]
    except library.not_allowed as error:
        reason = (str(error).strip().splitlines() or ["refused"])[0]
        raise LibraryError(f"The handout was not recorded: {reason}", faults.NOT_ALLOWED) from None


def handout_history(library: Library, *, today: datetime.date | None = None) -> list[dict]:
    """Every recorded handout, newest first, saying which are past their
    review-by date and which rest on notes that have changed since."""
    today = today or datetime.date.today()
    rows = library.db.execute(
        "SELECT id, at, condition, language, approved_by, review_by, snapshot FROM handouts ORDER BY id DESC"
    ).fetchall()
    history = []
    for handout_id, at, condition, language, approved_by, review_by, snapshot in rows:
        snap = json.loads(snapshot)
        changed = [
            paper_id
            for paper_id, notes in zip(snap["paper_ids"], snap["notes"], strict=False)
            if _without_stamp(notes) not in _notes_now(library, paper_id)
        ]
        history.append({
            "id": handout_id, "at": at, "condition": condition, "language": language,
            "approved_by": approved_by, "review_by": review_by,
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

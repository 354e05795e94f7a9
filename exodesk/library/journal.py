"""Edits the library could not take yet, kept in a small file beside it.

When a save fails (the database is locked by another program, the disk is
full, the folder is read-only, the file was replaced) the person's edit is
written here, `library.sqlite.unsaved.json`, and applied to the library as
soon as it can be: on a retry, at the next save that works, at the next start.
Each paper has at most one entry per kind ("notes" or "paper"), holding the
fields the person changed with the values they typed; applying it sets only
those fields, so what changed meanwhile in the other fields stays.

The file is replaced whole (temporary file, fsync, rename), so a crash leaves
the old journal or the new one, never half of one.
"""

from __future__ import annotations

import datetime
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from exodesk.model import Notes, Paper

NOTES = "notes"
PAPER = "paper"
SUFFIX = ".unsaved.json"


def journal_path(library_path: Path | str) -> Path:
    library_path = Path(library_path)
    return library_path.with_name(library_path.name + SUFFIX)


@dataclass
class Pending:
    """One paper's unsaved edit of one kind: field -> value as JSON holds it."""

    kind: str
    paper_id: int
    fields: dict = field(default_factory=dict)
    reason: str = ""
    at: str = ""

    def values(self) -> dict:
        """The fields as the records hold them (authors as Author records)."""
        if self.kind == NOTES:
            notes = Notes.from_dict(self.fields)
            return {name: getattr(notes, name) for name in self.fields}
        paper = Paper.from_dict(self.fields)
        return {name: getattr(paper, name) for name in self.fields}


def as_json(kind: str, values: dict) -> dict:
    """Field values as the journal keeps them (the records' own dict form)."""
    record = Notes(**values).to_dict() if kind == NOTES else Paper(**values).to_dict()
    return {name: record[name] for name in values}


class Journal:
    """The unsaved edits of one library; `write_error` says why the file could not be written."""

    def __init__(self, library_path: Path | str | None):
        self.path = journal_path(library_path) if library_path else None
        self.entries: dict[tuple[str, int], Pending] = {}
        self.write_error = ""
        self.set_aside: Path | None = None  # an unreadable journal, moved out of the way
        self._read()

    def __len__(self) -> int:
        return len(self.entries)

    def _read(self) -> None:
        if self.path is None or not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            for item in data["edits"]:
                entry = Pending(item["kind"], int(item["paper_id"]), dict(item["fields"]),
                                item.get("reason", ""), item.get("at", ""))
                self.entries[(entry.kind, entry.paper_id)] = entry
        except (OSError, ValueError, KeyError, TypeError) as error:
            # Never written over: a person may still read what it holds.
            self.entries.clear()
            self.set_aside = self.path.with_name(self.path.name + ".unreadable")
            try:
                os.replace(self.path, self.set_aside)
            except OSError:
                self.set_aside = self.path
            self.write_error = f"{self.path.name} could not be read ({error})"

    def pending(self, kind: str, paper_id: int) -> Pending | None:
        return self.entries.get((kind, paper_id))

    def keep(self, kind: str, paper_id: int, values: dict, *, reason: str) -> None:
        """Add an edit (merged into the paper's earlier unsaved one) and write the file."""
        entry = self.entries.setdefault((kind, paper_id), Pending(kind, paper_id))
        entry.fields.update(as_json(kind, values))
        entry.reason = reason
        entry.at = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        self._write()

    def forget(self, kind: str, paper_id: int, names) -> None:
        """These fields were saved since (a later value than the kept one): drop them."""
        entry = self.entries.get((kind, paper_id))
        if entry is None or not set(names) & set(entry.fields):
            return
        for name in names:
            entry.fields.pop(name, None)
        if not entry.fields:
            del self.entries[(kind, paper_id)]
        self._write()

    def discard(self, kind: str, paper_id: int) -> None:
        if self.entries.pop((kind, paper_id), None) is not None:
            self._write()

    def _write(self) -> None:
        if self.path is None:
            return
        try:
            if not self.entries:
                self.path.unlink(missing_ok=True)
            else:
                data = {"edits": [vars(e) for e in self.entries.values()]}
                write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=1))
            self.write_error = ""
        except OSError as error:
            self.write_error = f"{self.path.name} could not be written ({error.strerror or error})"


def write_atomically(path: Path, text: str) -> None:
    """Replace a file whole: a temporary file, flushed to the disk, then renamed."""
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


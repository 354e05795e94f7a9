"""The journal of unsaved edits beside the library, and noticing a library changed under us."""
# The journal is a file beside a library file, and the watch reads that file's identity and
# SQLite's data_version: SQLite only (a shared library hears of changes through LISTEN/NOTIFY).

import json
import sqlite3

import pytest

from exodesk.library import Library
from exodesk.library.backup import make_backup, restore
from exodesk.library.journal import NOTES, PAPER, Journal, journal_path
from exodesk.library.watch import LibraryWatch
from exodesk.model import Author, Paper


def test_an_edit_kept_is_read_back_at_the_next_start_with_its_fields_as_typed(tmp_path):
    library_path = tmp_path / "library.sqlite"
    journal = Journal(library_path)
    journal.keep(NOTES, 3, {"free_notes": "Ask about cost"}, reason="another program is writing to the library")
    journal.keep(NOTES, 3, {"sample_size": 12}, reason="the disk is full")
    journal.keep(PAPER, 3, {"authors": [Author(family="Ahmadi Tafti", given="Seyed Mohsen")]}, reason="the disk is full")

    assert journal_path(library_path) == tmp_path / "library.sqlite.unsaved.json"
    again = Journal(library_path)
    assert [(e.kind, e.paper_id, e.values(), e.reason) for e in again.entries.values()] == [
        (NOTES, 3, {"free_notes": "Ask about cost", "sample_size": 12}, "the disk is full"),
        (PAPER, 3, {"authors": [Author(family="Ahmadi Tafti", given="Seyed Mohsen")]}, "the disk is full"),
    ]
    assert not (tmp_path / "library.sqlite.unsaved.json.partial").exists()


def test_fields_saved_since_are_forgotten_and_an_empty_journal_leaves_no_file(tmp_path):
    journal = Journal(tmp_path / "library.sqlite")
    journal.keep(NOTES, 1, {"outcome": "scar height", "free_notes": "call back"}, reason="locked")
    journal.forget(NOTES, 1, ["outcome"])
    assert Journal(tmp_path / "library.sqlite").pending(NOTES, 1).values() == {"free_notes": "call back"}
    journal.forget(NOTES, 1, ["free_notes"])
    assert journal.entries == {}
    assert not journal_path(tmp_path / "library.sqlite").exists()


def test_a_journal_that_cannot_be_written_says_why_and_keeps_the_edit_in_memory(tmp_path, monkeypatch):
    journal = Journal(tmp_path / "library.sqlite")
    journal.keep(NOTES, 1, {"free_notes": "first"}, reason="locked")

    def full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", full)
    journal.keep(NOTES, 1, {"free_notes": "second"}, reason="the disk is full")
    assert journal.write_error == "library.sqlite.unsaved.json could not be written (No space left on device)"
    assert journal.pending(NOTES, 1).values() == {"free_notes": "second"}
    # The file on the disk is still the whole earlier journal, not half of the new one.
    monkeypatch.undo()
    assert Journal(tmp_path / "library.sqlite").pending(NOTES, 1).values() == {"free_notes": "first"}


def test_an_unreadable_journal_is_set_aside_never_written_over(tmp_path):
    path = journal_path(tmp_path / "library.sqlite")
    path.write_text('{"edits": [{"kind": "notes", "paper_id": 2, "fields": {"free_notes": "half', encoding="utf-8")
    journal = Journal(tmp_path / "library.sqlite")
    assert journal.entries == {} and journal.set_aside == path.with_name(path.name + ".unreadable")
    journal.keep(NOTES, 1, {"free_notes": "new"}, reason="locked")
    assert "half" in journal.set_aside.read_text(encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["edits"][0]["fields"] == {"free_notes": "new"}


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "library.sqlite", backup=False) as library:
        with library.transaction():
            library.insert_paper(Paper(title="Exosomes for acne scars"))
        yield library


def test_a_restore_by_another_process_is_noticed_by_an_open_library(library, tmp_path):
    make_backup(library.db.conn, library.path)
    watch = LibraryWatch(library)
    assert not watch.replaced()
    backup = next((tmp_path / "backups").glob("*.sqlite"))
    restore(library.path, backup)
    assert watch.replaced()


def test_writes_by_another_connection_are_noticed_and_our_own_are_not(library):
    watch = LibraryWatch(library)
    with library.transaction():
        library.insert_paper(Paper(title="Our own"))
    assert not watch.changed_elsewhere()
    other = sqlite3.connect(library.path)
    with other:
        other.execute("UPDATE papers SET title = 'Changed by the command line' WHERE id = 1")
    other.close()
    assert watch.changed_elsewhere()
    assert not watch.changed_elsewhere()  # told once

"""What an open library can tell about changes made to its file from outside."""
# SQLite only: changes made to the library's file from outside.

from pathlib import Path

from exodesk.library import Library, faults
from exodesk.library.backup import make_backup, restore
from exodesk.library.watch import LibraryWatch
from exodesk.model import Notes, Paper


def test_an_open_library_notices_another_writer_a_restore_and_a_deleted_journal(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path, backup=False) as lib, lib.transaction():
        lib.insert_paper(Paper(title="First"))
    window = Library(path, backup=False)
    watch = LibraryWatch(window)
    try:
        assert (watch.changed_elsewhere(), watch.replaced(), faults.journal_gone(path)) == (False, False, False)
        window.save_notes(1, Notes(free_notes="mine"))
        assert not watch.changed_elsewhere()  # its own writes are not news
        with Library(path, backup=False) as other:
            other.save_notes(1, Notes(free_notes="theirs"))
        assert watch.changed_elsewhere() and not watch.changed_elsewhere()

        backup = make_backup(window.db.conn, path)
        restore(path, backup)
        assert watch.replaced()
    finally:
        window.close()
    with Library(path, backup=False) as lib:
        lib.db.execute("SELECT 1").fetchone()
        Path(f"{path}-wal").unlink()
        assert faults.journal_gone(lib.path)

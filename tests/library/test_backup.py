"""Backups when a library is opened, restoring one, and checking a library."""
# SQLite only: backups are copies of the library file.

import datetime
import shutil
import sqlite3
from pathlib import Path

import pytest

from exodesk.cli import main
from exodesk.library import Library, LibraryError, import_paths
from exodesk.library.backup import (
    BackupError,
    backups_folder,
    list_backups,
    make_backup,
    restore,
)
from exodesk.library.health import check
from exodesk.model import Notes, Paper

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        import_paths(lib, SEEDS[:2])
        lib.save_notes(1, Notes(free_notes="Seen in clinic 4 May"))
    Library(path).close()  # the first opening with papers in it backs them up
    return path


def names(path):
    return [b.path.name for b in list_backups(path)]


def test_opening_makes_one_backup_a_day_and_keeps_the_newest_ten(path):
    # The first opening after the import made one; opening again the same day adds none.
    assert len(names(path)) == 1
    Library(path).close()
    assert len(names(path)) == 1
    # Twelve older backups: the next backup due (the newest is old) prunes to ten.
    for file in backups_folder(path).iterdir():
        file.unlink()
    with sqlite3.connect(path) as db:
        for day in range(1, 13):
            make_backup(db, path, now=datetime.datetime(2024, 1, day, 9, 0, 0))
    db.close()
    Library(path).close()
    kept = names(path)
    assert len(kept) == 10
    assert kept[-1] == "library-20240104-090000.sqlite"  # the three oldest went
    newest = list_backups(path)[0].path
    with Library(newest, backup=False) as copy:
        assert copy.count() == 2
        assert copy.notes(1).free_notes == "Seen in clinic 4 May"


def test_an_empty_new_library_is_not_backed_up(tmp_path):
    Library(tmp_path / "new.sqlite").close()
    assert list_backups(tmp_path / "new.sqlite") == []


def test_restore_puts_a_backup_back_and_keeps_the_current_file(path):
    (backup,) = list_backups(path)
    with Library(path) as lib:
        lib.save_notes(1, Notes(free_notes="Written after the backup"))
        with lib.transaction():
            lib.insert_paper(Paper(title="Added after the backup"))
    aside = restore(path, backup.path)
    with Library(path, backup=False) as lib:
        assert lib.count() == 2
        assert lib.notes(1).free_notes == "Seen in clinic 4 May"
    with Library(aside, backup=False) as before:  # nothing is lost: the newer state is kept
        assert before.count() == 3
        assert before.notes(1).free_notes == "Written after the backup"


def test_a_damaged_backup_is_not_restored(path, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    with pytest.raises(BackupError, match="bad.sqlite is damaged"):
        restore(path, bad)
    with Library(path, backup=False) as lib:
        assert lib.count() == 2


def test_a_damaged_library_is_refused_on_open_with_its_backups_named(path):
    (backup,) = names(path)
    with Library(path, backup=False) as lib:
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x07" * (4096 - 100)  # the schema page
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryError) as raised:
        Library(path)
    message = str(raised.value)
    assert str(path) in message and "damaged" in message and backup in message


def test_check_reports_a_sound_library_and_a_damaged_kept_file(path):
    report = check(path)
    assert (report.ok, report.integrity, report.files_checked, report.problems) == (True, [], 2, [])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE files SET content = X'00' WHERE name = ?", [SEEDS[1].name])
    db.close()
    report = check(path)
    assert not report.ok
    assert [(p.what, p.repair) for p in report.problems] == [
        (f"original file {SEEDS[1].name} (sha256 {report_hash(path, SEEDS[1].name)[:12]}…): its kept copy is "
         "damaged; the papers read from it are not", "restore a backup: `exodesk restore` lists them")]
    assert report.lines()[-1] == "result: 1 problem found; each says above how to repair it"


def report_hash(path, name):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT hash FROM files WHERE name = ?", [name]).fetchone()[0]


def test_the_command_line_checks_backs_up_lists_and_restores(path, capsys):
    assert main(["--library", str(path), "check"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "result: ok"
    assert main(["--library", str(path), "backup"]) == 0
    assert "backed up to" in capsys.readouterr().out
    assert main(["--library", str(path), "restore"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == len(names(path)) and listed[0].startswith("  1  library-")
    # A damaged library still lets the user restore.
    shutil.copy(path, path.with_suffix(".good"))
    path.write_bytes(b"not a library any more" * 50)
    Path(f"{path}-wal").unlink(missing_ok=True)
    assert main(["--library", str(path), "list"]) == 2
    assert main(["--library", str(path), "check"]) == 1
    assert main(["--library", str(path), "restore", "1"]) == 0
    assert "the library as it was is kept as" in capsys.readouterr().out
    with Library(path, backup=False) as lib:
        assert lib.count() == 2


def test_a_damaged_library_is_not_backed_up_and_the_command_says_why(path, capsys):
    before = names(path)
    path.write_bytes(b"not a library any more" * 50)
    Path(f"{path}-wal").unlink(missing_ok=True)
    assert main(["--library", str(path), "backup"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"exodesk: {path} is not backed up: ") and "Traceback" not in err
    assert names(path) == before  # no backup of the damaged file beside the good ones

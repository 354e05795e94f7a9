"""The library file: schema version, settings and reopening."""
# SQLite only: the file's own schema, journal mode and settings.


import pytest

from exodesk.library import Library
from exodesk.library.schema import migrations, schema_version
from exodesk.model import Paper


def test_a_new_library_is_at_the_latest_schema_with_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        assert schema_version(lib.db) == len(migrations._migrations)
        assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert lib.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with lib.transaction():
            lib.insert_paper(Paper(title="Kept across reopening"))
    with Library(path) as lib:
        assert lib.get(1).title == "Kept across reopening"
        assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_that_is_not_a_library_is_refused_with_a_reason(tmp_path):
    from exodesk.library import LibraryError

    path = tmp_path / "not-a-library.sqlite"
    path.write_bytes(b"this is a text file, not SQLite" * 100)
    try:
        Library(path)
    except LibraryError as error:
        assert str(path) in str(error)
    else:
        raise AssertionError("opening a non-library must fail with LibraryError")


def test_the_environment_variable_chooses_the_library(tmp_path, monkeypatch):
    from exodesk.library import default_library_path

    monkeypatch.setenv("EXODESK_LIBRARY", str(tmp_path / "chosen.sqlite"))
    assert default_library_path() == tmp_path / "chosen.sqlite"
    monkeypatch.delenv("EXODESK_LIBRARY")
    assert default_library_path().name == "library.sqlite"
    assert "ExoDesk" in str(default_library_path())


def test_an_older_library_stores_languages_as_codes_after_the_upgrade(tmp_path):
    import shutil
    import sqlite3
    from pathlib import Path

    path = tmp_path / "library.sqlite"
    shutil.copy(Path(__file__).parent / "fixtures" / "library-v3.sqlite", path)
    with sqlite3.connect(path) as db:
        first, second = (row[0] for row in db.execute("SELECT id FROM papers ORDER BY id LIMIT 2"))
        db.execute("UPDATE papers SET data = json_set(data, '$.language', 'Portuguese') WHERE id = ?", [first])
        db.execute("UPDATE papers SET data = json_set(data, '$.language', 'Klingon') WHERE id = ?", [second])
    with Library(path, backup=False) as lib:
        assert lib.get(first).language == "pt"
        assert lib.get(second).language == "Klingon"  # no code known: kept as written


def test_a_write_outside_a_transaction_is_committed_at_once_and_inside_one_is_part_of_it(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib, Library(path) as other:
        lib.db.execute("INSERT INTO import_log(at, path, status) VALUES ('now', 'a.txt', 'refused')")
        assert other.db.execute("SELECT count(*) FROM import_log").fetchone()[0] == 1
        with pytest.raises(RuntimeError), lib.transaction():
            lib.db.execute("INSERT INTO import_log(at, path, status) VALUES ('now', 'b.txt', 'refused')")
            with lib.transaction():  # a savepoint inside it
                lib.db.execute("INSERT INTO import_log(at, path, status) VALUES ('now', 'c.txt', 'refused')")
            raise RuntimeError
        assert not lib.db.conn.in_transaction
        assert [r[0] for r in other.db.execute("SELECT path FROM import_log")] == ["a.txt"]

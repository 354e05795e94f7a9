"""A library made by an earlier schema opens and upgrades without loss."""
# SQLite only: libraries made by earlier SQLite schemas (the server's are shared/schema.py's).

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from exodesk.library import Filters, Library
from exodesk.library.schema import migrations, schema_version

FIXTURES = Path(__file__).parent / "fixtures"
TABLES = {
    "papers": "SELECT * FROM papers ORDER BY id",
    "notes": "SELECT * FROM notes ORDER BY paper_id",
    "files": "SELECT * FROM files ORDER BY hash",
    "paper_files": "SELECT * FROM paper_files ORDER BY paper_id, file_hash",
    "import_log": "SELECT * FROM import_log ORDER BY id",
    "not_duplicates": "SELECT * FROM not_duplicates",
    "papers_fts": "SELECT rowid, * FROM papers_fts ORDER BY rowid",
}


def snapshot(path, older: dict[str, str] | None = None):
    """Every table's rows; of `papers` and `notes`, the columns the older
    library had (a column declared since is added, library/columns.py; the
    notes' version came with m007)."""
    older = older or {"papers": "*", "notes": "*"}
    with sqlite3.connect(path) as db:
        tables = TABLES | {"papers": f"SELECT {older['papers']} FROM papers ORDER BY id",
                           "notes": f"SELECT {older['notes']} FROM notes ORDER BY paper_id"}
        return {name: db.execute(sql).fetchall() for name, sql in tables.items()}


@pytest.mark.parametrize("version", [1, 3])
def test_a_library_of_an_earlier_version_upgrades_to_the_latest_schema_keeping_everything(tmp_path, version):
    path = tmp_path / "library.sqlite"
    shutil.copy(FIXTURES / f"library-v{version}.sqlite", path)
    with sqlite3.connect(path) as db:
        assert schema_version(Database(db)) == version
        older_columns = {table: ", ".join(r[1] for r in db.execute(f"PRAGMA table_info({table})"))
                         for table in ("papers", "notes")}
    before = snapshot(path, older_columns)
    assert len(before["papers"]) == 5 and len(before["notes"]) == 2

    with Library(path) as lib:
        assert schema_version(lib.db) == len(migrations._migrations)
        assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Notes, a person's edit and the trash are as they were.
        assert lib.notes(1).free_notes == "Read 3 Oct; 系統性硬化症"
        assert lib.notes(4).outcome == "fistula healed in 3 of 5"
        assert lib.get(1).title == "Clinical applications of exosomes (title typed by a person)"
        assert lib.get(1).edited == ["title"]
        assert lib.search_ids("", order_by="id") == [1, 2, 4, 5]
        # The rebuilt search index answers: notes, Chinese in the other script, prefixes.
        # (Paper 1 by its notes; paper 4 by its Chinese abstract, which the
        # readers of version 1's time did not yet take from that seed.)
        assert lib.search_ids("系统性硬化症") == ([1] if version == 1 else [1, 4])
        assert lib.search_ids("handou") == [1]
        assert lib.search_ids("fistula healed") == [4]
        # The search index keeps large imports' terms in memory (m005).
        assert lib.db.execute("SELECT v FROM papers_fts_config WHERE k = 'hashsize'").fetchone() == (33554432,)
        # The filters read the newest indexes.
        assert lib.search_ids("", Filters(condition="systemic-sclerosis")) == [1]
        assert lib.search_ids("", Filters(design="phase I trial")) == [4]
    assert snapshot(path, older_columns) == before

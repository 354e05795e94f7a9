"""The papers table's columns come from one declaration (library/columns.py):
what a write stores, what a notes save updates, what the table reads and
sorts by, and the columns an existing library gains when it is opened."""

import shutil
import sqlite3
from pathlib import Path

from exodesk.library import Library, columns, import_paths
from exodesk.library.locations import open_library
from exodesk.model import Notes

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
# A column declared after the library was made: each paper's volume.
VOLUME = columns.Column("trial_volume", lambda paper, notes: paper.volume, label="Volume", sort="trial_volume")


def declared_values(library: Library, paper_id: int) -> dict:
    return columns.values(library.get(paper_id), library.notes(paper_id))


def test_what_the_library_stores_and_reads_is_what_the_declaration_computes(new_library):
    library = new_library
    ids = [i for result in import_paths(library, SEEDS) for i in result.paper_ids]
    library.save_notes(ids[0], Notes(study_design="narrative review", evidence_level="5",
                                     conditions=["acne-scars", "alopecia"], tags=["read"]))
    library.edit_paper(ids[1], {"title": "A title typed by a person"})
    rows = library.rows(ids)
    names = {"id"} | {c.name for c in columns.COLUMNS}
    assert {i: set(row) for i, row in rows.items()} == {i: names for i in ids}
    assert {i: {k: v for k, v in rows[i].items() if k in declared_values(library, i)} for i in ids} == {
        i: declared_values(library, i) for i in ids}
    assert rows[ids[0]]["conditions"] == "acne-scars,alopecia"
    # Every sortable column orders the table, empty values last.
    for name, sql in columns.SORTS.items():
        ordered = library.search_ids("", order_by=name)
        assert sorted(ordered) == sorted(ids), name
        assert sql.split()[0] == name


def test_a_newly_declared_column_reaches_a_library_made_before_it(library_location, monkeypatch):
    with open_library(library_location) as library:
        ids = [i for result in import_paths(library, SEEDS) for i in result.paper_ids]
        volumes = {i: library.get(i).volume for i in ids}
    assert any(volumes.values())
    monkeypatch.setattr(columns, "COMPUTED", (*columns.COMPUTED, VOLUME))
    for _opening in range(2):  # added once: the next opening finds it there
        with open_library(library_location) as library:
            assert dict(library.db.execute("SELECT id, trial_volume FROM papers")) == volumes


def test_a_newly_declared_column_reaches_an_existing_library_filled_from_its_records(tmp_path, monkeypatch):
    # SQLite only: the library was made by an older SQLite schema.
    path = tmp_path / "library.sqlite"
    shutil.copy(FIXTURES / "library-v3.sqlite", path)
    with sqlite3.connect(path) as db:
        volumes = dict(db.execute("SELECT id, json_extract(data, '$.volume') FROM papers"))
    assert any(volumes.values())
    monkeypatch.setattr(columns, "COMPUTED", (*columns.COMPUTED, VOLUME))
    with Library(path, backup=False) as library:
        assert dict(library.db.execute("SELECT id, trial_volume FROM papers")) == volumes
    with Library(path, backup=False) as library:  # added once: the next opening finds it there
        assert [r[1] for r in library.db.execute("PRAGMA table_info(papers)")].count("trial_volume") == 1

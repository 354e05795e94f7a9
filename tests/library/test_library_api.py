"""Callers go through Library's operations, never its database connection:
another storage engine can then stand behind the same names."""

import ast
from pathlib import Path

import pytest

from exodesk.library import Library
from exodesk.library.locations import open_library
from exodesk.model import Notes, Paper

PACKAGE = Path(__file__).resolve().parents[2] / "exodesk"


def test_no_module_outside_the_library_reaches_into_its_database():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "library":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "db":
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_a_failed_transaction_leaves_nothing_and_a_failed_part_only_itself(new_library):
    library = new_library
    with pytest.raises(RuntimeError), library.transaction():
        library.insert_paper(Paper(title="Lost with its transaction"))
        raise RuntimeError
    with library.transaction():
        kept = library.insert_paper(Paper(title="Kept"))
        with pytest.raises(RuntimeError), library.transaction():
            library.save_notes(kept, Notes(free_notes="undone with its part"))
            raise RuntimeError
    assert ([library.get(i).title for i in library.all_ids()], library.notes(kept)) == (["Kept"], Notes())


def test_waiting_shortens_the_wait_for_the_block_only(tmp_path):
    # SQLite's busy timeout; the server's lock timeout is the next test's.
    with Library(tmp_path / "library.sqlite", backup=False) as library:
        usual = library.db.execute("PRAGMA busy_timeout").fetchone()[0]
        with library.waiting(0.25):
            during = library.db.execute("PRAGMA busy_timeout").fetchone()[0]
        after = library.db.execute("PRAGMA busy_timeout").fetchone()[0]
    assert (usual, during, after) == (30_000, 250, 30_000)


def test_waiting_shortens_the_servers_lock_wait_for_the_block_only(shared_location):
    with open_library(shared_location) as library:
        usual = library.db.execute("SHOW lock_timeout").fetchone()[0]
        with library.waiting(0.25):
            during = library.db.execute("SHOW lock_timeout").fetchone()[0]
        after = library.db.execute("SHOW lock_timeout").fetchone()[0]
    assert (usual, during, after) == ("30s", "250ms", "30s")


def test_a_closed_library_says_so(library_location):
    library = open_library(library_location)
    assert library.is_open()
    library.close()
    assert not library.is_open()

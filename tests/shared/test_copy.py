"""Moving a whole library between a file and a server (`exodesk library copy`):
everything arrives, the counts and hashes of every table agree, and a
library copied to a server and back is the library it was."""

import json
from pathlib import Path

import pytest
from test_cli import SEEDS, run

from exodesk.library import Library
from exodesk.library.copy import TABLES, copy_library
from exodesk.library.handouts import handout_history, record_handout, reprint
from exodesk.library.locations import open_library
from exodesk.library.shared.schema import CLINICIAN_ROLE
from exodesk.model import Notes


def a_library_with_everything(path: Path, capsys) -> list[int]:
    """A file library holding a row in every table: imported seeds (kept files,
    their links and log), notes saved twice, a trashed paper, a pair marked as
    not duplicates, and an approved handout with its PDF."""
    assert run(capsys, "--library", path, "--create", "import", *SEEDS)[0] == 0
    with Library(path, backup=False) as library:
        ids = library.all_ids()
        library.save_notes(ids[0], Notes(tags=["reception"], conditions=["scleroderma"]))
        library.save_notes(ids[0], Notes(tags=["reception", "room 2"], conditions=["scleroderma"]))
        assert library.notes_version(ids[0]) > 1
        library.move_to_trash([ids[-1]])
        with library.transaction():
            library.db.execute("INSERT INTO not_duplicates(a, b) VALUES (?, ?)", [ids[1], ids[2]])
        snapshot = {"condition": "scleroderma", "language": "en", "paper_ids": ids[:2], "review_by": "2027-06-01",
                    "notes": [{}, {}]}
        record_handout(library, snapshot=snapshot, pdf=b"%PDF-1.4 sheet\x00\xff", approved_by="Dr Lin")
    return ids


def hash_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if " rows  sha256 " in line]


def shown_papers(capsys, location, ids) -> list[dict]:
    # Who last changed a paper is the server's record of its own logins, not a part of the library copied.
    shown = [json.loads(run(capsys, "--library", location, "show", "--json", paper_id)[1]) for paper_id in ids]
    return [{key: value for key, value in paper.items() if key != "changed_by"} for paper in shown]


@pytest.fixture
def clinician_role(postgres_server, shared_location):
    """The role an approved handout's record needs on the server (library init makes it)."""
    with postgres_server.admin() as admin:
        made = not admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [CLINICIAN_ROLE]).fetchone()
        if made:
            admin.execute(f"CREATE ROLE {CLINICIAN_ROLE}")
    yield
    if made:  # roles are the whole server's: left as other tests found them
        with postgres_server.admin() as admin:
            admin.execute(f"DROP ROLE {CLINICIAN_ROLE}")


def test_a_library_copied_to_a_server_and_back_is_the_same(capsys, tmp_path, shared_location, clinician_role):
    original = tmp_path / "reception.sqlite"
    ids = a_library_with_everything(original, capsys)
    back = tmp_path / "back.sqlite"
    with Library(original, backup=False) as library:
        versions = [library.notes_version(i) for i in ids]

    code, to_server, _err = run(capsys, "library", "copy", original, shared_location)
    assert code == 0, to_server
    code, to_file, _err = run(capsys, "library", "copy", shared_location, back)
    assert code == 0, to_file

    assert [line.split()[0] for line in hash_lines(to_server)] == [table for table, _key in TABLES]
    assert all(line.split()[1] != "0" for line in hash_lines(to_server))  # every table had something to copy
    assert hash_lines(to_server) == hash_lines(to_file)
    assert to_server.splitlines()[-1].startswith("result: copied whole")
    assert f"search index: {len(ids)} papers indexed anew" in to_server
    assert shown_papers(capsys, shared_location, ids) == shown_papers(capsys, original, ids)
    assert shown_papers(capsys, back, ids) == shown_papers(capsys, original, ids)
    for location in (shared_location, back):
        with open_library(location) as library:
            assert library.search_ids("room") == [ids[0]]  # notes are searched: the index was built
            assert library.count(trash=True) == 1
            assert [library.notes_version(i) for i in ids] == versions
            assert reprint(library, 1) == b"%PDF-1.4 sheet\x00\xff"
            assert [h["approved_by"] for h in handout_history(library)] == ["Dr Lin"]
            # New rows on the copy are numbered after the copied ones.
            assert record_handout(library, snapshot={"condition": "x", "language": "en", "paper_ids": [],
                                                     "review_by": "2027-01-01"}, pdf=b"%PDF") == 2


def test_a_copy_into_a_library_that_holds_anything_is_refused(capsys, tmp_path, shared_location):
    original = tmp_path / "reception.sqlite"
    a_library_with_everything(original, capsys)
    assert run(capsys, "--library", shared_location, "import", SEEDS[0])[0] == 0

    code, out, err = run(capsys, "library", "copy", original, shared_location)

    assert (code, out) == (2, "")
    assert err.startswith(f"exodesk: {shared_location} already holds 1 rows in papers, ")
    assert err.endswith("a library is copied only into an empty one (a new file, or a new database made with "
                        "`exodesk library init`)\n")
    with open_library(shared_location) as library:
        assert library.count() == 1
    # Nor into itself, however its path is spelt (it would wait on its own lock).
    (tmp_path / "sub").mkdir()
    assert run(capsys, "library", "copy", original, tmp_path / "sub" / ".." / original.name) == (
        2, "", "exodesk: the library to copy and where to copy it are the same\n")


def test_a_copy_that_comes_out_different_is_undone(capsys, tmp_path, monkeypatch):
    original = tmp_path / "reception.sqlite"
    a_library_with_everything(original, capsys)
    target = tmp_path / "copy.sqlite"
    # The kept files' bytes lost on the way: the first reading of them (the
    # copy's) gives them empty, the next (the check's) as they are.
    from exodesk.library import copy

    real, readings = copy._batches, []

    def lossy(library, table, names, key):
        readings.append(table)
        for rows in real(library, table, names, key):
            if readings.count("files") == 1 and table == "files":
                rows = [tuple(b"" if isinstance(v, bytes) else v for v in row) for row in rows]
            yield rows

    monkeypatch.setattr(copy, "_batches", lossy)
    report = copy_library(original, target)
    assert not report.ok
    assert [t.name for t in report.tables if not t.ok] == ["files"]
    assert report.lines()[-1] == "result: NOT copied: the copy differed from the original, so it was undone"
    with Library(target, backup=False) as library:
        assert library.count() == 0

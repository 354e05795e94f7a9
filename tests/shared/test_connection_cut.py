"""A lost connection to the server loses nothing: the library reconnects
and the edit in hand is saved, exactly once, whether the connection is cut
between statements, in the middle of a transaction, at its COMMIT, or by a
server restart; a server gone for good is a clear error, not a traceback."""

import contextlib

import psycopg
import pytest
from postgres_server import database_of

from exodesk.export import export
from exodesk.library.importing import ALREADY, IMPORTED, import_paths
from exodesk.library.shared.database import (
    RECONNECT_SECONDS,
    ConnectionLost,
    RerunNeeded,
)
from exodesk.library.shared.store import SharedLibrary
from exodesk.library.store import NotesConflict
from exodesk.model import Author, Notes, Paper


@pytest.fixture
def library(shared_location):
    library = SharedLibrary(shared_location)
    yield library
    library.close()


@pytest.fixture
def paper_id(library):
    return library.insert_paper(Paper(title="Exosomes in wound healing", date="2021"))


def cut_before(library, monkeypatch, method: str, cut):
    """Run `cut` once, just before the library's `method` is next called."""
    original = getattr(library, method)
    done = []

    def first_cut_then(*args, **kwargs):
        if not done:
            done.append(cut())
        return original(*args, **kwargs)

    monkeypatch.setattr(library, method, first_cut_then)
    return done


def saved_exactly_once(library, paper_id, tags):
    assert library.notes(paper_id).tags == tags
    assert library.notes_version(paper_id) == 1
    assert library.search_ids("dressing") == [paper_id]


def test_a_connection_cut_between_statements_is_made_again(library, paper_id, postgres_server, shared_location):
    assert postgres_server.cut(shared_location) >= 1

    library.save_notes(paper_id, Notes(tags=["dressing"]), based_on=0)

    saved_exactly_once(library, paper_id, ["dressing"])


def test_a_new_connection_has_the_session_settings_of_the_lost_one(library, postgres_server, shared_location):
    with library.waiting(0.5):
        postgres_server.cut(shared_location)
        assert library.db.execute("SHOW lock_timeout").fetchone()[0] == "500ms"
        assert library.db.execute("SHOW TimeZone").fetchone()[0] == "UTC"


def test_a_notes_edit_cut_in_the_middle_is_replayed_once(library, paper_id, postgres_server, shared_location,
                                                          monkeypatch):
    # The notes row is written, then the connection goes before the search index is.
    cuts = cut_before(library, monkeypatch, "_reindex", lambda: postgres_server.cut(shared_location))

    assert library.save_notes(paper_id, Notes(tags=["dressing"]), based_on=0) == 1

    assert cuts and cuts[0] >= 1
    saved_exactly_once(library, paper_id, ["dressing"])


def test_a_server_restart_in_the_middle_of_an_edit_keeps_it(library, paper_id, postgres_server, monkeypatch):
    cuts = cut_before(library, monkeypatch, "_reindex", postgres_server.restart)

    assert library.save_notes(paper_id, Notes(tags=["dressing"]), based_on=0) == 1

    assert cuts
    saved_exactly_once(library, paper_id, ["dressing"])


def cut_at_commit(library, monkeypatch, cut, *, after_commit: bool):
    """Cut the library's connection when it sends COMMIT: before the server
    has it, or after the server committed but before the answer arrives."""
    real_execute = psycopg.Connection.execute
    done = []

    def execute(conn, query, *args, **kwargs):
        if conn is library.db.raw and query == "COMMIT" and not done:
            done.append(True)
            if after_commit:
                real_execute(conn, query, *args, **kwargs)
                cut()
                return real_execute(conn, "SELECT 1")  # the answer the connection never gives
            cut()
        return real_execute(conn, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", execute)
    return done


@pytest.mark.parametrize("after_commit", [False, True], ids=["before the server commits", "after it commits"])
def test_a_connection_lost_at_commit_saves_once_having_asked_the_server(
        library, paper_id, postgres_server, shared_location, monkeypatch, after_commit):
    cuts = cut_at_commit(library, monkeypatch, lambda: postgres_server.cut(shared_location),
                         after_commit=after_commit)

    assert library.save_notes(paper_id, Notes(tags=["dressing"]), based_on=0) == 1

    assert cuts
    saved_exactly_once(library, paper_id, ["dressing"])


def cut_then_someone_else_saves(postgres_server, shared_location, paper_id):
    postgres_server.cut(shared_location)
    with SharedLibrary(shared_location) as other:
        other.save_notes(paper_id, Notes(tags=["theirs"]))


def test_a_save_cut_while_someone_else_saved_those_notes_is_refused_with_theirs(
        library, paper_id, postgres_server, shared_location, monkeypatch):
    # Between the cut and the replay another workstation saved these notes:
    # replaying would overwrite them unseen; run again whole, the save sees theirs.
    cut_before(library, monkeypatch, "_reindex",
               lambda: cut_then_someone_else_saves(postgres_server, shared_location, paper_id))

    with pytest.raises(NotesConflict) as conflict:
        library.save_notes(paper_id, Notes(tags=["mine"]), based_on=0)

    assert conflict.value.theirs.tags == ["theirs"] and conflict.value.version == 1
    assert library.notes(paper_id).tags == ["theirs"]
    assert library.notes_version(paper_id) == 1


def test_a_transaction_the_library_changed_under_keeps_nothing_and_asks_to_be_run_again(
        library, paper_id, postgres_server, shared_location):
    def log_import(status):
        library.log_import(path="a.ris", file_hash=None, importer=None, status=status, paper_ids=[], reason="")

    with pytest.raises(RerunNeeded), library.transaction():
        log_import("first")
        library.notes_version(paper_id)
        cut_then_someone_else_saves(postgres_server, shared_location, paper_id)
        with contextlib.suppress(RerunNeeded):
            log_import("second")  # the replay finds the version changed
        log_import("third")  # not written outside any transaction: the block was given up

    assert library.db.execute("SELECT count(*) FROM import_log").fetchone()[0] == 0
    assert library.notes(paper_id).tags == ["theirs"]


def test_a_server_gone_for_good_in_the_middle_of_an_edit_is_a_clear_error_and_the_edit_can_be_saved_later(
        paper_id, postgres_server, shared_location, monkeypatch):
    # The tests' server lets the user in without a password; the address still carries one.
    library = SharedLibrary(shared_location.replace("exodesk_test@", "exodesk_test:s3cret@"), reconnect_seconds=1)
    name = database_of(shared_location)

    def server_gone():
        with postgres_server.admin() as admin:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        postgres_server.cut(shared_location)

    cut_before(library, monkeypatch, "_reindex", server_gone)
    with pytest.raises(ConnectionLost) as lost:
        library.save_notes(paper_id, Notes(tags=["dressing"]), based_on=0)

    message = str(lost.value)
    assert message.startswith(f"The shared library at {shared_location} could not be reached for 1 s (")
    assert "s3cret" not in message
    assert message.endswith("; the change in hand was not saved") and "\n" not in message
    assert lost.value.kind == "unreachable"
    with postgres_server.admin() as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    monkeypatch.undo()
    library.db.reconnect_seconds = RECONNECT_SECONDS  # the server back may take its pool a moment
    assert library.notes_version(paper_id) == 0  # nothing of it was kept
    # The window kept the edit; saved again once the server is back, it is saved once.
    library.save_notes(paper_id, Notes(tags=["dressing"]), based_on=0)
    saved_exactly_once(library, paper_id, ["dressing"])
    library.close()


def test_an_import_cut_while_another_workstation_imported_the_same_paper_is_run_again_not_doubled(
        library, postgres_server, shared_location, monkeypatch, tmp_path):
    paper = Paper(title="Plasma exosomes after burns", date="2020", doi="10.5555/burns.1",
                  authors=[Author(family="Li", given="Wei")], journal="Burns")
    (tmp_path / "reception.ris").write_text(export([paper], "ris"), "utf-8")
    (tmp_path / "office.bib").write_text(export([paper], "bibtex"), "utf-8")

    def cut_then_the_office_imports():
        postgres_server.cut(shared_location)
        with SharedLibrary(shared_location) as office:
            assert [r.status for r in import_paths(office, [tmp_path / "office.bib"])] == [IMPORTED]

    # The reception's paper is stored, then the session goes and the office
    # imports the same paper: the reception's import, replayed, would double it.
    cuts = cut_before(library, monkeypatch, "link_files", cut_then_the_office_imports)

    results = import_paths(library, [tmp_path / "reception.ris"])

    assert cuts
    assert [r.status for r in results] == [ALREADY]  # run again whole, it found the office's paper
    assert library.db.execute("SELECT count(*) FROM papers").fetchone()[0] == 1


def test_a_cut_that_ends_a_batch_of_statements_half_way_is_made_again(library, monkeypatch):
    """psycopg sends a batch (executemany) in pipeline mode: a connection cut
    in the middle of it raises "cannot exit pipeline mode while busy" before
    libpq marks the connection closed. It is a lost connection all the same."""
    ids = [library.insert_paper(Paper(title=f"Exosomes for scars, study {n}", date="2021")) for n in range(3)]
    send, cut = library.db._send, []

    def cut_in_the_batch(sql, values, many):
        if many and not cut:
            cut.append(sql)
            raise psycopg.OperationalError("cannot exit pipeline mode while busy")
        return send(sql, values, many)

    monkeypatch.setattr(library.db, "_send", cut_in_the_batch)
    assert sorted(library.rebuild_index()) == []  # no paper skipped
    assert cut and sorted(library.search_ids("scars")) == sorted(ids)
    assert library.db.execute("SELECT count(*) FROM search").fetchone()[0] == 3

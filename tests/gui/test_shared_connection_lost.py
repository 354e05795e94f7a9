"""A lost connection to the shared library's server keeps the notes being
typed: they stay in the editor, the window says they are not saved yet, and
they are saved once the server takes connections again."""

import os
from pathlib import Path

import psycopg
from postgres_server import database_of

from exodesk.library.journal import NOTES, PAPER, SUFFIX, Journal
from exodesk.library.shared.store import SharedLibrary
from exodesk.model import Paper

NOT_SAVED = ("Not saved yet: the shared library's server cannot be reached now. What you typed stays here "
             "and ExoDesk tries again.")
TYPED = "typed while the server was out of reach"


def saved_notes(location: str, paper_id: int) -> str:
    with psycopg.connect(location) as conn:  # a connection of its own, apart from the window's pool
        row = conn.execute("SELECT data FROM notes WHERE paper_id = %s", [paper_id]).fetchone()
    return str(row[0]) if row else ""


def test_notes_typed_while_the_server_is_out_of_reach_are_kept_and_saved_when_it_is_back(
        open_window, shared_location, postgres_server, qtbot):
    database = database_of(shared_location)
    with SharedLibrary(shared_location) as reception:
        paper_id = reception.insert_paper(Paper(title="Exosomes for hair loss", date="2023"))
    window = open_window(shared_location)
    window.select_papers([paper_id])
    with postgres_server.admin() as admin:  # the network goes: every connection cut, and no new one taken
        admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [database])

    editor = window.notes_editor
    editor.free_notes.setPlainText(TYPED)
    editor.flush()
    assert editor.status.text() == NOT_SAVED
    assert window.unsaved.banner.isVisible()
    qtbot.wait(3000)  # the window's looks and tries meanwhile fail, and keep the edit
    assert editor.free_notes.toPlainText() == TYPED
    assert window.unsaved.journal.pending(NOTES, paper_id).fields == {"free_notes": TYPED}
    window.edit_paper(paper_id, {"title": "Exosomes for alopecia"})  # a field of the paper too
    assert window.unsaved.journal.pending(PAPER, paper_id).fields == {"title": "Exosomes for alopecia"}
    # Kept on this computer too, for the next start if ExoDesk is closed before the server is back.
    kept = window.unsaved.journal.path
    assert kept.parent == Path(os.environ["EXODESK_CONFIG"]) / "shared"
    assert Journal(kept.with_name(kept.name.removesuffix(SUFFIX))).pending(NOTES, paper_id).fields == {
        "free_notes": TYPED}

    with postgres_server.admin() as admin:
        admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
    qtbot.waitUntil(lambda: TYPED in saved_notes(shared_location, paper_id), timeout=20000)
    qtbot.waitUntil(lambda: not window.unsaved.banner.isVisible(), timeout=5000)
    assert window.library.is_open() and editor.status.text() == "Saved"
    assert editor.free_notes.toPlainText() == TYPED
    assert not kept.exists()
    with SharedLibrary(shared_location) as library:
        assert library.get(paper_id).title == "Exosomes for alopecia"


def test_notes_kept_when_the_window_closed_out_of_reach_are_saved_at_the_next_start(
        open_window, shared_location, qtbot):
    from exodesk.gui.unsaved import journal_for

    with SharedLibrary(shared_location) as library:
        paper_id = library.insert_paper(Paper(title="Exosomes for keloids", date="2019"))
        journal_for(library).keep(NOTES, paper_id, {"free_notes": TYPED}, reason="the server cannot be reached")
    window = open_window(shared_location)
    qtbot.waitUntil(lambda: TYPED in saved_notes(shared_location, paper_id), timeout=10000)
    assert not window.unsaved.journal.path.exists()

"""A window on a shared library learns of other workstations' changes, and
only theirs, from the server's notices (LISTEN/NOTIFY)."""

import time

from exodesk.library.shared.store import SharedLibrary
from exodesk.library.shared.watch import WATCHED, SharedWatch
from exodesk.model import Notes, Paper


def first_news(watch, seconds=10.0):
    """The first look that finds something (a notice takes a moment to travel)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        tables = watch.changes()
        if tables:
            return tables
        time.sleep(0.05)
    return set()


def test_the_watch_tells_other_connections_changes_and_not_its_own(shared_location):
    with SharedLibrary(shared_location) as mine, SharedLibrary(shared_location) as theirs:
        watch = SharedWatch(mine)
        try:
            own = mine.insert_paper(Paper(title="Imported here"))
            mine.save_notes(own, Notes(tags=["mine"]))  # papers and notes, both left out
            # Notices come in the order of the commits: when theirs is here, mine came before it.
            theirs.insert_paper(Paper(title="Imported at reception"))
            assert first_news(watch) == {"papers"}
            assert watch.changes() == set()  # each notice is told once

            theirs.save_notes(own, Notes(tags=["confirmed"]))
            assert first_news(watch) == {"papers", "notes"}
        finally:
            watch.close()


def test_a_lost_listening_connection_is_opened_again_and_counts_as_a_change(shared_location, postgres_server):
    with SharedLibrary(shared_location) as mine:
        watch = SharedWatch(mine)
        try:
            lost = watch.listener.info.backend_pid
            with postgres_server.admin() as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", [lost])
            # Seen within a look or two (the first may read only the server's farewell).
            assert first_news(watch) == WATCHED
            assert watch.listener.info.backend_pid != lost
            assert watch.changes() == set()
        finally:
            watch.close()

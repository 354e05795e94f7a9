"""A shared library the server will not let this login write (a read-only
server, a login without the right) refuses each file in one line saying
so, as a file library on a read-only disk does, and keeps what it has."""

from pathlib import Path

import pytest

from exodesk.library import import_paths

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.mark.parametrize("refusal, reason", [
    ("SET default_transaction_read_only = on",
     "could not be saved: the library cannot be written (cannot execute INSERT in a read-only transaction)"),
    ("SET ROLE nobody_may_write",
     "could not be saved: this login may not write to the library (permission denied for table files)"),
])
def test_a_library_this_login_may_not_write_refuses_each_file_and_keeps_its_papers(shared_location, refusal,
                                                                                     reason):
    from exodesk.library.shared.store import SharedLibrary

    with SharedLibrary(shared_location) as library:
        import_paths(library, SEEDS[:1])
        library.db.execute("DO $$ BEGIN CREATE ROLE nobody_may_write; EXCEPTION WHEN duplicate_object THEN END $$")
        library.db.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO nobody_may_write")
        library.db.execute(refusal)
        results = import_paths(library, SEEDS[1:3])
        assert [(r.status, r.reason) for r in results] == [("refused", reason)] * 2
        library.db.execute("RESET ALL; RESET ROLE")
        assert library.count() == 1
        assert [r.status for r in import_paths(library, SEEDS[1:3])] == ["imported", "imported"]

"""Approving a handout on a shared library is the server's rule: with the
clinician role, its members may; on a server where the role was never made,
the database's owner may. Anyone else is refused in one clear line, and the
approving login is recorded by the server."""

import postgres_server
import psycopg
import pytest

from exodesk.library import LibraryError, faults
from exodesk.library.handouts import handout_history, record_handout
from exodesk.library.shared import connection, schema
from exodesk.library.shared.schema import CLINICIAN_ROLE
from exodesk.library.shared.store import SharedLibrary
from exodesk.model import Paper

SNAPSHOT = {"condition": "perianal-fistula", "language": "en", "paper_ids": [], "notes": [],
            "review_by": "2027-12-01"}
LOGINS = ("owner", "reception", "doctor")


@pytest.fixture(scope="module")
def server():
    # A server of this module's own: roles belong to the whole server, and
    # these tests need one where the clinician role does not exist yet.
    server = postgres_server.TestServer()
    try:
        with server.admin() as admin:
            for login in LOGINS:
                admin.execute(f"CREATE ROLE {login} LOGIN")
            admin.execute("CREATE DATABASE clinic OWNER owner")
        SharedLibrary(server.url("clinic")).close()  # the tables, as the superuser makes them
        grant_all(server, "clinic")
        yield server
    finally:
        connection.close_pools()
        server.stop()


def grant_all(server, database):
    with psycopg.connect(server.url(database), autocommit=True) as db:
        for login in LOGINS:
            db.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {login}")
            db.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {login}")


def record(server, login, approved_by, database="clinic"):
    with SharedLibrary(server.url(database, login)) as library:
        return record_handout(library, snapshot=SNAPSHOT, pdf=b"%PDF-1.4", approved_by=approved_by)


def approvals(server):
    with SharedLibrary(server.url("clinic")) as library:
        return {(h["id"], h["approved_by"]) for h in handout_history(library)}, dict(
            library.db.execute("SELECT id, approved_login FROM handouts"))


def test_without_the_clinician_role_only_the_owner_may_approve(server):
    with pytest.raises(LibraryError) as refused:
        record(server, "reception", "Dr Chan")
    assert str(refused.value) == ("The handout was not recorded: only a clinician may approve a handout; "
                                  "reception is not one")
    assert refused.value.kind == faults.NOT_ALLOWED and "\n" not in str(refused.value)
    draft = record(server, "reception", "")
    approved = record(server, "owner", "Dr Chan")
    assert approvals(server) == ({(draft, None), (approved, "Dr Chan")}, {draft: None, approved: "owner"})


def test_with_the_clinician_role_its_members_approve_and_no_one_else(server):
    with server.admin() as admin:
        admin.execute(f"CREATE ROLE {CLINICIAN_ROLE}")
        admin.execute(f"GRANT {CLINICIAN_ROLE} TO doctor")
    try:
        for login in ("owner", "reception"):
            with pytest.raises(LibraryError, match=f"{login} is not one"):
                record(server, login, "Dr Chan")
        by_doctor = record(server, "doctor", "Dr Chan")
        by_superuser = record(server, "exodesk_test", "Dr Lee")
        _history, logins = approvals(server)
        assert (logins[by_doctor], logins[by_superuser]) == ("doctor", "exodesk_test")
    finally:
        connection.close_pools()
        with server.admin() as admin:
            admin.execute(f"DROP ROLE {CLINICIAN_ROLE}")


def test_a_library_made_before_the_change_is_upgraded_when_opened(server, monkeypatch):
    with server.admin() as admin:
        admin.execute("CREATE DATABASE older OWNER owner")
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    with SharedLibrary(server.url("older")) as library:
        paper_id = library.insert_paper(Paper(title="Exosomes for perianal fistula"))
    monkeypatch.undo()
    with SharedLibrary(server.url("older")) as library:  # as whoever made the tables
        assert schema.schema_version(library.db) == len(schema.MIGRATIONS)
        assert library.get(paper_id).title == "Exosomes for perianal fistula"
    grant_all(server, "older")
    with pytest.raises(LibraryError, match="reception is not one"):
        record(server, "reception", "Dr Chan", "older")
    record(server, "owner", "Dr Chan", "older")

"""Logins on the tests' server in the two roles a clinic gives its people:
`exodesk_staff` (import and annotate) and `exodesk_clinician` (a member of
staff who may also approve a handout). Roles belong to the whole server,
so they are made once; the grants are made on each test's database."""

from __future__ import annotations

import contextlib

import psycopg
from postgres_server import TestServer, database_of

from exodesk.library.shared.schema import CLINICIAN_ROLE, STAFF_ROLE
from exodesk.library.shared.store import SharedLibrary

STAFF_LOGIN = "reception_desk"
CLINICIAN_LOGIN = "dr_wong"


def _create(admin: psycopg.Connection, statement: str) -> None:
    with contextlib.suppress(psycopg.errors.DuplicateObject):  # made by an earlier test
        admin.execute(statement)


def make_logins(server: TestServer, location: str) -> dict[str, str]:
    """The addresses of `location`'s library as a staff login and as a clinician's."""
    with server.admin() as admin:
        _create(admin, f"CREATE ROLE {STAFF_ROLE}")
        _create(admin, f"CREATE ROLE {CLINICIAN_ROLE} IN ROLE {STAFF_ROLE}")
        _create(admin, f"CREATE ROLE {STAFF_LOGIN} LOGIN IN ROLE {STAFF_ROLE}")
        _create(admin, f"CREATE ROLE {CLINICIAN_LOGIN} LOGIN IN ROLE {CLINICIAN_ROLE}")
    with psycopg.connect(location, autocommit=True) as owner:
        owner.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {STAFF_ROLE}")
        owner.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {STAFF_ROLE}")
    database = database_of(location)
    return {STAFF_LOGIN: server.url(database, user=STAFF_LOGIN),
            CLINICIAN_LOGIN: server.url(database, user=CLINICIAN_LOGIN)}


class Workstations:
    """Shared libraries opened as the logins above, closed together."""

    def __init__(self, server: TestServer, location: str):
        self.locations = make_logins(server, location)
        self.opened: list[SharedLibrary] = []

    def open(self, login: str) -> SharedLibrary:
        library = SharedLibrary(self.locations[login])
        self.opened.append(library)
        return library

    def close(self) -> None:
        for library in self.opened:
            library.close()


def approvals(library) -> list[tuple]:
    """The recorded handouts' typed approver and the server's login, oldest first."""
    return library.db.execute("SELECT approved_by, approved_login FROM handouts ORDER BY id").fetchall()

"""Logins on the tests' server in the two roles a clinic gives its people:
`exodesk_staff` (import and annotate) and `exodesk_clinician` (a member of
staff who may also approve a handout). Roles belong to the whole server:
those made here are dropped afterwards, so that a later test (library init's)
finds the server as it was."""

from __future__ import annotations

import psycopg
from postgres_server import TestServer, database_of

from exodesk.library.shared import connection
from exodesk.library.shared.schema import CLINICIAN_ROLE, STAFF_ROLE
from exodesk.library.shared.store import SharedLibrary

STAFF_LOGIN = "reception_desk"
CLINICIAN_LOGIN = "dr_wong"
ROLES = {STAFF_ROLE: "", CLINICIAN_ROLE: "", STAFF_LOGIN: " LOGIN", CLINICIAN_LOGIN: " LOGIN"}


class Workstations:
    """Shared libraries on one test's database opened as the logins above,
    closed together, and the roles that were not there before dropped."""

    def __init__(self, server: TestServer, location: str):
        self.server, self.location = server, location
        self.opened: list[SharedLibrary] = []
        with server.admin() as admin:
            present = {r[0] for r in admin.execute("SELECT rolname FROM pg_roles")}
            self.made = [role for role in ROLES if role not in present]
            for role in self.made:
                admin.execute(f"CREATE ROLE {role}{ROLES[role]}")
            # Granted each time (a grant held already is only a notice): roles
            # made by library init may not hold them yet.
            admin.execute(f"GRANT {STAFF_ROLE} TO {CLINICIAN_ROLE}, {STAFF_LOGIN}")
            admin.execute(f"GRANT {CLINICIAN_ROLE} TO {CLINICIAN_LOGIN}")
        with psycopg.connect(location, autocommit=True) as owner:
            owner.execute(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {STAFF_ROLE}")
            owner.execute(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {STAFF_ROLE}")

    def open(self, login: str) -> SharedLibrary:
        library = SharedLibrary(self.server.url(database_of(self.location), user=login))
        self.opened.append(library)
        return library

    def close(self) -> None:
        for library in self.opened:
            library.close()
        connection.close_pools()
        if not self.made:
            return
        with psycopg.connect(self.location, autocommit=True) as owner:
            owner.execute(f"DROP OWNED BY {', '.join(self.made)}")  # the grants on this database
        with self.server.admin() as admin:
            for role in self.made:
                admin.execute(f"DROP ROLE {role}")


def approvals(library) -> list[tuple]:
    """The recorded handouts' typed approver and the server's login, oldest first."""
    return library.db.execute("SELECT approved_by, approved_login FROM handouts ORDER BY id").fetchall()

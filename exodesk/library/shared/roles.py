"""Setting up a shared library on a server (`exodesk library init`): its
tables, and the two PostgreSQL roles the clinic's logins are given.

- `exodesk_staff` may read, import and annotate: every privilege on the
  library's tables and sequences, and its functions;
- `exodesk_clinician` is staff, and may also approve a handout, which the
  server's approval trigger (shared/schema.py) allows no one else.

The roles are the server's, so the server enforces them: a workstation
cannot claim one it was not given. Run again, init changes nothing that is
already so; it is also how the grants reach tables a new version adds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from psycopg import sql

from exodesk.library.faults import first_line
from exodesk.library.shared.schema import CLINICIAN_ROLE, STAFF_ROLE


class SetupError(Exception):
    """A setup that could not be made; the message says why. Nothing was changed."""


@dataclass
class Setup:
    migrations: list[str] = field(default_factory=list)  # the schema's, all applied
    made: list[str] = field(default_factory=list)  # roles made now (not there before)
    granted: list[tuple[str, str]] = field(default_factory=list)  # (role, login)

    def lines(self) -> list[str]:
        lines = [f"tables: ready (migrations {', '.join(self.migrations)})"]
        for role in (STAFF_ROLE, CLINICIAN_ROLE):
            lines.append(f"role {role}: {'made' if role in self.made else 'already there'}; privileges granted")
        lines += [f"login {login}: given {role}" for role, login in self.granted]
        return lines


def init(location: str, *, clinicians: Sequence[str] = (), staff: Sequence[str] = ()) -> Setup:
    """Make the library's tables and roles on the server at `location` (an
    administrator's login), and give the roles to the logins named."""
    from exodesk.library.shared.store import SharedLibrary

    library = SharedLibrary(location, backup=False)  # opening applies the migrations
    try:
        db = library.db
        setup = Setup(migrations=[n for (n,) in db.execute("SELECT name FROM exodesk_migrations ORDER BY name")])
        try:
            with library.transaction():
                _check_logins(db, [*clinicians, *staff])
                setup.made = _make_roles(db)
                _grant_privileges(db)
                for role, logins in ((CLINICIAN_ROLE, clinicians), (STAFF_ROLE, staff)):
                    for login in logins:
                        db.execute(_quoted(db, "GRANT {} TO {}", role, login))
                        setup.granted.append((role, login))
        except library.database_errors as error:
            raise SetupError(f"{library.shown_location} was not set up, nothing was changed: "
                             f"{first_line(error)}") from None
        return setup
    finally:
        library.close()


def _check_logins(db, logins: list[str]) -> None:
    found = {name for (name,) in db.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(?)", [logins])}
    missing = [login for login in logins if login not in found]
    if missing:
        raise SetupError(f"there is no login {', '.join(missing)} on the server; make each first "
                         f"(CREATE ROLE {missing[0]} LOGIN PASSWORD '...'), then run init again")


def _make_roles(db) -> list[str]:
    made = []
    for role in (STAFF_ROLE, CLINICIAN_ROLE):
        if not db.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", [role]).fetchone():
            db.execute(_quoted(db, "CREATE ROLE {} NOLOGIN", role))
            made.append(role)
    db.execute(_quoted(db, "GRANT {} TO {}", STAFF_ROLE, CLINICIAN_ROLE))  # a clinician is staff too
    return made


def _grant_privileges(db) -> None:
    schema, database = db.execute("SELECT current_schema(), current_database()").fetchone()
    statements = [
        "GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {role}",
        "GRANT USAGE ON SCHEMA {schema} TO {role}",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role}",
        "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {role}",
        "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {schema} TO {role}",
        # Tables a later version's migrations make (as this login) are the staff's too.
        "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {role}",
    ]
    names = {"database": sql.Identifier(database), "schema": sql.Identifier(schema), "role": sql.Identifier(STAFF_ROLE)}
    for statement in statements:
        db.execute(sql.SQL(statement).format(**names).as_string(db.raw))


def _quoted(db, statement: str, *names: str) -> str:
    """A statement with role names quoted as PostgreSQL identifiers (a login may be any text)."""
    return sql.SQL(statement).format(*map(sql.Identifier, names)).as_string(db.raw)

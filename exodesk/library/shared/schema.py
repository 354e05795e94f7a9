"""A shared library's tables on PostgreSQL, built and upgraded by recorded
migrations, as the file library's are (library/schema.py).

The tables are those of the file library, in PostgreSQL's types: the same
declared columns (library/columns.py), the record as JSON text, kept files
as bytes. What the server adds:
- `search`: each paper's search terms as a tsvector, made from the very
  tokens the file library's index holds (shared/search.py), with a GIN index;
- `notes.version`: each save of a paper's notes counts up, so a save based
  on an older version is refused instead of overwriting (shared/store.py);
- `changed_by` on papers and notes, `approved_login` on handouts: the server's
  own login name, set by the server, not by the workstation;
- the roles: `exodesk_staff` may import and annotate; only `exodesk_clinician`
  may record an approved handout, a rule the server enforces;
- a notice on the `exodesk_changes` channel at each change of papers or
  notes, so other workstations learn of it within seconds (LISTEN/NOTIFY).
"""

from __future__ import annotations

from exodesk.library import columns

STAFF_ROLE = "exodesk_staff"
CLINICIAN_ROLE = "exodesk_clinician"
CHANNEL = "exodesk_changes"
# Every write transaction of a shared library holds this lock first (the
# file library's BEGIN IMMEDIATE): writes from several workstations take
# turns, so two imports of one paper at once find each other's.
WRITE_LOCK = 0x45584F44  # "EXOD"

_TYPES = {"TEXT": "TEXT", "INTEGER": "BIGINT", "INTEGER NOT NULL DEFAULT 0": "BIGINT NOT NULL DEFAULT 0"}


def column_type(sql: str) -> str:
    return _TYPES[sql]


def _papers_table() -> str:
    declared = ",\n".join(f"    {c.name} {column_type(c.sql)}" for c in columns.COMPUTED)
    return f"""
CREATE TABLE papers (
    id BIGINT PRIMARY KEY,
{declared},
    added TEXT NOT NULL,
    updated TEXT NOT NULL,
    deleted TEXT,
    data TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT session_user
)"""


_M001 = [
    _papers_table(),
    *(f"CREATE INDEX papers_{c} ON papers({c})" for c in ("doi", "pmid", "pmcid", "title_key", "year")),
    *(f"CREATE INDEX papers_{c} ON papers(lower({c}))" for c in ("title", "first_author", "journal")),
    "CREATE INDEX papers_filtered ON papers(deleted, added, id)",
    """CREATE TABLE notes (
        paper_id BIGINT PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE,
        data TEXT NOT NULL,
        updated TEXT NOT NULL,
        version BIGINT NOT NULL DEFAULT 1,
        changed_by TEXT NOT NULL DEFAULT session_user
    )""",
    """CREATE TABLE files (
        hash TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        size BIGINT NOT NULL,
        content BYTEA NOT NULL,
        added TEXT NOT NULL
    )""",
    """CREATE TABLE paper_files (
        paper_id BIGINT NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
        file_hash TEXT NOT NULL REFERENCES files(hash),
        importer TEXT NOT NULL,
        PRIMARY KEY (paper_id, file_hash)
    )""",
    "CREATE INDEX paper_files_hash ON paper_files(file_hash)",
    """CREATE TABLE import_log (
        id BIGSERIAL PRIMARY KEY,
        at TEXT NOT NULL,
        path TEXT NOT NULL,
        file_hash TEXT,
        importer TEXT,
        status TEXT NOT NULL,
        paper_ids TEXT,
        reason TEXT,
        changed_by TEXT NOT NULL DEFAULT session_user
    )""",
    """CREATE TABLE not_duplicates (
        a BIGINT NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
        b BIGINT NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
        PRIMARY KEY (a, b)
    )""",
    """CREATE TABLE search (
        paper_id BIGINT PRIMARY KEY,
        terms TSVECTOR NOT NULL
    )""",
    "CREATE INDEX search_terms ON search USING GIN (terms)",
    """CREATE TABLE handouts (
        id BIGSERIAL PRIMARY KEY,
        at TEXT NOT NULL,
        condition TEXT NOT NULL,
        language TEXT NOT NULL,
        paper_ids TEXT NOT NULL,
        approved_by TEXT,
        approved_login TEXT,
        review_by TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        pdf BYTEA NOT NULL
    )""",
    "CREATE TABLE exodesk_state (changes BIGINT NOT NULL)",
    "INSERT INTO exodesk_state VALUES (0)",
    # A record as JSON, or NULL for a damaged one (which then gives no checks).
    """CREATE FUNCTION exodesk_json(data TEXT) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
    BEGIN
        RETURN data::jsonb;
    EXCEPTION WHEN others THEN
        RETURN NULL;
    END $$""",
    # Who changed a row is the server's login, whatever a workstation sends.
    """CREATE FUNCTION exodesk_changed_by() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.changed_by := session_user;
        RETURN NEW;
    END $$""",
    "CREATE TRIGGER papers_changed_by BEFORE INSERT OR UPDATE ON papers "
    "FOR EACH ROW EXECUTE FUNCTION exodesk_changed_by()",
    "CREATE TRIGGER notes_changed_by BEFORE INSERT OR UPDATE ON notes "
    "FOR EACH ROW EXECUTE FUNCTION exodesk_changed_by()",
    # Approving a sheet is a clinician's act: the server refuses it from
    # anyone else, and records who it was.
    f"""CREATE FUNCTION exodesk_approval() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.approved_by IS NOT NULL THEN
            IF NOT (pg_has_role(session_user, '{CLINICIAN_ROLE}', 'MEMBER')
                    OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
                RAISE EXCEPTION 'only a clinician may approve a handout; % is not one', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.approved_login := session_user;
        END IF;
        RETURN NEW;
    END $$""",
    "CREATE TRIGGER handouts_approval BEFORE INSERT OR UPDATE ON handouts "
    "FOR EACH ROW EXECUTE FUNCTION exodesk_approval()",
    # A change of papers or notes counts up `exodesk_state` (the window's
    # kept orders are stale) and is told to every listening workstation,
    # with the writer's connection so that it can leave out its own.
    f"""CREATE FUNCTION exodesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE exodesk_state SET changes = changes + 1;
        PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME || ' ' || pg_backend_pid());
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER papers_notify AFTER INSERT OR UPDATE OR DELETE ON papers "
    "FOR EACH STATEMENT EXECUTE FUNCTION exodesk_notify()",
    "CREATE TRIGGER notes_notify AFTER INSERT OR UPDATE OR DELETE ON notes "
    "FOR EACH STATEMENT EXECUTE FUNCTION exodesk_notify()",
]

# m001's check asked pg_has_role about a role that a server never set up
# for ExoDesk does not have, which raised instead of answering. Without the
# role, approving is left to the database's owner (whoever set the library
# up) and superusers; with it, to its members and superusers.
_M002 = [
    f"""CREATE OR REPLACE FUNCTION exodesk_approval() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        allowed boolean;
    BEGIN
        IF NEW.approved_by IS NOT NULL THEN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{CLINICIAN_ROLE}') THEN
                allowed := pg_has_role(session_user, '{CLINICIAN_ROLE}', 'MEMBER');
            ELSE
                allowed := session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database
                                           WHERE datname = current_database());
            END IF;
            IF NOT (allowed OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
                RAISE EXCEPTION 'only a clinician may approve a handout; % is not one', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.approved_login := session_user;
        END IF;
        RETURN NEW;
    END $$""",
]

# Appended to, never edited: a library made by any earlier version upgrades in place.
MIGRATIONS: list[tuple[str, list[str]]] = [
    ("m001_shared_library", _M001),
    ("m002_approval_without_the_role", _M002),
]


def pending(db) -> list[tuple[str, list[str]]]:
    exists = db.execute("SELECT to_regclass('exodesk_migrations') IS NOT NULL").fetchone()[0]
    if not exists:
        return list(MIGRATIONS)
    done = {name for (name,) in db.execute("SELECT name FROM exodesk_migrations")}
    return [m for m in MIGRATIONS if m[0] not in done]


def upgrade(db) -> None:
    """Apply the pending migrations, inside the caller's transaction (which
    holds the write lock, so two workstations never build the tables twice)."""
    db.execute("CREATE TABLE IF NOT EXISTS exodesk_migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
    for name, statements in pending(db):
        for statement in statements:
            db.execute(statement)
        db.execute("INSERT INTO exodesk_migrations(name, applied) VALUES (?, now()::text)", [name])
    _add_declared_columns(db)


def needs_upgrade(db) -> bool:
    """Whether the library lacks a migration or a declared column (a new or an older library)."""
    return bool(pending(db)) or bool(_missing_columns(db))


def _missing_columns(db) -> tuple[columns.Column, ...]:
    present = {name for (name,) in db.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'papers' "
        "AND table_schema = current_schema()")}
    return tuple(c for c in columns.COMPUTED if c.name not in present)


def _add_declared_columns(db) -> None:
    """A column declared after the tables were made (library/columns.py),
    added and filled from the records as the file library does."""
    missing = _missing_columns(db)
    if not missing:
        return
    from exodesk.library.schema import fill_columns

    for column in missing:
        db.execute(f"ALTER TABLE papers ADD COLUMN {column.name} {column_type(column.sql)}")
    fill_columns(db, missing)


def schema_version(db) -> int:
    return db.execute("SELECT count(*) FROM exodesk_migrations").fetchone()[0]

"""The library's tables, built and upgraded by recorded migrations.

Every change to the schema is a new migration appended here (never an edit of
an old one), so a library made by any earlier version upgrades in place.
"""

from __future__ import annotations

import orjson
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from exodesk.library import columns
from exodesk.model import Notes, Paper
from exodesk.text.languages import language_tag

migrations = Migrations("exodesk")

# The columns of `papers` that the table view shows, sorts and filters on are
# copies of values inside `data` (the whole record as JSON), kept in step by
# the library's writes. They are declared in library/columns.py; one added
# there after m005 is added by add_declared_columns, not by a migration.


@migrations()
def m001_papers_files_notes(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE papers (
            id INTEGER PRIMARY KEY,
            title TEXT,
            first_author TEXT,
            year INTEGER,
            journal TEXT,
            doi TEXT,
            pmid TEXT,
            pmcid TEXT,
            title_key TEXT,
            languages TEXT,
            design TEXT,
            level TEXT,
            conditions TEXT,
            tags TEXT,
            needs_review INTEGER NOT NULL DEFAULT 0,
            added TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted TEXT,
            data TEXT NOT NULL
        )
        """
    )
    for column in ("doi", "pmid", "pmcid", "title_key", "year", "added", "deleted"):
        db.execute(f"CREATE INDEX papers_{column} ON papers({column})")
    for column in ("title", "first_author", "journal"):
        db.execute(f"CREATE INDEX papers_{column} ON papers({column} COLLATE NOCASE)")
    db.execute(
        """
        CREATE TABLE notes (
            paper_id INTEGER PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE,
            data TEXT NOT NULL,
            updated TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE files (
            hash TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            content BLOB NOT NULL,
            added TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE paper_files (
            paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            file_hash TEXT NOT NULL REFERENCES files(hash),
            importer TEXT NOT NULL,
            PRIMARY KEY (paper_id, file_hash)
        )
        """
    )
    db.execute("CREATE INDEX paper_files_hash ON paper_files(file_hash)")
    db.execute(
        """
        CREATE TABLE import_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            path TEXT NOT NULL,
            file_hash TEXT,
            importer TEXT,
            status TEXT NOT NULL,
            paper_ids TEXT,
            reason TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE not_duplicates (
            a INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            b INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            PRIMARY KEY (a, b)
        )
        """
    )
    # Chinese text is indexed one character per token and in Simplified form,
    # so a query in either script finds both (see library/search.py).
    db.execute(
        """
        CREATE VIRTUAL TABLE papers_fts USING fts5(
            title, authors, abstract, notes,
            tokenize = 'unicode61 remove_diacritics 2'
        )
        """
    )


@migrations()
def m002_handouts(db: Database) -> None:
    # The audit trail: each saved or printed handout with the papers and notes
    # as they were, who approved it, and the exact PDF for an exact reprint.
    db.execute(
        """
        CREATE TABLE handouts (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            condition TEXT NOT NULL,
            language TEXT NOT NULL,
            paper_ids TEXT NOT NULL,
            approved_by TEXT,
            review_by TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            pdf BLOB NOT NULL
        )
        """
    )


@migrations()
def m003_fast_search(db: Database) -> None:
    """Prefix indexes for search as you type, and the table's default order.

    FTS5 answers a 2- or 3-letter prefix ("ex", "exo") from a prefix index
    instead of merging every term that starts with it (10-50 times faster at
    100,000 papers). The index on (deleted, added, id) gives the table's
    default order without reading any paper's row.
    """
    db.execute(
        """
        CREATE VIRTUAL TABLE papers_fts_new USING fts5(
            title, authors, abstract, notes,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3'
        )
        """
    )
    db.execute(
        "INSERT INTO papers_fts_new(rowid, title, authors, abstract, notes) "
        "SELECT rowid, title, authors, abstract, notes FROM papers_fts"
    )
    db.execute("DROP TABLE papers_fts")
    db.execute("ALTER TABLE papers_fts_new RENAME TO papers_fts")
    db.execute("CREATE INDEX papers_live_added ON papers(deleted, added, id)")


@migrations()
def m004_filter_index(db: Database) -> None:
    """One index holding every column the table's filters test.

    A filter (a condition, a design, years…) read each paper's row, with its
    whole record, to test it: 2 s at 100,000 papers. From this index, which
    holds the columns of the old (deleted, added, id) index first, it takes
    about 20 ms. The indexes it makes redundant go (the one on `added` alone
    also misled SQLite into reading every paper for the trash view).
    """
    db.execute(
        "CREATE INDEX papers_filtered ON papers"
        "(deleted, added, id, year, design, level, needs_review, conditions, tags, languages)"
    )
    for redundant in ("papers_live_added", "papers_deleted", "papers_added"):
        db.execute(f"DROP INDEX {redundant}")


@migrations()
def m005_fts_hashsize(db: Database) -> None:
    """FTS5 keeps up to 32 MB of new index terms in memory before writing
    them out (its default is 1 MB): a 10,000-record file then makes a few
    index segments instead of dozens to merge, 20 % less indexing time."""
    db.execute("INSERT INTO papers_fts(papers_fts, rank) VALUES ('hashsize', 33554432)")


@migrations()
def m006_language_codes(db: Database) -> None:
    """A paper's language as its ISO 639 code, as every reader now stores it.
    Earlier versions kept a web page's "Portuguese" beside a RIS file's "pt",
    which merging took for two languages and CSL-JSON exports carried as
    written. A language no code is known for stays as written."""
    changed = []
    for paper_id, data in db.execute("SELECT id, data FROM papers WHERE data LIKE '%\"language\"%'"):
        try:
            record = orjson.loads(data)
        except orjson.JSONDecodeError:  # a damaged record: `exodesk check` names it
            continue
        written = record.get("language") if isinstance(record, dict) else None
        tag = language_tag(written) if isinstance(written, str) else None
        if tag and tag != written:
            record["language"] = tag
            changed.append((orjson.dumps(record).decode(), paper_id))
    db.conn.executemany("UPDATE papers SET data = ? WHERE id = ?", changed)


@migrations()
def m007_notes_version(db: Database) -> None:
    """Each save of a paper's notes counts up its version, so a save based on
    notes that someone else has changed since is refused, not written over."""
    db.execute("ALTER TABLE notes ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


def upgrade(db: Database) -> None:
    migrations.apply(db)
    add_declared_columns(db)


def pending(db: Database) -> bool:
    """Whether the library lacks a migration or a declared column (a new or an older library)."""
    return bool(migrations.pending(db)) or bool(_missing_columns(db))


def add_declared_columns(db: Database) -> None:
    """Add the columns library/columns.py declares that the `papers` table
    lacks, each filled from the papers' records and notes. Declaring a
    column is then all it takes: no migration is written for it. A record
    that cannot be read leaves its value empty (`exodesk check` names it)."""
    missing = _missing_columns(db)
    if not missing:
        return
    for column in missing:
        db.execute(f"ALTER TABLE papers ADD COLUMN {column.name} {column.sql}")
    fill_columns(db, missing)


def fill_columns(db, missing: tuple[columns.Column, ...]) -> None:
    """Store these columns' values for every paper, from its record and notes."""
    assignments = ", ".join(f"{column.name} = ?" for column in missing)
    notes_wanted = any(column.from_notes for column in missing)
    rows = db.execute("SELECT p.id, p.data, n.data FROM papers p LEFT JOIN notes n ON n.paper_id = p.id")
    found = []
    for paper_id, data, notes in rows:
        try:
            paper = Paper.from_dict(orjson.loads(data))
            read = Notes.from_dict(orjson.loads(notes)) if notes and notes_wanted else Notes()
            found.append((*columns.values(paper, read, missing).values(), paper_id))
        except (ValueError, TypeError, AttributeError, KeyError):
            continue
    db.conn.executemany(f"UPDATE papers SET {assignments} WHERE id = ?", found)


def _missing_columns(db: Database) -> tuple[columns.Column, ...]:
    present = {row[1] for row in db.execute("PRAGMA table_info(papers)")}
    if not present:  # a new library: its migrations make the table first
        return ()
    return tuple(c for c in columns.COMPUTED if c.name not in present)


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))

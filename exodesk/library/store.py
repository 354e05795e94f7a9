"""The library: papers, notes and original files in one SQLite database.

Writes are transactions. The database runs in WAL mode with full sync, so a
crash or power cut leaves either the old or the new state, never half of one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import itertools
import json
import operator
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, TypeVar

import orjson
from sqlite_utils import Database

from exodesk import APP_NAME, owner_only
from exodesk.library import columns, faults, schema
from exodesk.library.prepared import Prepared, paper_columns, prepare
from exodesk.library.search import fts_query, paper_index_row
from exodesk.model import Notes, Paper

LIBRARY_FILE = "library.sqlite"
# How long a write waits for another process's (an import on the command line
# while the window is open) before it gives up with "database is locked".
BUSY_TIMEOUT_SECONDS = 30
# Up to this many values are asked for as the statement's own parameters;
# more go as one JSON list (SQLite limits a statement's parameters).
PARAMETERS = 100


def default_library_path() -> Path:
    """--library and EXODESK_LIBRARY aside, the platform's user data folder."""
    override = os.environ.get("EXODESK_LIBRARY")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / LIBRARY_FILE


def now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


class _Database(Database):
    """sqlite-utils' Database whose transactions take the write lock at once.

    A deferred BEGIN reads first and asks for the lock at its first write;
    if another process wrote in between, SQLite cannot wait (the reads would
    be stale) and fails at once with "database is locked". BEGIN IMMEDIATE
    waits its turn, up to the busy timeout, before reading anything.
    """

    @contextlib.contextmanager
    def atomic(self):
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


class LibraryError(Exception):
    """A library that cannot be opened or written; the message says why.

    `kind` is one of library/faults.py's: only DAMAGED calls for a backup, so
    only then may a window offer to restore one (`damaged`).
    """

    def __init__(self, message: str, kind: str = "damaged"):
        super().__init__(message)
        self.kind = kind

    @property
    def damaged(self) -> bool:
        from exodesk.library.faults import DAMAGED

        return self.kind == DAMAGED


class DamagedRecord(LibraryError):
    """One paper's stored record (or notes) cannot be read; the rest of the
    library can. `exodesk check` names the repair."""

    def __init__(self, paper_id: int, reason: str):
        super().__init__(f"paper #{paper_id}'s record is damaged ({reason}); `exodesk check` says how to "
                         "repair it")
        self.paper_id, self.reason = paper_id, reason


def _write_ahead(db: Database) -> None:
    """WAL mode. Switching a new file to it needs the file to itself, and
    SQLite fails at once rather than wait when two processes switch it
    together (two imports making one new library): the one refused tries
    again, within the usual wait."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _open_failure(path: Path | None, error, journal_was_gone: bool) -> LibraryError:
    """The error for a library that could not be opened: a damaged one names
    its backups; a read-only folder or a full disk is said to be just that."""
    from exodesk.library.faults import DAMAGED, diagnose

    kind, text = diagnose(path, error, journal_was_gone=journal_was_gone)
    if kind != DAMAGED:
        return LibraryError(f"The library could not be opened: {text}", kind)
    return LibraryError(_damaged_message(path, error), DAMAGED)


def _damaged_message(path: Path | None, error) -> str:
    from exodesk.library.backup import list_backups

    text = f"{path} could not be opened: it is damaged or not an ExoDesk library ({error})."
    backups = list_backups(path) if path else []
    if backups:
        text += " Restore a backup with `exodesk restore NAME`; the newest are: " + ", ".join(
            b.path.name for b in backups[:5])
    else:
        text += " No backups of it were found."
    return text


# What the table view reads of each paper; what a notes save writes again.
_ROW = ", ".join(c.name for c in columns.COLUMNS)
_FROM_NOTES = tuple(c for c in columns.COMPUTED if c.from_notes)


def _assignments(stored: dict) -> str:
    return ", ".join(f"{name} = ?" for name in stored)


class NotesConflict(Exception):
    """A paper's notes were saved by someone else since they were shown:
    `theirs` (at `version`) is what is stored now."""

    def __init__(self, paper_id: int, theirs: Notes, version: int):
        super().__init__(f"paper #{paper_id}'s notes were changed elsewhere (now version {version})")
        self.paper_id, self.theirs, self.version = paper_id, theirs, version


@dataclass
class Filters:
    """What the table shows besides the text query; empty means no limit."""

    condition: str = ""
    design: str = ""
    level: str = ""
    year_from: int | None = None
    year_to: int | None = None
    tag: str = ""
    language: str = ""  # abstract language: "en", "zh" (either script), "zh-Hant"…
    needs_review: bool = False
    trash: bool = False  # show the papers in the trash instead


T = TypeVar("T")


class ChangedBy(NamedTuple):
    """The logins that last changed a paper's record and its notes (None: no notes yet)."""

    paper: str
    notes: str | None


class Library:
    """A library in one SQLite file (shared/store.py: the same on a server)."""

    # A write the library could not take (a full disk, a lost server): the
    # import stops at that file and tries the rest again.
    unwritable: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
    # A transaction cut off that must be run again from its start (a server's
    # connection lost while someone else wrote): nothing of it was kept.
    rerun: tuple[type[Exception], ...] = ()
    # Any error of the storage engine.
    database_errors: tuple[type[Exception], ...] = (sqlite3.Error,)
    # A write the engine refuses to this login (a server's roles); a file refuses no one.
    not_allowed: tuple[type[Exception], ...] = ()
    shared = False  # on a server, shared by several workstations

    def __init__(self, path: Path | str | None = None, *, memory: bool = False, backup: bool = True,
                 reconnect_seconds: float | None = None):  # a file has no connection to lose
        """Open (creating or upgrading) a library.

        A damaged file raises LibraryError naming the backups to restore. On
        the first opening of a day a backup is made (see library/backup.py);
        if it cannot be written the library still opens, and `warnings` says so.
        """
        self._init_state()
        if memory:
            self.path = None
            self.db = _Database(memory=True)
        else:
            self.path = Path(path) if path else default_library_path()
            try:
                owner_only.make_folder(self.path.parent)
            except OSError as error:
                raise LibraryError(f"The library's folder {self.path.parent} could not be made: "
                                   f"{faults.cannot_write(self.path.parent.parent, error)}", faults.READ_ONLY) from None
            owner_only.create_file(self.path)  # SQLite gives its journal files the same permissions
            for journal in (Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
                owner_only.keep_private(journal)
        journal_was_gone = self.path is not None and faults.journal_gone(self.path)
        try:
            if not memory:
                self.db = _Database(sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_SECONDS))
                _write_ahead(self.db)
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA synchronous=FULL")
            if schema.pending(self.db):
                # Under the write lock: two processes opening a new library
                # at once must not both build its tables.
                with self.transaction():
                    schema.upgrade(self.db)
            self.db.execute("SELECT count(*) FROM papers").fetchone()
        except sqlite3.Error as error:
            # Closed at once: a connection left open would keep the window that
            # still holds a deleted journal from writing it back as it closes.
            if hasattr(self, "db"):
                self.db.close()
            raise _open_failure(self.path, error, journal_was_gone) from None
        if backup and self.path is not None:
            self._daily_backup(self.path)

    def _init_state(self) -> None:
        self._order_cache: dict = {}
        self._order_stamp: tuple | None = None
        # paper id -> (already in the index?, index row), while indexing is deferred
        self._pending_index: dict[int, tuple[bool, dict]] | None = None
        self.warnings: list[str] = []

    @property
    def shown_location(self) -> str:
        """Where the library is, as a person may see it."""
        return str(self.path) if self.path else ":memory:"

    def _daily_backup(self, path: Path) -> None:
        from exodesk.library import backup

        if not backup.backup_due(path) or self.count() + self.count(trash=True) == 0:
            return
        # A damaged library must not push a good backup out of the kept ones.
        problems = [r[0] for r in self.db.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            self.db.close()
            raise LibraryError(_damaged_message(path, problems[0]))
        try:
            backup.make_backup(self.db.conn, path)
            backup.prune(path)
        except (backup.BackupError, OSError) as error:
            # The library is fine; the person must still learn that today's
            # backup is missing (the window's status bar, the CLI's stderr).
            self.warnings.append(f"No backup was made today: {error}")

    def close(self) -> None:
        self.db.close()

    def is_open(self) -> bool:
        """False once the library is closed (a window reopening a restored file)."""
        try:
            self.db.execute("SELECT 1")
        except sqlite3.ProgrammingError:
            return False
        return True

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All of the block's writes or none. Inside another transaction the
        block is a part of it, undone alone if it fails."""
        with self.db.atomic():
            yield

    def run_whole(self, operation: Callable[[], T]) -> T:
        """Run a block of writes (its own transaction, reading what it needs
        inside it); on a server it is run again from its start if a lost
        connection could not be replayed. A file library runs it once."""
        return operation()

    def changed_by(self, paper_id: int) -> ChangedBy | None:
        """Who last changed the paper and its notes, on a server; a file library does not know."""
        return None

    @contextlib.contextmanager
    def waiting(self, seconds: float) -> Iterator[None]:
        """Let the block's writes wait at most `seconds` (not BUSY_TIMEOUT_SECONDS)
        for another program's to end: a window's save must not freeze it."""
        usual = self.db.execute("PRAGMA busy_timeout").fetchone()[0]
        self.db.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA busy_timeout = {int(usual)}")

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading ---------------------------------------------------------

    def get(self, paper_id: int) -> Paper:
        row = self.db.execute("SELECT data FROM papers WHERE id = ?", [paper_id]).fetchone()
        if row is None:
            raise KeyError(paper_id)
        try:
            return Paper.from_dict(orjson.loads(row[0]), id=paper_id)
        except (ValueError, TypeError, AttributeError, KeyError) as error:
            raise DamagedRecord(paper_id, f"{type(error).__name__}: {error}") from None

    def notes(self, paper_id: int) -> Notes:
        row = self.db.execute("SELECT data FROM notes WHERE paper_id = ?", [paper_id]).fetchone()
        try:
            return Notes.from_dict(json.loads(row[0])) if row else Notes()
        except (ValueError, TypeError, AttributeError) as error:
            raise DamagedRecord(paper_id, f"its notes: {type(error).__name__}: {error}") from None

    def count(self, *, trash: bool = False) -> int:
        where = "deleted IS NOT NULL" if trash else "deleted IS NULL"
        return self.db.execute(f"SELECT count(*) FROM papers WHERE {where}").fetchone()[0]

    def all_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM papers WHERE deleted IS NULL ORDER BY id")]

    def search_ids(
        self,
        query: str = "",
        filters: Filters | None = None,
        *,
        order_by: str = "added",
        descending: bool = False,
    ) -> list[int]:
        """Ids of the papers matching a typed query and filters, in order.

        The filtered, sorted ids are kept until the library changes, so each
        keystroke of a search costs only the full-text lookup: its matches are
        taken from SQLite in one value and picked out of the kept order.
        """
        ordered, in_id_order = self._ordered_ids(filters or Filters(), order_by, descending)
        expression = fts_query(query)
        if not expression:
            return list(ordered)
        matched = self._matched(expression)
        if in_id_order:
            # The order is every live paper by id: the matches, already in id
            # order, need only the trash taken out, which is cheaper than
            # picking tens of thousands of them out of the kept order.
            trashed = self._trashed_ids()
            kept = [i for i in matched if i not in trashed] if trashed else matched
            return kept[::-1] if descending else kept
        # Picked out of the kept order through a table of flags by id, which
        # beats a set when most papers match.
        flags = bytearray(max(matched, default=0) + 1)
        for paper_id in matched:
            flags[paper_id] = 1
        top = len(flags)
        return [i for i in ordered if i < top and flags[i]]

    def ids_matching(self, expression: str) -> set[int]:
        """Ids of the papers (trash included) matching an FTS5 expression the
        program built (typed queries go through search_ids)."""
        return set(self._matched(expression))

    def _matched(self, expression: str) -> list[int]:
        """The ids of the papers matching a search expression, in id order."""
        row = self.db.execute(
            "SELECT json_group_array(rowid) FROM papers_fts WHERE papers_fts MATCH ?", [expression]
        ).fetchone()
        matched = orjson.loads(row[0])
        matched.sort()  # FTS5 gives rowid order already; sorting a sorted list is one pass
        return matched

    def _change_stamp(self) -> tuple:
        """A value that changes with any write, by this connection or another's."""
        return self.db.conn.total_changes, self.db.execute("PRAGMA data_version").fetchone()[0]

    def _ordered_ids(self, filters: Filters, order_by: str, descending: bool) -> tuple[list[int], bool]:
        """The kept order, and whether it is simply every live paper by id."""
        # Any write, by this connection or another process, changes the stamp.
        stamp = self._change_stamp()
        key = (dataclasses.astuple(filters), order_by, descending)
        if self._order_stamp != stamp:
            self._order_cache.clear()
            self._order_stamp = stamp
        if key not in self._order_cache:
            if len(self._order_cache) >= 8:
                self._order_cache.clear()
            ordered = self._query_ordered_ids(filters, order_by, descending)
            by_id = ordered[::-1] if descending else ordered
            in_id_order = filters == Filters() and all(a < b for a, b in itertools.pairwise(by_id))
            self._order_cache[key] = (ordered, in_id_order)
        return self._order_cache[key]

    def _trashed_ids(self) -> frozenset[int]:
        if "trashed" not in self._order_cache:  # cleared with the kept orders on any write
            self._order_cache["trashed"] = frozenset(
                r[0] for r in self.db.execute("SELECT id FROM papers WHERE deleted IS NOT NULL"))
        return self._order_cache["trashed"]

    def _query_ordered_ids(self, filters: Filters, order_by: str, descending: bool) -> list[int]:
        sql, params = self.ordered_ids_query(filters, order_by, descending)
        return [r[0] for r in self.db.execute(sql, params)]

    @staticmethod
    def _sort_sql(order: str) -> str:
        """A declared sort (library/columns.py) in this engine's SQL."""
        return order

    @staticmethod
    def _like_sql(text: str) -> str:
        """`text` LIKE the parameter, in this engine's SQL (A-Z in either case)."""
        return f"{text} LIKE ?"

    def live_with(self, column: str, values: list) -> tuple[str, list]:
        """The SQL test (and its parameters) for a live paper whose `column`
        is one of `values`."""
        if len(values) <= PARAMETERS:
            where, arguments = f"{column} IN ({', '.join('?' * len(values))})", list(values)
        else:
            where, arguments = f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(values, ensure_ascii=False)]
        # "+deleted": the test must not steer SQLite to the index on
        # `deleted`, which would read every live paper.
        return f"{where} AND +deleted IS NULL", arguments

    def identity_sql(self, path: str) -> str:
        """A value inside the record (a JSON path such as `authors[0]`), as
        text; NULL for a damaged record, which then gives no checks."""
        return f"CASE WHEN json_valid(data) THEN json_extract(data, '$.{path}') END"

    @classmethod
    def ordered_ids_query(cls, filters: Filters, order_by: str, descending: bool) -> tuple[str, list]:
        """The SQL (and its parameters) giving the ids that pass `filters`, in order."""
        where = ["deleted IS NOT NULL" if filters.trash else "deleted IS NULL"]
        params: list[str | int] = []
        if filters.condition:
            where.append(cls._like_sql("(',' || conditions || ',')"))
            params.append(f"%,{filters.condition},%")
        if filters.tag:
            where.append(cls._like_sql("(',' || tags || ',')"))
            params.append(f"%,{filters.tag},%")
        for column, value in (("design", filters.design), ("level", filters.level)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if filters.year_from is not None:
            where.append("year >= ?")
            params.append(filters.year_from)
        if filters.year_to is not None:
            where.append("year <= ?")
            params.append(filters.year_to)
        if filters.language:
            where.append(cls._like_sql("(',' || languages || ',')"))
            params.append(f"%,{filters.language}%")
        if filters.needs_review:
            where.append("needs_review = 1")
        order = cls._sort_sql(columns.SORTS.get(order_by, "added"))
        direction = "DESC" if descending else "ASC"
        # Empty values sort last; `added` and `id` are never empty, and
        # leaving the test out lets SQLite read them in index order.
        nulls_last = "" if order in ("added", "id") else f"{order} IS NULL, "
        sql = (
            f"SELECT id FROM papers WHERE {' AND '.join(where)} "
            f"ORDER BY {nulls_last}{order} {direction}, id {direction}"
        )
        return sql, params

    def facets(self) -> dict[str, list]:
        """The values the filters offer: conditions, designs, levels, tags, years."""
        live = "deleted IS NULL"
        found = {}
        for name, column in (("conditions", "conditions"), ("tags", "tags")):
            values: set[str] = set()
            for (joined,) in self.db.execute(f"SELECT DISTINCT {column} FROM papers WHERE {live} AND {column} != ''"):
                values.update(v for v in joined.split(",") if v)
            found[name] = sorted(values)
        for name, column in (("designs", "design"), ("levels", "level")):
            # Sorted here, not by the engine: a server's locale would order them its own way.
            found[name] = sorted(r[0] for r in self.db.execute(
                f"SELECT DISTINCT {column} FROM papers WHERE {live} AND {column} IS NOT NULL"))
        found["years"] = list(self.db.execute(f"SELECT min(year), max(year) FROM papers WHERE {live}").fetchone())
        return found

    def rows(self, ids: list[int]) -> dict[int, dict]:
        """The table view's columns for these papers, keyed by id."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        cursor = self.db.execute(f"SELECT id, {_ROW} FROM papers WHERE id IN ({marks})", ids)
        names = [d[0] for d in cursor.description]
        return {row[0]: dict(zip(names, row, strict=True)) for row in cursor}

    def original_files(self, paper_id: int) -> list[dict]:
        """The files a paper was read from: name, importer, hash, size. Not
        their bytes: the window lists them for each paper shown,
        and one bibliography export kept for 10,000 papers is 25 MB."""
        cursor = self.db.execute(
            "SELECT f.name, pf.importer, f.hash, f.size FROM paper_files pf "
            "JOIN files f ON f.hash = pf.file_hash WHERE pf.paper_id = ? ORDER BY f.added",
            [paper_id],
        )
        return [dict(zip(("name", "importer", "hash", "size"), r, strict=True)) for r in cursor]

    def papers_with_file(self, file_hash: str) -> list[int]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT paper_id FROM paper_files WHERE file_hash = ?", [file_hash]
            )
        ]

    # -- writing (callers wrap these in `with library.transaction():`) -----

    def _reindex(self, paper_id: int, paper: Paper, notes: Notes) -> None:
        """Bring an indexed paper's search-index row up to date."""
        self._index_row(paper_id, paper_index_row(paper, notes), indexed=True)

    def _index_row(self, paper_id: int, row: dict, *, indexed: bool) -> None:
        """Write (or, while deferred, keep) a paper's index row; `indexed`: it has one now."""
        if self._pending_index is not None:
            was_indexed = self._pending_index.get(paper_id, (indexed, None))[0]
            self._pending_index[paper_id] = (was_indexed, row)
            return
        self._write_index([(paper_id, indexed, row)])

    def _write_index(self, rows: list[tuple[int, bool, dict]]) -> None:
        stale = [(paper_id,) for paper_id, indexed, _row in rows if indexed]
        if stale:
            self.db.conn.executemany("DELETE FROM papers_fts WHERE rowid = ?", stale)
        self.db.conn.executemany(
            "INSERT INTO papers_fts(rowid, title, authors, abstract, notes) VALUES (?, ?, ?, ?, ?)",
            [(i, r["title"], r["authors"], r["abstract"], r["notes"]) for i, _indexed, r in rows],
        )

    def rebuild_index(self) -> list[int]:
        """Build the search index anew from the records (`exodesk check
        --repair`); returns the papers left out because their record cannot
        be read. The table is made again from its own stored definition and
        settings: a damaged index cannot be trusted to delete its own rows."""
        definition = self.db.execute("SELECT sql FROM sqlite_master WHERE name = 'papers_fts'").fetchone()[0]
        try:
            settings = self.db.execute("SELECT k, v FROM papers_fts_config WHERE k != 'version'").fetchall()
        except sqlite3.DatabaseError:
            settings = []
        rows, skipped = self._index_rows_anew()
        with self.transaction():
            self.db.execute("DROP TABLE papers_fts")
            self.db.execute(definition)
            for name, value in settings:
                self.db.execute("INSERT INTO papers_fts(papers_fts, rank) VALUES (?, ?)", [name, value])
            self._write_index(rows)
        self._order_cache.clear()
        return skipped

    def _index_rows_anew(self) -> tuple[list[tuple[int, bool, dict]], list[int]]:
        """Every paper's index row from its record, and the papers whose record cannot be read."""
        rows, skipped = [], []
        for (paper_id,) in self.db.execute("SELECT id FROM papers ORDER BY id").fetchall():
            try:
                rows.append((paper_id, False, paper_index_row(self.get(paper_id), self.notes(paper_id))))
            except DamagedRecord:
                skipped.append(paper_id)
        return rows, skipped

    def indexed_ids(self) -> set[int]:
        """The papers the search index holds a row for."""
        return {r[0] for r in self.db.execute("SELECT rowid FROM papers_fts")}

    @contextlib.contextmanager
    def savepoint(self):
        """All of the block's writes or none, inside the caller's transaction.
        sqlite-utils' atomic() names each savepoint anew, so SQLite prepares
        its statements again every time; an import makes one per file."""
        self.db.conn.execute("SAVEPOINT exodesk_part")
        try:
            yield
        except BaseException:
            if self.db.conn.in_transaction:  # an error may have ended the transaction already
                self.db.conn.execute("ROLLBACK TO exodesk_part")
                self.db.conn.execute("RELEASE exodesk_part")
            raise
        else:
            self.db.conn.execute("RELEASE exodesk_part")

    @contextlib.contextmanager
    def index_deferred(self):
        """Write search-index rows once, when the block ends, inside the caller's
        transaction. FTS5 writes its pending terms to disk at every savepoint, so
        indexing each file inside its own savepoint would write (and then
        merge) one index segment per file. If the block fails, nothing of
        it is indexed, as the caller's transaction rolls its rows back too."""
        if self._pending_index is not None:  # already deferred by an outer block
            yield
            return
        self._pending_index = {}
        try:
            yield
            pending, self._pending_index = self._pending_index, None
            self._write_index([(i, indexed, row) for i, (indexed, row) in pending.items()])
        finally:
            self._pending_index = None

    def flush_index(self) -> None:
        """Write the index rows kept so far, while indexing is deferred: a large
        file's parts are indexed as they are stored, while the next part is
        still being read, instead of all at the end."""
        if self._pending_index:
            pending, self._pending_index = self._pending_index, {}
            self._write_index([(i, indexed, row) for i, (indexed, row) in pending.items()])

    def insert_paper(self, paper: Paper, notes: Notes | None = None) -> int:
        paper_id = self.next_paper_id()
        self.insert_prepared_many([(paper_id, prepare(paper, notes))])
        paper.id = paper_id
        return paper_id

    def next_paper_id(self) -> int:
        """The number a new paper gets: one more than the last, as SQLite
        itself numbers rows (so a purged last paper's number is used again)."""
        return self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM papers").fetchone()[0]

    def insert_prepared_many(self, papers: list[tuple[int, Prepared]]) -> None:
        """Add prepared papers under the numbers given (next_paper_id onwards),
        with their notes and index rows: one statement per table for them
        all, not one per paper (a bibliography file holds thousands)."""
        if not papers:
            return
        stamp = now()
        names = list(papers[0][1].columns)
        row = operator.itemgetter(*names)
        self.db.conn.executemany(
            f"INSERT INTO papers (id, {', '.join(names)}, added, updated) VALUES (?{', ?' * (len(names) + 2)})",
            [(paper_id, *row(prepared.columns), stamp, stamp) for paper_id, prepared in papers],
        )
        self.db.conn.executemany(
            "INSERT INTO notes(paper_id, data, updated) VALUES (?, ?, ?)",
            [(paper_id, prepared.notes_json, stamp) for paper_id, prepared in papers
             if prepared.notes_json is not None],
        )
        for paper_id, prepared in papers:
            self._index_row(paper_id, prepared.index_row, indexed=False)

    def replace_paper(self, paper_id: int, paper: Paper) -> None:
        """Store a new version of a paper's record (notes are untouched)."""
        notes = self.notes(paper_id)
        stored = paper_columns(paper, notes) | {"updated": now()}
        self.db.execute(f"UPDATE papers SET {_assignments(stored)} WHERE id = ?", [*stored.values(), paper_id])
        self._reindex(paper_id, paper, notes)

    def notes_version(self, paper_id: int) -> int:
        """How many times the paper's notes have been saved (0: never). A
        window keeps the version it showed, and saves with `based_on` it."""
        row = self.db.execute("SELECT version FROM notes WHERE paper_id = ?", [paper_id]).fetchone()
        return row[0] if row else 0

    def save_notes(self, paper_id: int, notes: Notes, *, based_on: int | None = None) -> int:
        """Save a paper's evidence notes, in one transaction; returns their new version.

        `based_on`: the version the person edited. If someone else (another
        workstation, another window) saved the notes since, nothing is
        written and NotesConflict carries theirs, so that the person sees
        both and chooses: no one's edit is overwritten unseen.
        """
        paper = self.get(paper_id)
        notes.updated = now()
        with self.transaction():
            if based_on is not None:
                current = self.notes_version(paper_id)
                if current != based_on:
                    raise NotesConflict(paper_id, self.notes(paper_id), current)
            version = self.db.execute(
                "INSERT INTO notes(paper_id, data, updated) VALUES (?, ?, ?) "
                "ON CONFLICT(paper_id) DO UPDATE SET data = excluded.data, updated = excluded.updated, "
                "version = notes.version + 1 RETURNING version",
                [paper_id, notes.to_json(), notes.updated],
            ).fetchone()[0]
            stored = columns.values(paper, notes, _FROM_NOTES) | {"updated": notes.updated}
            self.db.execute(f"UPDATE papers SET {_assignments(stored)} WHERE id = ?", [*stored.values(), paper_id])
            self._reindex(paper_id, paper, notes)
        return version

    def edit_paper(self, paper_id: int, changes: dict) -> Paper:
        """A person's edit of metadata fields: recorded so imports never overwrite it."""
        from exodesk.model import Provenance

        paper = self.get(paper_id)
        for name, value in changes.items():
            setattr(paper, name, value)
            if name not in paper.edited:
                paper.edited.append(name)
            paper.provenance[name] = Provenance(by_person=True, part="edited by a person")
        with self.transaction():
            self.replace_paper(paper_id, paper)
        return paper

    def keep_file(self, name: str, file_hash: str, data: bytes) -> None:
        self.db.execute(
            "INSERT INTO files(hash, name, size, content, added) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [file_hash, name, len(data), data, now()],
        )

    def link_files(self, paper_ids: list[int], file_hash: str, importer: str) -> None:
        """Remember that these papers came (also) from this kept file."""
        self.db.conn.executemany(
            "INSERT INTO paper_files(paper_id, file_hash, importer) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [(paper_id, file_hash, importer) for paper_id in paper_ids],
        )

    def log_import(self, *, path: str, file_hash: str | None, importer: str | None,
                   status: str, paper_ids: list[int], reason: str) -> None:
        self.db.execute(
            "INSERT INTO import_log(at, path, file_hash, importer, status, paper_ids, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [now(), path, file_hash, importer, status, ",".join(map(str, paper_ids)), reason],
        )

    def move_to_trash(self, paper_ids: list[int]) -> None:
        with self.transaction():
            for paper_id in paper_ids:
                self.db.execute("UPDATE papers SET deleted = ? WHERE id = ?", [now(), paper_id])

    def restore_from_trash(self, paper_ids: list[int]) -> None:
        with self.transaction():
            for paper_id in paper_ids:
                self.db.execute("UPDATE papers SET deleted = NULL WHERE id = ?", [paper_id])

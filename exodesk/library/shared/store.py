"""The Library on a PostgreSQL server, shared by a clinic's workstations.

Everything a Library does is done here by the same code (library/store.py);
what this class gives is what differs on the server: connecting, the write
lock every write transaction takes first, search through a tsvector, how a
change anywhere is noticed, and the errors the driver raises.

A lost connection is made again without a word (database.py); only a server
gone for RECONNECT_SECONDS raises, ConnectionLost (a LibraryError of kind
"unreachable", one line naming the server): nothing of the change in hand
was saved, so a window keeps the person's unsaved edit and offers to save it
again. Its subclass RerunNeeded says the library changed while the server was
away; the operations here, and an import's batch, are then run again whole.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TypeVar

import orjson
import psycopg

from exodesk.library import columns, faults, locations
from exodesk.library.shared import connection, schema
from exodesk.library.shared.database import (
    RECONNECT_SECONDS,
    UNREACHABLE,
    Connection,
    ConnectionLost,
    RerunNeeded,
)
from exodesk.library.shared.search import only_han, tsquery_text, tsvector_texts
from exodesk.library.store import (
    BUSY_TIMEOUT_SECONDS,
    ChangedBy,
    Filters,
    Library,
    LibraryError,
)
from exodesk.model import Notes, Paper

T = TypeVar("T")
# How many times a cut write is run again whole before RerunNeeded is let through.
RERUNS = 3
# The text columns sorted as they are. Not `added`: its ISO time stamps are in
# the same order in any locale, and bare it is read in its index's order.
_TEXT_SORTS = {c.sort for c in columns.COLUMNS if c.sort and c.sql == "TEXT" and c.name != "added"}


def _hold_write_lock(db: Connection) -> None:
    db.execute(f"SELECT pg_advisory_xact_lock({schema.WRITE_LOCK})")


class SharedLibrary(Library):
    db: Connection  # type: ignore[assignment]  # the server's connection, used as SQLite's
    # Besides a lost server or a full disk: a server that is read-only (a
    # standby), and a login without the right to write.
    unwritable = (psycopg.OperationalError, ConnectionLost, psycopg.errors.ReadOnlySqlTransaction,
                  psycopg.errors.InsufficientPrivilege)
    rerun = (RerunNeeded,)
    database_errors = (psycopg.Error, ConnectionLost)
    not_allowed = (psycopg.errors.InsufficientPrivilege,)
    shared = True

    def __init__(self, location: str, *, backup: bool = True, memory: bool = False,
                 reconnect_seconds: float = RECONNECT_SECONDS):
        self._init_state()
        self.path = None
        self.location = location
        try:
            self.db = Connection(lambda seconds: connection.connect(location, seconds),
                                 lambda raw: connection.release(location, raw),
                                 server=locations.shown(location), on_begin=_hold_write_lock,
                                 reconnect_seconds=reconnect_seconds)
            self.db.execute(f"SET lock_timeout = '{BUSY_TIMEOUT_SECONDS}s'")
            self.db.execute("SET TIME ZONE 'UTC'")
            if schema.needs_upgrade(self.db):
                with self.transaction():
                    schema.upgrade(self.db)
            self.db.execute("SELECT count(*) FROM papers").fetchone()
        except Exception as error:
            if hasattr(self, "db"):
                self._release()
            raise _open_failure(location, error) from None

    def __repr__(self) -> str:
        return f"SharedLibrary({locations.shown(self.location)!r})"

    @property
    def shown_location(self) -> str:
        return locations.shown(self.location)

    def close(self) -> None:
        self._release()

    def _release(self) -> None:
        self.db.close()  # once only: a second close finds it closed

    def changed_by(self, paper_id: int) -> ChangedBy:
        row = self.db.execute(
            "SELECT p.changed_by, n.changed_by FROM papers p LEFT JOIN notes n ON n.paper_id = p.id WHERE p.id = ?",
            [paper_id]).fetchone()
        if row is None:
            raise KeyError(paper_id)
        return ChangedBy(*row)

    def is_open(self) -> bool:
        # A lost connection does not close the library: the next statement reconnects.
        return not self.db.closed

    @contextlib.contextmanager
    def waiting(self, seconds: float) -> Iterator[None]:
        self.db.execute(f"SET lock_timeout = '{int(seconds * 1000)}ms'")
        try:
            yield
        finally:
            self.db.execute(f"SET lock_timeout = '{BUSY_TIMEOUT_SECONDS}s'")

    # -- writes run again whole when a cut transaction cannot be replayed ----

    def run_whole(self, operation: Callable[[], T]) -> T:
        """Run a write operation (its own transaction, reading what it needs
        inside it) again from its start if the connection was cut and the
        library changed before it came back; inside a caller's transaction
        the caller's whole block is what must run again."""
        if self.db.in_transaction:
            return operation()
        for _ in range(RERUNS - 1):
            try:
                return operation()
            except RerunNeeded:
                continue
        return operation()

    def save_notes(self, paper_id: int, notes: Notes, *, based_on: int | None = None) -> int:
        return self.run_whole(lambda: Library.save_notes(self, paper_id, notes, based_on=based_on))

    def edit_paper(self, paper_id: int, changes: dict) -> Paper:
        return self.run_whole(lambda: Library.edit_paper(self, paper_id, changes))

    def move_to_trash(self, paper_ids: list[int]) -> None:
        self.run_whole(lambda: Library.move_to_trash(self, paper_ids))

    def restore_from_trash(self, paper_ids: list[int]) -> None:
        self.run_whole(lambda: Library.restore_from_trash(self, paper_ids))

    # -- what differs in SQL ------------------------------------------------

    def _change_stamp(self) -> tuple:
        return (self.db.execute("SELECT changes FROM exodesk_state").fetchone()[0],)

    def _matched(self, expression: str) -> list[int]:
        # Sorted here: ORDER BY would steer the server to read every paper in id order.
        # Chinese alone is checked in the Chinese terms: far fewer bytes a paper (m005).
        function = "exodesk_han_matches" if only_han(expression) else "exodesk_matches"
        found = self.db.execute(f"SELECT {function}(?::tsquery)", [tsquery_text(expression)]).fetchone()[0]
        matched = orjson.loads(found)
        matched.sort()
        return matched

    def _query_ordered_ids(self, filters: Filters, order_by: str, descending: bool) -> list[int]:
        # The ids as one JSON value, ordered inside the aggregate: a row for
        # each paper took a third longer at 100,000 papers (100 ms, not 70).
        sql, params = self.ordered_ids_query(filters, order_by, descending)
        rows, order = sql.rsplit(" ORDER BY ", 1)
        aggregate = rows.replace("SELECT id FROM", f"SELECT coalesce(json_agg(id ORDER BY {order}), '[]')::text FROM", 1)
        return orjson.loads(self.db.execute(aggregate, params).fetchone()[0])

    @staticmethod
    def _sort_sql(order: str) -> str:
        # A server sorts text in its locale's order (in English, a dictionary's,
        # ignoring case, accents and hyphens); SQLite compares bytes, and its
        # NOCASE folds A-Z only. "C" is byte order, and lower() under it folds A-Z only.
        if order.endswith(" COLLATE NOCASE"):
            return f'lower({order.removesuffix(" COLLATE NOCASE")} COLLATE "C")'
        if order in _TEXT_SORTS:
            return f'{order} COLLATE "C"'
        return order

    @staticmethod
    def _like_sql(text: str) -> str:
        # SQLite's LIKE folds A-Z, and only those; the server's LIKE folds nothing.
        return f'lower({text} COLLATE "C") LIKE lower(? COLLATE "C")'

    def live_with(self, column: str, values: list) -> tuple[str, list]:
        return f"{column} = ANY(?) AND deleted IS NULL", [list(values)]

    def identity_sql(self, path: str) -> str:
        steps = path.replace("[", ".").replace("]", "").split(".")
        return f"exodesk_json(data) #>> '{{{','.join(steps)}}}'"

    def _write_index(self, rows: list[tuple[int, bool, dict]]) -> None:
        stale = [paper_id for paper_id, indexed, _row in rows if indexed]
        if stale:
            self.db.execute("DELETE FROM search WHERE paper_id = ANY(?)", [stale])
            self.db.execute("DELETE FROM search_han WHERE paper_id = ANY(?)", [stale])
        texts = [(paper_id, *tsvector_texts(row)) for paper_id, _indexed, row in rows]
        self.db.executemany("INSERT INTO search(paper_id, terms) VALUES (?, ?::tsvector)",
                            [(paper_id, terms) for paper_id, terms, _han in texts])
        self.db.executemany("INSERT INTO search_han(paper_id, han) VALUES (?, ?::tsvector)",
                            [(paper_id, han) for paper_id, _terms, han in texts if han])

    def rebuild_index(self) -> list[int]:
        rows, skipped = self._index_rows_anew()
        with self.transaction():
            self.db.execute("DELETE FROM search")
            self.db.execute("DELETE FROM search_han")
            self._write_index(rows)
        self._order_cache.clear()
        return skipped

    def indexed_ids(self) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT paper_id FROM search")}


def _open_failure(location: str, error: Exception) -> LibraryError:
    shown = locations.shown(location)
    if isinstance(error, LibraryError):
        return error
    if isinstance(error, psycopg.OperationalError) or type(error).__name__ == "PoolTimeout":
        return LibraryError(f"The shared library at {shown} could not be reached: {faults.first_line(error)}", UNREACHABLE)
    if isinstance(error, psycopg.errors.InsufficientPrivilege):
        return LibraryError(f"The shared library at {shown} refused this login: {faults.first_line(error)}",
                            faults.READ_ONLY)
    return LibraryError(f"The shared library at {shown} could not be opened: {faults.first_line(error)}", faults.DAMAGED)

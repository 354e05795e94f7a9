"""The Library on a PostgreSQL server, shared by a clinic's workstations.

Everything a Library does is done here by the same code (library/store.py);
what this class gives is what differs on the server: connecting, the write
lock every write transaction takes first, search through a tsvector, how a
change anywhere is noticed, and the errors the driver raises.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import orjson
import psycopg

from exodesk.library import faults, locations
from exodesk.library.shared import connection, schema
from exodesk.library.shared.database import Connection
from exodesk.library.shared.search import only_han, tsquery_text, tsvector_texts
from exodesk.library.store import BUSY_TIMEOUT_SECONDS, Library, LibraryError

UNREACHABLE = "unreachable"


def _hold_write_lock(db: Connection) -> None:
    db.execute(f"SELECT pg_advisory_xact_lock({schema.WRITE_LOCK})")


class SharedLibrary(Library):
    db: Connection  # type: ignore[assignment]  # the server's connection, used as SQLite's
    unwritable = (psycopg.OperationalError,)
    database_errors = (psycopg.Error,)
    shared = True

    def __init__(self, location: str, *, backup: bool = True, memory: bool = False):
        self._init_state()
        self.path = None
        self.location = location
        self._released = False
        try:
            self.db = Connection(connection.connect(location), on_begin=_hold_write_lock)
            self.db.execute(f"SET lock_timeout = '{BUSY_TIMEOUT_SECONDS}s'")
            self.db.execute("SET TIME ZONE 'UTC'")
            if schema.pending(self.db):
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
        # Once only: the connection goes back to the pool, and may be another
        # library's by the time a second close (a `with` after a close) comes.
        if not self._released and not self.db.closed:
            connection.release(self.location, self.db.raw)
        self._released = True

    def is_open(self) -> bool:
        return not self._released and not self.db.closed and self._pool_connection_alive()

    def _pool_connection_alive(self) -> bool:
        try:
            self.db.execute("SELECT 1")
        except psycopg.Error:
            return False
        return True

    @contextlib.contextmanager
    def waiting(self, seconds: float) -> Iterator[None]:
        self.db.execute(f"SET lock_timeout = '{int(seconds * 1000)}ms'")
        try:
            yield
        finally:
            self.db.execute(f"SET lock_timeout = '{BUSY_TIMEOUT_SECONDS}s'")

    # -- what differs in SQL ------------------------------------------------

    def _change_stamp(self) -> tuple:
        return (self.db.execute("SELECT changes FROM exodesk_state").fetchone()[0],)

    def _matched(self, expression: str) -> list[int]:
        # Sorted here: ORDER BY would steer the server to read every paper in id order.
        # Chinese alone is checked in the Chinese terms: far fewer bytes a paper (m006).
        function = "exodesk_han_matches" if only_han(expression) else "exodesk_matches"
        found = self.db.execute(f"SELECT {function}(?::tsquery)", [tsquery_text(expression)]).fetchone()[0]
        matched = orjson.loads(found)
        matched.sort()
        return matched

    @staticmethod
    def _sort_sql(order: str) -> str:
        # NOCASE is SQLite's; the server compares lower case, byte by byte as SQLite does.
        if order.endswith(" COLLATE NOCASE"):
            return f'lower({order.removesuffix(" COLLATE NOCASE")}) COLLATE "C"'
        return order

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
        return LibraryError(f"The shared library at {shown} could not be reached: {_first_line(error)}", UNREACHABLE)
    if isinstance(error, psycopg.errors.InsufficientPrivilege):
        return LibraryError(f"The shared library at {shown} refused this login: {_first_line(error)}",
                            faults.READ_ONLY)
    return LibraryError(f"The shared library at {shown} could not be opened: {_first_line(error)}", faults.DAMAGED)


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]

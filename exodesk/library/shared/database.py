"""A PostgreSQL connection that the library's code uses as it uses SQLite's.

The library's statements are written once, in the SQL both engines speak,
with `?` for parameters; this adapter turns them into psycopg's `%s`. What
differs between the engines (search, ids, locks, the schema) is not
translated here but written for each engine (shared/store.py).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence

import psycopg
from psycopg import pq

# A `?` outside quotes is a parameter; the library's SQL puts no `?` in a
# literal, and parameters themselves are never part of the SQL text.
_PARAMETER = re.compile(r"\?")


def placeholders(sql: str) -> str:
    return _PARAMETER.sub("%s", sql.replace("%", "%%"))


class Cursor:
    """The part of sqlite3's cursor the library uses."""

    def __init__(self, cursor: psycopg.Cursor):
        self._cursor = cursor

    def fetchone(self):
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list:
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self):
        return iter(self.fetchall())

    @property
    def description(self):
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount


class Connection:
    """One connection to the server, outside any transaction until asked.

    `execute` and `executemany` take the library's `?` statements; `atomic`
    is a transaction (a savepoint inside one), as sqlite-utils' is.
    """

    def __init__(self, conn: psycopg.Connection, on_begin=None):
        self.raw = conn
        self._on_begin = on_begin  # what every outermost transaction does first (its lock)

    @property
    def conn(self) -> Connection:  # sqlite-utils' Database.conn, for code written for both
        return self

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence | None = None) -> Cursor:
        cursor = self.raw.cursor()
        if params:
            cursor.execute(placeholders(sql), list(params))
        else:
            cursor.execute(sql)
        return Cursor(cursor)

    def executemany(self, sql: str, rows) -> None:
        rows = list(rows)
        if rows:
            with self.raw.cursor() as cursor:
                cursor.executemany(placeholders(sql), rows)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Connection]:
        if self.in_transaction:
            with self.raw.transaction():  # a savepoint: undone alone if it fails
                yield self
            return
        with self.raw.transaction():
            if self._on_begin:
                self._on_begin(self)
            yield self

    def close(self) -> None:
        self.raw.close()

    @property
    def closed(self) -> bool:
        return self.raw.closed

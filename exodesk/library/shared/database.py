"""A PostgreSQL connection that the library's code uses as it uses SQLite's,
and that outlives a lost connection to the server.

The library's statements are written once, in the SQL both engines speak,
with `?` for parameters; this adapter turns them into psycopg's `%s`. What
differs between the engines (search, ids, locks, the schema) is not
translated here but written for each engine (shared/store.py).

A lost connection (a server restart, a network cut, an administrator ending
the session) loses nothing. A statement outside a transaction is sent again
on a new connection. A transaction is replayed: every statement it sent, with
the answer it got, is kept until it commits; on a new connection the
statements are sent again in order, and as long as each gets the same answer
as before, the code that chose them would have chosen them again, so the
transaction carries on where it was cut. If an answer differs (someone else
wrote in between), nothing of it is kept and RerunNeeded asks the caller to
run the whole block again. A connection lost during COMMIT is not guessed
about: the server is asked whether the transaction committed.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

import psycopg

from exodesk.library.faults import first_line
from exodesk.library.store import LibraryError

# How long a lost server is waited for before the change in hand is given up.
RECONNECT_SECONDS = 30
FIRST_PAUSE_SECONDS = 0.05
LONGEST_PAUSE_SECONDS = 1.0
UNREACHABLE = "unreachable"

# A `?` outside quotes is a parameter; the library's SQL puts no `?` in a
# literal, and parameters themselves are never part of the SQL text.
_PARAMETER = re.compile(r"\?")
# A session's setting (not SET LOCAL, which ends with its transaction).
_SETTING = re.compile(r"SET\s+(?!LOCAL\b)(?:SESSION\s+)?([\w.]+)", re.IGNORECASE)


def placeholders(sql: str) -> str:
    return _PARAMETER.sub("%s", sql.replace("%", "%%"))


class ConnectionLost(LibraryError):
    """The server could not be reached again within RECONNECT_SECONDS: the
    change in hand was not saved (nothing of it is on the server), and the
    caller keeps it to save again, as a window keeps an unsaved edit."""

    def __init__(self, message: str):
        super().__init__(message, UNREACHABLE)


class RerunNeeded(ConnectionLost):
    """A transaction was cut off and could not be replayed as it was: the
    library changed in between. Nothing of it was saved; running the whole
    block again, from its first read, saves it."""


class Cursor:
    """The part of sqlite3's cursor the library uses, its rows already read."""

    def __init__(self, rows: list, description, rowcount: int):
        self._rows = rows
        self.description = description
        self.rowcount = rowcount

    def fetchone(self):
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list:
        return self._rows

    def __iter__(self):
        return iter(self._rows)


class _Failed(NamedTuple):
    """The answer of a statement that failed (inside a savepoint rolled back)."""

    sqlstate: str | None


Step = tuple[str, object, bool, object]  # SQL, parameters, many rows?, the answer


class Connection:
    """One connection to the server at a time, outside any transaction until asked.

    `execute` and `executemany` take the library's `?` statements; `atomic`
    is a transaction (a savepoint inside one), as sqlite-utils' is.
    `take(seconds)` gives a new connection from the pool, waiting at most
    that long (None: the pool's usual wait); `give_back` returns
    one (a broken one is discarded by the pool); `server` names the server
    in messages (its address without a password).
    """

    def __init__(self, take: Callable[[float | None], psycopg.Connection],
                 give_back: Callable[[psycopg.Connection], None], *, server: str, on_begin=None,
                 reconnect_seconds: float = RECONNECT_SECONDS):
        self._take, self._give_back, self.server = take, give_back, server
        self.reconnect_seconds = reconnect_seconds  # how long a lost server is waited for
        self._on_begin = on_begin  # what every outermost transaction does first (its lock)
        self._settings: dict[str, str] = {}  # SET statements, made again on a new connection
        self._steps: list[Step] | None = None  # the open transaction's statements and answers
        self._depth = 0
        # Why the open transaction was given up, while its block still runs:
        # its next statements must not be sent outside any transaction.
        self._abandoned: ConnectionLost | None = None
        self._closed = False
        self.raw: psycopg.Connection | None = take(None)  # the pool's own wait, on opening

    @property
    def conn(self) -> Connection:  # sqlite-utils' Database.conn, for code written for both
        return self

    @property
    def in_transaction(self) -> bool:
        return self._steps is not None

    def execute(self, sql: str, params: Sequence | None = None) -> Cursor:
        sql, values = (placeholders(sql), list(params)) if params else (sql, None)
        setting = _SETTING.match(sql)
        if setting:
            self._settings[setting[1].lower()] = sql
        return self._run(sql, values, False)

    def executemany(self, sql: str, rows) -> None:
        rows = list(rows)
        if rows:
            self._run(placeholders(sql), rows, True)

    # -- transactions -------------------------------------------------------

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Connection]:
        if self._steps is not None:
            with self._savepoint():
                yield self
            return
        steps: list[Step] = []
        self._steps = steps
        try:
            self._run("BEGIN", None, False)
            if self._on_begin:
                self._on_begin(self)
            yield self
            self._commit()
        except BaseException:
            if self._steps is steps:  # not ended already, by a replay that could not be made
                self._rollback()
            raise
        finally:
            self._abandoned = None

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        steps = self._steps
        self._depth += 1
        name = f"exodesk_{self._depth}"
        try:
            self._run(f"SAVEPOINT {name}", None, False)
            try:
                yield
            except BaseException:
                if self._steps is steps:
                    self._run(f"ROLLBACK TO SAVEPOINT {name}", None, False)
                    self._run(f"RELEASE SAVEPOINT {name}", None, False)
                raise
            self._run(f"RELEASE SAVEPOINT {name}", None, False)
        finally:
            self._depth -= 1

    def _rollback(self) -> None:
        self._steps = None
        with contextlib.suppress(psycopg.Error):  # a lost connection has rolled it back already
            self._live().execute("ROLLBACK")

    def _commit(self) -> None:
        self._still_open()
        deadline = time.monotonic() + self.reconnect_seconds
        while True:
            try:
                written = _value(self._live().execute("SELECT txid_current_if_assigned()"))
            except psycopg.Error as error:
                if not self._lost(error):
                    raise
                self._recover(error, deadline)
                continue
            try:
                self._live().execute("COMMIT")
            except psycopg.Error as error:
                if not self._lost(error):
                    raise
                if written is not None and not self._committed_after_all(written, error, deadline):
                    self._recover(error, deadline)
                    continue
                # Committed, or wrote nothing: either way there is nothing to save again.
            self._steps = None
            return

    def _committed_after_all(self, txid: int, error: Exception, deadline: float) -> bool:
        """Whether the transaction whose COMMIT lost its answer did commit."""
        while True:
            self._reconnect(error, deadline)
            try:
                status = _value(self._live().execute("SELECT txid_status(%s)", [txid]))
            except psycopg.Error as failure:
                if not self._lost(failure):
                    raise
                error = failure
                continue
            if status != "in progress":  # its server process is still ending
                return status == "committed"
            self._pause(error, deadline, FIRST_PAUSE_SECONDS)

    # -- sending, and sending again ----------------------------------------

    def _still_open(self) -> None:
        if self._abandoned is not None:
            raise type(self._abandoned)(str(self._abandoned))

    def _abandon(self, error: ConnectionLost) -> ConnectionLost:
        """End the open transaction, keeping none of it; `error` says why."""
        if self._steps is not None:
            self._rollback()
            self._abandoned = error
        return error

    def _run(self, sql: str, values, many: bool) -> Cursor:
        self._still_open()
        deadline = time.monotonic() + self.reconnect_seconds
        while True:
            try:
                cursor = self._send(sql, values, many)
            except psycopg.Error as error:
                if not self._lost(error):
                    if self._steps is not None:
                        self._steps.append((sql, values, many, _Failed(error.sqlstate)))
                    raise
                self._recover(error, deadline)
                continue
            if self._steps is not None:
                self._steps.append((sql, values, many, cursor.fetchall()))
            return cursor

    def _send(self, sql: str, values, many: bool) -> Cursor:
        with self._live().cursor() as cursor:
            if many:
                cursor.executemany(sql, values)
            else:
                cursor.execute(sql, values)
            return Cursor(cursor.fetchall() if cursor.description else [], cursor.description, cursor.rowcount)

    def _live(self) -> psycopg.Connection:
        if self._closed:
            raise psycopg.InterfaceError(f"the shared library at {self.server} is closed")
        if self.raw is None or self.raw.closed:
            raise psycopg.OperationalError("the connection to the server was lost")
        return self.raw

    def _lost(self, error: psycopg.Error) -> bool:
        """Whether the connection is gone: closed, or failing on the client's
        side (no SQLSTATE from the server). A cut in the middle of a batch
        sent in pipeline mode (executemany) raises "cannot exit pipeline mode
        while busy" before libpq marks the connection closed."""
        if not isinstance(error, psycopg.OperationalError):
            return False
        return self.raw is None or self.raw.closed or error.sqlstate is None

    def _recover(self, error: psycopg.Error, deadline: float) -> None:
        """A new connection, with the open transaction (if any) replayed on it."""
        while True:
            self._reconnect(error, deadline)
            if self._steps is None:
                return
            try:
                self._replay(self._steps)
                return
            except psycopg.Error as failure:
                if not self._lost(failure):
                    raise
                error = failure

    def _replay(self, steps: list[Step]) -> None:
        for sql, values, many, answer in steps:
            try:
                again: object = self._send(sql, values, many).fetchall()
            except psycopg.Error as error:
                if self._lost(error):
                    raise
                again = _Failed(error.sqlstate)
            if again != answer:
                raise self._abandon(RerunNeeded(
                    f"The connection to the shared library at {self.server} was lost in the middle of a change, "
                    "and the library changed meanwhile: the change must be made again"))

    def _reconnect(self, error: Exception, deadline: float) -> None:
        if self.raw is not None:
            self.raw.close()  # (one libpq has not yet found cut is of no more use)
            self._give_back(self.raw)  # closed: the pool discards it
            self.raw = None
        pause = FIRST_PAUSE_SECONDS
        while True:
            try:
                self.raw = self._take(max(deadline - time.monotonic(), FIRST_PAUSE_SECONDS))
                for setting in self._settings.values():
                    self.raw.execute(setting)
                return
            except psycopg.OperationalError as failure:  # the pool's timeout is one too
                error = failure
            if self.raw is not None:
                self._give_back(self.raw)
                self.raw = None
            pause = self._pause(error, deadline, pause)

    def _pause(self, error: Exception, deadline: float, pause: float) -> float:
        """Wait a little longer each time; past the deadline, give up."""
        if time.monotonic() + pause > deadline:
            reason = first_line(error)
            unsaved = "; the change in hand was not saved" if self._steps is not None else ""
            raise self._abandon(ConnectionLost(f"The shared library at {self.server} could not be reached for "
                                               f"{self.reconnect_seconds:g} s ({reason}){unsaved}"))
        time.sleep(pause)
        return min(pause * 2, LONGEST_PAUSE_SECONDS)

    def close(self) -> None:
        """Give the connection back to the pool; the library is closed."""
        if self.raw is not None and not self._closed:
            self._give_back(self.raw)
        self.raw, self._closed = None, True

    @property
    def closed(self) -> bool:
        return self._closed


def _value(cursor: psycopg.Cursor):
    row = cursor.fetchone()
    return row[0] if row else None

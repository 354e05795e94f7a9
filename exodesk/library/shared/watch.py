"""Has another workstation changed the shared library?

The server's triggers send a notice on the `exodesk_changes` channel at each
change of papers or notes, naming the table and the writer's connection
("papers 4711"). A window listens on a connection of its own and asks, every
moment or two, whether a notice came from a connection other than its
library's; its own writes it already shows. A lost listening connection is
opened again at the next look, and that look says "changed", since notices
sent meanwhile were missed.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

import psycopg

from exodesk.library.shared import connection
from exodesk.library.shared.schema import CHANNEL

if TYPE_CHECKING:
    from exodesk.library.shared.store import SharedLibrary

WATCHED = frozenset({"papers", "notes"})


class SharedWatch:
    """Listens for other connections' changes to one shared library."""

    def __init__(self, library: SharedLibrary) -> None:
        self.library = library
        self.listener: psycopg.Connection | None = None
        with contextlib.suppress(psycopg.OperationalError):  # out of reach now: the first look tries again
            self._listen()

    def _listen(self) -> None:
        self.listener = connection.listener(self.library.location)
        self.listener.execute(f"LISTEN {CHANNEL}")

    def replaced(self) -> bool:
        return False  # a server's library is never a file put in its place

    def fileno(self) -> int | None:
        """The listening socket, readable when a notice comes (None when lost)."""
        if self.listener is None or self.listener.closed:
            return None
        return self.listener.fileno()

    def changed_elsewhere(self) -> bool:
        """Whether another connection changed papers or notes since the last look."""
        return bool(self.changes())

    def changes(self) -> set[str]:
        """The tables (papers, notes) another connection changed since the last look.

        Raises psycopg.OperationalError when the server cannot be reached."""
        if self.listener is not None and not self.listener.closed:
            own = self._own_pid()
            try:
                return {table for table, _, pid in (n.payload.partition(" ") for n in self.listener.notifies(timeout=0))
                        if table in WATCHED and pid != own}
            except psycopg.OperationalError:
                self.close()
        self._listen()
        return set(WATCHED)  # what was sent while no one listened is not known

    def _own_pid(self) -> str:
        raw = None if self.library.db.closed else self.library.db.raw
        return "" if raw is None else str(raw.info.backend_pid)  # None: between connections

    def close(self) -> None:
        if self.listener is not None:
            self.listener.close()
            self.listener = None

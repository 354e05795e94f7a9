"""Has the library changed under an open window?

Another process may replace the library file (`exodesk restore` moves it
aside and puts a backup in its place) or write to it (`exodesk import`). A
connection opened earlier keeps working on the file it opened, so after a
restore it would write into the file set aside. The file's identity (device
and inode, or the file index on Windows) tells a replaced file; SQLite's
`PRAGMA data_version` tells writes made by any other connection.
"""

from __future__ import annotations

import os
from pathlib import Path


def file_identity(path: Path | str) -> tuple[int, int] | None:
    """The identity of the file at `path` now (None when there is none)."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


class LibraryWatch:
    """Remembers the library file as it was opened and what the connection last saw."""

    def __init__(self, library):
        self.library = library
        self.identity = file_identity(library.path) if library.path else None
        self.version = self._data_version()

    def _data_version(self) -> int:
        return self.library.db.execute("PRAGMA data_version").fetchone()[0]

    def replaced(self) -> bool:
        """The file at the library's path is no longer the one this connection has open."""
        return self.library.path is not None and file_identity(self.library.path) != self.identity

    def changed_elsewhere(self) -> bool:
        """Another connection wrote to the library since the last time this was asked."""
        version = self._data_version()
        changed, self.version = version != self.version, version
        return changed

"""Why a library could not be opened, read or written, in words a person can act on.

SQLite's messages do not tell a damaged file from a folder that cannot be
written or a full disk ("unable to open database file" is all a read-only
folder gives). Only damage calls for a backup: the other faults are named
as what they are, and the library itself is fine once they are mended.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

DAMAGED = "damaged"
READ_ONLY = "read-only"
FULL = "disk full"
LOCKED = "in use"
JOURNAL_MISSING = "journal missing"
UNREADABLE = "unreadable"  # missing, not ours to read, or a disk that reports errors
NOT_ALLOWED = "not allowed"  # a shared library's server refuses this login the act (approving a sheet)

# Below this much free space a failed write is taken for a full disk.
NEARLY_FULL_BYTES = 1024 * 1024


def first_line(error: Exception) -> str:
    """The first line of an error's message: a database driver's can run to several."""
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def writable(path: Path) -> bool:
    """Whether this process may write `path` (a folder, or a file that exists).
    os.access knows a read-only file system even for the superuser."""
    return os.access(path, os.W_OK)


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def diagnose(path: Path | None, error: BaseException, *, journal_was_gone: bool = False) -> tuple[str, str]:
    """The kind of fault behind `error` on the library at `path`, and a sentence
    naming it. `journal_was_gone`: the journal was missing before the library
    was opened (opening starts a new one)."""
    if path is None:
        return DAMAGED, f"the library could not be read ({error})"
    path = Path(path)
    name = getattr(error, "sqlite_errorname", "") or ""
    code = getattr(error, "errno", None)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return DAMAGED, f"{path} is damaged or not an ExoDesk library ({error})"
    if _looks_full(error, path.parent):
        return FULL, (f"the disk holding {path} is full, so nothing can be saved ({error}). "
                      "Free some space on it; the library itself is not damaged.")
    if name in ("SQLITE_IOERR_WRITE", "SQLITE_IOERR_TRUNCATE") or code == errno.EFBIG:
        # A disk quota or a limit on file size refuses writes the same way.
        return FULL, (f"the disk holding {path} would not take more ({error}): it is full, or a quota or a "
                      "limit on file size was reached. Free some space; the library itself is not damaged.")
    if not path.exists():
        return UNREADABLE, f"there is no library at {path}"
    if (name.startswith("SQLITE_READONLY") or code in (errno.EROFS, errno.EACCES, errno.EPERM)
            or not writable(path.parent) or not writable(path)):
        return READ_ONLY, (f"{path} is in a folder, or on a disk, that ExoDesk may not write to ({error}). "
                           "ExoDesk writes beside the library as it saves: make the folder writable or move the "
                           "library to one that is. The library itself is not damaged.")
    if name.startswith("SQLITE_BUSY") or "locked" in str(error):
        return LOCKED, (f"another program kept {path} busy for too long ({error}). "
                        "Try again once it has finished (an import, a backup); nothing was lost.")
    if name.startswith("SQLITE_IOERR") and (journal_was_gone or journal_gone(path)):
        return JOURNAL_MISSING, journal_text(path, str(error))
    if name.startswith("SQLITE_IOERR") or name in ("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"):
        return UNREADABLE, (f"{path} could not be read from the disk ({error}). Check that the disk or network "
                            "folder is there and working; this is not damage to the library itself.")
    return DAMAGED, f"{path} is damaged or not an ExoDesk library ({error})"



def journal_gone(path: Path) -> bool:
    """Whether the journal's index is there without the journal: only a
    deleted (or moved) journal leaves that."""
    return Path(f"{path}-shm").exists() and not Path(f"{path}-wal").exists()


def journal_text(path: Path, detail: str = "") -> str:
    return (f"the library's journal file {Path(path).name}-wal was deleted or moved while the library was open"
            + (f" ({detail})" if detail else "") + ". The changes saved since the journal was last written into "
            "the library are in it: close every ExoDesk window on this library (closing writes them back), or "
            "put the file back. If ExoDesk was stopped without closing, those last changes are lost; once no "
            "ExoDesk has it open, the library opens again with the rest.")


def _looks_full(error: BaseException, folder: Path) -> bool:
    """SQLite or the system said the disk is full, or it nearly is."""
    name = getattr(error, "sqlite_errorname", "") or ""
    free = free_bytes(folder) if folder.is_dir() else None
    return (name.startswith("SQLITE_FULL") or getattr(error, "errno", None) == errno.ENOSPC
            or (free is not None and free < NEARLY_FULL_BYTES))


def cannot_write(folder: Path, error: BaseException) -> str:
    """Why a file could not be written into `folder` (a backup, an export)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if _looks_full(error, folder):
        return f"the disk is full ({error})"
    if name.startswith("SQLITE_READONLY") or getattr(error, "errno", None) in (errno.EROFS, errno.EACCES) or (
            folder.is_dir() and not writable(folder)):
        return f"the folder cannot be written ({error})"
    return str(error)


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that only reads the library. In a folder that cannot be
    written SQLite cannot make the journal's shared-memory file, so there the
    file is opened as immutable: nothing can be writing it in such a folder."""
    path = Path(path).resolve()
    immutable = "&immutable=1" if not writable(path.parent) else ""
    return sqlite3.connect(f"{path.as_uri()}?mode=ro{immutable}", uri=True)

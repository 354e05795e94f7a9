"""Files only their owner may read: the library, its backups, the logs.

Patients' conditions and a clinician's notes are in them, and a clinic's
computer often has several accounts. On POSIX the folders ExoDesk makes are
0700 and its files 0600, whatever the umask; a folder the person chose
(where they keep the library) is left as it is. On Windows a user's profile
folders are private already, and these calls change nothing.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"


def make_folder(folder: Path) -> None:
    """Create `folder` (and its parents) if need be; the folders made here are the owner's only."""
    folder = Path(folder)
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for made in reversed(missing):
        with contextlib.suppress(FileExistsError):
            made.mkdir(mode=FOLDER_MODE)
        keep_private(made)


def keep_private(path: Path) -> None:
    """Make an existing file or folder of ours readable by its owner only."""
    if not POSIX:
        return
    with contextlib.suppress(OSError):
        status = os.stat(path)
        if status.st_uid == os.geteuid():
            os.chmod(path, FOLDER_MODE if Path(path).is_dir() else FILE_MODE)


def create_file(path: Path) -> None:
    """Create `path` empty with the owner's permissions only, if it does not exist
    (SQLite then gives its journal files the same permissions)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        keep_private(path)  # made before the permissions were kept (or by an older ExoDesk)
    except OSError:
        pass  # a folder that cannot be written: the caller's own attempt says so

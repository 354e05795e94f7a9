"""Backups of a shared library, made by PostgreSQL's own pg_dump and put
back by pg_restore (`exodesk backup` and `exodesk restore` on a server).

A dump is in pg_dump's custom format, kept in the backups folder of the
user data folder of whoever makes it, named after the database. The
password goes to the programs in their environment (PGPASSWORD), never on
their command line, where any user of the machine could read it. A restore
first dumps the library as it is, so that it is never lost, then puts the
chosen dump back in one transaction.
"""

from __future__ import annotations

import contextlib
import datetime
import glob
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from psycopg.conninfo import conninfo_to_dict, make_conninfo

from exodesk import APP_NAME, owner_only
from exodesk.library.backup import STAMP, Backup, BackupError
from exodesk.library.locations import shown
from exodesk.library.shared.connection import conninfo

# Where Debian and Ubuntu put each PostgreSQL version's programs.
PROGRAM_FOLDERS = "/usr/lib/postgresql/*/bin"
CLIENT_PACKAGE = "postgresql-client"
SUFFIX = ".dump"
# A restore waits this long for other workstations' locks, then gives up
# (and its transaction leaves the library as it was).
LOCK_WAIT_MS = 30_000


def backups_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "backups"


def _stem(location: str) -> str:
    return "shared-" + (urlsplit(location).path.lstrip("/") or "postgres")


def list_backups(location: str) -> list[Backup]:
    """The dumps of this shared library's database, newest first."""
    stem, found = _stem(location), []
    for path in backups_folder().glob(f"{stem}-*{SUFFIX}"):
        stamp = path.name[len(stem) + 1:-len(SUFFIX)].removeprefix("before-restore-")
        with contextlib.suppress(ValueError):
            found.append(Backup(path, datetime.datetime.strptime(stamp, STAMP)))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def back_up(location: str, *, before_restore: bool = False) -> Path:
    """Dump the library now; returns the new file. Raises BackupError saying why none was made."""
    folder = backups_folder()
    kind = "before-restore-" if before_restore else ""
    target = folder / f"{_stem(location)}-{kind}{datetime.datetime.now():{STAMP}}{SUFFIX}"
    partial = target.with_suffix(".partial")
    try:
        owner_only.make_folder(folder)
        owner_only.keep_private(folder)
        owner_only.create_file(partial)  # a dump holds what the library holds: its owner's only
        _run("pg_dump", location, ["--format=custom", f"--file={partial}"])
        os.replace(partial, target)
    except OSError as error:
        raise BackupError(f"could not write a backup to {folder}: {error}") from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return target


def restore(location: str, dump: Path) -> Path:
    """Put `dump` back into the library's database, after dumping it as it is
    now; returns that dump. All of it or nothing: one transaction."""
    aside = back_up(location, before_restore=True)
    _run("pg_restore", location, ["--clean", "--if-exists", "--single-transaction", "--exit-on-error", str(dump)])
    return aside


def _run(program: str, location: str, arguments: list[str]) -> None:
    settings = conninfo_to_dict(conninfo(location))
    password = settings.pop("password", None)
    environment = {**os.environ, "PGOPTIONS": f"-c lock_timeout={LOCK_WAIT_MS}"}
    if password:
        environment["PGPASSWORD"] = str(password)
    command = [str(_program(program)), f"--dbname={make_conninfo('', **settings)}", *arguments]
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        why = next((line for line in done.stderr.splitlines() if line.strip()), f"exit status {done.returncode}")
        raise BackupError(f"{program} failed for {shown(location)}: {why.removeprefix(f'{program}: ')}")


def _program(name: str) -> Path:
    """PostgreSQL's client program, the newest installed (a dump needs one at
    least as new as the server)."""
    folders = sorted(glob.glob(PROGRAM_FOLDERS), key=lambda f: _version(Path(f).parent.name), reverse=True)
    for folder in folders:
        if (Path(folder) / name).is_file():
            return Path(folder) / name
    found = shutil.which(name)
    if found:
        return Path(found)
    raise BackupError(f"{name} was not found: a shared library is backed up with PostgreSQL's client programs; "
                      f"install them (Debian or Ubuntu: apt install {CLIENT_PACKAGE}; elsewhere PostgreSQL's "
                      "installer) and try again")


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())

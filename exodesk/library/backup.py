"""Backups of the library file, and restoring one.

Backups are whole copies made with SQLite's online backup API (consistent
even while the library is in use), kept in a "backups" folder beside the
library: at most one a day when the library is opened, the newest `KEEP`.
A restore never loses the current file: it is moved aside first.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from exodesk import owner_only

KEEP = 10
INTERVAL = datetime.timedelta(days=1)
STAMP = "%Y%m%d-%H%M%S"  # in a backup's name


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why."""


def backups_folder(library_path: Path) -> Path:
    return Path(library_path).parent / "backups"


@dataclass
class Backup:
    path: Path
    made: datetime.datetime

    def line(self) -> str:
        size = self.path.stat().st_size / 1048576
        return f"{self.path.name}  {self.made:%Y-%m-%d %H:%M}  {size:.1f} MB"


def list_backups(library_path: Path) -> list[Backup]:
    """The library's backups, newest first (files set aside by a restore included)."""
    folder = backups_folder(library_path)
    stem = Path(library_path).stem
    found = []
    for path in folder.glob(f"{stem}-*.sqlite") if folder.is_dir() else []:
        stamp = path.stem[len(stem) + 1 :].removeprefix("before-restore-")
        try:
            made = datetime.datetime.strptime(stamp, STAMP)
        except ValueError:
            continue
        found.append(Backup(path, made))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def make_backup(connection: sqlite3.Connection, library_path: Path, *,
                now: datetime.datetime | None = None) -> Path:
    """Copy the open library into its backups folder; returns the new file.

    The copy is written under a temporary name and renamed when complete, so
    a crash midway never leaves a half backup that looks whole.
    """
    from exodesk.library.faults import cannot_write

    now = now or datetime.datetime.now()
    folder = backups_folder(library_path)
    target = folder / f"{Path(library_path).stem}-{now:{STAMP}}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        owner_only.make_folder(folder)
        owner_only.keep_private(folder)
        _copy(connection, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise BackupError(f"could not write a backup to {folder}: {cannot_write(folder, error)}") from None
    return target


def back_up_now(library_path: Path) -> Path:
    """A backup of the library file made now, once it is found whole (the
    command line's `exodesk backup`); the oldest daily backups beyond KEEP go.
    Raises BackupError saying why none was made."""
    from exodesk.library.faults import DAMAGED, diagnose
    from exodesk.library.store import BUSY_TIMEOUT_SECONDS

    problems = integrity_problems(library_path) if library_path.exists() else ["no library there"]
    if problems:
        kind, reason = diagnose(library_path, sqlite3.DatabaseError(problems[0]))
        raise BackupError(reason if kind != DAMAGED else problems[0])
    try:
        with contextlib.closing(sqlite3.connect(library_path, timeout=BUSY_TIMEOUT_SECONDS)) as db:
            made = make_backup(db, library_path)
        prune(library_path)
    except OSError as error:
        raise BackupError(str(error)) from None
    return made


def _copy(connection: sqlite3.Connection, target: Path) -> None:
    owner_only.create_file(target)  # the copy holds what the library holds: its owner's only
    copy = sqlite3.connect(target)
    try:
        connection.backup(copy)
    finally:
        copy.close()


def _daily(library_path: Path) -> list:
    """The daily backups, newest first (not the files set aside by a restore)."""
    return [b for b in list_backups(library_path) if "before-restore" not in b.path.name]


def prune(library_path: Path, keep: int = KEEP) -> None:
    """Keep the newest `keep` daily backups (files set aside by a restore stay)."""
    for old in _daily(library_path)[keep:]:
        old.path.unlink(missing_ok=True)


def backup_due(library_path: Path, *, now: datetime.datetime | None = None) -> bool:
    now = now or datetime.datetime.now()
    daily = _daily(library_path)
    return not daily or now - daily[0].made >= INTERVAL


def restore(library_path: Path, backup: Path, *, now: datetime.datetime | None = None) -> Path:
    """Put `backup` in the library's place; returns where the current file went.

    The backup is checked first; the library's own file (with its WAL, whose
    pages belong to it alone) is moved into the backups folder, not deleted.
    """
    library_path, backup = Path(library_path), Path(backup)
    problems = integrity_problems(backup)
    if problems:
        raise BackupError(f"{backup.name} is damaged itself ({problems[0]}); choose another backup")
    now = now or datetime.datetime.now()
    folder = backups_folder(library_path)
    owner_only.make_folder(folder)
    aside = folder / f"{library_path.stem}-before-restore-{now:{STAMP}}.sqlite"
    partial = library_path.with_suffix(".restoring")
    try:
        source = sqlite3.connect(backup)
        try:
            _copy(source, partial)
        finally:
            source.close()
        if library_path.exists():
            os.replace(library_path, aside)
        for suffix in ("-wal", "-shm"):
            sidecar = Path(f"{library_path}{suffix}")
            if sidecar.exists():
                os.replace(sidecar, Path(f"{aside}{suffix}"))
        os.replace(partial, library_path)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"could not restore {backup.name}: {error}") from None
    return aside


def integrity_problems(path: Path) -> list[str]:
    """What SQLite's integrity check finds wrong with a library file ([] when sound)."""
    from exodesk.library.faults import read_only_connection

    try:
        db = read_only_connection(path)
        try:
            rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
            db.execute("SELECT count(*) FROM papers").fetchone()
        finally:
            db.close()
    except sqlite3.Error as error:
        return [str(error)]
    return [] if rows == ["ok"] else rows


def half_imported(db: sqlite3.Connection) -> list[str]:
    """Files not wholly in the library: each kept file must have its papers
    linked and its import logged, and each logged import its file and papers."""
    problems = []
    for name, in db.execute(
        "SELECT name FROM files f WHERE NOT EXISTS (SELECT 1 FROM paper_files pf WHERE pf.file_hash = f.hash) "
        "OR NOT EXISTS (SELECT 1 FROM import_log l WHERE l.file_hash = f.hash AND l.status != 'refused')"
    ):
        problems.append(f"{name}: kept without its papers or its log line")
    logged = db.execute(
        "SELECT path, file_hash, paper_ids FROM import_log WHERE status != 'refused' AND file_hash IS NOT NULL"
    )
    for path, file_hash, paper_ids in logged:
        for paper_id in filter(None, (paper_ids or "").split(",")):
            linked = db.execute(
                "SELECT 1 FROM paper_files pf JOIN papers p ON p.id = pf.paper_id "
                "WHERE pf.file_hash = ? AND pf.paper_id = ?", [file_hash, int(paper_id)]
            ).fetchone()
            if not linked:
                problems.append(f"{path}: logged as read into #{paper_id}, which is not linked to it")
    return problems

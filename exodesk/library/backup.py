"""Backups of the library file, restoring one, and checking a library's health.

Backups are whole copies made with SQLite's online backup API (consistent
even while the library is in use), kept in a "backups" folder beside the
library: at most one a day when the library is opened, the newest `KEEP`.
A restore never loses the current file: it is moved aside first.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

KEEP = 10
INTERVAL = datetime.timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"


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
            made = datetime.datetime.strptime(stamp, _STAMP)
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
    now = now or datetime.datetime.now()
    folder = backups_folder(library_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{Path(library_path).stem}-{now:{_STAMP}}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        _copy(connection, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"could not write a backup to {folder}: {error}") from None
    return target


def _copy(connection: sqlite3.Connection, target: Path) -> None:
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
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / f"{library_path.stem}-before-restore-{now:{_STAMP}}.sqlite"
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
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
            db.execute("SELECT count(*) FROM papers").fetchone()
        db.close()
    except sqlite3.Error as error:
        return [str(error)]
    return [] if rows == ["ok"] else rows


@dataclass
class CheckReport:
    path: Path
    integrity: list[str] = field(default_factory=list)  # [] when sound
    files_checked: int = 0
    damaged_files: list[str] = field(default_factory=list)
    half_imported: list[str] = field(default_factory=list)
    papers: int = 0

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.damaged_files and not self.half_imported

    def lines(self) -> list[str]:
        lines = [f"library: {self.path}", f"papers: {self.papers}"]
        if self.integrity:
            lines.append("database: DAMAGED")
            lines += [f"  {problem}" for problem in self.integrity[:20]]
        else:
            lines.append("database: ok (integrity check passed)")
        lines.append(f"original files: {self.files_checked} checked, {len(self.damaged_files)} damaged")
        lines += [f"  {name}" for name in self.damaged_files]
        if self.half_imported:
            lines.append(f"imports: {len(self.half_imported)} files not wholly in the library")
            lines += [f"  {problem}" for problem in self.half_imported[:20]]
        lines.append("result: ok" if self.ok else "result: problems found; restore a backup (exodesk restore)")
        return lines


def check(path: Path) -> CheckReport:
    """SQLite's integrity check, and every kept original file against its SHA-256."""
    report = CheckReport(Path(path), integrity=integrity_problems(path))
    if report.integrity:
        return report
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        report.papers = db.execute("SELECT count(*) FROM papers WHERE deleted IS NULL").fetchone()[0]
        for name, stored_hash, size, content in db.execute("SELECT name, hash, size, content FROM files"):
            report.files_checked += 1
            if hashlib.sha256(content).hexdigest() != stored_hash or len(content) != size:
                report.damaged_files.append(f"{name} (sha256 {stored_hash[:12]}…)")
        report.half_imported = half_imported(db)
    db.close()
    return report


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

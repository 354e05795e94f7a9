"""Checking a library's health, and making the repairs that are safe.

`check` reads everything: SQLite's own integrity check, every paper's record
and notes, the search index's own integrity check (FTS5 'integrity-check')
and whether it holds every paper, every kept original file against its
SHA-256, and whether each import is wholly in. Each problem says how it is
mended: the search index is rebuilt from the records; a damaged record is
read again from the original file it was imported from; what neither can
mend needs a backup. `repair` makes the first two. A folder that cannot be
written, a full disk or a missing journal is named as such, never as damage.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from exodesk.library import faults
from exodesk.library.backup import half_imported
from exodesk.library.search import paper_index_row
from exodesk.library.store import BUSY_TIMEOUT_SECONDS
from exodesk.model import Notes, Paper

REPAIR = "`exodesk check --repair`"
REBUILD = f"rebuild the index from the records: {REPAIR}"
BACKUP = "restore a backup: `exodesk restore` lists them"
REIMPORT = "import the file again (`exodesk import FILE`): what is missing is added"
# A fault of the disk or folder is no damage: the check could not read (or,
# read-only, could read but ExoDesk cannot save there).
NOT_READ = (faults.UNREADABLE, faults.JOURNAL_MISSING, faults.LOCKED, faults.FULL)


@dataclass
class Problem:
    what: str
    repair: str
    repairable: bool = False  # `repair` mends it


@dataclass
class CheckReport:
    path: Path
    papers: int = 0
    trashed: int = 0
    records_read: int = 0
    integrity: list[str] = field(default_factory=list)  # SQLite's own findings ([] when sound)
    problems: list[Problem] = field(default_factory=list)
    files_checked: int = 0
    fault: str = ""  # a read-only folder, a full disk, a missing journal: named, not damage
    fault_kind: str = ""
    repaired: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        """Nothing in the library is damaged (it may still sit in a read-only folder)."""
        return not self.integrity and not self.problems and self.fault_kind not in NOT_READ

    @property
    def ok(self) -> bool:
        return self.sound and not self.fault

    def lines(self) -> list[str]:
        lines = [f"library: {self.path}"]
        if self.fault_kind in NOT_READ:
            return [*lines, f"result: not checked: {self.fault}"]
        lines.append(f"papers: {self.papers}" + (f" ({self.trashed} more in the trash)" if self.trashed else ""))
        if self.integrity:
            lines.append("database: DAMAGED (SQLite's integrity check failed)")
            lines += [f"  {problem}" for problem in self.integrity[:20]]
            return [*lines, f"result: the database file is damaged; {BACKUP}"]
        lines.append("database: ok (integrity check passed)")
        lines.append(f"records: {self.records_read} read, {_count(len(self.problems), 'problem')}")
        for problem in self.problems:
            lines += [f"  {problem.what}", f"    repair: {problem.repair}"]
        lines.append(f"original files: {self.files_checked} checked")
        lines += [f"repaired: {line}" for line in self.repaired]
        if self.problems:
            mendable = sum(p.repairable for p in self.problems)
            advice = f"{REPAIR} mends {mendable} of them" if mendable else "each says above how to repair it"
            if 0 < mendable < len(self.problems):
                advice += "; the others say above how to repair them"
            lines.append(f"result: {_count(len(self.problems), 'problem')} found; {advice}")
        elif self.fault:
            lines.append(f"result: nothing is damaged, but {self.fault}")
        else:
            lines.append("result: ok")
        return lines


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" + ("" if number == 1 else "s")


def check(path: Path) -> CheckReport:
    """Read the whole library and say what is wrong and how to mend it."""
    report = CheckReport(Path(path))
    try:
        _check(report)
    except sqlite3.Error as error:
        kind, text = faults.diagnose(report.path, error)
        if kind == faults.DAMAGED:
            report.integrity.append(str(error))
        else:
            report.fault_kind, report.fault = kind, text
    return report


def _check(report: CheckReport) -> None:
    path = report.path
    if not path.is_file():
        report.fault_kind, report.fault = faults.UNREADABLE, f"there is no library at {path}"
        return
    if faults.journal_gone(path):
        # Reading on (the index check opens the library to write) would start
        # a new, empty journal and hide what the lost one held.
        report.fault_kind, report.fault = faults.JOURNAL_MISSING, faults.journal_text(path)
        return
    if not faults.writable(path.parent) or not faults.writable(path):
        report.fault_kind = faults.READ_ONLY
        report.fault = ("its folder cannot be written, so ExoDesk cannot save changes there: "
                        "make the folder writable or move the library to one that is")
    db = faults.read_only_connection(path)
    try:
        report.integrity = [r[0] for r in db.execute("PRAGMA integrity_check")]
        if report.integrity == ["ok"]:
            report.integrity = []
        else:
            return
        check_contents(db, report, lambda: _index_problems(db, path))
    finally:
        db.close()


def check_contents(db, report: CheckReport, index_problems: Callable[[], list[Problem]]) -> None:
    """What is checked alike on either engine: every record and notes, every
    kept file against its hash, every import wholly in; and the search
    index, which each engine keeps in its own form (`index_problems`)."""
    report.papers, report.trashed = db.execute(
        "SELECT count(*) FILTER (WHERE deleted IS NULL), count(*) FILTER (WHERE deleted IS NOT NULL) "
        "FROM papers").fetchone()
    damaged = _read_records(db, report)
    report.problems += [_record_problem(db, paper_id, reason) for paper_id, reason in sorted(damaged.items())]
    report.problems += index_problems()
    report.problems += _kept_file_problems(db, report)
    report.problems += [Problem(line, REIMPORT) for line in _half_imported(db)]


def _read_records(db: sqlite3.Connection, report: CheckReport) -> dict[int, str]:
    """Every paper's record and notes, read as the program reads them; the damaged ones, with why."""
    damaged: dict[int, str] = {}
    for paper_id, data in db.execute("SELECT id, data FROM papers ORDER BY id"):
        report.records_read += 1
        try:
            paper_index_row(Paper.from_dict(orjson.loads(data), id=paper_id), None)
        except Exception as error:  # whatever makes the record unreadable is the damage to report
            damaged[paper_id] = f"its record cannot be read ({_why(error)})"
    for paper_id, data in db.execute("SELECT paper_id, data FROM notes ORDER BY paper_id"):
        try:
            paper_index_row(Paper(), Notes.from_dict(json.loads(data)))
        except Exception as error:
            damaged.setdefault(paper_id, f"its notes cannot be read ({_why(error)})")
    return damaged


def _why(error: Exception) -> str:
    return f"{type(error).__name__}: {str(error)[:120]}"


def _record_problem(db: sqlite3.Connection, paper_id: int, reason: str) -> Problem:
    originals = [name for (name,) in db.execute(
        "SELECT f.name FROM paper_files pf JOIN files f ON f.hash = pf.file_hash "
        "WHERE pf.paper_id = ? ORDER BY f.added", [paper_id])]
    what = f"paper #{paper_id}: {reason}"
    if originals and reason.startswith("its record"):
        return Problem(what, f"read it again from its kept original file {originals[0]}: {REPAIR} (edits "
                             "a person made to its fields, and values merged in from other files, are lost)",
                       repairable=True)
    return Problem(what, BACKUP)


def _index_problems(db: sqlite3.Connection, path: Path) -> list[Problem]:
    """FTS5's own integrity check, and whether the index holds every paper and no other."""
    try:
        _fts_integrity_check(path, db)
    except sqlite3.DatabaseError as error:
        if faults.diagnose(path, error)[0] != faults.DAMAGED:
            raise
        return [Problem(f"search index: damaged ({error})", REBUILD, repairable=True)]
    papers = {i for (i,) in db.execute("SELECT id FROM papers")}
    return index_coverage(papers, {i for (i,) in db.execute("SELECT rowid FROM papers_fts")})


def index_coverage(papers: set[int], indexed: set[int]) -> list[Problem]:
    """Whether the search index holds every paper and no other."""
    problems = []
    if papers - indexed:
        problems.append(Problem(f"search index: {len(papers - indexed)} papers are missing from it, so searches "
                                f"cannot find them (#{min(papers - indexed)}…)", REBUILD, repairable=True))
    if indexed - papers:
        problems.append(Problem(f"search index: it holds {len(indexed - papers)} papers no longer in the library",
                                REBUILD, repairable=True))
    return problems


def _fts_integrity_check(path: Path, db: sqlite3.Connection) -> None:
    """FTS5's check is run as an INSERT, which a read-only connection refuses:
    it runs in a transaction that is rolled back, or on a copy in memory when
    the library's folder cannot be written."""
    command = "INSERT INTO papers_fts(papers_fts) VALUES('integrity-check')"
    # (A library whose journal is gone never gets here: _check stops first.)
    if not faults.writable(path.parent) or not faults.writable(path):
        copy = sqlite3.connect(":memory:")
        try:
            db.backup(copy)
            copy.execute(command)
        finally:
            copy.close()
        return
    writer = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        writer.execute("BEGIN")
        try:
            writer.execute(command)
        finally:
            writer.execute("ROLLBACK")
    finally:
        writer.close()


def _kept_file_problems(db: sqlite3.Connection, report: CheckReport) -> list[Problem]:
    problems = []
    for name, stored_hash, size, content in db.execute("SELECT name, hash, size, content FROM files"):
        report.files_checked += 1
        try:
            sound = hashlib.sha256(content).hexdigest() == stored_hash and len(content) == size
        except TypeError:  # not bytes at all
            sound = False
        if not sound:
            problems.append(Problem(f"original file {name} (sha256 {str(stored_hash)[:12]}…): its kept copy is "
                                    "damaged; the papers read from it are not", BACKUP))
    return problems


def _half_imported(db: sqlite3.Connection) -> list[str]:
    try:
        return half_imported(db)
    except ValueError as error:  # a log line whose paper numbers are not numbers
        return [f"the import log is damaged ({error}); it only records past imports, the papers are not"]


def repair(path: Path) -> CheckReport:
    """Make the safe repairs a check finds (rebuild the search index, read a
    damaged record again from its kept original), then check again."""
    from exodesk.library.store import Library

    found = check(path)
    done = []
    if not found.fault and any(p.repairable for p in found.problems):
        with Library(path, backup=False) as library:
            done = mend(library, found)
    report = check(path)
    report.repaired = done
    return report


def mend(library, found: CheckReport) -> list[str]:
    """Make the repairable of the problems found, in an open library (either engine); what was done."""
    done = []
    damaged = [int(p.what.split("#", 1)[1].split(":", 1)[0]) for p in found.problems
               if p.repairable and p.what.startswith("paper #")]
    for paper_id in damaged:
        restored = record_from_originals(library, paper_id)
        if restored is not None:
            with library.transaction():
                library.replace_paper(paper_id, restored)
            done.append(f"paper #{paper_id} read again from its kept original file")
    if damaged or any(p.what.startswith("search index") for p in found.problems):
        skipped = library.rebuild_index()
        done.append("search index rebuilt from the records"
                    + (f" (without {len(skipped)} damaged ones)" if skipped else ""))
    return done


def record_from_originals(library, paper_id: int) -> Paper | None:
    """A paper's record read again from the original files it came from (in
    the order they were imported, each later one merged in), or None."""
    from exodesk.library.examine import examine
    from exodesk.library.merge import LOOKUP_COLUMNS, merge

    keys = library.db.execute(f"SELECT {', '.join(LOOKUP_COLUMNS)} FROM papers WHERE id = ?", [paper_id]).fetchone()
    wanted = {(column, value) for column, value in zip(LOOKUP_COLUMNS, keys, strict=True) if value} if keys else set()
    originals = library.db.execute(
        "SELECT f.name, f.content FROM paper_files pf JOIN files f ON f.hash = pf.file_hash "
        "WHERE pf.paper_id = ? ORDER BY f.added", [paper_id]).fetchall()
    paper = None
    with tempfile.TemporaryDirectory() as folder:
        for name, content in originals:
            copy = Path(folder) / Path(name).name
            copy.write_bytes(content)
            prepared = [p for part in examine(copy, []).parts for p in part.prepared]
            match = [p for p in prepared if wanted & set(p.keys)] or (prepared if len(prepared) == 1 else [])
            if not match:
                continue
            record = match[0].record()
            paper = record if paper is None else merge(paper, record, source=name)[0]
    return paper

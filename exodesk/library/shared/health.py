"""Checking a shared library: what `exodesk check` reads in a library file,
less SQLite's own integrity check, which has no meaning on a server
(PostgreSQL looks after its own storage: its write-ahead log, and data page
checksums where the clinic's IT person turned them on)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from exodesk.library import health
from exodesk.library.health import CheckReport

SOUND = "database: ok (integrity check passed)"
ON_A_SERVER = ("database: on a PostgreSQL server, so SQLite's integrity check does not apply "
               "(the server keeps its own storage sound)")


@dataclass
class SharedCheckReport(CheckReport):
    location: str = ""  # the address, without its password

    def lines(self) -> list[str]:
        lines = [ON_A_SERVER if line == SOUND else line for line in super().lines()]
        return [f"library: {self.location}", *lines[1:]]


def check(library) -> SharedCheckReport:
    """Every record and notes read, the search index complete, every kept file
    against its hash, every import wholly in."""
    report = SharedCheckReport(Path(), location=library.shown_location)
    papers = {i for (i,) in library.db.execute("SELECT id FROM papers")}
    health.check_contents(library.db, report, lambda: health.index_coverage(papers, library.indexed_ids()))
    return report


def repair(library) -> SharedCheckReport:
    """The safe repairs a check finds, then the check again."""
    found = check(library)
    done = health.mend(library, found) if any(p.repairable for p in found.problems) else []
    report = check(library)
    report.repaired = done
    return report

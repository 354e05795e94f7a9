"""Duplicate look-ups and merges for one part of a file (its many papers).

Library.find_duplicate asks SQLite up to four questions per paper (DOI, PMID,
PMCID, title); for a 10,000-record file that was a quarter of the writing.
A KeyMatcher asks once per key column for the keys of all the papers it is
given, then answers each paper from what came back (by
merge.choose_duplicate), asking only for keys it meets later, and learns the
papers added or merged meanwhile, so that the same paper twice in one file
still becomes one.

A paper that takes in many records of the part is read once, merged in
memory (Merges) and written once by `write`, so that thousands of records of
one DOI merge in linear time (benchmarks/README.md, "Merging many records").
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from exodesk.library.merge import (
    IDENTIFIERS,
    LOOKUP_COLUMNS,
    Identity,
    Merger,
    check_keys,
    choose_duplicate,
)
from exodesk.library.prepared import Prepared
from exodesk.model import Paper

# A live paper's identity (merge.Identity) straight from its row; a damaged
# record's JSON gives no checks rather than an error.
_FIELDS = ("authors[0]", "journal", "journal_abbrev", "issn")


def _identity_columns(library) -> str:
    return "id, year, doi, pmid, pmcid, " + ", ".join(library.identity_sql(name) for name in _FIELDS)


def _identity(row) -> Identity:
    paper_id, year, *ids = row[:5]
    author, journal, abbrev, issn = row[5:9]
    try:
        author = json.loads(author) if author else None
    except (TypeError, ValueError):
        author = None
    checks = check_keys(author if isinstance(author, dict) else None, *(v if isinstance(v, str) else None
                                                                         for v in (journal, abbrev, issn)))
    keys = [(column, value) for column, value in zip(IDENTIFIERS, ids, strict=True) if value]
    return Identity(paper_id, year if isinstance(year, int) else None, tuple(keys + checks))


class KeyMatcher:
    """The live papers that share a key with the papers given (and with
    those met later), and the papers added or merged since."""

    def __init__(self, library, prepared: Iterable[Prepared] = ()):
        self.library = library
        self.identity = _identity_columns(library)
        # column -> value -> {id: Identity} of the live papers known to have it
        self.known: dict[str, dict[str, dict[int, Identity]]] = {c: {} for c in LOOKUP_COLUMNS}
        self.asked: dict[str, set[str]] = {c: set() for c in LOOKUP_COLUMNS}
        self.current: dict[int, Identity] = {}  # papers added or merged here, as they are now
        prepared = list(prepared)
        self._ask({column: {v for p in prepared for c, v in p.keys if c == column} for column in LOOKUP_COLUMNS})

    def _ask(self, wanted: dict[str, set[str]]) -> None:
        """Learn the live papers with these values in their columns, in one
        question (each index answers its part): a file of one paper asked a
        question per key column, a third of the statements of storing it."""
        wanted = {column: values - self.asked[column] for column, values in wanted.items()}
        wanted = {column: values for column, values in wanted.items() if values}
        if not wanted:
            return
        tests, arguments = [], []
        for column, values in wanted.items():
            self.asked[column].update(values)
            where, given = self.library.live_with(column, sorted(values))
            tests.append(f"({where})")
            arguments += given
        rows = self.library.db.execute(
            f"SELECT {self.identity}, {', '.join(wanted)} FROM papers WHERE {' OR '.join(tests)}", arguments)
        for row in rows:
            identity = _identity(row)
            for (column, values), value in zip(wanted.items(), row[-len(wanted):], strict=True):
                if value in values:
                    self.known[column].setdefault(value, {}).setdefault(row[0], identity)

    def _found(self, column: str, value: str) -> list[Identity]:
        if value not in self.asked[column]:
            self._ask({column: {value}})
        papers = self.known[column].get(value)
        if not papers:
            return []
        return [self.current.get(paper_id, papers[paper_id]) for paper_id in sorted(papers)]

    def find(self, keys: list[tuple[str, str]], year: int | None, *, exclude: int | None = None) -> int | None:
        """The paper these match keys and year are the same as (merge.choose_duplicate),
        or None; never `exclude` (the paper itself, when a library paper is checked)."""
        def found(column: str, value: str) -> list[Identity]:
            return [p for p in self._found(column, value) if p.id != exclude]

        return choose_duplicate(keys, year, self._found if exclude is None else found)

    def add(self, paper_id: int, keys: list[tuple[str, str]], year: int | None) -> None:
        """A paper now in the library under these keys (added, or merged into)."""
        identity = Identity(paper_id, year, tuple(keys))
        self.current[paper_id] = identity
        for column, value in keys:
            if column in self.known:
                self.known[column].setdefault(value, {})[paper_id] = identity


class Merges:
    """Library papers taking in newcomers in memory, each written once."""

    def __init__(self, library):
        self.library = library
        self.mergers: dict[int, Merger] = {}
        self.changed: set[int] = set()

    def merge(self, paper_id: int, newcomer: Paper, *, source: str = "") -> Paper | None:
        """Merge `newcomer` into the library's paper; the paper as it is now,
        or None if the newcomer taught it nothing. `write` stores it."""
        merger = self.mergers.get(paper_id)
        if merger is None:
            merger = self.mergers[paper_id] = Merger(self.library.get(paper_id))
        if not merger.absorb(newcomer, source=source):
            return None
        self.changed.add(paper_id)
        return merger.paper

    def write(self) -> None:
        """Store each paper merged into since the last write, once."""
        for paper_id in sorted(self.changed):
            self.library.replace_paper(paper_id, self.mergers[paper_id].paper)
        self.changed.clear()

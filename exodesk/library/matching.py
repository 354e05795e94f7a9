"""Duplicate look-ups and merges for one part of a file (its many papers).

Library.find_duplicate asks SQLite up to four questions per paper (DOI, PMID,
PMCID, title); for a 10,000-record file that was a quarter of the writing.
A KeyMatcher asks once per key column for all of a part's papers (or, for a
few papers, once per key as they come), then answers each paper from what
came back, by merge.choose_duplicate, and learns the papers added or merged
meanwhile so that the same paper twice in one file still becomes one.

A paper that takes in many records of the part is read once, merged in
memory (merge.Merger) and written once by `write`: reading and writing it
after every record made 3,000 records of one DOI quadratic (43 s).
"""

from __future__ import annotations

import json

from exodesk.library.merge import (
    IDENTIFIERS,
    LOOKUP_COLUMNS,
    Identity,
    Merger,
    check_keys,
    choose_duplicate,
    match_keys,
)
from exodesk.library.prepared import Prepared
from exodesk.model import Paper

# Fewer papers than this are looked up one by one: a look-up of a few keys by
# a list costs more than asking for each.
FEW = 20

# A live paper's identity (merge.Identity) straight from its row; a damaged
# record's JSON gives no checks rather than an error.
_FIELDS = ("authors[0]", "journal", "journal_abbrev", "issn")
_IDENTITY = "id, year, doi, pmid, pmcid, " + ", ".join(
    f"CASE WHEN json_valid(data) THEN json_extract(data, '$.{name}') END" for name in _FIELDS)


def _identity(row) -> Identity:
    paper_id, year, *ids = row[:5]
    author, journal, abbrev, issn = row[5:9]
    try:
        author = json.loads(author) if author else None
    except (TypeError, ValueError):
        author = None
    checks = check_keys(author if isinstance(author, dict) else None, *(v if isinstance(v, str) else None
                                                                         for v in (journal, abbrev, issn)))
    keys = [(column, value) for column, value in zip(IDENTIFIERS, ids) if value]
    return Identity(paper_id, year if isinstance(year, int) else None, tuple(keys + checks))


class KeyMatcher:
    def __init__(self, library, prepared: list[Prepared]):
        self.library = library
        self.one_by_one = len(prepared) < FEW
        # column -> value -> {id: Identity} of the live papers known to have it
        self.known: dict[str, dict[str, dict[int, Identity]]] = {c: {} for c in LOOKUP_COLUMNS}
        self.asked: dict[str, set[str]] = {c: set() for c in LOOKUP_COLUMNS}
        self.current: dict[int, Identity] = {}  # papers added or merged here, as they are now
        self.mergers: dict[int, Merger] = {}
        self.changed: set[int] = set()
        if not self.one_by_one:
            for column in LOOKUP_COLUMNS:
                self._ask(column, sorted({v for p in prepared for c, v in p.keys if c == column}))

    def _ask(self, column: str, values: list[str]) -> None:
        """Learn the live papers with these values in `column`."""
        values = [v for v in values if v not in self.asked[column]]
        if not values:
            return
        self.asked[column].update(values)
        # "+deleted": the test must not steer SQLite to the index on
        # `deleted`, which would read every live paper.
        if len(values) == 1:
            where, arguments = f"{column} = ?", values
        else:
            where, arguments = f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(values, ensure_ascii=False)]
        rows = self.library.db.execute(
            f"SELECT {_IDENTITY}, {column} FROM papers WHERE {where} AND +deleted IS NULL", arguments)
        for row in rows:
            identity = _identity(row)
            self.known[column].setdefault(row[-1], {}).setdefault(identity.id, identity)

    def _found(self, column: str, value: str) -> list[Identity]:
        if value not in self.asked[column]:
            self._ask(column, [value])
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

    def merge(self, paper_id: int, newcomer: Paper, *, source: str = "") -> bool:
        """Merge `newcomer` into the library's paper in memory; whether it
        taught anything. `write` stores the merged papers."""
        merger = self.mergers.get(paper_id)
        if merger is None:
            merger = self.mergers[paper_id] = Merger(self.library.get(paper_id))
        if not merger.absorb(newcomer, source=source):
            return False
        self.changed.add(paper_id)
        self.add(paper_id, match_keys(merger.paper), merger.paper.year)
        return True

    def write(self) -> None:
        """Store each paper merged into since the last write, once."""
        for paper_id in sorted(self.changed):
            self.library.replace_paper(paper_id, self.mergers[paper_id].paper)
        self.changed.clear()

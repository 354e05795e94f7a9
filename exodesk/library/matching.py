"""Duplicate look-ups for many papers at once.

Library.find_duplicate asks SQLite up to four questions per paper (DOI, PMID,
PMCID, title); for a 10,000-record file that was a quarter of the writing.
A KeyMatcher asks once per key column for all of a part's papers, then
answers each paper from what came back, with the same rules, and learns the
papers added meanwhile so that the same paper twice in one file still
becomes one.
"""

from __future__ import annotations

import json
from collections import defaultdict

from exodesk.library.merge import choose_duplicate
from exodesk.library.prepared import Prepared

KEY_COLUMNS = ("doi", "pmid", "pmcid", "title_key")


# Fewer papers than this are looked up one by one: a look-up of a few keys by
# a list costs more than asking for each.
FEW = 20


class KeyMatcher:
    def __init__(self, library, prepared: list[Prepared]):
        self.library = library
        self.one_by_one = len(prepared) < FEW
        if self.one_by_one:  # the library answers, and knows each paper as soon as it is added
            return
        db = library.db
        # column -> value -> [(id, year)] of live papers, in id order
        self.known: dict[str, dict[str, list[tuple[int, int | None]]]] = {c: defaultdict(list) for c in KEY_COLUMNS}
        wanted = {column: sorted({v for p in prepared for c, v in p.keys if c == column}) for column in KEY_COLUMNS}
        for column, values in wanted.items():
            if not values:
                continue
            # "+deleted": the test must not steer SQLite to the index on
            # `deleted`, which would read every live paper.
            rows = db.execute(
                f"SELECT id, year, {column} FROM papers WHERE {column} IN "
                f"(SELECT value FROM json_each(?)) AND +deleted IS NULL",
                [json.dumps(values, ensure_ascii=False)],
            )
            for paper_id, year, value in rows:
                self.known[column][value].append((paper_id, year))
        for found in self.known.values():
            for entries in found.values():
                entries.sort()

    def find(self, keys: list[tuple[str, str]], year: int | None) -> int | None:
        """As Library.find_duplicate_by, by the same rule (merge.choose_duplicate)."""
        if self.one_by_one:
            return self.library.find_duplicate_by(keys, year)
        return choose_duplicate(keys, year, lambda column, value: self.known[column].get(value, []))

    def add(self, paper_id: int, keys: list[tuple[str, str]], year: int | None) -> None:
        """A paper now in the library under these keys (added, or merged into)."""
        if self.one_by_one:
            return
        for column, value in keys:
            entries = self.known[column][value]
            if all(found_id != paper_id for found_id, _ in entries):
                entries.append((paper_id, year))
                entries.sort()


"""A paper made ready for the library: its row, its JSON and its index text.

Everything a paper's insertion computes that does not need the database is
done here, so that for a large bibliography file it can be done in worker
processes (library/parallel.py) while the main process writes: what crosses
between processes is then a few strings per paper, not the record's objects.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from exodesk.library import columns
from exodesk.library.merge import match_keys
from exodesk.library.search import paper_index_row
from exodesk.model import Notes, Paper

# A new paper without one of these is "imported with gaps", not "imported".
ESSENTIAL_FIELDS = ("title", "authors", "year")


def paper_columns(paper: Paper, notes: Notes) -> dict:
    """The papers table's columns for a paper and its notes (not the time stamps)."""
    return columns.values(paper, notes) | {"data": paper.to_json()}


def stored_text(text: str) -> str:
    """A file's name or path as text that can be stored and printed: bytes of
    a name that are not UTF-8 (which Python keeps as lone surrogates) become
    \\xNN escapes instead of failing every write that holds the name."""
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that stands for no byte
        data = text.encode("utf-8", "backslashreplace")
    return data.decode("utf-8", "backslashreplace")


@dataclass
class Prepared:
    columns: dict  # the papers row, its JSON record in "data"
    index_row: dict  # the search index's texts
    keys: list[tuple[str, str]]  # what a duplicate is found by
    year: int | None
    notes_json: str | None  # suggested notes, if any
    gaps: tuple[str, ...]  # which of ESSENTIAL_FIELDS are missing
    paper: Paper | None = None  # kept when prepared in this process (never sent between processes)

    def record(self) -> Paper:
        """The paper itself, for a merge with one already in the library."""
        if self.paper is None:
            self.paper = Paper.from_dict(json.loads(self.columns["data"]))
        return self.paper


def prepare(paper: Paper, notes: Notes | None = None, *, keep_paper: bool = True) -> Prepared:
    notes = notes or Notes()
    row = paper_columns(paper, notes)
    return Prepared(
        columns=row,
        index_row=paper_index_row(paper, notes),
        keys=match_keys(paper, row["title_key"] or ""),
        year=row["year"],
        notes_json=notes.to_json() if notes != Notes() else None,
        gaps=tuple(field for field in paper.missing if field in ESSENTIAL_FIELDS),
        paper=paper if keep_paper else None,
    )

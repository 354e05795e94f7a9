"""The columns of the `papers` table: the one place that declares them.

Each column is a copy of a value inside the paper's record (or its notes),
kept in step by the library's writes, so that the table view can show,
sort and filter a 100,000-paper library without reading any record. From
this list come the values a write stores (library/prepared.py), the notes'
columns a notes save updates, the table rows the library reads, the orders
it sorts by, and the window table's columns with their headings, widths and
display rules (gui/table.py). A column added here reaches an existing
library when it is next opened (schema.add_declared_columns fills it from
the records); one taken out stays in the file, unused. A shown column's
heading also needs its translation in the translations file (PaperTable
context); a test names any that lacks one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from exodesk.model import Notes, Paper, title_key

# How the window shows a column's values (gui/table.py knows each).
TEXT = "text"  # as stored
TITLE = "title"  # a missing title is named as missing
NAME = "name"  # a person's name in proper case
DAY = "day"  # a time stamp's date
LANGUAGES = "languages"  # language tags as short labels
CONDITIONS = "conditions"  # condition ids by name
DESIGN = "design"  # a study design in the interface's language
LEVEL = "level"  # an evidence level in the interface's language


@dataclass(frozen=True)
class Column:
    name: str
    # The value stored for a paper and its notes; None: the library stamps it.
    value: Callable[[Paper, Notes], Any] | None
    sql: str = "TEXT"
    from_notes: bool = False  # written again when the notes are saved
    label: str = ""  # its heading in the window's table; no label: not shown there
    sort: str = ""  # the SQL the table is ordered by; none: not sortable
    show: str = TEXT
    tooltip: bool = False  # the window's cell shows the whole text on hover (long values)
    width: int = 0  # the window table's default width, in pixels


def _joined(values: list[str]) -> str:
    return ",".join(values)


# The window table's columns first, in its default order.
COLUMNS = (
    Column("title", lambda p, n: p.title, label="Title", sort="title COLLATE NOCASE", show=TITLE,
           tooltip=True, width=330),
    Column("first_author", lambda p, n: p.first_author(), label="First author",
           sort="first_author COLLATE NOCASE", show=NAME, width=130),
    Column("year", lambda p, n: p.year, sql="INTEGER", label="Year", sort="year", width=50),
    Column("journal", lambda p, n: p.journal or p.journal_abbrev, label="Journal", sort="journal COLLATE NOCASE",
           tooltip=True, width=150),
    Column("design", lambda p, n: n.study_design or None, from_notes=True, label="Study design", sort="design",
           show=DESIGN, tooltip=True, width=140),
    Column("level", lambda p, n: n.evidence_level or None, from_notes=True, label="Evidence level", sort="level",
           show=LEVEL, width=100),
    Column("conditions", lambda p, n: _joined(n.conditions), from_notes=True, label="Conditions",
           sort="conditions", show=CONDITIONS, tooltip=True, width=130),
    Column("languages", lambda p, n: _joined([a.language for a in p.abstracts]), label="Languages",
           sort="languages", show=LANGUAGES, width=80),
    Column("added", None, label="Added", sort="added", show=DAY, width=85),
    Column("doi", lambda p, n: p.doi),
    Column("pmid", lambda p, n: p.pmid),
    Column("pmcid", lambda p, n: p.pmcid),
    Column("title_key", lambda p, n: title_key(p.title) or None),
    Column("tags", lambda p, n: _joined(n.tags), from_notes=True),
    Column("needs_review", lambda p, n: int(n.needs_review()), sql="INTEGER NOT NULL DEFAULT 0", from_notes=True),
)
# The columns a write computes from the record and notes.
COMPUTED = tuple(c for c in COLUMNS if c.value is not None)
SHOWN = tuple(c for c in COLUMNS if c.label)
# What the table may be ordered by, as SQL; "id" is the paper's number.
SORTS = {c.name: c.sort for c in COLUMNS if c.sort} | {"id": "id"}


def values(paper: Paper, notes: Notes, columns: tuple[Column, ...] = COMPUTED) -> dict[str, Any]:
    """The stored values of `columns` for a paper and its notes."""
    return {c.name: c.value(paper, notes) for c in columns if c.value is not None}

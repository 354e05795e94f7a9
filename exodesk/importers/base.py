"""What every importer shares: the file it reads and the result it returns.

An importer is a module with `NAME` (a short id), `LABEL` (what a person reads),
`detect(source) -> float` (0 = not mine … 1 = certainly mine; cheap, looks at
structure, never at a file name alone) and `parse(source) -> Parsed`. One
whose detection has a costly look may also have `detect_to_beat(source, best)`:
its score when above `best` (another reader's), else any score no higher.
Importers return refusals and warnings as values; an exception is a bug.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exodesk.model import Paper
from exodesk.text.decoding import DecodeError, decode
from exodesk.text.lines import normalized_lines

HEAD_LINES = 1500


class Refused(Exception):
    """Raised inside parse() when the file cannot give a paper; `str()` says why.

    A many-record file none of whose records could be read also says which
    (`problems`) and how many records it held (`records`)."""

    def __init__(self, reason: str, *, problems: list[RecordProblem] | None = None, records: int = 0):
        super().__init__(reason)
        self.problems = problems or []
        self.records = records


@dataclass
class Source:
    """One file to import: its bytes, and its text once decoded."""

    path: Path
    data: bytes
    # Files beside it that belong to it, e.g. a saved page's "_files" folder.
    companions: list[Path] = field(default_factory=list)
    _kept: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def from_text(cls, path: Path, text: str) -> Source:
        """A source whose text is already decoded (a part of a larger file)."""
        source = cls(path=path, data=b"")
        source.__dict__["decoded"] = (text, "utf-8")  # fills the cached property
        return source

    def kept(self, name: str, make: Callable[[Source], Any]) -> Any:
        """`make(self)`, worked out once and kept under `name`: what a reader's
        detect() and parse() both need, and other readers' detect() may too
        (the page lowered, a catalogue page's rows, an embedded record)."""
        if name not in self._kept:
            self._kept[name] = make(self)
        return self._kept[name]

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()

    @functools.cached_property
    def decoded(self) -> tuple[str | None, str]:
        """(text or None, encoding name or the reason it could not be read)."""
        try:
            text, encoding = decode(self.data)
        except DecodeError as error:
            return None, str(error)
        return text, encoding

    @property
    def text(self) -> str | None:
        return self.decoded[0]

    @functools.cached_property
    def head(self) -> str:
        """The first few kilobytes of text, for cheap detection. Made once: the
        readers look at it seven times a file, and each cut of a text that is
        not ASCII scans it (3 µs)."""
        return (self.text or "")[:4000]

    @functools.cached_property
    def lines(self) -> list[str]:
        """Every line, white space (no-break spaces too) made single: what the
        readers of copied pages read, made once for detection and reading.
        Shared by the readers: none may change it."""
        return normalized_lines(self.text or "")

    @functools.cached_property
    def head_lines(self) -> list[str]:
        """The first 1,500 lines, made single-spaced as `lines` are: what the
        readers of copied pages detect by. Made once for all of them, and
        never by reading a 25 MB bibliography file to its end."""
        text = self.text or ""
        if len(text) <= HEAD_LINES * 200:  # most files: their lines are kept for reading too
            return self.lines[:HEAD_LINES]
        head = text[: HEAD_LINES * 200]
        if head.count("\n") > HEAD_LINES:
            text = head
        return normalized_lines(text)[:HEAD_LINES]


@dataclass
class RecordProblem:
    """One record in a many-record file that could not be read."""

    number: int  # 1-based position in the file
    reason: str


@dataclass
class Parsed:
    papers: list[Paper] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)
    records: int = 0  # records in a many-record file, read or not

"""The entries of a BibTeX file, read quickly and exactly as bibtexparser 2 reads them.

bibtexparser's splitter steps through a file one mark at a time in Python
(every brace, quote, comma, "=" and line end), which is slow on large
files. Nearly every entry a program writes has one
simple form, `@type{key, name = {value} | "value" | word, ...}`, which a few
regular expressions read whole. Such an entry is read here, giving the same
type and fields bibtexparser gives. Any other block (@comment, @preamble,
"(" delimiters, "#" concatenation, a quoted value with braces, a syntax
error...) goes to bibtexparser with what follows it up to the next line that
starts a block: bibtexparser itself never reads a block past such a line, so
it reads that piece as it would in the whole file. A file with @string
definitions goes to bibtexparser whole: a definition applies to every entry.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import NamedTuple

_LOG = logging.getLogger("exodesk.import")


class _IntoOurLog(logging.Handler):
    """bibtexparser logs each block it cannot read as a warning. Left to
    Python, with no handler of the program's own for it, that is printed on
    stderr, beside the import report that names the same entry and reason:
    its records go to our log (the log file, in the app and the CLI) instead,
    and nowhere when nothing logs."""

    def emit(self, record: logging.LogRecord) -> None:
        if _LOG.hasHandlers():
            _LOG.handle(record)


_PARSER_LOG = logging.getLogger("bibtexparser")
_PARSER_LOG.addHandler(_IntoOurLog())
_PARSER_LOG.propagate = False


class Entry(NamedTuple):
    entry_type: str  # lower case, as bibtexparser gives it
    fields: list[tuple[str, str]]  # (name as written, value without its enclosing)


class Failed(NamedTuple):
    """A block bibtexparser could not read."""

    line: int  # where it starts, counting from 1
    error: str


# A block starts with "@type" before "{" or "(", anywhere outside a block
# (bibtexparser's own pattern); inside a block only at the start of a line,
# where it ends the block in progress.
_BLOCK_START = re.compile(r"@\w*[ \t]*(?=[{(])")
LINE_START_BLOCK = re.compile(r"\n[^\S\n]*@\w*[ \t]*[{(]")
STRING_BLOCK = re.compile(r"@string\w*[ \t]*[{(]", re.IGNORECASE)
_NOT_ENTRIES = ("@comment", "@preamble", "@string")

_KEY = re.compile(r"\{([^{}\",=\\@]*),")
_NAME = re.compile(r"([^{}\",=\\@]*)=\s*")
_END = re.compile(r"\s*\}")
_BRACE = re.compile(r"(?<!\\)[{}]")
_FLAT_BRACED = re.compile(r"\{([^{}]*)(?<!\\)\}")  # no braces inside: no counting
_QUOTED = re.compile(r'"([^"{}\\]*)"')
_WORD = re.compile(r"[^\s{}\",=#\\@]+")
_AFTER_VALUE = re.compile(r"\s*([,}])")
# The four steps above in one match, for a field whose value has no braces
# inside (nearly every field): name, value (braced, quoted or a word) and
# what follows it. Each part can start with only one kind of mark, so the
# match is the one the steps make, or none.
_FLAT_FIELD = re.compile(
    _NAME.pattern + "(?:" + _FLAT_BRACED.pattern + "|" + _QUOTED.pattern + "|(" + _WORD.pattern + "))" + _AFTER_VALUE.pattern
)
# bibtexparser counts lines by the line ends that no backslash escapes.
_COUNTED_LINE_END = re.compile(r"(?<!\\)\n")


def entries(text: str) -> Iterator[Entry | Failed]:
    """Entries and failed blocks in file order (comments, preambles and
    @string definitions are not records)."""
    if STRING_BLOCK.search(text):
        yield from _parsed(text, 0, len(text))
        return
    position = 0
    while start := _BLOCK_START.search(text, position):
        following = LINE_START_BLOCK.search(text, start.end())
        limit = following.start() + 1 if following else len(text)
        quick = _entry(text, start, limit)
        if quick:
            entry, position = quick
            yield entry
        else:
            yield from _parsed(text, start.start(), limit, following.end() if following else None)
            position = limit


def _entry(text: str, start: re.Match, limit: int) -> tuple[Entry, int] | None:
    """The entry at `start` and where it ends, or None unless it has the simple form."""
    mark = start.group(0).lower()
    entry_type = mark[1:].strip()
    if not entry_type or mark.startswith(_NOT_ENTRIES):
        return None
    key = _KEY.match(text, start.end(), limit)
    if not key:
        return None
    fields: list[tuple[str, str]] = []
    names: set[str] = set()
    position = key.end()
    while True:
        found: tuple[str, str | None, int] | None = _flat_field(text, position, limit)
        if found is None:
            end = _END.match(text, position, limit)
            if end:
                return Entry(entry_type, fields), end.end()
            found = _field(text, position, limit)
        field, value, position = found
        if value is None or field in names:  # a repeated field: bibtexparser's reading says which
            return None
        names.add(field)
        fields.append((field, value))


def _flat_field(text: str, position: int, limit: int) -> tuple[str, str, int] | None:
    """What _field gives for a field with no braces inside its value, or None."""
    flat = _FLAT_FIELD.match(text, position, limit)
    if not flat:
        return None
    name, braced, quoted, word, after = flat.group(1, 2, 3, 4, 5)
    value = braced if braced is not None else quoted if quoted is not None else word
    return name.strip(), value, flat.end() if after == "," else flat.end() - 1


def _field(text: str, position: int, limit: int) -> tuple[str, str | None, int]:
    """A field's name, its value (None unless it has the simple form) and
    where the next field or the end starts."""
    name = _NAME.match(text, position, limit)
    if not name:
        return "", None, position
    value, position = _value(text, name.end(), limit)
    after = _AFTER_VALUE.match(text, position, limit) if value is not None else None
    if not after:
        return "", None, position
    return name.group(1).strip(), value, after.end() if after.group(1) == "," else after.start(1)


def _value(text: str, position: int, limit: int) -> tuple[str | None, int]:
    """A field's value without its braces or quotes, and where it ends."""
    first = text[position : position + 1]
    if first == "{":
        flat = _FLAT_BRACED.match(text, position, limit)
        if flat:
            return flat.group(1), flat.end()
        depth = 0
        for brace in _BRACE.finditer(text, position, limit):
            depth += 1 if brace.group(0) == "{" else -1
            if depth == 0:
                return text[position + 1 : brace.start()], brace.end()
        return None, position
    found = (_QUOTED if first == '"' else _WORD).match(text, position, limit)
    if not found:
        return None, position
    return (found.group(1) if first == '"' else found.group(0)), found.end()


def _parsed(text: str, start: int, limit: int, mark_end: int | None = None) -> Iterator[Entry | Failed]:
    """The blocks from `start` to `limit` read by bibtexparser, with line
    numbers counted from the file's start. The start of the block at `limit`
    (up to `mark_end`) is read too, so that a block left open ends with the
    same complaint as in the whole file; that next block, always the last
    one read, is left out."""
    import bibtexparser  # loaded for the first block it must read: it slows every start-up
    from bibtexparser import model as bib
    from bibtexparser.middlewares.enclosing import RemoveEnclosingMiddleware

    library = bibtexparser.parse_string(text[start : mark_end or limit])
    lines_before = len(_COUNTED_LINE_END.findall(text, 0, start))
    for block in library.blocks[:-1] if mark_end else library.blocks:
        if isinstance(block, (bib.DuplicateBlockKeyBlock, bib.DuplicateFieldKeyBlock)):
            # Two entries sharing a key are still two papers, and an entry
            # that repeats a field (two `pmid` lines) is still an entry
            # (the parse stack passes over them, so braces are removed here).
            ignored = block.ignore_error_block
            if not isinstance(ignored, bib.Entry):  # (a repeated @string: its first stands)
                continue
            block = RemoveEnclosingMiddleware().transform_entry(ignored, library)
        if isinstance(block, bib.Entry):
            yield Entry(block.entry_type, [(f.key, f.value) for f in block.fields])
        elif isinstance(block, bib.ParsingFailedBlock):
            yield Failed((block.start_line or 0) + lines_before + 1, str(block.error))

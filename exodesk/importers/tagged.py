"""Reference files of one field a line, a tag then its value: EndNote's
tagged export, RefWorks' tagged format and NoteExpress's (CNKI, Wanfang).

Records stand apart by a blank line, or a record's first tag (its type)
starts the next one. A line without a tag goes on with the value before it:
a wrapped title, or the next of keywords written one a line. Text before the
first tag is a broken record of its own, for its reader to report.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from exodesk.importers.records import BadRecord
from exodesk.text.lines import fold_spaces

Lines = list[tuple[str, str]]  # (tag, value) in file order; tag "" for untagged text


def tagged_records(text: str, tag_line: Callable[[str], tuple[str, str] | None], first_tag: str,
                   keep_lines: frozenset[str] = frozenset()) -> list[Lines]:
    """Each record's (tag, value) lines. `tag_line` reads a line's tag and
    value (None for an untagged line); `first_tag` opens a record; the values
    of `keep_lines` keep their line breaks (white space is made single)."""
    records: list[Lines] = []
    current: list[list[str]] = []

    def finish() -> None:
        records.append([(tag, "\n".join(fold_spaces(part) for part in value.split("\n") if part.strip())
                         if tag in keep_lines else fold_spaces(value)) for tag, value in current])
        current.clear()

    for line in text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n"):
        if not line.strip():
            if current:
                finish()
        elif tagged := tag_line(line.rstrip()):
            if tagged[0] == first_tag and any(tag != first_tag for tag, _ in current):
                finish()  # the next record's type, blank line or not
            current.append(list(tagged))
        elif current:
            current[-1][1] += "\n" + line
        else:
            current.append(["", line])
    if current:
        finish()
    return records


def fields_of(lines: Lines) -> dict[str, list[str]]:
    """A record's values by tag; a record with text before its first tag is broken."""
    if any(tag == "" for tag, _ in lines):
        raise BadRecord("it has lines without a field tag before its first field")
    fields: dict[str, list[str]] = {}
    for tag, value in lines:
        if value:
            fields.setdefault(tag, []).append(value)
    return fields


def first(fields: dict[str, list[str]], *tags: str) -> str | None:
    """The first value of the first of `tags` the record holds."""
    return next((fields[tag][0] for tag in tags if tag in fields), None)


def split_list(values: list[str], separators: str = ";；") -> list[str]:
    """Values that may each hold several ("王小明;李华;张伟"), one by one."""
    return [part.strip() for value in values for part in re.split(f"[{separators}\\n]", value) if part.strip()]

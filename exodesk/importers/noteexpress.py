"""NoteExpress's format: what CNKI, Wanfang and VIP give for "Export:
NoteExpress", the reference manager most used in China.

    {Reference Type}: Journal Article
    {Title}: 人脐带间充质干细胞外泌体联合点阵激光治疗痤疮瘢痕的临床观察
    {Author}: 王小明;李华;张伟
    {Journal}: 中国美容医学
    {Year}: 2023

A field's name in braces, a colon, its value; records as tagged.py reads
them, each opening with "{Reference Type}". Several authors, keywords or
addresses stand on one line apart by ";".
"""

from __future__ import annotations

import re

from exodesk.importers.base import Parsed, Source
from exodesk.importers.records import Record, collect, first_issn, text_of
from exodesk.importers.ris import person
from exodesk.importers.tagged import Lines, fields_of, first, split_list, tagged_records
from exodesk.model import Paper
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import clean_doi
from exodesk.text.kinds import described_kind
from exodesk.text.languages import language_tag

NAME = "noteexpress"
LABEL = "NoteExpress export (CNKI, Wanfang, VIP)"

_TAG_LINE = re.compile(r"^\{([A-Za-z][A-Za-z /-]{1,40})\}\s*[:：]\s?(.*)$")
_FIRST = "Reference Type"


def detect(source: Source) -> float:
    """A "{Reference Type}:" line, then more fields in braces."""
    head = source.head.lstrip("\ufeff \t\r\n")
    if not head.startswith("{"):
        return 0.0
    tags = {m.group(1) for line in head.splitlines()[:40] if (m := _TAG_LINE.match(line.rstrip()))}
    return 0.95 if _FIRST in tags and len(tags) >= 3 else 0.0


def parse(source: Source) -> Parsed:
    return collect(tagged_records(text_of(source), _tag_line, _FIRST, keep_lines=frozenset({"Abstract"})), _read,
                   what="NoteExpress")


def _tag_line(line: str) -> tuple[str, str] | None:
    tagged = _TAG_LINE.match(line)
    return (tagged.group(1), tagged.group(2)) if tagged else None


def _read(lines: Lines) -> Paper:
    fields = fields_of(lines)

    record = Record(NAME)
    record.title(first(fields, "Title"), "{Title}")
    record.other_title(first(fields, "Translated Title"), "{Translated Title}")
    for name in split_list(fields.get("Author", [])):
        record.author(person(name), "{Author}")
    record.journal(first(fields, "Journal", "Secondary Title"), "{Journal}")
    record.give("date", parse_date(first(fields, "Date") or "") or parse_date(first(fields, "Year") or ""), "{Year}")
    record.give("volume", (first(fields, "Volume") or "").lstrip("0") or None, "{Volume}")
    record.give("issue", (first(fields, "Issue") or "").lstrip("0") or None, "{Issue}")
    record.give("pages", first(fields, "Pages"), "{Pages}")
    record.give("publisher", first(fields, "Publisher"), "{Publisher}")
    record.give("issn", first_issn(first(fields, "ISBN/ISSN", "ISSN")), "{ISBN/ISSN}")
    record.give("language", language_tag(first(fields, "Language")), "{Language}")
    record.give("doi", clean_doi(first(fields, "DOI")), "{DOI}")
    for url in fields.get("URL", []):
        record.link(url, "{URL}")
    record.give("publication_type", described_kind(first(fields, _FIRST), "endnote"), "{Reference Type}")
    record.abstract(first(fields, "Abstract"), "{Abstract}")
    record.keywords(split_list(fields.get("Keywords", [])), "{Keywords}")
    for address in split_list(fields.get("Author Address", [])):
        record.affiliation(address.strip(" ,."), "{Author Address}")
    return record.done()

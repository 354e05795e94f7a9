"""RefWorks' tagged format: what RefWorks, ProQuest, EBSCO and CNKI give for
"Export: RefWorks".

    RT Journal Article
    A1 王小明;李华;张伟
    T1 人脐带间充质干细胞外泌体联合点阵激光治疗痤疮瘢痕的临床观察
    JF 中国美容医学
    YR 2023

Two letters for the field (CNKI writes some in lower case: "vo 32"), a space,
the value; records as tagged.py reads them, each opening with "RT". Authors
come one a line, or all on one line apart by ";" (CNKI).
"""

from __future__ import annotations

import re

from exodesk.importers.base import Parsed, Source
from exodesk.importers.records import Record, collect, first_issn, join_pages, text_of
from exodesk.importers.ris import person
from exodesk.importers.tagged import Lines, fields_of, first, split_list, tagged_records
from exodesk.model import Paper
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import clean_doi
from exodesk.text.journals import is_abbreviated
from exodesk.text.kinds import described_kind
from exodesk.text.languages import language_tag

NAME = "refworks-tagged"
LABEL = "RefWorks tagged export (RefWorks, ProQuest, EBSCO, CNKI)"

# The tags of RefWorks' tagged format.
_TAGS = frozenset((
    "RT", "SR", "ID", "A1", "A2", "A3", "A4", "A5", "A6", "T1", "T2", "T3", "JF", "JO", "YR", "FD", "VO", "IS", "SP",
    "OP", "K1", "AB", "NO", "PB", "PP", "ED", "SN", "AV", "AD", "AN", "LA", "CL", "SF", "OT", "LK", "DO", "CN", "DB",
    "DS", "IP", "RD", "ST", "U1", "U2", "U3", "U4", "U5", "UL",
))
_TAG_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9]) (.*)$")


def detect(source: Source) -> float:
    """An "RT" line first, then more RefWorks tags. (RIS writes "TY  - ",
    MEDLINE "PMID- ": both with a hyphen.)"""
    head = source.head.lstrip("\ufeff \t\r\n")
    if head[:3].upper() != "RT ":
        return 0.0
    tags = {tag for line in head.splitlines()[:40] if (tag := _tag(line)) is not None}
    return 0.95 if len(tags) >= 4 and tags & {"T1", "A1"} else 0.0


def parse(source: Source) -> Parsed:
    return collect(tagged_records(text_of(source), _tag_line, "RT", keep_lines=frozenset({"AB"})), _read,
                   what="RefWorks")


def _tag(line: str) -> str | None:
    found = _TAG_LINE.match(line.rstrip())
    return found.group(1).upper() if found and found.group(1).upper() in _TAGS else None


def _tag_line(line: str) -> tuple[str, str] | None:
    tag = _tag(line)
    return (tag, line[3:].strip()) if tag else None


def _read(lines: Lines) -> Paper:
    fields = fields_of(lines)

    record = Record(NAME)
    record.title(first(fields, "T1"), "T1")
    for name in split_list(fields.get("A1", [])):
        record.author(person(name), "A1")
    if first(fields, "JF"):
        record.journal(first(fields, "JF"), "JF")
        record.give("journal_abbrev", first(fields, "JO"), "JO")
    elif first(fields, "JO"):
        journal = first(fields, "JO")
        record.give("journal_abbrev" if journal and is_abbreviated(journal) else "journal", journal, "JO")
    record.give("date", parse_date(first(fields, "FD") or "") or parse_date(first(fields, "YR") or ""), "FD/YR")
    record.give("volume", (first(fields, "VO") or "").lstrip("0") or None, "VO")
    record.give("issue", (first(fields, "IS") or "").lstrip("0") or None, "IS")
    start, other = first(fields, "SP"), first(fields, "OP")
    record.give("pages", other if other and not start and "-" in other else join_pages(start, other), "SP/OP")
    record.give("publisher", first(fields, "PB"), "PB")
    record.give("issn", first_issn(first(fields, "SN")), "SN")
    record.give("language", language_tag(first(fields, "LA")), "LA")
    record.give("doi", clean_doi(first(fields, "DO")), "DO")
    for url in fields.get("UL", []):
        record.url(url, "UL")
    record.give("publication_type", described_kind(first(fields, "RT"), "endnote"), "RT")
    record.abstract(first(fields, "AB"), "AB")
    record.keywords(split_list(fields.get("K1", [])), "K1")
    for address in split_list(fields.get("AD", [])):
        record.affiliation(address.strip(" ,."), "AD")
    return record.done()

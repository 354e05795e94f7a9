"""EndNote's tagged export (.enw, the Refer format): what EndNote writes with
"Export: EndNote", and what Springer, Wiley, Taylor & Francis, ScienceDirect
and PubMed-based tools give for "Download citation: EndNote".

    %0 Journal Article
    %A Nazari, Hojjatollah
    %T Evaluating the safety and efficacy of …
    %J Gastroenterology Report
    %D 2022
    %R 10.1093/gastro/goac075

A record is a run of lines, each a "%" and one character for the field, then
a space and its value (read as tagged.py reads such files); a "%0" line starts
the next record. Each record is read alone, so a broken one is reported by its
number.
"""

from __future__ import annotations

import re

from exodesk.importers.base import Parsed, Source
from exodesk.importers.records import Record, collect, first_issn, text_of
from exodesk.importers.ris import person
from exodesk.importers.tagged import Lines, fields_of, first, split_list, tagged_records
from exodesk.model import Paper
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import PMCID_RE, clean_doi, clean_pmcid, clean_pmid
from exodesk.text.journals import is_abbreviated
from exodesk.text.kinds import described_kind
from exodesk.text.languages import language_tag

NAME = "endnote-tagged"
LABEL = "EndNote tagged export (.enw, Refer)"

# The fields EndNote writes (its "Refer/BibIX" tag table).
_FIELDS = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ123456789!@#$&()*+<>?[]^~|"
_TAG_LINE = re.compile(r"^%([" + re.escape(_FIELDS) + r"])(?: (.*))?$")


def detect(source: Source) -> float:
    """Lines that are a "%" tag and a value, a record's "%0" type or title
    among them. (A PDF starts "%PDF-": no space after its tag.)"""
    head = source.head.lstrip("\ufeff \t\r\n")
    if not head.startswith("%"):
        return 0.0
    tags = [m.group(1) for line in head.splitlines()[:60] if (m := _TAG_LINE.match(line.rstrip()))]
    if not ({"0", "T"} & set(tags)) or len(set(tags)) < 3:
        return 0.0
    return 0.95


def parse(source: Source) -> Parsed:
    return collect(tagged_records(text_of(source), _tag_line, "0", keep_lines=frozenset("KX")), _read,
                   what="EndNote tagged")


def _tag_line(line: str) -> tuple[str, str] | None:
    tagged = _TAG_LINE.match(line)
    return (tagged.group(1), tagged.group(2) or "") if tagged else None


def _read(lines: Lines) -> Paper:
    fields = fields_of(lines)

    record = Record(NAME)
    record.title((first(fields, "T") or "").rstrip(" :") or None, "%T")
    record.other_title(first(fields, "Q"), "%Q (translated title)")
    for name in fields.get("A", []):
        record.author(person(name), "%A")
    journal = first(fields, "J") or first(fields, "B")
    if journal and is_abbreviated(journal):
        record.give("journal_abbrev", journal, "%J")
    else:
        record.journal(journal, "%J" if first(fields, "J") else "%B")
    record.give("journal_abbrev", first(fields, "O") if first(fields, "J") else None, "%O (alternate journal)")
    record.give("date", parse_date(first(fields, "8") or "") or parse_date(first(fields, "D") or ""), "%8/%D")
    record.give("volume", first(fields, "V"), "%V")
    record.give("issue", first(fields, "N"), "%N")
    record.give("pages", first(fields, "P"), "%P")
    record.give("publisher", first(fields, "I"), "%I")
    record.give("issn", first_issn(first(fields, "@")), "%@")
    record.give("language", language_tag(first(fields, "G")), "%G")
    for number in fields.get("R", []):
        record.give("doi", clean_doi(number), "%R")
    for url in fields.get("U", []):
        record.url(url, "%U")
    record.give("pmid", clean_pmid(first(fields, "M")), "%M (accession number)")
    for held, tag in ((first(fields, "2"), "%2"), (first(fields, "M"), "%M")):
        record.give("pmcid", clean_pmcid(held) if PMCID_RE.search(held or "") else None, tag)
    for note in fields.get("Z", []):
        record.ids_in_note(note, "%Z note")
    record.give("publication_type", described_kind(first(fields, "0"), "endnote", first(fields, "9")), "%0/%9")
    record.abstract(first(fields, "X"), "%X")
    record.keywords(split_list(fields.get("K", [])), "%K")
    for address in split_list(fields.get("+", [])):  # CNKI writes them all on one line, each ending in ";"
        record.affiliation(address.strip(" ,."), "%+")
    return record.done()


"""RIS files from Zotero, EndNote, Mendeley, Scopus, Web of Science and PubMed tools.

Lines are read by rispy (a maintained RIS reader that knows the tag table);
this module splits the file into records itself so that a broken record is
reported alone. Producers disagree on where things go:

- authors: AU (Zotero, Scopus, WoS), A1 (EndNote, Mendeley, older tools);
  "Family, Given", "Family, G." or a whole name in Chinese.
- date: PY "2022", Y1 "2022/12/09/", DA "2022/12/09" (Zotero) or "DEC 9"
  with the year only in PY (Web of Science).
- abstract: AB (most), N2 (EndNote, Mendeley).
- DOI: DO, or a doi.org link in UR, or "doi: …" in M3 (older EndNote).
- journal: T2 (Zotero, Scopus, WoS), JO / JF (EndNote, Mendeley), with the
  abbreviation in J2 / JA / J1; which of T2/JO is abbreviated is read from
  its shape.
- PubMed ids: AN (numeric; WoS puts "WOS:…" there), C2 "PMC…" (NCBI, Zotero),
  or "PMID: …" lines in a note (Zotero's Extra).
- pages: SP/EP, or an article number in C7 (Scopus, WoS).
"""

from __future__ import annotations

import re

import rispy

from exodesk.importers.base import Parsed, Source
from exodesk.importers.records import BadRecord, first_issn, text_of, Record, collect, is_abbreviated, join_pages, split_at
from exodesk.model import Author, Paper
from exodesk.text.chinese import han_count
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import PMCID_RE, clean_doi, clean_pmcid, clean_pmid
from exodesk.text.kinds import kind_label
from exodesk.text.languages import language_tag
from exodesk.text.names import clean, from_family_comma_given, from_vancouver

NAME = "ris"
LABEL = "RIS bibliography (Zotero, EndNote, Mendeley, Scopus, Web of Science)"

_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: |$)", re.MULTILINE)
_START = re.compile(r"^TY  - ", re.MULTILINE)
_PMID_NOTE = re.compile(r"\bPMID:\s*(\d{1,9})\b")
# rispy's reader keeps a repeated single-valued tag (two SN lines) as a list.
_PARSER = rispy.RisParser(enforce_list_tags=False)


def detect(source: Source) -> float:
    head = source.head.lstrip("\ufeff \r\n")
    if not head.startswith("TY  -") and not _START.search(head):
        return 0.0
    tags = len(_TAG_LINE.findall(head))
    return 0.95 if tags >= 4 and re.search(r"^ER  -", source.text or "", re.MULTILINE) else 0.6


def parse(source: Source) -> Parsed:
    text = text_of(source)
    return collect(_records(text), _read, what="RIS")


def split(text: str, parts: int) -> list[str]:
    """The file in pieces that each hold whole records (for reading in parallel)."""
    return split_at(text, _START, parts)


def _records(text: str):
    """Each record's lines from TY to ER; a missing ER ends at the next TY."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    starts = [m.start() for m in _START.finditer(text)]
    for start, end in zip(starts, starts[1:] + [len(text)]):
        chunk = text[start:end]
        if not re.search(r"^ER  -", chunk, re.MULTILINE):
            chunk = chunk.rstrip("\n") + "\nER  - \n"
        yield chunk


def _values(entry: dict, key: str) -> list[str]:
    value = entry.get(key)
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [v.strip() for v in values if isinstance(v, str) and v.strip()]


def _first(entry: dict, *keys: str) -> str | None:
    for key in keys:
        values = _values(entry, key)
        if values:
            return values[0]
    return None


def _read(chunk: str) -> Paper:
    try:
        entries = _PARSER.parse(chunk)
    except (TypeError, ValueError, KeyError, IndexError) as error:
        # rispy fails on some damaged records, e.g. a continuation line after
        # a repeated tag (found by fuzzing): that record is reported, not fatal.
        raise BadRecord(f"its RIS lines are damaged ({type(error).__name__})") from None
    entry = entries[0] if entries else {}
    record = Record(NAME)

    record.title(_first(entry, "title", "primary_title"), "TI/T1")
    record.other_title(_first(entry, "translated_title"), "TT")
    for key, tag in (("authors", "AU"), ("first_authors", "A1")):
        for name in _values(entry, key):
            record.author(_name(name), tag)

    _read_journal(entry, record)
    _read_date(entry, record)
    record.give("volume", _first(entry, "volume"), "VL")
    record.give("issue", _first(entry, "number"), "IS")
    record.give("pages", join_pages(_first(entry, "start_page"), _first(entry, "end_page")), "SP/EP")
    record.give("pages", _first(entry, "custom7"), "C7 (article number)")
    record.give("publisher", _first(entry, "publisher"), "PB")
    record.give("issn", first_issn(_first(entry, "issn")), "SN")
    record.give("language", language_tag(_first(entry, "language")), "LA")

    notes = _values(entry, "notes") + _values(entry, "note") + _values(entry, "research_notes")
    type_of_work = _first(entry, "type_of_work")
    record.give("doi", clean_doi(_first(entry, "doi")), "DO")
    for url in _values(entry, "urls"):
        record.give("doi", clean_doi(url) if "doi" in url.lower() else None, "UR")
        record.link(url, "UR")
    record.give("doi", clean_doi(type_of_work), "M3")
    record.give("pmid", clean_pmid(_first(entry, "accession_number")), "AN")
    record.give("pmcid", clean_pmcid(_first(entry, "custom2")) if PMCID_RE.search(_first(entry, "custom2") or "") else None, "C2")
    for note in notes:
        found = _PMID_NOTE.search(note)
        record.give("pmid", found.group(1) if found else None, "N1 note")
        found = PMCID_RE.search(note)
        record.give("pmcid", found.group(1) if found else None, "N1 note")

    # M3 holds the kind of work in Scopus ("Article", "Review"); TY says less.
    if type_of_work and not clean_doi(type_of_work):
        record.give("publication_type", type_of_work, "M3")
    record.give("publication_type", kind_label(_first(entry, "type_of_reference"), "ris"), "TY")

    record.abstract(_first(entry, "abstract"), "AB")
    record.abstract(_first(entry, "notes_abstract"), "N2")
    _read_other_languages(entry, record)
    keywords = _values(entry, "keywords")
    if len(keywords) == 1 and ";" in keywords[0]:  # one KW line with "a; b; c"
        keywords = keywords[0].split(";")
    record.keywords(keywords, "KW")
    for address in _values(entry, "author_address"):
        record.affiliation(address, "AD")
    return record.done()


def _name(name: str) -> Author:
    """"Family, Given"; "Zhang B" (initials last); a name of several words
    without a comma is an organisation or a name kept whole (as Zotero reads it)."""
    if han_count(name):
        return Author(literal=clean(name))
    if "," in name or len(name.split()) == 1:
        return from_family_comma_given(name)
    author = from_vancouver(name)
    return author if author.given else Author(literal=clean(name))


def _read_journal(entry: dict, record: Record) -> None:
    """JF and T2 hold the full name in every producer we know (Zotero, Scopus,
    Web of Science, NCBI); JA/J2 the abbreviation. Only JO varies (EndNote puts
    either there), so without an explicit abbreviation its shape decides."""
    abbreviation = next(
        ((name, tag) for key, tag in (("alternate_title2", "JA"), ("alternate_title1", "J2")) if (name := _first(entry, key))),
        None,
    )
    for key, tag in (("alternate_title3", "JF"), ("secondary_title", "T2"), ("journal_name", "JO")):
        name = _first(entry, key)
        if not name:
            continue
        if tag != "JO" or abbreviation or not is_abbreviated(name):
            record.give("journal", name, tag)
        else:
            record.give("journal_abbrev", name, tag)
    if abbreviation:
        record.give("journal_abbrev", *abbreviation)


def _read_date(entry: dict, record: Record) -> None:
    """The most precise of DA, Y1 and PY; WoS's DA ("DEC 9") lacks the year."""
    year = parse_date(_first(entry, "year"))
    best = None
    for key, tag in (("date", "DA"), ("publication_year", "Y1"), ("year", "PY")):
        value = _first(entry, key)
        if not value:
            continue
        found = parse_date(value)
        if found is None and year and re.search(r"[A-Za-z]{3}", value):
            found = parse_date(f"{year[:4]} {value}")
        if found and (best is None or len(found) > len(best[0])):
            best = (found, tag)
    if best:
        record.give("date", best[0], best[1])


def _read_other_languages(entry: dict, record: Record) -> None:
    """Every TT (translated title) and N2 line: ExoDesk's export writes one
    per title or abstract in another language (Chinese), each seen again
    in its text."""
    for title in _values(entry, "translated_title"):
        record.other_title(title, "TT")
    for text in _values(entry, "notes_abstract"):
        record.abstract(text, "N2")

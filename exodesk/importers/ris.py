"""RIS files from Zotero, EndNote, Mendeley, Scopus, Web of Science and PubMed tools.

The tag table is rispy's (a maintained RIS reader). The lines are read
here: producers write tags with one space ("TY - JOUR"), in lower case,
with a byte-order mark, without ER or without TY, and rispy's own reader
refused such records or the whole file. Each record is read alone, so a
broken one is reported by its number. Producers disagree on where things go:

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
from exodesk.importers.records import (
    Record,
    collect,
    first_issn,
    join_pages,
    split_at,
    text_of,
)
from exodesk.model import Author, Paper
from exodesk.text.chinese import han_count
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import PMCID_RE, clean_doi, clean_pmcid, clean_pmid
from exodesk.text.journals import is_abbreviated
from exodesk.text.kinds import described_kind
from exodesk.text.languages import language_tag
from exodesk.text.lines import fold_spaces
from exodesk.text.names import (
    clean,
    from_family_comma_given,
    from_given_family,
    from_vancouver,
    is_organisation,
)

NAME = "ris"
LABEL = "RIS bibliography (Zotero, EndNote, Mendeley, Scopus, Web of Science)"

# A tag line as producers write it: "TY  - JOUR" by the standard, also
# "TY - JOUR" (one space), "ty  - jour" and indented lines. Only the tags
# RIS defines count, so a line of an abstract such as "in - vitro" stays text.
_KNOWN_TAGS = frozenset(rispy.TAG_KEY_MAPPING) | frozenset(
    ["TY", "ER", "A1", "A2", "A3", "A4", "AB", "AD", "AN", "AU", "AV", "BT", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "CA", "CN", "CP", "CT", "CY", "DA", "DB", "DO", "DP", "ED", "EP", "ET", "ID", "IS", "J1", "J2", "JA", "JF", "JO", "KW", "L1", "L2", "L3", "L4", "LA", "LB", "LK", "M1", "M2", "M3", "N1", "N2", "NV", "OP", "PB", "PP", "PY", "RI", "RN", "RP", "SE", "SN", "SP", "ST", "T1", "T2", "T3", "TA", "TI", "TT", "U1", "U2", "U3", "U4", "U5", "UR", "VL", "VO", "Y1", "Y2", "Y3"]
)
_ANY_TAG_LINE = re.compile(r"^[ \t]*([A-Za-z][A-Za-z0-9])[ \t]{0,3}-(?:[ \t]+|$)(.*)$", re.MULTILINE)
_UNUSUAL_TAG_LINE = re.compile(r"^(?![A-Z][A-Z0-9]  - )" + _ANY_TAG_LINE.pattern[1:], re.MULTILINE)
_START = re.compile(r"^TY  - ", re.MULTILINE)
# TY and ER in every case (no other two characters are TY or ER in upper case).
_RECORD_MARKS = frozenset(a + b for x, y in ("TY", "ER") for a in (x, x.lower()) for b in (y, y.lower()))
# A tag line other than TY and ER: a record has more than its marks.
_CONTENT_LINE = re.compile(r"^(?!TY  - |ER  -)[A-Z][A-Z0-9]  - ", re.MULTILINE)
_END_LINE = re.compile(r"^ER  -.*\n?", re.MULTILINE)
# PubMed ids in notes and user fields: "26957754[pmid]", "PMC4756000[pmcid]".
_BRACKETED_ID = re.compile(r"\b(\d{1,9})\s*\[pmid\]|\b(PMC\d{4,9})\s*\[pmcid\]", re.IGNORECASE)
# What each tag holds, by rispy's names for them (the reader below uses them).
_KEYS = dict(rispy.TAG_KEY_MAPPING)
_TAG_STARTS = frozenset(f"{tag}  - " for tag in _KNOWN_TAGS)
# Any tag written the standard way is a tag, even one RIS does not define.
_STANDARD_TAG_LINE = re.compile(r"[A-Z][A-Z0-9]  - ")


def detect(source: Source) -> float:
    """A record's TY or ER line and other RIS tags, in any spacing or case.
    (MEDLINE shares tags such as TI and AU, but has neither TY nor ER.)"""
    head = source.head.lstrip("\ufeff")
    if not _may_have_record_mark(head):
        return 0.0
    tags = [tag for m in _ANY_TAG_LINE.finditer(head) if (tag := m.group(1).upper()) in _KNOWN_TAGS]
    if not ({"TY", "ER"} & set(tags)):
        return 0.0
    return 0.95 if len(tags) >= 4 else 0.6


def _may_have_record_mark(head: str) -> bool:
    """Whether a line of the head starts with TY or ER (in any case, after
    any indent): most files have none, told in 4.6 ms a thousand files where
    the tag-line pattern, tried at every place of the head, takes 15 ms
    (the lines' starts gathered and looked up at once: 6 ms a line at a time)."""
    return not _RECORD_MARKS.isdisjoint([line.lstrip(" \t")[:2] for line in head.split("\n")])


def parse(source: Source) -> Parsed:
    text = text_of(source)
    return collect(_records(_normalized(text)), _read, what="RIS")


def split(text: str, parts: int) -> list[str]:
    """The file in pieces that each hold whole records (for reading in parallel)."""
    return split_at(text, _START, parts)


def _normalized(text: str) -> str:
    """Every tag line written the standard way ("TY  - JOUR"), so that a file
    with one space before the hyphen or lowercase tags reads like any other."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")

    def standard(match: re.Match) -> str:
        tag = match.group(1).upper()
        return f"{tag}  - {match.group(2)}" if tag in _KNOWN_TAGS else match.group(0)

    # Only the lines not written the standard way are rewritten (in most
    # files none: the pattern is tried at line starts and soon gives up).
    return _UNUSUAL_TAG_LINE.sub(standard, text)


def _records(text: str):
    """Each record's lines up to its ER. A missing ER ends where a TY line
    starts a record: after a blank line, as records are written apart; a TY
    line among a record's lines is one more tag of it. A TY with nothing
    after it belongs to the record that follows; lines before a file's
    first TY (a damaged file) are a record of their own."""
    starts = [m.start() for m in _START.finditer(text) if _starts_record(text, m.start())]
    if not starts or _CONTENT_LINE.search(text, 0, starts[0]):
        starts.insert(0, 0)
    pending = ""
    for start, end in zip(starts, starts[1:] + [len(text)], strict=True):
        chunk = pending + text[start:end]
        ended = _END_LINE.search(chunk)
        if not ended and not _CONTENT_LINE.search(chunk) and end < len(text):
            pending = chunk
            continue
        pending = ""
        for piece in _END_LINE.split(chunk) if ended else [chunk]:
            if _START.match(piece) or _CONTENT_LINE.search(piece):  # an empty record is still one
                yield piece


def _tagged_lines(chunk: str) -> list[tuple[str, str]]:
    """(tag, value) in file order; an untagged line goes on with the value
    before it (a wrapped abstract or name), white space made single."""
    lines: list[list] = []  # [tag, value, went on]
    for line in chunk.split("\n"):
        if line[:6] in _TAG_STARTS or _STANDARD_TAG_LINE.match(line):
            lines.append([line[:2], line[6:], False])
        elif lines and line.strip():
            lines[-1][1] += " " + line
            lines[-1][2] = True
    return [(tag, fold_spaces(value) if went_on else value.strip()) for tag, value, went_on in lines if tag != "ER"]


def _starts_record(text: str, start: int) -> bool:
    """Whether the TY line at `start` begins the file or follows a blank or ER line."""
    if start == 0:
        return True
    line = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
    return not line.strip() or line.startswith("ER  -")


def _values(entry: dict[str, list[str]], key: str) -> list[str]:
    """A tag's values (read stripped by _tagged_lines), empty ones left out."""
    return [value for value in entry.get(key, ()) if value]


def _first(entry: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in entry.get(key, ()):
            if value:
                return value
    return None


def _read(chunk: str) -> Paper:
    lines = _tagged_lines(chunk)
    entry: dict[str, list[str]] = {}
    for tag, value in lines:
        entry.setdefault(_KEYS.get(tag, tag), []).append(value)
    record = Record(NAME)

    # TI and T1 both name the title; with several lines, the first in the
    # file is the title (a later one repeats or shortens it). A title cut
    # short by a tool ends in a colon, which no title does.
    title = next(((value, tag) for tag, value in lines if tag in ("TI", "T1") and value), None)
    if title:
        record.title(title[0].rstrip(" :"), title[1])
    record.other_title(_first(entry, "translated_title"), "TT")
    for tag, name in lines:  # AU and A1 mixed: in the file's order
        if tag in ("AU", "A1") and name:
            record.author(person(name), tag)

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
        record.url(url, "UR")
    record.give("doi", clean_doi(type_of_work), "M3")
    accession = _first(entry, "accession_number")
    record.give("pmid", clean_pmid(accession), "AN")
    for held, tag in ((_first(entry, "custom2"), "C2"), (accession, "AN")):
        record.give("pmcid", clean_pmcid(held) if PMCID_RE.search(held or "") else None, tag)
    for note in notes:
        record.ids_in_note(note, "N1 note")
    _read_bracketed_ids(entry, record)

    # TY names the kind; M3 describes it in Scopus ("Article", "Review").
    description = type_of_work if type_of_work and not clean_doi(type_of_work) else None
    record.give("publication_type", described_kind(_first(entry, "type_of_reference"), "ris", description), "TY/M3")

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


def _read_bracketed_ids(entry: dict, record: Record) -> None:
    """NCBI's and PubMed's exports write "26957754[pmid]" in U1-U5 or notes."""
    for tag in ("U1", "U2", "U3", "U4", "U5", "notes"):
        for value in entry.get(tag, []):
            if "[" in value:
                for found in _BRACKETED_ID.finditer(value):
                    record.give("pmid", found.group(1), tag)
                    record.give("pmcid", found.group(2), tag)


def person(name: str) -> Author:
    """An author line of a bibliography file (RIS, EndNote tagged): "Family,
    Given"; "Zhang B" (initials last); "Catarina Barata" (a
    person's name in natural order); an organisation kept whole."""
    if han_count(name) or is_organisation(name):
        return Author(literal=clean(name))
    if "," in name or len(name.split()) == 1:
        return from_family_comma_given(name)
    author = from_vancouver(name)
    return author if author.given else from_given_family(name)


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

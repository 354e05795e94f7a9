"""PubMed's MEDLINE format: the .nbib "citation manager" file and the text display.

Each line is a tag padded to four characters, "- ", and a value; a value goes
on over lines indented by six spaces; a blank line (or the next "PMID-")
starts a new record. The format is simple and stable, so it is read here
directly (no maintained Python reader exists that keeps AD with its author).

- FAU "Nazari, Hojjatollah" is the full name, AU "Nazari H" the short one;
  CN is a group author. AD lines follow the author they belong to.
- DP "2022 Dec 9", "2021 Jul-Aug", "2020 Winter"; TI ends with a full stop,
  and a title translated by NLM stands in [brackets].
- AID / LID "10.1093/gastro/goac075 [doi]" or "goac075 [pii]".
- PT repeats ("Journal Article", "Review", "Research Support, …"): the most
  specific is kept as the publication type.
- OAB/OABL carry an abstract in another language, TT the original title.
- OT holds the author's keywords, MH the MeSH headings NLM's indexers gave
  ("Occupational Health/*history": a descriptor, its qualifiers, * for a
  major topic).
"""

from __future__ import annotations

import re
from collections import defaultdict

from exodesk.importers.base import Parsed, Source
from exodesk.importers.records import (
    BadRecord,
    Record,
    clean_pages,
    collect,
    first_issn,
    split_at,
    text_of,
)
from exodesk.model import Author, Paper
from exodesk.text.dates import medline_date
from exodesk.text.identifiers import clean_doi, clean_pmcid, clean_pmid
from exodesk.text.kinds import medline_kind
from exodesk.text.languages import language_tag
from exodesk.text.names import from_family_comma_given, from_vancouver

NAME = "medline"
LABEL = "PubMed MEDLINE / .nbib"

# (?<!\s): tried only where a run of white space starts. Tried at each space
# of a long run, the pattern scans the rest of it every time (quadratic).
_EMAIL_TAIL = 320  # "Electronic address: " and the longest address there can be
_EMAIL = re.compile(r"(?<!\s)\s*(?:Electronic address:\s*)?[\w.+-]+@[\w.-]+\s*$")
_PMID_FIRST = re.compile(r"PMID- ?\d")
# A tag line: "AU  - Nazari H" as NLM writes it; also "PMID-22664220" and
# "TI-" without the space, as some tools write them.
_LINE = re.compile(r"^([A-Z][A-Z0-9]{1,3}) {0,3}-(?: |(?=\S)|$)(.*)$")
# Tags only MEDLINE writes (not RIS): a file without PMID lines (ERIC's
# .nbib, a record cut from a larger file) is told by them.
_MEDLINE_TAGS = {"OWN", "STAT", "FAU", "JT", "TA", "PG", "VI", "IP", "LID", "AID", "PT", "SO", "OID", "PMC",
                 "PMCR", "DCOM", "LR", "MH", "PHST", "PL", "EDAT", "CRDT", "DEP", "BTI", "CTI", "OT", "GR"}


def detect(source: Source) -> float:
    head = source.head.lstrip("\ufeff \r\n")
    pmid_first = _PMID_FIRST.match(head)
    # Without a PMID first: the file starts with a tag line (told before
    # every line is matched: most files start otherwise), has tags only
    # MEDLINE writes and none of RIS's record marks (TY, ER).
    if not pmid_first and not _LINE.match(head.split("\n", 1)[0]):
        return 0.0
    tags = {m.group(1) for line in head.splitlines() if (m := _LINE.match(line))}
    if pmid_first:
        return 0.95 if len(tags & {"TI", "AU", "FAU", "DP", "SO", "AB", "JT", "TA"}) >= 2 else 0.5
    if tags & {"TY", "ER"}:
        return 0.0
    return 0.9 if len(tags & _MEDLINE_TAGS) >= 2 else 0.0


def parse(source: Source) -> Parsed:
    text = text_of(source)
    # PubMed gives every record its PMID: in its files a record without one
    # was cut. Files of other databases (ERIC) have none, and need none.
    read = _read_pubmed if _PMID_LINE.search(text) else _read
    return collect(_records(text), read, what="MEDLINE")


_PMID_LINE = re.compile(r"^PMID- ?\d", re.MULTILINE)


def _read_pubmed(lines: list[tuple[str, str]]) -> Paper:
    paper = _read(lines)
    if not paper.pmid:
        raise BadRecord("its PMID line is missing or not a number")
    return paper


_RECORD_START = re.compile(r"^PMID- ", re.MULTILINE)


def split(text: str, parts: int) -> list[str]:
    """The file in pieces that each hold whole records (for reading in parallel)."""
    return split_at(text, _RECORD_START, parts)


# A field: a line and the lines indented by six spaces that go on from it.
# Split apart in one pass, the fields are read one each, not line by line.
_FIELD_BREAK = re.compile(r"\n(?! {6})")


def _records(text: str):
    """Each record as a list of (tag, value) in file order."""
    record: list[tuple[str, str]] = []
    tags = _TAGS
    for field in _FIELD_BREAK.split(text.replace("\r\n", "\n").lstrip("\ufeff")):
        line, _, more = field.partition("\n")
        tag, value = tags.get(line[:6]), line[6:]
        if not tag and line[:1] not in ("", " "):  # (no tag line starts with a space)
            tag, value = _tagged(line)
        if tag == "PMID" and record:
            yield record
            record = []
        if tag:
            value = value.strip()
        elif line.strip():
            tag, value = "?", line.strip()
        elif record:  # a blank line ends a record
            yield record
            record = []
        if more:
            tag, value = _went_on(tag, value, more.split("\n"))
        if tag:
            record.append((tag, value))
    if record:
        yield record


def _went_on(tag: str | None, value: str, more: list[str]) -> tuple[str | None, str]:
    """A field's value with the indented lines after it, each stripped, joined
    by spaces. After a blank line they start a stray value of their own, from
    the first that is not blank."""
    pieces = [piece.strip() for piece in more]
    if tag:
        return tag, " ".join([value, *pieces])
    while pieces and not pieces[0]:
        del pieces[0]
    return ("?", " ".join(pieces)) if pieces else (None, "")


# Lines whose first six characters are a tag padded to four and "- "
# ("AU  - "), as nearly all are: the tag, by those six characters, looked up
# in a table (matching _LINE on every line is a large share of reading them).
_PADDED_TAG = re.compile(r"[A-Z][A-Z0-9]{1,3} {0,3}- ")
_TAGS: dict[str, str] = {}


def _tagged(line: str) -> tuple[str | None, str]:
    """(tag, value) of a tag line, or (None, "")."""
    head = line[:6]
    tag = _TAGS.get(head)
    if tag is None and len(head) == 6 and _PADDED_TAG.fullmatch(head):
        tag = _TAGS[head] = head[:4].rstrip(" ")
    if tag:
        return tag, line[6:]
    match = _LINE.match(line)
    return (match.group(1), match.group(2)) if match else (None, "")


def _read(lines: list[tuple[str, str]]) -> Paper:
    tags: dict[str, list[str]] = defaultdict(list)
    for tag, value in lines:
        tags[tag].append(value)
    people = [line for line in lines if line[0] in _PEOPLE]  # the author lines, in order
    strays = tags.get("?")
    if strays and len(tags) == 1:
        raise BadRecord(f"it is not a MEDLINE record (it starts with \"{strays[0][:40]}\")")

    first = {tag: values[0] for tag, values in tags.items()}.get  # a tag's first value, or None

    record = Record(NAME)
    record.give("pmid", clean_pmid(first("PMID")), "PMID")
    # TI and AB come once from NLM; a tool that splits one over several
    # lines of the tag loses nothing.
    record.title(" ".join(tags.get("TI", [])), "TI")
    # TT is the title in the article's own language (LA).
    record.other_title(first("TT"), "TT", language_tag(first("LA")))
    _read_authors(people, record)
    record.give("journal", first("JT"), "JT")
    record.give("journal", first("BTI"), "BTI")  # a book's title, for a chapter
    record.give("journal_abbrev", first("TA"), "TA")
    record.give("date", medline_date(first("DP"), first("DEP")), "DP")
    record.give("volume", first("VI"), "VI")
    record.give("issue", first("IP"), "IP")
    record.give("pages", clean_pages(first("PG")), "PG")
    # Without PG, NLM cites the electronic location ("eaau6977 [pii]").
    locations = [v for v in tags.get("LID", []) if v.endswith("[pii]") or not clean_doi(v)]
    record.give("pages", _PII.sub("", locations[0]) if locations else None, "LID")
    for tag in ("AID", "LID"):
        for value in tags.get(tag, []):
            # "10.1093/gastro/goac075 [doi]"; other tools (ERIC) write the
            # DOI bare, as "doi:10.1016/…" or as a doi.org link.
            if not value.endswith("[pii]"):
                record.give("doi", clean_doi(value), tag)
    record.give("pmcid", clean_pmcid(first("PMC")), "PMC")
    record.give("issn", first_issn(" ".join(tags.get("IS", []))), "IS")
    record.give("language", language_tag(first("LA")), "LA")
    record.give("publication_type", medline_kind(tags.get("PT", [])), "PT")
    abstract, copyright = _without_copyright(" ".join(tags.get("AB", [])))
    record.abstract(abstract, "AB")
    if copyright:
        record.paper.extra["copyright"] = copyright
    # (an OAB without its OABL, its language unknown, is left)
    for text, language in zip(tags.get("OAB", []), tags.get("OABL", []), strict=False):
        record.abstract(text, "OAB", language_tag(language))
    record.keywords(tags.get("OT", []), "OT")
    if tags.get("MH"):
        # MeSH headings are what a clinician searches PubMed by: each is a
        # keyword by its descriptor ("Women, Working" from
        # "Women, Working/*history/psychology"), as Zotero makes them tags;
        # the lines whole (qualifiers, * for a major topic) stay in mesh_terms.
        # (a descriptor the authors also gave, in other case, is not repeated)
        given = {word.casefold() for word in record.paper.keywords}
        record.keywords([d for heading in tags["MH"] if (d := _descriptor(heading)).casefold() not in given], "MH")
        record.paper.extra["mesh_terms"] = list(tags["MH"])
    return record.done()


def _descriptor(heading: str) -> str:
    """A MeSH heading's descriptor, without its qualifiers and major-topic stars."""
    return heading.split("/", 1)[0].lstrip("*").strip()


_PEOPLE = {"FAU", "AU", "CN", "AD"}
_PII = re.compile(r"(?<!\s)\s*\[pii\]$")


def _read_authors(lines: list[tuple[str, str]], record: Record) -> None:
    """FAU with its AU (or AU alone, in older records), CN groups; AD after each."""
    seen_full = any(tag == "FAU" for tag, _ in lines)
    for tag, value in lines:
        if tag == "FAU":
            record.author(from_family_comma_given(value), "FAU")
        elif tag == "AU" and not seen_full:
            # NLM writes "Nazari H"; ERIC's .nbib "Guo, Wenbo".
            record.author(from_family_comma_given(value) if "," in value else from_vancouver(value), "AU")
        elif tag == "CN":
            record.author(Author(literal=value.rstrip(".")), "CN")
        elif tag == "AD":
            if "@" in value:  # the pattern is slow to fail on every affiliation
                # Only the end, where the address is: along a very long
                # word the pattern's time grows with the square of its length.
                value = value[:-_EMAIL_TAIL] + _EMAIL.sub("", value[-_EMAIL_TAIL:])
            record.affiliation(value.rstrip(". "), "AD")


# The publisher's copyright line NLM leaves at the end of many abstracts
# ("… were safe. Copyright © 2020 Elsevier Inc. All rights reserved."):
# PubMed shows it apart from the abstract, and so is it kept here.
# A year must follow; "©" or "(c)" alone must also start a sentence.
_COPYRIGHT_TAIL = re.compile(
    r"(?:(?<=[.!?])\s+|\s+(?=Copyright\b))"
    r"((?:Copyright\s*(?:©|\([cC]\))?|©|\([cC]\))\s*(?:19|20)\d\d\b[^©]{0,300}?)\s*$"
)


def _without_copyright(abstract: str) -> tuple[str, str | None]:
    """The abstract and its closing copyright line, apart."""
    tail = abstract[-400:]
    if "opyright" not in tail and "©" not in tail and "(c)" not in tail.lower():
        return abstract, None
    found = _COPYRIGHT_TAIL.search(abstract, max(len(abstract) - 400, 0))
    if not found or not abstract[: found.start()].strip():
        return abstract, None
    return abstract[: found.start()], found.group(1)

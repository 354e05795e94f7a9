"""PubMed's "Abstract (text)" export: what Save, Email or Send to: File gives
in the format PubMed shows its abstracts in.

    1. Gastroenterol Rep (Oxf). 2022 Dec 8;10:goac075. doi: 10.1093/gastro/goac075.
    eCollection 2022.

    Evaluating the safety and efficacy of mesenchymal stem cell-derived exosomes for
    treatment of refractory perianal fistula in IBD patients: clinical trial phase I.

    Nazari H(1), Alborzi F(1), Heirani-Tabasi A(2), …

    Author information:
    (1)Colorectal Surgery Research Center, …

    BACKGROUND: Perianal fistula is …
    RESULTS: …

    DOI: 10.1093/gastro/goac075
    PMCID: PMC9733972
    PMID: 36518984

A record opens with its number and its citation; its parts stand apart by
blank lines, each wrapped at 80 characters. Each record is read alone, so a
broken one is reported by its number.
"""

from __future__ import annotations

import re

from exodesk.importers.base import Parsed, Source
from exodesk.importers.byline import people
from exodesk.importers.records import Record, collect, text_of
from exodesk.model import Author, Paper, Provenance
from exodesk.text.abstracts import abstract_from_paragraphs
from exodesk.text.chinese import language_of
from exodesk.text.citation import parse_citation_line
from exodesk.text.identifiers import clean_doi, clean_pmcid, clean_pmid

NAME = "pubmed-abstract"
LABEL = "PubMed abstracts saved as text (Abstract format)"

# "1. Gastroenterol Rep (Oxf). 2022 Dec 8;…": a record's number, then its citation.
_RECORD_START = re.compile(r"^(\d{1,5})\. (?=\S)", re.MULTILINE)
_IDENTIFIER = re.compile(r"^(DOI|PMCID|PMID): *(\S+)", re.MULTILINE)
# Parts after the abstract that are not of it.
_AFTER_ABSTRACT = re.compile(r"^(?:©|Copyright|DOI:|PMCID:|PMID:|Conflict of interest statement:|Comment (?:in|on)\b|"
                             r"Erratum (?:in|for)\b|Retraction (?:in|of)\b|Update (?:in|of)\b|Trial registration:|"
                             r"Collaborators:|Free article|Clinical Trial Registration)", re.IGNORECASE)
_ARTICLE_IN = re.compile(r"^\[Article in (\w+)\]$")
_LONGEST_CITATION = 400  # characters
_AUTHOR_MARK = re.compile(r"\(\d+(?:,\s*\d+)*\)")
# "BACKGROUND: …" at the start of a line: a section of a structured abstract.
_SECTION_START = re.compile(r"^[A-Z][A-Z0-9 ,&/'()-]{2,60}: ")


def detect(source: Source) -> float:
    """A numbered citation as the first line, and a "PMID: " line."""
    head = source.head.lstrip("\ufeff \t\r\n")
    first = _RECORD_START.match(head)
    if not first or "PMID: " not in head:
        return 0.0
    line = head[first.end():].split("\n", 1)[0]
    return 0.95 if len(line) < _LONGEST_CITATION and parse_citation_line(line.split(" doi:")[0]) else 0.0


def parse(source: Source) -> Parsed:
    return collect(_records(text_of(source).replace("\r\n", "\n").replace("\r", "\n")), _read,
                   what="PubMed abstract")


def _records(text: str) -> list[list[list[str]]]:
    """Each record's parts, a part's lines (unwrapped later) in a list."""
    starts = [m.start() for m in _RECORD_START.finditer(text) if m.start() == 0 or text[m.start() - 2 : m.start()] == "\n\n"]
    if not starts or starts[0] > 0:
        starts.insert(0, 0)  # what comes before the first numbered record is a broken one of its own
    chunks = [text[start:end] for start, end in zip(starts, starts[1:] + [len(text)], strict=True)]
    return [[part.split("\n") for part in re.split(r"\n\s*\n", chunk.strip()) if part.strip()] for chunk in chunks]


def _joined(lines: list[str]) -> str:
    return " ".join(line.strip() for line in lines if line.strip())


def _read(parts: list[list[str]]) -> Paper:
    record = Record(NAME)
    citation_text = _RECORD_START.sub("", _joined(parts[0]), count=1)
    # (A citation is short: the pattern would take time without end over a long run of spaces.)
    citation = parse_citation_line(citation_text.split(" doi:", 1)[0]) if len(citation_text) < _LONGEST_CITATION else None
    if citation is not None:
        record.give("journal_abbrev", citation.journal, "citation")
        record.give("date", citation.date, "citation")
        record.give("volume", citation.volume, "citation")
        record.give("issue", citation.issue, "citation")
        record.give("pages", citation.pages, "citation")
    doi_in_citation = re.search(r"\bdoi: (10\.\S+?)\.?(?:\s|$)", citation_text)
    record.give("doi", clean_doi(doi_in_citation.group(1)) if doi_in_citation else None, "citation")

    rest = parts[1:]
    language = None
    if rest and (written_in := _ARTICLE_IN.match(_joined(rest[0]))):
        language = written_in.group(1)
        rest = rest[1:]
    if rest:  # the title; a translated one is in brackets
        record.title(_joined(rest[0]).rstrip(".").strip("[]").rstrip("."), "title")
        rest = rest[1:]
    informed = next((i for i, part in enumerate(rest) if part[0].startswith("Author information:")), None)
    if informed is not None:  # the authors, then "Collaborators: …", then "Author information:"
        if informed:
            _read_authors(_joined(rest[0]), record)
        for affiliation in re.split(r"\(\d+\)", _joined(rest[informed]).removeprefix("Author information:")):
            if affiliation.strip(" ."):
                record.affiliation(affiliation.strip(" ;"), "author information")
        rest = rest[informed + 1:]
    elif rest and people(_AUTHOR_MARK.sub("", _joined(rest[0]))):
        _read_authors(_joined(rest[0]), record)
        rest = rest[1:]
    abstract = []
    for part in rest:
        if _AFTER_ABSTRACT.match(part[0]):
            break
        abstract += _sections(part)
    if abstract:
        written = language_of(" ".join(abstract)) or "en"
        record.paper.abstracts.append(abstract_from_paragraphs(abstract, written))
        record.paper.provenance[f"abstract:{written}"] = Provenance(importer=NAME, part="abstract")
    whole = "\n".join(line for part in parts for line in part)
    for label, value in _IDENTIFIER.findall(whole):
        if label == "DOI":
            record.give("doi", clean_doi(value), "DOI line")
        elif label == "PMCID":
            record.give("pmcid", clean_pmcid(value), "PMCID line")
        else:
            record.give("pmid", clean_pmid(value), "PMID line")
    if language and language.lower() != "english":
        record.give("language", language, "[Article in …]")
    return record.done()


def _read_authors(line: str, record: Record) -> None:
    """"Goldberg R(1), Lefèvre M(2); Exosome Safety Working Group.": people,
    then a group after ";"."""
    names, *groups = _AUTHOR_MARK.sub("", line).rstrip(".").split(";")
    for author in people(names) or []:
        record.author(author, "authors")
    for group in groups:
        if group.strip():
            record.author(Author(literal=group.strip(" .")), "authors (group)")


def _sections(lines: list[str]) -> list[str]:
    """A part of the abstract, unwrapped: one paragraph per section it holds."""
    paragraphs: list[list[str]] = []
    for line in lines:
        if not paragraphs or _SECTION_START.match(line):
            paragraphs.append([])
        paragraphs[-1].append(line)
    return [_joined(paragraph) for paragraph in paragraphs]

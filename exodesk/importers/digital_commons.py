"""An institutional repository record (bepress Digital Commons), copied as text.

Each field's label stands on its own line, its value on the lines below:

    Document Type          Publication Date        Recommended Citation
    Article                1-10-2025               Dukharan V, Shah M, … Schlesinger T. The Role
                                                   of Exosomes … Journal of Cosmetic Dermatology.
                                                   2025; 24(1). doi: 10.1111/jocd.16761.

Quirks: many records give the title and the authors only inside the
"Recommended Citation", whose style each repository chooses (Vancouver, APA,
or bepress's own "Family, Given and Family, Given, "Title" (2025)."); dates
are written month-day-year ("1-10-2025", "Spring 5-15-2023"); the "Authors"
field, when there, gives full names with an affiliation after a comma.
"""

from __future__ import annotations

import re

from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.records import Record
from exodesk.model import Author, Paper, Provenance
from exodesk.text.abstracts import abstract_from_paragraphs
from exodesk.text.chinese import language_of
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import clean_doi, clean_pmid
from exodesk.text.journals import is_abbreviated
from exodesk.text.names import from_given_family
from exodesk.text.reference import Reference, parse_reference

NAME = "digital-commons"
LABEL = "Repository record (Digital Commons)"

# The repository's labels, mapped to what we read them as.
LABELS = {
    "title": "title",
    "author": "authors", "authors": "authors", "author(s)": "authors", "creator": "authors",
    "document type": "type", "degree type": "degree_type", "degree name": "degree",
    "publication title": "journal", "source publication": "journal", "journal title": "journal",
    "abstract": "abstract", "description": "abstract",
    "doi": "doi", "pubmed id": "pmid", "pmid": "pmid",
    "publication date": "date", "date of award": "date", "date": "date",
    "issn": "issn", "e-issn": "eissn", "isbn": "isbn",
    "volume": "volume", "issue": "issue", "first page": "first_page", "last page": "last_page",
    "publisher": "publisher", "keywords": "keywords", "disciplines": "disciplines",
    "comments": "comments", "department": "department",
    "first advisor": "advisor", "advisor": "advisor",
    "recommended citation": "citation",
    # Page furniture printed as labels: read, then dropped.
    "download": None, "share": None, "coins": None, "included in": None, "streaming media": None,
    "creative commons license": None, "language": None, "rights": None,
    "second advisor": None, "third advisor": None, "committee member": None,
    "embargo period": None, "find in your library": None,
}
# A record shows at least one of these; journals' own pages do not.
_DISTINCTIVE = {"citation", "type", "disciplines", "degree"}


_LONGEST_LABEL = max(map(len, LABELS))


def fields_of(lines: list[str]) -> dict[str, list[str]]:
    """Each label's value lines (`lines` white-space normalised). A label is a
    known label alone on its line with something under it (a label with
    nothing under it is page furniture)."""
    fields: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        # A longer line is no label (casefold() never makes a line shorter).
        key = line.casefold() if len(line) <= _LONGEST_LABEL else None
        if key in LABELS:
            name = LABELS[key]
            current = fields.setdefault(name, []) if name and name not in fields else []
        elif current is not None and line:
            current.append(line)
    return {name: value for name, value in fields.items() if value}


def detect(source: Source) -> float:
    text = source.text
    if not text or source.head.lstrip().startswith(("<", "{")):
        return 0.0
    fields = fields_of(source.head_lines)
    if len(fields) >= 4 and _DISTINCTIVE & fields.keys():
        return 0.9
    return 0.2 if len(fields) >= 3 else 0.0


def parse(source: Source) -> Parsed:
    text = source.text
    if text is None:
        raise Refused(source.decoded[1])
    fields = fields_of(source.lines)
    if not fields:
        raise Refused("no labelled fields (Document Type, Abstract, …) were found")
    record = Record(NAME)
    paper, give = record.paper, record.give

    one = {name: " ".join(lines) for name, lines in fields.items()}
    cited = parse_reference(one["citation"]) if "citation" in one else None
    record.title(one.get("title"), "Title")
    if "authors" in fields:
        authors, affiliations = _authors_field(fields["authors"], cited.authors if cited else [])
        give("authors", authors, "Authors")
        give("affiliations", affiliations, "Authors")
    give("publication_type", one.get("type") or one.get("degree_type"), "Document Type")
    give("journal", one.get("journal"), "Publication Title")
    give("date", parse_date(one.get("date")), "Publication Date")
    give("doi", clean_doi(one.get("doi")), "DOI")
    give("pmid", clean_pmid(one.get("pmid")), "PubMed ID")
    give("issn", one.get("issn") or one.get("eissn"), "ISSN")
    for name in ("volume", "issue", "publisher"):
        give(name, one.get(name), name.capitalize())
    pages = "-".join(p for p in (one.get("first_page"), one.get("last_page")) if p)
    give("pages", pages, "First Page / Last Page")
    give("keywords", _split_list(one.get("keywords", "")), "Keywords")
    if "abstract" in fields:
        language = language_of(one["abstract"]) or "en"
        paper.abstracts.append(abstract_from_paragraphs(fields["abstract"], language))
        paper.provenance[f"abstract:{language}"] = Provenance(importer=NAME, part="Abstract")
    for name in ("disciplines", "comments", "degree", "department", "advisor"):
        if name in one:
            paper.extra[name] = _split_list(one[name], "|") if name == "disciplines" else one[name]
    if cited:
        _fill_from_citation(paper, cited, give)
    if not (paper.title or paper.doi):
        raise Refused("the record gives neither a title nor a DOI")
    warnings = [f"{name} not found in the file" for name in paper.missing]
    return Parsed(papers=[paper], warnings=warnings)


def _fill_from_citation(paper: Paper, cited: Reference, give) -> None:
    """What only the Recommended Citation says: often the title and all authors."""
    part = "Recommended Citation"
    give("title", cited.title, part)
    give("authors", cited.authors, part)
    if cited.authors_truncated and paper.provenance["authors"].part == part:
        paper.authors_truncated = True
        paper.provenance["authors_truncated"] = Provenance(importer=NAME, part=part)
    if cited.journal and is_abbreviated(cited.journal):
        give("journal_abbrev", cited.journal, part)
    elif cited.journal:
        give("journal", cited.journal, part)
    for name in ("date", "volume", "issue", "pages", "doi"):
        give(name, getattr(cited, name), part)
    # The record's own address, which bepress puts at the end of its citation.
    give("links", [u for u in re.findall(r"https?://\S+", cited.text) if "doi.org/" not in u], part)


def _authors_field(lines: list[str], cited: list[Author]) -> tuple[list[Author], list[str]]:
    """"Daniela Gutierrez Mendoza, Universidad …" one author a line. The
    citation's family names tell where a full name splits."""
    authors, affiliations = [], []
    for number, line in enumerate(lines):
        # An author with a profile has a "Follow" button after the name.
        name, _, affiliation = re.sub(r"\s+Follow$", "", line).partition(",")
        author = from_given_family(name)
        if number < len(cited) and cited[number].family:
            family = cited[number].family
            if name.casefold().endswith(" " + family.casefold()):
                author = Author(family=name[-len(family):], given=name[: -len(family)].strip())
        authors.append(author)
        if affiliation.strip():
            affiliations.append(affiliation.strip())
    return authors, list(dict.fromkeys(affiliations))


def _split_list(value: str, separator: str = "") -> list[str]:
    """Keywords are separated by semicolons, or by commas when there are none."""
    separator = separator or (";" if ";" in value else ",")
    return [item.strip(" .") for item in value.split(separator) if item.strip(" .")]

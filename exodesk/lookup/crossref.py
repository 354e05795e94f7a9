"""Crossref's REST API: GET {base}/works/{doi} gives {"status": "ok", "message": {…}}.

The message follows Crossref's documented work schema:
- "title", "container-title", "short-container-title", "ISSN" are lists;
- "author": [{"given", "family", "sequence", "affiliation": [{"name"}]}], a
  group author as {"name": …};
- dates as {"date-parts": [[2024, 7, 16]]}: "issued" is the earliest of print
  and online, which is how a citation dates the paper;
- "page", or "article-number" for journals without pages (MDPI);
- "abstract" is JATS XML in a string ("<jats:p>…", "<jats:sec><jats:title>…").
Titles may hold inline HTML (<i>in vitro</i>); it is reduced to text. Each
field is checked against the type documented for it: a value of another type
is left out, so a strange answer gives a shorter record, never an error.
"""

from __future__ import annotations

import json
import urllib.parse

from lxml import etree

from exodesk.importers.records import Record, clean_pages, first_issn
from exodesk.lookup.http import UNEXPECTED, UNREADABLE, LookupFailed, get
from exodesk.lookup.plain import plain
from exodesk.model import Abstract, Author, Paper, Provenance, Section
from exodesk.text.abstracts import abstract_from_paragraphs, make_abstract
from exodesk.text.chinese import language_of
from exodesk.text.dates import csl_date
from exodesk.text.identifiers import clean_doi
from exodesk.text.languages import language_tag
from exodesk.text.lines import fold_spaces
from exodesk.text.markup import small_script
from exodesk.text.names import csl_author

NAME = "crossref"
SERVICE = "Crossref"
BASE_URL = "https://api.crossref.org"
PART = "online look-up"

# Crossref's work types as ExoDesk's publication kinds (text/kinds.py labels).
TYPES = {
    "journal-article": "Journal Article",
    "book": "Book",
    "monograph": "Book",
    "edited-book": "Book",
    "book-chapter": "Book Section",
    "proceedings-article": "Conference Paper",
    "dissertation": "Thesis",
    "report": "Report",
    "posted-content": "Preprint",
    "dataset": "Dataset",
}

# The work message's fields ExoDesk reads, with the type Crossref documents for each.
TEXT, TEXTS, PEOPLE, DATE, JATS = "text", "texts", "people", "date", "jats"
FIELD_TYPES = {
    "title": TEXTS, "container-title": TEXTS, "short-container-title": TEXTS, "ISSN": TEXTS, "subject": TEXTS,
    "author": PEOPLE,
    "issued": DATE, "published-print": DATE, "published-online": DATE, "published": DATE,
    "volume": TEXT, "issue": TEXT, "page": TEXT, "article-number": TEXT, "DOI": TEXT, "publisher": TEXT,
    "language": TEXT, "type": TEXT,
    "abstract": JATS,
}

# JATS in Crossref abstracts uses these prefixes without declaring them.
_NAMESPACES = (
    'xmlns:jats="http://www.ncbi.nlm.nih.gov/JATS1" xmlns:mml="http://www.w3.org/1998/Math/MathML" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)
# No DTD, no entities, no network: an abstract is text, never instructions to fetch.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False)


def fetch(doi: str, *, base_url: str | None = None, timeout: float | None = None) -> Paper:
    """The Crossref record of `doi` as a Paper; LookupFailed when there is none."""
    url = f"{(base_url or BASE_URL).rstrip('/')}/works/{urllib.parse.quote(doi, safe='/')}"
    kwargs = {"timeout": timeout} if timeout else {}
    body = get(url, service=SERVICE, identifier=f"DOI {doi}", accept="application/json", **kwargs)
    try:
        answer = json.loads(body)
        message = answer["message"]
        if answer.get("status") != "ok" or not isinstance(message, dict):
            raise ValueError(answer.get("status"))
    except (ValueError, KeyError, TypeError) as error:
        raise LookupFailed(UNREADABLE, SERVICE, f"DOI {doi}", f"not a Crossref work record: {error}") from None
    try:
        return read_work(message)
    except UNEXPECTED as error:  # typed() should leave nothing to fail on; if it does, it is a value too
        raise LookupFailed(UNREADABLE, SERVICE, f"DOI {doi}", f"{type(error).__name__}: {error}") from None


def typed(work: dict) -> dict:
    """The fields of FIELD_TYPES whose values have their documented type, as
    plain text; the others are left out."""
    kept = {}
    for key, kind in FIELD_TYPES.items():
        value = _READERS[kind](work.get(key))
        if value not in (None, "", []):
            kept[key] = value
    return kept


def _typed_text(value) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return plain(value) or None if isinstance(value, str) else None


def _typed_texts(value) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [t for t in map(_typed_text, values) if t]


def _typed_people(value) -> list[dict]:
    people = []
    for person in value if isinstance(value, list) else []:
        if not isinstance(person, dict):
            continue
        kept: dict[str, object] = {k: _typed_text(person.get(k)) for k in ("given", "family", "name")}
        places = person.get("affiliation")
        kept["affiliation"] = [{"name": name} for name in (
            _typed_text(p.get("name")) for p in (places if isinstance(places, list) else []) if isinstance(p, dict))
            if name]
        people.append({k: v for k, v in kept.items() if v})
    return people


def _typed_date(value) -> dict | None:
    parts = value.get("date-parts") if isinstance(value, dict) else None
    first = parts[0] if isinstance(parts, list) and parts and isinstance(parts[0], list) else []
    numbers = [p for p in first[:3] if isinstance(p, int) and not isinstance(p, bool) and 0 < p < 10000]
    return {"date-parts": [numbers]} if numbers and len(numbers) == len(first[:3]) else None


_READERS = {TEXT: _typed_text, TEXTS: _typed_texts, PEOPLE: _typed_people, DATE: _typed_date,
            JATS: lambda value: value if isinstance(value, str) else None}


def read_work(work: dict) -> Paper:
    """One Crossref work message as a Paper, each value with its provenance."""
    record = Record(NAME)
    work = typed(work) if isinstance(work, dict) else {}

    def give(name: str, value, key: str) -> None:
        record.give(name, value, f"{PART}: {key}")

    record.title(_first(work.get("title")), f"{PART}: title")
    for person in work.get("author") or []:
        if isinstance(person, dict):
            record.author(_author(person), f"{PART}: author")
            for place in person.get("affiliation") or []:
                record.affiliation(place.get("name") if isinstance(place, dict) else None, f"{PART}: affiliation")
    give("journal", _first(work.get("container-title")), "container-title")
    give("journal_abbrev", _first(work.get("short-container-title")), "short-container-title")
    for key in ("issued", "published-print", "published-online", "published"):
        give("date", csl_date(work.get(key)), key)
    give("volume", _text(work.get("volume")), "volume")
    give("issue", _text(work.get("issue")), "issue")
    give("pages", clean_pages(_text(work.get("page"))), "page")
    give("pages", _text(work.get("article-number")), "article-number")
    give("doi", clean_doi(_text(work.get("DOI"))), "DOI")
    give("issn", first_issn(" ".join(work.get("ISSN") or [])), "ISSN")
    give("publisher", _text(work.get("publisher")), "publisher")
    give("language", language_tag(_text(work.get("language"))), "language")
    give("publication_type", TYPES.get(_text(work.get("type")) or ""), "type")
    abstract = jats_abstract(work.get("abstract"), record.paper.language)
    if abstract is not None:
        record.paper.abstracts.append(abstract)
        record.paper.provenance[f"abstract:{abstract.language}"] = Provenance(importer=NAME, part=f"{PART}: abstract")
    record.keywords(work.get("subject") or [], f"{PART}: subject")
    return record.paper


def _author(person: dict) -> Author:
    if person.get("name") and not person.get("family"):
        return Author(literal=str(person["name"]).strip())  # a group or consortium
    return csl_author(person)


def _first(value) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return _text(value)


def _text(value) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return fold_spaces(value) or None if isinstance(value, str) else None


def jats_abstract(jats: str | None, language: str | None = None) -> Abstract | None:
    """A JATS abstract as text: <sec>s with a <title> become sections, a
    leading "Abstract" title is dropped, paragraphs stay apart."""
    if not isinstance(jats, str) or not jats.strip():
        return None
    root = etree.fromstring(f"<abstract {_NAMESPACES}>{jats}</abstract>".encode(), _PARSER)
    if root is None:
        text = plain(jats)
        return make_abstract(text, language or language_of(text) or "en") if text else None
    sections = []
    for sec in root.iter("{*}sec"):
        title = sec.find("{*}title")
        paragraphs = [_words(p) for p in sec.iter("{*}p")]
        body = " ".join(p for p in paragraphs if p)
        if title is not None and _words(title) and body:
            sections.append(Section(heading=_words(title).rstrip(":："), text=body))
    if len(sections) >= 2:
        text = "\n".join(f"{s.heading}: {s.text}" for s in sections)
        return make_abstract(text, language or language_of(text) or "en", sections=sections)
    paragraphs = [_words(p) for p in root.iter("{*}p")] or [_words(root)]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return None
    language = language or language_of(" ".join(paragraphs)) or "en"
    return abstract_from_paragraphs(paragraphs, language)


def _words(element) -> str:
    # 10<sup>6</sup> must not read "106": super/subscripts as html_to_text writes them.
    for tag in ("sup", "sub"):
        for script in element.iter("{*}" + tag):
            script.text, script.tail = small_script("".join(script.itertext()), tag), script.tail
            del script[:]
    return plain(fold_spaces("".join(element.itertext())))

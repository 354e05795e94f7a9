"""Any saved article page, read through the metadata it embeds for citation tools.

Publishers write the record into the page for Google Scholar and reference
managers: Highwire `citation_*` meta tags, Dublin Core and PRISM meta tags,
schema.org JSON-LD, Open Graph and COinS spans. This reader maps all of them
through the one table below; site readers call `read()` and fix what differs.

The page is parsed once with lxml.html (no network, no entities fetched, no
script run: scripts are read only as JSON text). Only the head's meta tags,
the JSON-LD scripts, COinS spans and an abstract block are looked at, which
keeps a 60 KB page to about a millisecond.
"""

from __future__ import annotations

import functools
import json
import re
import urllib.parse
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.records import Record
from exodesk.model import Abstract, Paper, Provenance, Section
from exodesk.text.abstracts import canonical_heading, is_heading_line, make_abstract
from exodesk.text.chinese import language_of
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import clean_doi, clean_pmcid, clean_pmid
from exodesk.text.lines import fold_spaces
from exodesk.text.names import parse_name
from exodesk.text.titles import clean_title

if TYPE_CHECKING:  # loaded when a page is first parsed (_lxml_html)
    import lxml.html

NAME = "html-meta"
LABEL = "Saved web page (embedded citation metadata)"

# (family, key) -> field. Priority: for each field the FIRST row that has a
# value on the page wins, so the rows are in order of trust: Highwire tags
# (written for Google Scholar, the most complete and checked), then JSON-LD,
# then Dublin Core / PRISM, then COinS, and Open Graph last (written for
# social media previews: titles are often shortened or suffixed).
# Descriptions meant for previews (meta "description", og:description) are
# never read as abstracts: they are often cut short.
MAPPING: list[tuple[str, str, str]] = [
    ("meta", "citation_title", "title"),
    ("meta", "citation_author", "authors"),
    ("meta", "citation_authors", "authors"),  # one tag, names separated by ";"
    ("meta", "citation_author_institution", "affiliations"),
    ("meta", "citation_journal_title", "journal"),
    ("meta", "citation_journal_abbrev", "journal_abbrev"),
    ("meta", "citation_publication_date", "date"),
    ("meta", "citation_date", "date"),
    ("meta", "citation_online_date", "date"),
    ("meta", "citation_volume", "volume"),
    ("meta", "citation_issue", "issue"),
    ("meta", "citation_firstpage", "first_page"),
    ("meta", "citation_lastpage", "last_page"),
    ("meta", "citation_doi", "doi"),
    ("meta", "citation_pmid", "pmid"),
    ("meta", "citation_pmcid", "pmcid"),
    ("meta", "citation_issn", "issn"),
    ("meta", "citation_publisher", "publisher"),
    ("meta", "citation_keywords", "keywords"),
    ("meta", "citation_language", "language"),
    ("meta", "citation_article_type", "publication_type"),
    ("meta", "citation_abstract", "abstract"),
    ("json-ld", "headline", "title"),
    ("json-ld", "name", "title"),
    ("json-ld", "author", "authors"),
    ("json-ld", "affiliation", "affiliations"),
    ("json-ld", "periodical", "journal"),
    ("json-ld", "datePublished", "date"),
    ("json-ld", "volumeNumber", "volume"),
    ("json-ld", "issueNumber", "issue"),
    ("json-ld", "pageStart", "first_page"),
    ("json-ld", "pageEnd", "last_page"),
    ("json-ld", "pagination", "pages"),
    ("json-ld", "doi", "doi"),
    ("json-ld", "issn", "issn"),
    ("json-ld", "publisher", "publisher"),
    ("json-ld", "keywords", "keywords"),
    ("json-ld", "inLanguage", "language"),
    ("json-ld", "abstract", "abstract"),
    ("json-ld", "description", "abstract"),
    ("meta", "dc.title", "title"),
    ("meta", "dc.creator", "authors"),
    ("meta", "prism.publicationname", "journal"),
    ("meta", "dc.source", "journal"),
    ("meta", "prism.publicationdate", "date"),
    ("meta", "dc.date", "date"),
    ("meta", "prism.volume", "volume"),
    ("meta", "prism.number", "issue"),
    ("meta", "prism.startingpage", "first_page"),
    ("meta", "prism.endingpage", "last_page"),
    ("meta", "prism.doi", "doi"),
    ("meta", "dc.identifier", "doi"),  # only taken when it is a DOI
    ("meta", "prism.issn", "issn"),
    ("meta", "prism.eissn", "issn"),
    ("meta", "dc.publisher", "publisher"),
    ("meta", "dc.subject", "keywords"),
    ("meta", "dc.language", "language"),
    ("meta", "dc.description", "abstract"),
    ("coins", "rft.atitle", "title"),
    ("coins", "rft.au", "authors"),
    ("coins", "rft.jtitle", "journal"),
    ("coins", "rft.stitle", "journal_abbrev"),
    ("coins", "rft.date", "date"),
    ("coins", "rft.volume", "volume"),
    ("coins", "rft.issue", "issue"),
    ("coins", "rft.spage", "first_page"),
    ("coins", "rft.epage", "last_page"),
    ("coins", "doi", "doi"),
    ("coins", "pmid", "pmid"),
    ("coins", "rft.issn", "issn"),
    ("coins", "rft.pub", "publisher"),
    ("meta", "og:title", "title"),
    ("meta", "article:published_time", "date"),
]

# How each family is named in a record's provenance.
PARTS = {"meta": "meta tag", "json-ld": "JSON-LD", "coins": "COinS"}
SCHOLARLY_TYPES = {"ScholarlyArticle", "MedicalScholarlyArticle", "Article", "NewsArticle", "Report"}
# Detection looks for plain substrings in the lower-cased page: a
# case-insensitive regex over 60 KB costs milliseconds, `in` microseconds.
_CITATION_KEYS = ('"citation_title"', "'citation_title'", '"dc.title"', "'dc.title'",
                  '"prism.doi"', '"bepress_citation_title"')
_HTML = re.compile(rb"<(?:!doctype html|html|head|meta)\b", re.IGNORECASE)


@dataclass
class Page:
    """A parsed page and the metadata families it embeds."""

    tree: lxml.html.HtmlElement
    families: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def values(self, family: str, key: str) -> list[str]:
        return self.families.get(family, {}).get(key, [])

    def meta(self, key: str) -> str | None:
        values = self.values("meta", key.lower())
        return values[0] if values else None


def is_html(source: Source) -> bool:
    """Markup in the first bytes (decoded only for UTF-16 files); PDFs and
    other binary files are turned away before any decoding. Told once for
    the dozen readers of saved pages (10 µs a text file)."""
    return source.kept("is html", _has_markup)


def _has_markup(source: Source) -> bool:
    start = source.data[:2000]
    if b"\x00" in start[:200]:
        return bool(source.text) and bool(_HTML.search(source.head[:2000].encode("utf-8")))
    return bool(_HTML.search(start)) and source.text is not None


def lowered(source: Source) -> str:
    """The page lower-cased, made once per file for every reader's detect()."""
    return source.kept("lowered", lambda kept: (kept.text or "").lower())


def detect(source: Source) -> float:
    if not is_html(source):
        return 0.0
    page = lowered(source)
    if any(key in page for key in _CITATION_KEYS):
        return 0.3
    if "application/ld+json" in page or "z3988" in page:
        return 0.2
    return 0.0


def parse(source: Source) -> Parsed:
    # Files of the "_files" folder beside a saved page (styles, scripts,
    # images) hold no record: the page itself says everything we read.
    page = load(source)
    paper = read(page, importer=NAME)
    block = find_abstract_block(page.tree)
    if block is not None:
        if not paper.abstracts:
            add_abstract(paper, abstract_from_block(block), importer=NAME, part="abstract block")
        if not paper.keywords:
            give(paper, "keywords", keywords_in(block), importer=NAME, part="keywords line")
    return finish(paper)


# ---------------------------------------------------------------- loading


def load(source: Source) -> Page:
    text = source.text
    if text is None:
        raise Refused(source.decoded[1])
    return page_from_text(text)


def page_from_text(text: str) -> Page:
    # lxml refuses str input that declares its own encoding; it is decoded already.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    # NUL and other control characters are never page text, and lxml refuses
    # them later when a text node is made from what it read.
    text = _CONTROL.sub("", text)
    try:
        tree = _lxml_html().document_fromstring(text, parser=_parser())
    except Exception as error:  # lxml raises ParserError / ValueError on empty or broken input
        raise Refused(f"the page could not be read as HTML ({error})") from None
    page = Page(tree=tree)
    page.families["meta"] = _meta_tags(tree)
    page.families["json-ld"] = _json_ld(tree)
    page.families["coins"] = _coins(tree)
    return page


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# no_network: never fetch a DTD or entity; remove_pis/comments: nothing to read there.
@functools.cache
def _lxml_html():
    import lxml.html  # loaded when a page is first read: it slows every start-up

    return lxml.html


@functools.cache
def _parser():
    return _lxml_html().HTMLParser(no_network=True, remove_comments=True, remove_pis=True)


def _meta_tags(tree) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for meta in tree.iter("meta"):
        key = meta.get("name") or meta.get("property")
        content = meta.get("content")
        if not key or content is None or not content.strip():
            continue
        key = key.strip().lower()
        key = re.sub(r"^dcterms[.:]", "dc.", key)
        key = re.sub(r"^(dc|prism):", r"\1.", key)
        found.setdefault(key, []).append(fold_spaces(content))
    return found


def _json_ld(tree) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        article = _scholarly(data)
        if article is not None:
            _flatten_article(article, found)
            break
    return found


def _scholarly(data) -> dict | None:
    """The first schema.org article object, looking inside lists and @graph."""
    if isinstance(data, list):
        return next((a for a in map(_scholarly, data) if a is not None), None)
    if not isinstance(data, dict):
        return None
    types = data.get("@type")
    types = types if isinstance(types, list) else [types]
    if any(t in SCHOLARLY_TYPES for t in types):
        return data
    # A WebPage whose mainEntity is the article (Springer Nature), or a @graph.
    return _scholarly(data.get("mainEntity")) or _scholarly(data.get("@graph", []))


def _names(value) -> list[str]:
    """Strings out of a schema.org value: a string, an object with a name, or a list."""
    if value is None:
        return []
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    if isinstance(value, dict):
        if value.get("familyName"):
            return [f"{value['familyName']}, {value.get('givenName', '')}".strip(", ")]
        return _names(value.get("name"))
    return [fold_spaces(str(value))] if str(value).strip() else []


def _flatten_article(article: dict, found: dict[str, list[str]]) -> None:
    def put(key, values):
        values = [v for v in values if v]
        if values:
            found.setdefault(key, []).extend(values)

    for key in ("headline", "name", "datePublished", "pagination", "pageStart", "pageEnd",
                "abstract", "description", "inLanguage"):
        put(key, _names(article.get(key)))
    authors = article.get("author") or []
    authors = authors if isinstance(authors, list) else [authors]
    put("author", _names(authors))
    for author in authors:
        if isinstance(author, dict):
            put("affiliation", _names(author.get("affiliation")))
    put("publisher", _names(article.get("publisher")))
    keywords = article.get("keywords")
    if isinstance(keywords, str):
        # (?<!\s): tried only where a run of spaces starts, so linear on long runs
        keywords = [k for k in re.split(r"(?<!\s)\s*[;,]\s*", keywords)]
    put("keywords", _names(keywords))
    # isPartOf nests issue -> volume -> periodical; walk it down.
    part = article.get("isPartOf")
    while isinstance(part, dict):
        types = part.get("@type")
        types = types if isinstance(types, list) else [types]
        if "PublicationIssue" in types:
            put("issueNumber", _names(part.get("issueNumber")))
        elif "PublicationVolume" in types:
            put("volumeNumber", _names(part.get("volumeNumber")))
        elif "Periodical" in types:
            put("periodical", _names(part.get("name")))
            put("issn", _names(part.get("issn")))
        part = part.get("isPartOf")
    identifiers = article.get("identifier") or []
    identifiers = identifiers if isinstance(identifiers, list) else [identifiers]
    for ident in identifiers + _names(article.get("sameAs")) + _names(article.get("url")):
        value = ident.get("value") if isinstance(ident, dict) else ident
        kind = str(ident.get("propertyID", "")).lower() if isinstance(ident, dict) else ""
        if kind in ("", "doi") and clean_doi(str(value)):
            put("doi", [clean_doi(str(value))])


def _coins(tree) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for span in tree.xpath('//span[contains(concat(" ", normalize-space(@class), " "), " Z3988 ")]'):
        for key, value in urllib.parse.parse_qsl(span.get("title") or ""):
            if key == "rft_id":
                kind, _, ident = value.partition("/")
                key, value = {"info:doi": ("doi", ident), "info:pmid": ("pmid", ident)}.get(kind, (key, value))
            elif key in ("rft.aulast", "rft.aufirst"):
                continue  # the first author again, in parts: rft.au lists them all
            found.setdefault(key, []).append(fold_spaces(value))
        break
    return found


# ---------------------------------------------------------------- the record


def strip_tags(text: str) -> str:
    """Abstracts in meta tags and JSON sometimes carry their own HTML markup."""
    if "<" not in text:
        return fold_spaces(text)
    return fold_spaces(_lxml_html().fragment_fromstring(text, create_parent="div", parser=_parser()).text_content())


def give(paper: Paper, name: str, value, *, importer: str, part: str) -> None:
    """Set one field with its provenance, in place of what the embedded metadata
    said (a site reader fixing it); an empty value sets nothing. Set through
    Record.give, the one way importers set a field."""
    if not value and value in (None, "", []):
        return
    setattr(paper, name, [] if isinstance(getattr(paper, name), list) else None)
    record_of(paper, importer).give(name, value, part)


def record_of(paper: Paper, importer: str) -> Record:
    """A Record filling `paper` (one already read from the meta tags)."""
    record = Record(importer)
    record.paper = paper
    return record


def giver(paper: Paper, importer: str):
    """give() bound to one paper and importer: what a site reader calls as it fixes fields."""
    def give_field(name: str, value, part: str) -> None:
        give(paper, name, value, importer=importer, part=part)

    return give_field


def read(page: Page, *, importer: str) -> Paper:
    """The record the page's embedded metadata gives, by the MAPPING table."""
    chosen: dict[str, tuple[list[str], str]] = {}
    for family, key, name in MAPPING:
        if name in chosen:
            continue
        values = page.values(family, key)
        if name == "doi":
            values = [d for d in map(clean_doi, values) if d]
        if values:
            chosen[name] = (values, f"{key} {PARTS[family]}" if family != "json-ld" else f"JSON-LD {key}")

    record = Record(importer)
    paper = record.paper

    def first(name):
        return chosen[name][0][0] if name in chosen else None

    def put(name, value, source_field=None):
        if value not in (None, "", []):
            record.give(name, value, chosen[source_field or name][1])

    put("title", clean_title(first("title")))
    if "authors" in chosen:
        names = chosen["authors"][0]
        if len(names) == 1 and ";" in names[0]:
            names = names[0].split(";")
        put("authors", [parse_name(n) for n in names if n.strip()])
    if "affiliations" in chosen:
        put("affiliations", list(dict.fromkeys(chosen["affiliations"][0])))
    for name in ("journal", "journal_abbrev", "volume", "issue", "issn", "publisher",
                 "publication_type"):
        put(name, first(name))
    put("language", first("language"))
    put("date", parse_date(first("date")), "date")
    first_page, last_page = first("first_page"), first("last_page")
    if first_page:
        pages = f"{first_page}-{last_page}" if last_page and last_page != first_page else first_page
        put("pages", pages, "first_page")
    else:
        put("pages", first("pages"))
    put("doi", first("doi"))
    put("pmid", clean_pmid(first("pmid")), "pmid")
    put("pmcid", clean_pmcid(first("pmcid")), "pmcid")
    if "keywords" in chosen:
        put("keywords", split_keywords(chosen["keywords"][0]))
    abstract = first("abstract")
    if abstract:
        text = strip_tags(abstract)
        language = language_of(text)
        if language:
            add_abstract(paper, make_abstract(text, language), importer=importer, part=chosen["abstract"][1])
    return paper


def split_keywords(values: list[str]) -> list[str]:
    """One tag per keyword, or one tag listing them with ";" (or "," when no ";")."""
    if len(values) == 1:
        separator = r"[;；]" if re.search(r"[;；]", values[0]) else r"[,，]"
        values = re.split(separator, values[0])
    return list(dict.fromkeys(k.strip(" .") for k in values if k.strip(" .")))


def add_abstract(paper: Paper, abstract: Abstract | None, *, importer: str, part: str) -> None:
    """Add an abstract unless one in its language is there; provenance per language."""
    if abstract is None or not abstract.text or paper.abstract(abstract.language) is not None:
        return
    paper.abstracts.append(abstract)
    paper.provenance[f"abstract:{abstract.language}"] = Provenance(importer=importer, part=part)


def replace_abstract(paper: Paper, abstract: Abstract | None, *, importer: str, part: str) -> None:
    """Prefer `abstract` (e.g. the page's structured one) to what the meta tags gave."""
    if abstract is None or not abstract.text:
        return
    paper.abstracts = [a for a in paper.abstracts if a.language != abstract.language]
    add_abstract(paper, abstract, importer=importer, part=part)


def finish(paper: Paper, warnings: list[str] | None = None) -> Parsed:
    if not (paper.title or paper.doi or paper.pmid or paper.pmcid):
        raise Refused("the page names no article: no title, DOI or PubMed id was found in it")
    warnings = list(warnings or []) + [f"{name} not found in the page" for name in paper.missing]
    return Parsed(papers=[paper], warnings=warnings)


# ---------------------------------------------------------------- page body

_BLOCK_ABSTRACT = (
    '//*[@id="abstract" or @id="Abs1" or @id="abstracts" or '
    'contains(concat(" ", normalize-space(@class), " "), " abstract ")]'
)
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_SKIP_HEADINGS = {"abstract", "summary", "摘要", "abstract:"}
# A keywords line closes many abstract blocks; it is not part of the abstract.
KEYWORDS_LABEL = re.compile(r"^\s*(?:keywords?|key words|关键词|關鍵詞|关键字)\s*[:：]?", re.I)


def find_abstract_block(tree, xpath: str = _BLOCK_ABSTRACT):
    found = tree.xpath(xpath)
    return found[0] if found else None


def keywords_in(block) -> list[str]:
    """The words of a "Keywords: a; b" paragraph inside `block`."""
    for element in block.iter("p", "div"):
        text = text_of(element)
        if KEYWORDS_LABEL.match(text) and len(text) < 600:
            return split_keywords([KEYWORDS_LABEL.sub("", text)])
    return []


def text_of(element) -> str:
    return fold_spaces(element.text_content()) if element is not None else ""


def abstract_from_block(block, *, language: str | None = None, origin: str = "source",
                        notice: str = "") -> Abstract | None:
    """An abstract out of a page element: headings (h2–h6, or a bold run-in
    label such as "<strong>Methods:</strong>") start sections."""
    sections: list[list[str]] = []  # [heading, text…]
    loose: list[str] = []
    for element in block.iter("h2", "h3", "h4", "h5", "h6", "p", "div"):
        if element.tag == "div" and (len(element) or not (element.text or "").strip()):
            continue  # only leaf divs hold text
        text = text_of(element)
        if not text or KEYWORDS_LABEL.match(text):
            continue
        if element.tag in _HEADINGS or (element.tag in ("p", "div") and _whole_label(element, text)):
            if text.strip(" :：").casefold() not in _SKIP_HEADINGS:
                sections.append([text.rstrip(" :：")])
            continue
        label = _run_in_label(element)
        if label:
            sections.append([label, text[len(text_of_label(element)):].strip(" :：")])
        elif sections:
            sections[-1].append(text)
        else:
            loose.append(text)
    sections = [s for s in sections if len(s) > 1]
    if sections and not loose:
        parts = [Section(heading=canonical_heading(s[0]), text=" ".join(s[1:])) for s in sections]
        text = " ".join(f"{s.heading}: {s.text}" for s in parts)
        return make_abstract(text, language or language_of(text) or "en", origin=origin,
                             notice=notice, sections=parts)
    text = " ".join(loose + [t for s in sections for t in s])
    if not text or not (language := language or language_of(text)):
        return None
    return make_abstract(text, language, origin=origin, notice=notice)


def _whole_label(element, text: str) -> bool:
    """A paragraph that is only a bold label, e.g. <p><b>Background</b></p>."""
    bold = element.find(".//strong") if element.find(".//strong") is not None else element.find(".//b")
    return (bold is not None and text_of(bold) == text and len(text) < 60) or (
        is_heading_line(text) and len(text) < 40
    )


def text_of_label(element) -> str:
    first = element[0] if len(element) else None
    return text_of(first) if first is not None else ""


def _run_in_label(element) -> str | None:
    """"<p><strong>Methods:</strong> We …" -> "Methods"."""
    if not len(element) or (element.text or "").strip():
        return None
    first = element[0]
    if first.tag not in ("strong", "b", "span", "em") or not text_of(first):
        return None
    label = text_of(first)
    if label.endswith((":", "：")) or is_heading_line(label):
        return label.rstrip(" :：")
    return None

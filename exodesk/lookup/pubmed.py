"""PubMed through NCBI E-utilities: efetch.fcgi?db=pubmed&id=…&retmode=xml.

The answer is a <PubmedArticleSet> (with a DOCTYPE naming NLM's DTD, which is
never fetched). Per <PubmedArticle>:
- MedlineCitation/Article: ArticleTitle, AuthorList/Author (LastName,
  ForeName or CollectiveName), Journal (ISSN, JournalIssue/Volume, Issue,
  PubDate with Year/Month/Day or a MedlineDate, Title, ISOAbbreviation),
  Pagination/MedlinePgn, ELocationID, Abstract/AbstractText with Label,
  PublicationTypeList, ArticleDate (electronic), Language.
- MedlineCitation/KeywordList/Keyword.
- PubmedData/ArticleIdList: pubmed, pmc, doi.
An unknown PMID gives an empty set (or an <ERROR>), not an HTTP error.
"""

from __future__ import annotations

import re
import urllib.parse
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

from exodesk import APP_NAME
from exodesk.importers.records import Record, clean_pages, first_issn
from exodesk.lookup.http import NOT_FOUND, UNEXPECTED, UNREADABLE, LookupFailed, get
from exodesk.lookup.plain import plain
from exodesk.model import Author, Paper, Provenance, Section
from exodesk.text.abstracts import canonical_heading, make_abstract
from exodesk.text.dates import medline_date
from exodesk.text.identifiers import clean_doi, clean_pmcid, clean_pmid
from exodesk.text.kinds import medline_kind
from exodesk.text.languages import language_tag
from exodesk.text.lines import fold_spaces

NAME = "pubmed"
SERVICE = "PubMed"
BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
PART = "online look-up"
TOOL = APP_NAME  # NCBI asks every caller to name its tool


def fetch(pmid: str, *, base_url: str | None = None, timeout: float | None = None) -> Paper:
    """PubMed's record of `pmid` as a Paper; LookupFailed when there is none."""
    query = urllib.parse.urlencode({"db": "pubmed", "id": pmid, "retmode": "xml", "tool": TOOL})
    url = f"{(base_url or BASE_URL).rstrip('/')}/efetch.fcgi?{query}"
    kwargs = {"timeout": timeout} if timeout else {}
    identifier = f"PMID {pmid}"
    body = get(url, service=SERVICE, identifier=identifier, accept="application/xml", **kwargs)
    try:
        root = safe_xml.fromstring(body)
    except (ParseError, DefusedXmlException) as error:
        raise LookupFailed(UNREADABLE, SERVICE, identifier, f"not PubMed XML: {error}") from None
    for article in root.iter("PubmedArticle"):
        try:
            paper = read_article(article)
        except UNEXPECTED as error:  # an answer's oddity is a value, like any failure
            raise LookupFailed(UNREADABLE, SERVICE, identifier, f"{type(error).__name__}: {error}") from None
        if paper.pmid == pmid:
            return paper
    if root.tag != "PubmedArticleSet" and root.find(".//ERROR") is None:
        raise LookupFailed(UNREADABLE, SERVICE, identifier, f"<{root.tag}> is not a PubmedArticleSet")
    raise LookupFailed(NOT_FOUND, SERVICE, identifier)


def read_article(article: Element) -> Paper:
    """One <PubmedArticle> as a Paper, each value with its provenance."""
    record = Record(NAME)
    citation = article.find("MedlineCitation")
    if citation is None:
        return record.paper
    body = citation.find("Article")
    if body is None:
        body = Element("Article")

    def give(name: str, value, path: str) -> None:
        record.give(name, value, f"{PART}: {path}")

    give("pmid", clean_pmid(_text(citation.find("PMID"))), "PMID")
    record.title(_text(body.find("ArticleTitle")), f"{PART}: ArticleTitle")
    for person in body.iterfind("AuthorList/Author"):
        record.author(_author(person), f"{PART}: AuthorList")
        for place in person.iterfind("AffiliationInfo/Affiliation"):
            record.affiliation(_text(place), f"{PART}: Affiliation")
    journal = body.find("Journal")
    if journal is None:
        journal = Element("Journal")
    give("journal", _text(journal.find("Title")), "Journal/Title")
    give("journal_abbrev", _text(journal.find("ISOAbbreviation")), "Journal/ISOAbbreviation")
    give("date", _date(journal.find("JournalIssue/PubDate"), body.find("ArticleDate")), "PubDate")
    give("volume", _text(journal.find("JournalIssue/Volume")), "JournalIssue/Volume")
    give("issue", _text(journal.find("JournalIssue/Issue")), "JournalIssue/Issue")
    give("pages", clean_pages(_text(body.find("Pagination/MedlinePgn"))), "Pagination")
    give("issn", first_issn(_text(journal.find("ISSN"))), "Journal/ISSN")
    for kind, value in _ids(article, body):
        if kind == "doi":
            give("doi", clean_doi(value), "ArticleIdList")
        elif kind == "pmc":
            give("pmcid", clean_pmcid(value), "ArticleIdList")
        elif kind == "pii" and not record.paper.pages:
            give("pages", value, "ELocationID")  # e-only articles are cited by it
    give("language", language_tag(_text(body.find("Language"))), "Language")
    types = [t for t in (_text(e) for e in body.iterfind("PublicationTypeList/PublicationType")) if t]
    give("publication_type", medline_kind(types), "PublicationTypeList")
    abstract = _abstract(body.find("Abstract"))
    if abstract is not None:
        record.paper.abstracts.append(abstract)
        record.paper.provenance[f"abstract:{abstract.language}"] = Provenance(importer=NAME, part=f"{PART}: Abstract")
    record.keywords((_text(k) or "" for k in citation.iterfind("KeywordList/Keyword")), f"{PART}: KeywordList")
    return record.paper


def _text(element: Element | None) -> str | None:
    # itertext: titles carry inline <i>, <sup>, <sub> markup; markup escaped
    # as text ("&lt;b&gt;") comes out of it as tags, which plain() drops.
    return plain(fold_spaces("".join(element.itertext()))) or None if element is not None else None


def _author(person: Element) -> Author:
    group = _text(person.find("CollectiveName"))
    if group:
        return Author(literal=group)
    return Author(family=_text(person.find("LastName")) or "",
                  given=_text(person.find("ForeName")) or _text(person.find("Initials")) or "")


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _date(published: Element | None, electronic: Element | None) -> str | None:
    """PubDate (or its MedlineDate "2021 Jul-Aug"), made precise by the
    electronic ArticleDate when PubDate gives only the year, as MEDLINE's DP/DEP."""
    if published is None:
        return None
    text = _text(published.find("MedlineDate"))
    if text is None:
        parts = [_text(published.find(tag)) for tag in ("Year", "Month", "Day")]
        text = " ".join(p for p in parts if p)
    on_line = None
    if electronic is not None:
        year, month, day = (_text(electronic.find(tag)) or "" for tag in ("Year", "Month", "Day"))
        if re.fullmatch(r"\d{4}", year) and month.isdigit() and day.isdigit():
            on_line = f"{year}{int(month):02d}{int(day):02d}"
    return medline_date(text or None, on_line)


def _ids(article: Element, body: Element):
    """(kind, value) from PubmedData/ArticleIdList, then Article/ELocationID."""
    for element in article.iterfind("PubmedData/ArticleIdList/ArticleId"):
        yield element.get("IdType", ""), _text(element) or ""
    for element in body.iterfind("ELocationID"):
        yield element.get("EIdType", ""), _text(element) or ""


def _abstract(element: Element | None):
    """AbstractText paragraphs, in English (other languages come in
    OtherAbstract); labelled paragraphs become sections."""
    if element is None:
        return None
    parts = [(p.get("Label"), text) for p in element.iterfind("AbstractText") if (text := _text(p))]
    if not parts:
        return None
    labelled = [(label, text) for label, text in parts if label]
    if len(parts) >= 2 and len(labelled) == len(parts):
        sections = [Section(heading=canonical_heading(label.title()), text=text) for label, text in labelled]
        text = "\n".join(f"{s.heading}: {s.text}" for s in sections)
        return make_abstract(text, "en", sections=sections)
    return make_abstract("\n".join(text for _, text in parts), "en")

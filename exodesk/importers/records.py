"""What the bibliography-file readers share: one record in, one Paper out.

A bibliography file (RIS, BibTeX, MEDLINE, CSL-JSON, EndNote XML) holds many
records. Each reader turns one record into a Paper through a `Record`, which
notes where every value came from; `collect` runs a reader over all records so
that one bad record becomes a RecordProblem instead of sinking the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import Any

from exodesk.importers.base import Parsed, RecordProblem, Refused, Source
from exodesk.model import Author, Paper, Provenance
from exodesk.text.abstracts import abstract_from_paragraphs, make_abstract
from exodesk.text.chinese import language_of
from exodesk.text.identifiers import clean_doi, find_pmcid, find_pmid
from exodesk.text.journals import is_abbreviated
from exodesk.text.languages import language_tag
from exodesk.text.lines import fold_spaces
from exodesk.text.markup import has_html, html_paragraphs
from exodesk.text.titles import clean_title


class BadRecord(ValueError):
    """One record cannot give a paper; `str()` says why, for the import report."""


# What counts as no value (built once: a literal here is built at every call).
_EMPTY: tuple[object, ...] = (None, "", [], {})


class Record:
    """A Paper being filled from one record, with provenance for each value.

    `give` is how every importer sets a field: the value and where it came
    from (`part`: "TI", "citation line", "embedded JSON"…) are recorded
    together. A reader that fills a Paper it already holds wraps it:
    `Record(NAME, paper)`.
    """

    def __init__(self, importer: str, paper: Paper | None = None) -> None:
        self.importer = importer
        self.paper = paper if paper is not None else Paper()

    def give(self, name: str, value: Any, part: str, *, replace: bool = False) -> bool:
        """Set `name` to `value` with its provenance; whether it was set.

        An empty value sets nothing. The first value given is kept (the
        readers give the best source of a field first) unless `replace`,
        for a reader that corrects what a more general reading gave."""
        # (a true value is never empty: the cheap test first)
        if (not value and value in _EMPTY) or (not replace and getattr(self.paper, name) not in _EMPTY):
            return False
        if name == "language" and isinstance(value, str):  # stored as a code, however the source names it
            value = language_tag(value) or value
        setattr(self.paper, name, value)
        self.paper.provenance[name] = Provenance(importer=self.importer, part=part)
        return True

    def title(self, text: str | None, part: str) -> None:
        self.give("title", clean_title(text), part)

    def journal(self, name: str | None, part: str) -> None:
        """A journal's name, to `journal` when written out and to
        `journal_abbrev` when abbreviated: a source may print either."""
        self.give("journal_abbrev" if is_abbreviated(name) else "journal", name, part)

    def other_title(self, text: str | None, part: str, language: str | None = None) -> None:
        """A translated or original-language title, kept by its language
        (told by the file, or else seen in the text: English or Chinese)."""
        text = clean_title(text)
        language = language or language_of(text or "")
        if text and language and text != self.paper.title and language not in self.paper.titles:
            self.paper.titles[language] = text
            self.paper.provenance[f"title:{language}"] = Provenance(importer=self.importer, part=part)

    def abstract(self, text: str | None, part: str, language: str | None = None) -> None:
        """An abstract, filed under its language (told by the file, or else
        seen in the text: English or Chinese). HTML inside it (publishers'
        <p>, <i>, <sup>, <h4> headings, JATS tags) is read as text, its
        paragraphs kept apart."""
        paragraphs = html_paragraphs(text) if text and has_html(text) else None
        text = "\n".join(paragraphs) if paragraphs is not None else fold_spaces(text)
        language = language or language_of(text or "")
        if not text or not language or self.paper.abstract(language) is not None:
            return
        self.paper.abstracts.append(abstract_from_paragraphs(paragraphs, language) if paragraphs else make_abstract(text, language))
        self.paper.provenance[f"abstract:{language}"] = Provenance(importer=self.importer, part=part)

    def author(self, author: Author, part: str) -> None:
        author.given = compact_initials(author.given.strip()).rstrip(".")
        if author.family or author.given or author.literal:
            self.paper.authors.append(author)
            self._list_source("authors", part)

    def keywords(self, words: Iterable[str], part: str) -> None:
        for word in words:
            word = fold_spaces(word)
            if word and word not in self.paper.keywords:
                self.paper.keywords.append(word)
                self._list_source("keywords", part)

    def link(self, url: str | None, part: str) -> None:
        url = (url or "").strip()
        if url and url not in self.paper.links:
            self.paper.links.append(url)
            self._list_source("links", part)

    def url(self, url: str, part: str) -> None:
        """A link, and the DOI it holds when it is a DOI's link (doi.org)."""
        self.give("doi", clean_doi(url) if "doi" in url.lower() else None, part)
        self.link(url, part)

    def affiliation(self, text: str | None, part: str) -> None:
        text = fold_spaces(text).rstrip(".")
        if text and text not in self.paper.affiliations:
            self.paper.affiliations.append(text)
            self._list_source("affiliations", part)

    def ids_in_note(self, note: str | None, part: str) -> None:
        """PubMed ids written in a note ("PMID: 23439512", "PMCID: PMC1234567"),
        as Zotero keeps them in Extra and NCBI tools in notes."""
        if not note or "PM" not in note:
            return
        self.give("pmid", find_pmid(note), part)
        self.give("pmcid", find_pmcid(note), part)

    def _list_source(self, name: str, part: str) -> None:
        """A list field's provenance: where its first value came from."""
        if name not in self.paper.provenance:  # (setdefault would build a Provenance each time)
            self.paper.provenance[name] = Provenance(importer=self.importer, part=part)

    def done(self) -> Paper:
        """The paper, unless it carries nothing a person could find it by."""
        if not findable(self.paper):
            raise BadRecord(NOT_FINDABLE)
        return self.paper


NOT_FINDABLE = "it has no title, DOI, PubMed id or link, nor a journal with its authors or pages to find it by"


def findable(paper: Paper) -> bool:
    """Whether a record names a paper a person could find: by its title, an
    identifier or a link, or by a journal (or book) with the authors or the
    pages in it, as a citation without its title does ("Nazari H, Stem Cell
    Res Ther 2022"). An author and a year alone match thousands of papers,
    and a stub with only a language, an abstract or an @set's list of other
    entries names none: those are reported, not kept as empty papers. A
    findable record without a title is imported with gaps."""
    if paper.title or paper.doi or paper.pmid or paper.pmcid or paper.links:
        return True
    return bool((paper.journal or paper.journal_abbrev) and (paper.authors or paper.pages))


def collect(records: Iterable[Any], read: Callable[[Any], Paper], *, what: str) -> Parsed:
    """Read every record; a record that fails is reported by number and reason.

    Refused only when no record at all gives a paper.
    """
    parsed = Parsed()
    count = 0
    for number, record in enumerate(records, start=1):
        count = number
        try:
            parsed.papers.append(read(record))
        except BadRecord as error:
            parsed.problems.append(RecordProblem(number=number, reason=str(error)))
    parsed.records = count
    if not parsed.papers:
        if count == 0:
            raise Refused(f"no {what} records were found in the file")
        reasons = "; ".join(f"record {p.number}: {p.reason}" for p in parsed.problems[:3])
        raise Refused(f"none of the {count} {what} records could be read ({reasons})",
                      problems=parsed.problems, records=count)
    return parsed


def text_of(source: Source) -> str:
    """The file's text, or Refused saying why it cannot be read as text."""
    if source.text is None:
        raise Refused(source.decoded[1])
    return source.text


def compact_initials(given: str) -> str:
    """"R.A." / "R. A." -> "RA", "J.-P." -> "J-P": initials written one way.
    Given names that are not only initials stay as written."""
    if _INITIALS.fullmatch(given or ""):
        return _DOTS_AND_SPACES.sub("", given)
    return given


_INITIALS = re.compile(r"(?:[A-Z]\.?\s?-?)+")
_DOTS_AND_SPACES = re.compile(r"[.\s]")


def clean_pages(text: str | None) -> str | None:
    """"1016--1025" (BibTeX) and "1016–1025" become "1016-1025"."""
    text = fold_spaces(text)
    return _DASH.sub("-", text) or None


_DASH = re.compile(r"\s*(?:--|–|—)\s*")


def join_pages(start: str | None, end: str | None) -> str | None:
    start, end = fold_spaces(start), fold_spaces(end)
    if start and end and end != start:
        return clean_pages(f"{start}-{end}")
    return clean_pages(start) or None


def first_issn(value: str | None) -> str | None:
    """The first ISSN in "2052-0034", Scopus's "20520034" or "1549-4918 (Electronic)
    1066-5099 (Linking)"; an ISBN beside it is not an ISSN."""
    for token in _ISSN_BREAK.split(value or ""):
        match = _ISSN.fullmatch(token)
        if match:
            return f"{match.group(1)}-{match.group(2).upper()}"
    return None


_ISSN_BREAK = re.compile(r"[\s;,]+")
_ISSN = re.compile(r"(\d{4})-?(\d{3}[\dXx])")


def split_at(text: str, start: re.Pattern, parts: int) -> list[str]:
    """`text` cut into about `parts` pieces of similar size, each cut where
    `start` matches (where a record begins), so that reading the pieces one
    after another gives exactly the records of the whole."""
    size = len(text) // max(parts, 1)
    cuts = [0]
    for number in range(1, parts):
        found = start.search(text, max(cuts[-1] + 1, number * size))
        if not found:
            break
        cuts.append(found.start())
    cuts.append(len(text))
    return [text[a:b] for a, b in pairwise(cuts) if a < b]

"""Plain text with a citation line, an abstract and its translations.

What a person gets copying an abstract out of a database or a PDF:

    EverKeen Medical Centre, Hong Kong.              <- affiliations (optional)
    Int J Mol Sci. 2024 Jul 16;25(14):7794. doi: …   <- the citation line
    Exosomes, small membrane-bound vesicles …        <- the English abstract
    外泌体是细胞分泌的一种小膜性囊泡 …                <- a Chinese translation

An abstract copied one section a paragraph ("Background: …", "Methods: …")
is read whole, its sections kept. Title and author lines are read when
present and otherwise left missing: nothing is guessed from the abstract.
"""

from __future__ import annotations

import re

from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.byline import people
from exodesk.importers.page_chrome import is_chrome
from exodesk.importers.records import Record
from exodesk.model import Paper, Provenance
from exodesk.text.abstracts import (
    abstract_from_paragraphs,
    is_heading_line,
    make_abstract,
)
from exodesk.text.chinese import is_chinese, language_of
from exodesk.text.citation import CitationLine, find_citation_line
from exodesk.text.identifiers import find_doi, find_pmcid, find_pmid
from exodesk.text.lines import (
    is_machine_translation_notice,
    looks_like_affiliation,
)
from exodesk.text.titles import clean_title

NAME = "plain-text"
LABEL = "Citation and abstract (plain text)"

# "Table 3." / "Figure 2" alone on a line under the citation line.
_TABLE_OR_FIGURE = re.compile(r"^(?:table|figure|fig\.)\s*[A-Z]?\d+[.:]?$", re.IGNORECASE)
_MIN_ABSTRACT = 200  # characters; shorter paragraphs are headings or chrome
_MIN_ABSTRACT_ZH = 60  # a Chinese character carries about a word
_KEYWORDS = re.compile(r"^\s*(?:Keywords?|Key words|关键词|關鍵詞)\s*[:：]\s*(.+)$", re.I)


def detect(source: Source) -> float:
    text = source.text
    if not text or source.head.lstrip().startswith(("<", "{", "[", "%", "TY  -", "@", "PMID-")):
        return 0.0
    lines = [ln for ln in source.head_lines if ln]
    if not lines or len(lines) > 200:
        return 0.0
    citation = _citation_line(source, "\n".join(lines[:15]))
    if citation is None:
        return 0.0
    long_paragraphs = sum(len(ln) >= _MIN_ABSTRACT for ln in lines)
    return 0.5 if long_paragraphs else 0.2


def parse(source: Source) -> Parsed:
    text = source.text
    if text is None:
        raise Refused(source.decoded[1])
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    citation = _citation_line(source, "\n".join(lines[:15]))
    if citation is None:
        raise Refused("no citation line (journal, year, volume) was found")
    record = Record(NAME)
    paper = record.paper
    part = "citation line"

    def give(name: str, value, where: str = part) -> None:
        record.give(name, value, where)

    record.journal(citation.journal, part)
    give("date", citation.date)
    give("volume", citation.volume)
    give("issue", citation.issue)
    give("pages", citation.pages)
    give("doi", citation.doi or find_doi(text), part if citation.doi else "text")
    give("pmid", find_pmid(text), "text")
    give("pmcid", find_pmcid(text), "text")

    index = lines.index(citation.text)
    _read_header(lines[:index], paper, give)
    table = next((ln for ln in lines[index + 1 : index + 4] if _TABLE_OR_FIGURE.match(ln)), None)
    if table is None:
        _read_body(lines[index + 1 :], paper)
    warnings = [f"{name} not found in the file" for name in paper.missing]
    if table is not None:  # a page showing one table of the article (PMC's "table" view), not the article
        warnings.append(f"the page shows {table.rstrip('.:')} of the article, not its title or abstract")
    return Parsed(papers=[paper], warnings=warnings)


def _citation_line(source: Source, first_lines: str) -> CitationLine | None:
    """The citation line among a file's first lines, looked for once when
    detect() and parse() cut the same first lines (most files: 12 µs a file)."""
    found = source.kept("plain-text citation lines", lambda _source: {})
    if first_lines not in found:
        found[first_lines] = find_citation_line(first_lines, max_lines=15)
    return found[first_lines]


def _read_header(lines: list[str], paper: Paper, give) -> None:
    """Lines above the citation line: affiliations, authors, a title."""
    affiliations = []
    for line in lines:
        clean = line.rstrip(".")
        if is_chrome(line):  # "Skip to main content": the site's, not the paper's
            continue
        if looks_like_affiliation(line):
            affiliations.append(re.sub(r"^\d+\s*", "", clean))
        elif not paper.authors and (byline := people(line)):
            give("authors", byline, "author line")
        elif not paper.title and len(clean) > 15 and not is_chinese(clean):
            give("title", clean_title(line), "title line")
    give("affiliations", affiliations, "affiliation lines")


def _read_body(lines: list[str], paper: Paper) -> None:
    """Paragraphs below: abstracts by language, keywords, a translated title."""
    notice = next((ln for ln in lines if is_machine_translation_notice(ln)), "")
    lines = [ln for ln in lines if ln != notice]
    structured = _structured_abstract(lines)
    if structured is not None:
        start, end = structured
        written_in = language_of(lines[start]) or "en"
        paper.abstracts.append(abstract_from_paragraphs(lines[start:end], written_in))
        paper.provenance[f"abstract:{written_in}"] = Provenance(importer=NAME, part="section paragraphs")
        lines = lines[:start] + lines[end:]
    pending_title: str | None = None
    for line in lines:
        keywords = _KEYWORDS.match(line)
        if keywords:
            paper.keywords = [k.strip(" .") for k in re.split(r"[;；,，]", keywords.group(1)) if k.strip(" .")]
            paper.provenance["keywords"] = Provenance(importer=NAME, part="keywords line")
            continue
        language = language_of(line)
        if language is None:
            continue
        if len(line) < (_MIN_ABSTRACT_ZH if language.startswith("zh") else _MIN_ABSTRACT):
            # A short Chinese line before a Chinese abstract is its title.
            if language.startswith("zh") and len(line) < 120:
                pending_title = line.rstrip("。.")
            continue
        if paper.abstract(language) is not None:
            continue
        origin = "machine-translation" if (notice and language.startswith("zh")) else "source"
        paper.abstracts.append(
            make_abstract(line, language, origin=origin, notice=notice if origin != "source" else "")
        )
        paper.provenance[f"abstract:{language}"] = Provenance(importer=NAME, part="paragraph")
        if pending_title and language.startswith("zh"):
            paper.titles[language] = pending_title
            paper.provenance[f"title:{language}"] = Provenance(importer=NAME, part="line above the Chinese abstract")
        pending_title = None


# "Methods: We randomly assigned …": a paragraph led by an abstract's heading.
_LED_BY_HEADING = re.compile(r"^([^:：]{2,40})[:：]\s*\S")


def _structured_abstract(lines: list[str]) -> tuple[int, int] | None:
    """Where an abstract printed one section a paragraph ("Background: …",
    "Methods: …", "Results: …") runs, as (first, past the last) line, when
    it has two sections or more. Read as one abstract: otherwise only its
    first long paragraph would be kept, and a trial's methods or conclusions
    lost without a word."""
    def led(line: str) -> bool:
        found = _LED_BY_HEADING.match(line)
        return bool(found and is_heading_line(found.group(1)))

    start = next((i for i, line in enumerate(lines) if led(line)), None)
    if start is None:
        return None
    # Sections of one language: a translation that follows is its own abstract.
    language, end = language_of(lines[start]), start
    while end < len(lines) and led(lines[end]) and language_of(lines[end]) == language:
        end += 1
    return (start, end) if end - start >= 2 else None

"""A record page of a bepress Digital Commons repository, saved from the browser.

Quirks of the platform, each fixed below:
- its meta tags are Highwire tags under another name (`bepress_citation_*`):
  they are read as `citation_*`.
- the author list and `bepress_citation_author` name only the institution's
  own authors; every author is only in the "Recommended Citation", a
  Vancouver reference ("Dukharan V, Shah M, …. Title. Journal. 2025; 24(1).").
- the labelled fields are <div class="element" id="…"> blocks: document type,
  publication title (the journal), DOI, ISSN, and a US-style publication date
  ("1-10-2025" is 10 January).
- a structured abstract has each heading as a bold paragraph of its own.
"""

from __future__ import annotations

import re

from exodesk.importers import html_meta
from exodesk.importers.base import Parsed, Source
from exodesk.importers.byline import people
from exodesk.text.citation import CitationLine, parse_citation_line
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import clean_doi

NAME = "digital-commons-html"
LABEL = "Digital Commons repository record (saved HTML)"

def detect(source: Source) -> float:
    if not html_meta.is_html(source):
        return 0.0
    page = html_meta.lowered(source)
    return 0.8 if 'name="bepress_citation_' in page or 'id="recommended_citation"' in page else 0.0


def parse(source: Source) -> Parsed:
    page = html_meta.load(source)
    tags = page.families["meta"]
    for key in [k for k in tags if k.startswith("bepress_citation_")]:
        tags.setdefault(key.removeprefix("bepress_"), tags[key])
    paper = html_meta.read(page, importer=NAME)
    tree = page.tree

    give = html_meta.giver(paper, NAME)

    def field(ident: str) -> str | None:
        found = tree.xpath(f'//div[@id="{ident}" and contains(@class,"element")]/p')
        return html_meta.text_of(found[0]) or None if found else None

    give("publication_type", field("document_type"), "Document Type field")
    give("journal", field("publication_title"), "Publication Title field")
    give("doi", clean_doi(field("doi")), "DOI field")
    give("issn", field("issn"), "ISSN field")
    give("date", parse_date(field("publication_date"), us_order=True), "Publication Date field")
    block = tree.xpath('//div[@id="abstract" and contains(@class,"element")]')
    if block:
        html_meta.replace_abstract(paper, html_meta.abstract_from_block(block[0]), importer=NAME,
                                   part="Abstract field")

    warnings = []
    cited = field("recommended_citation")
    reference = recommended_citation(cited) if cited else None
    if reference:
        authors, title, line = reference
        part = "Recommended Citation"
        if len(authors) >= len(paper.authors):
            give("authors", authors, part)
        give("title", paper.title or title, "citation_title meta tag" if paper.title else part)
        for name in ("volume", "issue", "pages"):
            give(name, getattr(paper, name) or getattr(line, name), part)
        give("journal", paper.journal or line.journal, "Publication Title field" if paper.journal else part)
        if not paper.date:
            give("date", line.date, part)
    elif cited:
        warnings.append("the Recommended Citation could not be read: authors may be incomplete")
    return html_meta.finish(paper, warnings)


def recommended_citation(text: str) -> tuple[list, str, CitationLine] | None:
    """(authors, title, citation line) out of a Vancouver reference, or None."""
    authors_text, _, rest = text.partition(". ")
    authors = people(authors_text)
    if not authors:
        return None
    # The citation line is the shortest tail that reads as "Journal. Year; vol(issue)".
    starts = [m.end() for m in re.finditer(r"\.\s+", rest)]
    for start in reversed(starts):
        line = parse_citation_line(rest[start:])
        if line and line.journal:
            title = rest[:start].strip().rstrip(".")
            return authors, title, line
    return None

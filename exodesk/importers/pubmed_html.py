"""A PubMed abstract page (pubmed.ncbi.nlm.nih.gov) saved from the browser.

Quirks of the site, each fixed below:
- `citation_authors` is one tag of Vancouver names ("Chen W;Zhou ML"); the
  page's author list has the full names, so it is preferred.
- `citation_journal_title` holds the NLM abbreviation, not the journal's name.
- `citation_date` is month/day/year; citation_firstpage lacks the last page.
- a long author list may be collapsed to "First Author et al.": the record
  keeps the one name and says the list was cut short.
- the abstract's sections are run-in bold labels; keywords are a paragraph
  at its end; publication types are a list (the heading shows the main one).
- the PMCID is only in the page's identifier list.
"""

from __future__ import annotations

import re

from exodesk.importers import html_meta
from exodesk.importers.base import Parsed, Source
from exodesk.model import Provenance
from exodesk.text.citation import parse_citation_line
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import clean_pmcid
from exodesk.text.lines import fold_spaces
from exodesk.text.names import from_given_family

NAME = "pubmed-html"
LABEL = "PubMed page (saved HTML)"

def detect(source: Source) -> float:
    if not html_meta.is_html(source):
        return 0.0
    page = html_meta.lowered(source)
    return 0.8 if 'name="ncbi_db" content="pubmed"' in page and 'class="heading-title"' in page else 0.0


def parse(source: Source) -> Parsed:
    page = html_meta.load(source)
    paper = html_meta.read(page, importer=NAME)
    tree = page.tree

    give = html_meta.giver(paper, NAME)

    if paper.journal:
        give("journal_abbrev", paper.journal, "citation_journal_title meta tag (abbreviation)")
        paper.journal = None
        paper.provenance.pop("journal", None)
    full_name = tree.xpath('//button[contains(@class,"journal-actions-trigger")]/@title')
    give("journal", fold_spaces(full_name[0]) if full_name else None, "journal link")
    give("date", parse_date(page.meta("citation_date"), us_order=True), "citation_date meta tag")
    # citation_firstpage has only the first page; the citation line has the range.
    cit = tree.xpath('//div[@class="article-source"]/span[@class="cit"]')
    line = parse_citation_line(html_meta.text_of(cit[0])) if cit else None
    if line and line.pages:
        give("pages", line.pages, "citation line")

    names = [html_meta.text_of(a) for a in tree.xpath('//div[@class="authors-list"]//a[@class="full-name"]')]
    if names:
        give("authors", [from_given_family(n) for n in names], "author list")
    if tree.xpath('//div[@class="authors-list"]//*[contains(@class,"etal")]'):
        paper.authors_truncated = True
        paper.provenance["authors_truncated"] = Provenance(importer=NAME, part='"et al." in the author list')
    affiliations = [re.sub(r"^\s*\d+\s*", "", html_meta.text_of(li))
                    for li in tree.xpath('//div[@class="affiliations"]//li')]
    give("affiliations", affiliations, "affiliations list")

    block = html_meta.find_abstract_block(tree, '//div[@id="eng-abstract"]')
    if block is not None:
        html_meta.replace_abstract(paper, html_meta.abstract_from_block(block), importer=NAME, part="abstract")
    for p in tree.xpath('//div[@id="abstract"]/p[strong[starts-with(normalize-space(.),"Keywords")]]'):
        words = html_meta.text_of(p).split(":", 1)[-1]
        give("keywords", html_meta.split_keywords([words]), "keywords paragraph")
    heading_type = tree.xpath('//header[@id="heading"]//div[@class="publication-type"]')
    types = tree.xpath('//div[@id="publication-types"]//li')
    chosen = heading_type[0] if heading_type else (types[0] if types else None)
    give("publication_type", html_meta.text_of(chosen) or None, "publication types")
    pmcid = tree.xpath('//span[contains(@class,"identifier pmc")]//a')
    give("pmcid", clean_pmcid(html_meta.text_of(pmcid[0])) if pmcid else None, "identifiers list")
    warnings = ["the page shows only the first author (et al.)"] if paper.authors_truncated else []
    return html_meta.finish(paper, warnings)

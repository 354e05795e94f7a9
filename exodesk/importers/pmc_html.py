"""An article page of PubMed Central or Europe PMC saved from the browser.

Quirks of the sites, each fixed below:
- the PMCID is never in the meta tags: PMC prints it in its id list and the
  `ncbi_acc` tag; Europe PMC in its "PMCID:" line.
- PMC's `citation_publication_date` is "2024 Mar 12" (parse_date reads it).
- the abstract's sections are <section> blocks with <h3> headings; keywords
  are a "Keywords:" paragraph inside the abstract; a second abstract in
  another language (e.g. Chinese) is its own section with a lang attribute.
- Europe PMC's meta tags give full names; its author list only initials, so
  the meta tags are kept; its abstract is one paragraph.
"""

from __future__ import annotations

from exodesk.importers import html_meta
from exodesk.importers.base import Parsed, Source
from exodesk.text.citation import parse_citation_line
from exodesk.text.identifiers import clean_pmcid

NAME = "pmc-html"
LABEL = "PubMed Central / Europe PMC page (saved HTML)"

_MARKERS = ('name="ncbi_app" content="pmc"', 'property="og:site_name" content="europe pmc"')


def detect(source: Source) -> float:
    if not html_meta.is_html(source):
        return 0.0
    page = html_meta.lowered(source)
    return 0.8 if any(marker in page for marker in _MARKERS) else 0.0


def parse(source: Source) -> Parsed:
    page = html_meta.load(source)
    paper = html_meta.read(page, importer=NAME)
    tree = page.tree

    give = html_meta.giver(paper, NAME)

    # citation_firstpage has only the first page; PMC's citation line the range.
    cit = tree.xpath('//section[contains(@class,"pmc-layout__citation")]')
    line = parse_citation_line(html_meta.text_of(cit[0])) if cit else None
    if line and line.pages:
        give("pages", line.pages, "citation line")
    ids = tree.xpath('//ul[@class="pmc-id-list"]/li[starts-with(normalize-space(.),"PMCID")]'
                     ' | //span[@class="article-id"][span[starts-with(.,"PMCID")]]')
    if ids:
        give("pmcid", clean_pmcid(html_meta.text_of(ids[0]).split(":", 1)[-1]), "PMCID in the id list")
    else:
        give("pmcid", clean_pmcid(page.meta("ncbi_acc")), "ncbi_acc meta tag")

    # The outermost abstract blocks only: each holds any nested one, and the
    # fuzz run's page of 126 nested blocks read each inside all those above it.
    outermost = '[not(ancestor::section[contains(@class,"abstract")] or ancestor::div[@id="article--abstract--content"])]'
    for block in tree.xpath(f'//section[contains(@class,"abstract")]{outermost}'
                            f' | //div[@id="article--abstract--content"]{outermost}'):
        keywords = block.xpath('.//section[@class="kwd-group"]')
        for kwd in keywords:
            give("keywords", html_meta.split_keywords([html_meta.text_of(kwd).split(":", 1)[-1]]), "keywords")
            kwd.getparent().remove(kwd)  # not part of the abstract's text
        # The lang attribute says only "zh"; the text tells which script.
        abstract = html_meta.abstract_from_block(block)
        html_meta.replace_abstract(paper, abstract, importer=NAME, part="abstract section")
    if not paper.keywords:
        words = [html_meta.text_of(li) for li in tree.xpath('//div[@class="keywords"]//li')]
        give("keywords", words, "keywords list")
    return html_meta.finish(paper)


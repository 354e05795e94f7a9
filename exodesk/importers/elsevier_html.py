"""An article page of ScienceDirect (Elsevier).

Quirks of the site, each fixed below:
- no citation_author tags: the authors are <span class="given-name"> and
  <span class="text surname"> inside the author buttons; affiliations are in
  <dl class="affiliation"> lists.
- the page has several blocks with class "abstract": "Highlights" and the
  graphical abstract come first and are not the abstract; the author
  abstract is `div.abstract.author`, with <h3> section headings.
- keywords are <div class="keyword"> items, not meta tags.
- citation_online_date is the "available online" date; the issue date in
  citation_publication_date is the one cited (the table's priority).
"""

from __future__ import annotations

from exodesk.importers import html_meta
from exodesk.importers.base import Parsed, Source
from exodesk.model import Author

NAME = "elsevier-html"
LABEL = "ScienceDirect article page (saved HTML)"

def detect(source: Source) -> float:
    if not html_meta.is_html(source):
        return 0.0
    page = html_meta.lowered(source)
    return 0.7 if 'name="citation_pii"' in page and 'id="author-group"' in page else 0.0


def parse(source: Source) -> Parsed:
    page = html_meta.load(source)
    paper = html_meta.read(page, importer=NAME)
    tree = page.tree

    give = html_meta.giver(paper, NAME)

    if not paper.authors:
        authors = []
        for button in tree.xpath('//div[@id="author-group"]//button[@data-xocs-content-type="author"]'):
            given = button.xpath('.//span[@class="given-name"]')
            family = button.xpath('.//span[contains(@class,"surname")]')
            if family:
                authors.append(Author(family=html_meta.text_of(family[0]),
                                      given=html_meta.text_of(given[0]) if given else ""))
        give("authors", authors, "author list")
    give("affiliations", [html_meta.text_of(dd) for dd in tree.xpath('//dl[@class="affiliation"]/dd')],
         "affiliations")
    block = html_meta.find_abstract_block(tree, '//div[contains(@class,"abstract") and contains(@class,"author")'
                                                ' and not(contains(@class,"highlights"))]')
    if block is not None:
        html_meta.replace_abstract(paper, html_meta.abstract_from_block(block), importer=NAME, part="abstract")
    give("keywords", [html_meta.text_of(k) for k in tree.xpath('//div[@class="keyword"]')], "keywords")
    return html_meta.finish(paper)

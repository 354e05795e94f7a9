"""An article page of Springer Nature: SpringerLink, BioMed Central, Nature.

Quirks of the platform, each fixed below:
- `dc.description` holds the abstract with its headings run into the text
  ("Background Chronic …"), so the sections are read from the page body
  (h3 sub-headings inside the Abstract section).
- `dc.subject` lists the platform's subject areas, not the article's
  keywords; the keywords are the subject list at the end of the article.
- `prism.doi` is written "doi:10.…" (clean_doi reads it).
- BMC articles have an article number, not pages: citation_firstpage holds it.
"""

from __future__ import annotations

from exodesk.importers import html_meta
from exodesk.importers.base import Parsed, Source

NAME = "springer-html"
LABEL = "Springer / BMC / Nature article page (saved HTML)"

_SITES = ('content="springerlink"', 'content="biomed central"', 'content="nature"', 'content="springer"')


def detect(source: Source) -> float:
    if not html_meta.is_html(source):
        return 0.0
    page = html_meta.lowered(source)
    layout = "c-article-title" in page or "c-article-section__title" in page
    return 0.7 if layout and any(site in page for site in _SITES) else 0.0


def parse(source: Source) -> Parsed:
    page = html_meta.load(source)
    paper = html_meta.read(page, importer=NAME)
    tree = page.tree
    block = html_meta.find_abstract_block(tree, '//div[@id="Abs1-content"]')
    if block is not None:
        html_meta.replace_abstract(paper, html_meta.abstract_from_block(block),
                                   importer=NAME, part="Abstract section")
    keywords = [html_meta.text_of(li) for li in tree.xpath('//ul[@class="c-article-subject-list"]/li')]
    paper.keywords = []
    paper.provenance.pop("keywords", None)
    html_meta.giver(paper, NAME)("keywords", keywords, "keywords list")
    return html_meta.finish(paper)

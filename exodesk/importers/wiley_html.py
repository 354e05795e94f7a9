"""An article page of Wiley Online Library.

Quirks of the site, each fixed below:
- no abstract in the meta tags (og:description is cut short): the abstract
  is read from the page's abstract sections, with <h3> sub-headings.
- some journals print a second abstract in another language (Chinese,
  "摘要") as its own section: it is kept as an abstract in that language.
- letters and commentaries have no abstract at all: that is said, not filled.
- og:title carries author, year and journal after the title; citation_title
  is used instead (the table's priority already does that).
"""

from __future__ import annotations

from exodesk.importers import html_meta
from exodesk.importers.base import Parsed, Source

NAME = "wiley-html"
LABEL = "Wiley Online Library article page (saved HTML)"

def detect(source: Source) -> float:
    if not html_meta.is_html(source):
        return 0.0
    page = html_meta.lowered(source)
    layout = "article-section__abstract" in page or "citation__title" in page
    return 0.7 if layout and "onlinelibrary.wiley.com" in page else 0.0


def parse(source: Source) -> Parsed:
    page = html_meta.load(source)
    paper = html_meta.read(page, importer=NAME)
    sections = page.tree.xpath('//section[contains(@class,"article-section__abstract")]')
    for section in sections:
        content = section.xpath('.//div[contains(@class,"article-section__content")]')
        if content:
            abstract = html_meta.abstract_from_block(content[0])
            html_meta.replace_abstract(paper, abstract, importer=NAME,
                                       part=f'abstract section ({section.get("lang") or "?"})')
    warnings = [] if paper.abstracts else ["the page has no abstract (a letter or commentary?)"]
    return html_meta.finish(paper, warnings)

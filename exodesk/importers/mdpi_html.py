"""An article page of MDPI (mdpi.com).

Quirks of the site, each fixed below:
- citation_publication_date gives only year/month; citation_online_date
  ("2024/4/28", not zero-padded) is the full publication date.
- the article type ("Article", "Review", "Systematic Review") is in dc.type.
- dc.description carries the abstract with its HTML markup escaped into it;
  the page's own abstract block is read instead, where structured abstracts
  have their headings run in bold ("<b>Background:</b> …") in one block.
- citation_author_institution is absent: affiliations are the numbered list.
- keywords are only in the page's "Keywords:" block.
"""

from __future__ import annotations

from exodesk.importers import html_meta
from exodesk.importers.base import Parsed, Source
from exodesk.text.abstracts import make_abstract
from exodesk.text.chinese import language_of
from exodesk.text.dates import parse_date

NAME = "mdpi-html"
LABEL = "MDPI article page (saved HTML)"

def detect(source: Source) -> float:
    if not html_meta.is_html(source):
        return 0.0
    page = html_meta.lowered(source)
    return 0.7 if 'class="art-abstract' in page and ("mdpi.com" in page or "mdpi-res.com" in page) else 0.0


def parse(source: Source) -> Parsed:
    page = html_meta.load(source)
    paper = html_meta.read(page, importer=NAME)
    tree = page.tree

    give = html_meta.giver(paper, NAME)

    give("date", parse_date(page.meta("citation_online_date")), "citation_online_date meta tag")
    give("publication_type", page.meta("dc.type"), "dc.type meta tag")
    give("affiliations", [html_meta.text_of(a) for a in tree.xpath('//div[@class="affiliation-name "]'
                                                                    ' | //div[@class="affiliation-name"]')],
         "affiliations list")
    block = tree.xpath('//div[contains(@class,"art-abstract")]')
    if block:
        text = html_meta.text_of(block[0])
        language = language_of(text)
        if language:
            html_meta.replace_abstract(paper, make_abstract(text, language), importer=NAME, part="abstract block")
    keywords = tree.xpath('//div[contains(@class,"art-keywords")]')
    if keywords:
        words = html_meta.text_of(keywords[0]).split(":", 1)[-1]
        give("keywords", html_meta.split_keywords([words]), "keywords block")
    return html_meta.finish(paper)

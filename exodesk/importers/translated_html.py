"""A page that quotes an article: its citation line, the abstract and translations.

Clinic sites, health news and blogs post "research updates" this way, with no
embedded metadata: the page's text is the plain-text form (affiliations, a
citation line, the English abstract, a Chinese translation) inside the site's
menus. The article's own block (<article>, <main>, else <body>) is turned into
lines, one per paragraph, and read by the plain-text reader; menus, scripts
and frames are left out. The page's own heading is the post's, not the
article's title, so it is not taken as the title.
"""

from __future__ import annotations

import dataclasses

from exodesk.importers import html_meta, plain_text
from exodesk.importers.base import Parsed, Refused, Source
from exodesk.text.citation import find_citation_line

NAME = "translated-html"
LABEL = "Web page quoting an article's citation and abstract (saved HTML)"

_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "blockquote", "td")
_CHROME = ("nav", "header", "footer", "aside", "script", "style", "noscript", "iframe", "form")


def detect(source: Source) -> float:
    lines = page_lines(source)
    if lines is None:
        return 0.0
    found = find_citation_line("\n".join(lines[:25]), max_lines=25)
    return 0.4 if found and found.journal and any(len(ln) >= 200 for ln in lines) else 0.0


def parse(source: Source) -> Parsed:
    lines = article_lines(html_meta.load(source).tree)
    citation = find_citation_line("\n".join(lines[:25]), max_lines=25)
    if citation is None:
        raise Refused("no citation line (journal, year, volume) was found in the page")
    # From the citation line's neighbourhood on: the post's heading and date stay out.
    start = lines.index(citation.text)
    while start > 0 and len(lines[start - 1]) < 200 and not _is_post_chrome(lines[start - 1]):
        start -= 1
    text = "\n".join(lines[start:])
    parsed = plain_text.parse(Source(path=source.path, data=text.encode("utf-8")))
    for paper in parsed.papers:
        for key, where in paper.provenance.items():
            paper.provenance[key] = dataclasses.replace(where, importer=NAME, part=f"page text: {where.part}")
    parsed.warnings = [w.replace("in the file", "in the page") for w in parsed.warnings]
    return parsed


def page_lines(source: Source) -> list[str] | None:
    """The article block's lines of a saved page without embedded metadata
    (made once per file for the readers that read pages by their text), or
    None: not HTML, read from its metadata, or not readable as HTML."""
    return source.kept("page lines", _page_lines)


def _page_lines(source: Source) -> list[str] | None:
    if not (html_meta.is_html(source) and html_meta.detect(source) == 0):
        return None
    try:
        return article_lines(html_meta.load(source).tree)
    except Refused:
        return None  # parse() says why


def _is_post_chrome(line: str) -> bool:
    """The post's heading or its date/category line: not the article's."""
    from exodesk.text.chinese import is_chinese

    return is_chinese(line) or ":" in line[:12] or "：" in line


def article_lines(tree) -> list[str]:
    body = (tree.xpath("//article") or tree.xpath("//main") or tree.xpath("//body") or [tree])[0]
    lines = []
    for element in body.iter(*_BLOCKS):
        if any(a.tag in _CHROME for a in element.iterancestors()):
            continue
        if any(child.tag in _BLOCKS for child in element):
            continue  # its block children are read on their own
        text = html_meta.text_of(element)
        if text:
            lines.append(text)
    return lines

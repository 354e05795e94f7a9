"""Formatted references from CSL styles, through citeproc-py.

The styles (declared in exodesk/formats.py) are the Citation Style Language
project's own files, shipped in resources/styles/: Vancouver (NLM "Citing
Medicine", used by the handouts), APA 7th edition and AMA 11th edition.
References come out in the order the papers are given (Vancouver and AMA
number them by first citation).
"""

from __future__ import annotations

import functools
import html
import re
from importlib.resources import files

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.model import Date
from citeproc.source.json import CiteProcJSON

from exodesk.export.csl_json import items
from exodesk.formats import CITATION_STYLES, DEFAULT_STYLE
from exodesk.model import Paper


@functools.cache
def _style(name: str) -> CitationStylesStyle:
    if name not in CITATION_STYLES:
        raise ValueError(f"unknown citation style {name!r}; known: {', '.join(CITATION_STYLES)}")
    path = files("exodesk.resources").joinpath("styles", CITATION_STYLES[name].file)
    with path.open("rb") as handle:
        return CitationStylesStyle(handle, validate=False)


def _render_single_date(self, date, show_parts=None, context=None):
    """citeproc-py 0.11 joins the parts of a localized date ("2022 Dec 9" in
    Vancouver) with the calling element's delimiter, which CSL does not let
    it have, so they ran together ("2022Dec9"). The CSL specification keeps
    the locale's own delimiter; this does the same."""
    parts = self.parts(date, show_parts, context) if context != self else self.parts(date, show_parts)
    if not parts:
        return None
    if self.is_locale_date() and (context is None or context.get("delimiter") is None):
        return self.join(parts)
    return (context if self.is_locale_date() else self).join(parts)


Date.render_single_date = _render_single_date  # noqa: V101 (citeproc-py calls it: a patch, not dead code)


def _csl_items(papers: list[Paper], style: str) -> list[dict]:
    data = items(papers)
    for paper, item in zip(papers, data, strict=True):
        if paper.authors_truncated and CITATION_STYLES[style].et_al:
            # The source named only the first authors ("Li Han et al."); CSL
            # has no variable for that, so the words go in as a last name.
            item["author"] = item.get("author", []) + [{"literal": "et al."}]
        # Styles print the journal from container-title; some papers only
        # have the abbreviation.
        if "container-title" not in item and "container-title-short" in item:
            item["container-title"] = item["container-title-short"]
        # Our publication types ("Review") are not CSL genres ("PhD thesis"):
        # Vancouver would print them in brackets after the title.
        item.pop("genre", None)
        # References are in the paper's main language: a style that prints
        # original-title would put the Chinese title into an English list.
        item.pop("original-title", None)
        item.pop("multi", None)
        for name in item.get("author", []):
            # citeproc-py reads "JM" as one given name; "J. M." as two initials.
            if re.fullmatch(r"[A-Z]{2,4}", name.get("given", "")):
                name["given"] = ". ".join(name["given"]) + "."
    return data


def _format(papers: list[Paper], style: str, output) -> list[str]:
    if not papers:
        return []
    chosen = _style(style)  # an unknown style is refused before anything is done
    data = _csl_items(papers, style)
    # citeproc-py escapes the style's own words but not the paper's values.
    data = [_escaped(item, _escape_html if output is formatter.html else _hide_ampersands) for item in data]
    bibliography = CitationStylesBibliography(chosen, CiteProcJSON(data), output)
    for item in data:
        bibliography.register(Citation([CitationItem(item["id"])]))
    return [str(entry) for entry in bibliography.bibliography()]


def _escape_html(text: str) -> str:
    return html.escape(text, quote=False)


# Plain text: the style's own words come out as entities ("&#38;") and are
# unescaped; the paper's ampersands are set aside first, so that "&lt;b&gt;"
# written in a title stays as written and never turns into a tag.
_AMPERSAND = "\ue026"


def _hide_ampersands(text: str) -> str:
    return text.replace("&", _AMPERSAND)


def _escaped(value, escape):
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, list):
        return [_escaped(v, escape) for v in value]
    if isinstance(value, dict):
        return {k: v if k == "id" else _escaped(v, escape) for k, v in value.items()}
    return value


def format_references(papers: list[Paper], style: str = DEFAULT_STYLE) -> list[str]:
    """One plain-text reference per paper."""
    return [_tidy(html.unescape(text).replace(_AMPERSAND, "&")) for text in _format(papers, style, formatter.plain)]


def format_references_html(papers: list[Paper], style: str = DEFAULT_STYLE) -> list[str]:
    """The same references as HTML fragments (italic journal titles in APA)."""
    return [_tidy(text) for text in _format(papers, style, formatter.html)]


def formatted(papers: list[Paper], style: str = DEFAULT_STYLE) -> tuple[list[str], list[str]]:
    """The references as plain text and as HTML, as a clipboard takes them."""
    return format_references(papers, style), format_references_html(papers, style)


def _tidy(text: str) -> str:
    # The number runs into the text ("1.Nazari") when styles align it as a column.
    return re.sub(r"^(\d+\.)(?=\S)", r"\1 ", re.sub(r"\s+", " ", text).strip())

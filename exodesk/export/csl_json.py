"""Papers as CSL-JSON: the input of citeproc (Zotero, Pandoc, citation.js).

Standard CSL variables only: title, author (family/given or literal),
container-title, container-title-short, issued.date-parts, volume, issue,
page, DOI, PMID, PMCID, ISSN, publisher, type (and genre for a type the CSL
types do not name, such as "Review"), keyword, abstract (the main one),
language, URL (the first link). `id` is the BibTeX citation key.

Chinese (any other language): a title in `original-title` (as Chinese CSL
styles for Zotero use it), and every other-language title and abstract by
its language in `multi._keys` (CSL-M's multilingual variables, as Juris-M
and citeproc-js read them).
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from exodesk.export.common import (
    citation_keys,
    main_abstract,
    other_abstracts,
    other_titles,
)
from exodesk.model import Abstract, Author, Paper
from exodesk.text.kinds import is_kind, kind_code


def export(papers: list[Paper]) -> str:
    found = items(papers)
    try:
        # The same text as json.dumps(indent=2), which indents in pure Python
        # (three times slower than making the items).
        return orjson.dumps(found, option=orjson.OPT_INDENT_2).decode() + "\n"
    except orjson.JSONEncodeError:  # a number beyond 64 bits, say
        return json.dumps(found, ensure_ascii=False, indent=2) + "\n"


def items(papers: list[Paper]) -> list[dict[str, Any]]:
    return [item(paper, key) for paper, key in zip(papers, citation_keys(papers), strict=True)]


def item(paper: Paper, key: str) -> dict[str, Any]:
    abstract = main_abstract(paper)
    titles, abstracts = other_titles(paper), other_abstracts(paper)
    data: dict[str, Any] = {
        "id": key,
        "type": kind_code(paper.publication_type, "csl"),
        "genre": None if is_kind(paper.publication_type) else paper.publication_type,
        "title": paper.title,
        "author": [_name(a) for a in paper.authors] or None,
        "container-title": paper.journal,
        "container-title-short": paper.journal_abbrev,
        "issued": {"date-parts": [[int(p) for p in paper.date.split("-")]]} if paper.date else None,
        "volume": paper.volume,
        "issue": paper.issue,
        "page": paper.pages,
        "DOI": paper.doi,
        "PMID": paper.pmid,
        "PMCID": paper.pmcid,
        "ISSN": paper.issn,
        "publisher": paper.publisher,
        "keyword": ", ".join(paper.keywords) or None,
        "abstract": abstract.text if abstract else None,
        "language": paper.language,
        "URL": paper.links[0] if paper.links else None,
        "original-title": titles[0][1] if titles else None,
        "multi": _multilingual(titles, abstracts),
    }
    return {name: value for name, value in data.items() if value not in (None, "", [])}


def _multilingual(titles: list[tuple[str, str]], abstracts: list[Abstract]) -> dict | None:
    keys = {"title": dict(titles), "abstract": {a.language: a.text for a in abstracts}}
    keys = {name: values for name, values in keys.items() if values}
    return {"_keys": keys} if keys else None


def _name(author: Author) -> dict[str, str]:
    if author.literal:
        return {"literal": author.literal}
    return {"family": author.family, "given": author.given} if author.given else {"family": author.family}

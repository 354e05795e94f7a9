"""Papers as BibTeX, readable by BibTeX, Biber, JabRef, Zotero and bibtexparser.

Keys are stable and readable ("nazari2022evaluating"), with a, b… for
repeats. Text is UTF-8 with LaTeX's special characters escaped; titles sit in
double braces so styles keep their capitals ("MSC", "IBD"). The date goes in
`date` (BibLaTeX) and in `year`/`month` (BibTeX). Organisations are braced
whole so they are not split into given and family names.

Carried: kind (entry type), title, authors and "and others", journal,
`shortjournal`, date, volume, number, pages, DOI, PMID, PMCID, ISSN,
publisher, language, keywords, the main abstract, the first link.

Chinese (any other language): a title goes in BibLaTeX's `origtitle`
(Pandoc reads it as CSL's original-title), and every such title and
abstract in `annote` with its language, one labelled paragraph each
("Abstract (zh-Hans): …"): styles do not print `annote`, Zotero keeps it
as a note, bibtexparser and JabRef keep it as a field, ExoDesk reads it back.
"""

from __future__ import annotations

import re

from exodesk.export.common import (
    citation_keys,
    main_abstract,
    one_line,
    other_abstracts,
    other_titles,
)
from exodesk.model import Author, Paper
from exodesk.text.kinds import kind_code

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_SPECIAL = re.compile(r"([\\{}&%$#_~])")
_WORDS = {"\\": "\\textbackslash{}", "~": "\\textasciitilde{}"}


def export(papers: list[Paper]) -> str:
    keys = citation_keys(papers)
    return "\n".join(_entry(paper, key) for paper, key in zip(papers, keys, strict=True))


def escape(text: str) -> str:
    """LaTeX's special characters escaped, so BibTeX and LaTeX print them as written."""
    return _SPECIAL.sub(lambda m: _WORDS.get(m.group(1), "\\" + m.group(1)), one_line(text))


def _entry(paper: Paper, key: str) -> str:
    fields: list[tuple[str, str]] = []

    def add(name: str, value: str | None, *, raw: bool = False) -> None:
        if value and one_line(value):
            fields.append((name, "{" + (one_line(value) if raw else escape(value)) + "}"))

    if paper.title:
        fields.append(("title", "{{" + escape(paper.title) + "}}"))
    titles = other_titles(paper)
    if titles:
        fields.append(("origtitle", "{{" + escape(titles[0][1]) + "}}"))
    if paper.authors:
        names = [_name(a) for a in paper.authors] + (["others"] if paper.authors_truncated else [])
        fields.append(("author", "{" + " and ".join(names) + "}"))
    add("journal", paper.journal)
    add("shortjournal", paper.journal_abbrev)
    if paper.date:
        add("date", paper.date, raw=True)
        add("year", paper.date[:4], raw=True)
        if len(paper.date) >= 7:
            fields.append(("month", MONTHS[int(paper.date[5:7]) - 1]))  # the month macro, unbraced
    add("volume", paper.volume)
    add("number", paper.issue)
    add("pages", paper.pages.replace("-", "--") if paper.pages else None)
    add("doi", paper.doi, raw=True)
    add("pmid", paper.pmid, raw=True)
    add("pmcid", paper.pmcid, raw=True)
    add("issn", paper.issn)
    add("publisher", paper.publisher)
    add("language", paper.language)
    # Readers split keywords at commas unless there is a semicolon.
    add("keywords", ("; " if any("," in k for k in paper.keywords) else ", ").join(paper.keywords))
    abstract = main_abstract(paper)
    add("abstract", abstract.text if abstract else None)
    add("url", paper.links[0] if paper.links else None, raw=True)
    labelled = [f"Title ({language}): {title}" for language, title in titles]
    labelled += [f"Abstract ({other.language}): {other.text}" for other in other_abstracts(paper)]
    if labelled:
        fields.append(("annote", "{" + "\n\n".join(escape(text) for text in labelled) + "}"))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@{kind_code(paper.publication_type, 'bibtex')}{{{key},\n{body}\n}}\n"


def _name(author: Author) -> str:
    """"Family, Given", each part braced where BibTeX would cut it: readers
    split authors at the word "and" in any case ("Ann and Bob", "SMITH AND
    WESSON") and a name's parts at commas. An organisation is braced whole."""
    if author.literal:
        return "{" + escape(author.literal) + "}"
    family, given = _protected(author.family), _protected(author.given)
    return f"{family}, {given}" if given else f"{family},"


_SPLITS_NAMES = re.compile(r"(?:^|\s)and(?:\s|$)|,", re.IGNORECASE)


def _protected(part: str) -> str:
    text = escape(part)
    return "{" + text + "}" if _SPLITS_NAMES.search(text) else text

"""A small Vancouver (NLM) reference formatter for handouts.

Kept deliberately small and replaceable by a citeproc-based formatter: one
function, a Paper in, a string out. Only what the paper holds is printed; a
missing part is left out, never invented.
"""

from __future__ import annotations

import re

from exodesk.model import Author, Paper

# NLM lists six authors, then "et al."
MAX_AUTHORS = 6
# A patient sheet names three, as NLM allows for short lists, to keep two pages.
SHEET_AUTHORS = 3
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def author_name(author: Author) -> str:
    """"Nazari H", "Ahmadi Tafti SM"; a literal (organisation, Chinese name) stays whole."""
    if author.literal:
        return author.literal
    initials = "".join(part[0].upper() for part in re.split(r"[\s.\-]+", author.given) if part)
    return f"{author.family} {initials}".strip()


def _authors(paper: Paper, most: int = MAX_AUTHORS) -> str:
    names = [author_name(a) for a in paper.authors[:most]]
    if not names:
        return ""
    if len(paper.authors) > most or paper.authors_truncated:
        names.append("et al")
    return ", ".join(names) + "."


def _date(iso: str | None) -> str:
    """"2024 Jul 16" from "2024-07-16"; as precise as the date is known."""
    if not iso:
        return ""
    parts = iso.split("-")
    out = [parts[0]]
    if len(parts) > 1 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        out.append(_MONTHS[int(parts[1]) - 1])
        if len(parts) > 2 and parts[2].isdigit():
            out.append(str(int(parts[2])))
    return " ".join(out)


def _sentence(text: str | None) -> str:
    text = (text or "").strip()
    if not text:
        return ""
    return text if text[-1] in ".?!" else text + "."


def vancouver(paper: Paper, *, most_authors: int = MAX_AUTHORS) -> str:
    """One reference: authors. Title. Journal. Date;Volume(Issue):Pages. doi"""
    journal = paper.journal_abbrev or paper.journal or ""
    journal = journal.replace(".", "").strip()
    where = _date(paper.date)
    if paper.volume:
        where += f";{paper.volume}"
    if paper.issue:
        where += f"({paper.issue})"
    if paper.pages:
        where += f":{paper.pages}"
    parts = [_authors(paper, most_authors), _sentence(paper.title), _sentence(journal), _sentence(where)]
    if paper.doi:
        parts.append(f"doi:{paper.doi}")
    elif paper.pmid:
        parts.append(f"PMID: {paper.pmid}")
    return " ".join(p for p in parts if p)


def short_name(paper: Paper, language: str = "en") -> str:
    """How the table names a study: first author's family name and year;
    "等" after it in Chinese ("王小明等 2023"), "et al." in English."""
    first = paper.authors[0] if paper.authors else None
    name = (first.literal or first.family) if first else (paper.journal_abbrev or paper.journal or "")
    if first and (len(paper.authors) > 1 or paper.authors_truncated):
        name += "等" if language.startswith("zh") else " et al."
    year = str(paper.year) if paper.year else ""
    return " ".join(p for p in (name, year) if p) or (paper.title or "")[:40]

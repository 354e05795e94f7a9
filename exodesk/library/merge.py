"""Recognising the same paper from two sources, and combining what they say.

Two records are the same paper when they share a DOI, PMID or PMCID, or a
normalised title with the same year. Combining never loses either side: the
newcomer fills gaps, lists are united, a value a person edited is never
overwritten, and a disagreement is kept as a conflict for a person to settle.
"""

from __future__ import annotations

import copy

from exodesk.library.records import clone
from exodesk.model import Conflict, Paper, fold_text, title_key

SCALAR_FIELDS = (
    "title",
    "journal",
    "journal_abbrev",
    "date",
    "volume",
    "issue",
    "pages",
    "doi",
    "pmid",
    "pmcid",
    "issn",
    "publisher",
    "publication_type",
    "language",
)
LIST_FIELDS = ("affiliations", "keywords", "links", "figure_captions", "references")


def match_keys(paper: Paper, key: str | None = None) -> list[tuple[str, str]]:
    """(column, value) pairs to look a paper up by, strongest first; `key`
    is the paper's title_key when it is known already."""
    keys = []
    for column in ("doi", "pmid", "pmcid"):
        value = getattr(paper, column)
        if value:
            keys.append((column, value))
    if key is None:
        key = title_key(paper.title)
    if len(key) >= 12:  # short titles ("Editorial") say nothing about identity
        keys.append(("title_key", key))
    return keys


def choose_duplicate(keys: list[tuple[str, str]], year: int | None, found) -> int | None:
    """The paper a newcomer with these match keys and year is the same as, or
    None; `found(column, value)` gives the live papers' (id, year), in id order.

    Identifiers match alone, strongest first (DOI, PMID, PMCID); a title
    matches only with the same year, or when either year is unknown, and
    then a paper with the same year is preferred.
    """
    title_matches = []
    for column, value in keys:
        papers = found(column, value)
        if column != "title_key":
            if papers:
                return papers[0][0]
            continue
        title_matches += [(other != year, paper_id) for paper_id, other in papers
                          if not (year and other and year != other)]
    return min(title_matches)[1] if title_matches else None


def _same(a, b) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return fold_text(a).casefold().rstrip(".") == fold_text(b).casefold().rstrip(".")
    return a == b


def _more_precise_date(kept: str, other: str) -> bool:
    return other.startswith(kept) and len(other) > len(kept)


def merge(existing: Paper, newcomer: Paper, *, source: str = "") -> tuple[Paper, bool]:
    """Return (combined paper, whether anything new was learned)."""
    merged = clone(existing)
    learned = False
    locked = set(existing.edited)

    for name in SCALAR_FIELDS:
        kept, other = getattr(merged, name), getattr(newcomer, name)
        if other in (None, ""):
            continue
        if kept in (None, "") and name not in locked:
            setattr(merged, name, other)
            if name in newcomer.provenance:
                merged.provenance[name] = newcomer.provenance[name]
            learned = True
        elif name == "date" and name not in locked and _more_precise_date(kept, other):
            merged.date = other
            if "date" in newcomer.provenance:
                merged.provenance["date"] = newcomer.provenance["date"]
            learned = True
        elif not _same(kept, other):
            conflict = Conflict(field=name, kept=kept, other=other, other_source=source)
            if conflict not in merged.conflicts:
                merged.conflicts.append(conflict)
                learned = True

    for name in LIST_FIELDS:
        kept_list = getattr(merged, name)
        seen = {fold_text(str(v)).casefold() for v in kept_list}
        for value in getattr(newcomer, name):
            if fold_text(str(value)).casefold() not in seen:
                kept_list.append(value)
                seen.add(fold_text(str(value)).casefold())
                learned = True

    for language, title in newcomer.titles.items():
        if language not in merged.titles:
            merged.titles[language] = title
            learned = True

    # Authors: a full list replaces a list the source cut short ("et al.").
    if "authors" not in locked and newcomer.authors:
        if not merged.authors or (
            merged.authors_truncated
            and not newcomer.authors_truncated
            and len(newcomer.authors) >= len(merged.authors)
        ):
            merged.authors = copy.deepcopy(newcomer.authors)
            merged.authors_truncated = newcomer.authors_truncated
            if "authors" in newcomer.provenance:
                merged.provenance["authors"] = newcomer.provenance["authors"]
            learned = True

    # Abstracts: one per language; a structured one beats a flat one.
    for abstract in newcomer.abstracts:
        mine = next((a for a in merged.abstracts if a.language == abstract.language), None)
        if mine is None:
            merged.abstracts.append(copy.deepcopy(abstract))
            learned = True
        elif abstract.sections and not mine.sections and f"abstract:{abstract.language}" not in locked:
            merged.abstracts[merged.abstracts.index(mine)] = copy.deepcopy(abstract)
            learned = True

    for key, value in newcomer.extra.items():
        if key not in merged.extra:
            merged.extra[key] = value
            learned = True
    return merged, learned

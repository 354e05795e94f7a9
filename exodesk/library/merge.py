"""Recognising the same paper from two sources, and combining what they say.

Two records are the same paper when they share a DOI, PMID or PMCID and no
identifier of one contradicts the other's (two DOIs, or two PMIDs, are two
papers). A shared normalised title is weaker: generic titles ("Exosomes in
wound healing: a review") recur, so it also needs the same year (or an
unknown one) and an agreeing first author or journal.

Combining never loses either side: the newcomer fills gaps, lists are united,
a value a person edited is never overwritten, and a disagreement is kept as a
conflict for a person to settle. A `Merger` remembers what the paper already
holds, so that folding many records into one paper costs each record's size,
not the paper's.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from exodesk.library.records import clone
from exodesk.model import (
    LIST,
    ONE,
    Author,
    Conflict,
    Paper,
    fold_text,
    paper_fields,
    title_key,
)
from exodesk.text.languages import language_tag

# How a merge treats each field: one value kept (a disagreement is a
# conflict), or lists united.
SCALAR_FIELDS = paper_fields(kind=ONE)
LIST_FIELDS = paper_fields(kind=LIST)

# Match keys: the first four are looked up (library columns); the others
# only check a title match: the first author's family name, the journal
# (full or abbreviated, as lower-case words) and its ISSN.
IDENTIFIERS = ("doi", "pmid", "pmcid")
LOOKUP_COLUMNS = (*IDENTIFIERS, "title_key")
_LOOKED_UP = frozenset(LOOKUP_COLUMNS)


def match_keys(paper: Paper, key: str | None = None) -> list[tuple[str, str]]:
    """(kind, value) pairs a paper is recognised by, strongest first; `key`
    is the paper's title_key when it is known already."""
    keys = [(column, value) for column in IDENTIFIERS if (value := getattr(paper, column))]
    if key is None:
        key = title_key(paper.title)
    if len(key) >= 12:  # short titles ("Editorial") say nothing about identity
        keys.append(("title_key", key))
    return keys + check_keys(paper.authors[0] if paper.authors else None,
                             paper.journal, paper.journal_abbrev, paper.issn)


def check_keys(first_author: Author | dict | None, journal: str | None, abbrev: str | None,
               issn: str | None) -> list[tuple[str, str]]:
    """The keys that confirm a title match, from a paper or a library row."""
    if isinstance(first_author, dict):
        first_author = Author(**{k: v for k, v in first_author.items() if k in ("family", "given", "literal")})
    keys = [("author", word) for word in _family_words(first_author)]
    keys += [("journal", words) for name in (journal, abbrev) if (words := _journal_words(name))]
    return keys + ([("issn", issn.upper())] if issn else [])


def _family_words(author: Author | None) -> list[str]:
    """The family name's words, folded ("Ahmadi Tafti" -> ahmadi, tafti); a
    name kept whole gives all its words, as its order is unknown."""
    if author is None:
        return []
    name = author.family if author.family and isinstance(author.family, str) else author.literal
    words = (title_key(word) for word in re.split(r"[\s\-,.]+", name if isinstance(name, str) else ""))
    return sorted({word for word in words if len(word) >= 2 or not word.isascii()} - {""})


_BRACKETED = re.compile(r"\([^()]*\)")
_JOURNAL_STOPWORDS = {"of", "the", "and", "for", "in", "on", "&", "a", "an", "de", "la", "und"}


def _journal_words(name: str | None) -> str:
    """"Int J Mol Sci", "International Journal of Molecular Sciences" ->
    "int j mol sci", "international journal molecular sciences"."""
    if not name or not isinstance(name, str):
        return ""
    words = (title_key(word) for word in re.split(r"[\s.,:;/]+", _BRACKETED.sub(" ", name)))
    return " ".join(word for word in words if word and word not in _JOURNAL_STOPWORDS)


def _abbreviates(short: str, full: str) -> bool:
    """Whether `short` is an ISO 4 style abbreviation of `full`: word by word,
    each abbreviated word begins as the full one does and keeps its letters
    in order ("Natl" of "National", "Gastroenterol" of "Gastroenterology")."""
    short_words, full_words = short.split(), full.split()
    if len(short_words) != len(full_words):
        return False
    return all(s[0] == f[0] and _in_order(s, f) for s, f in zip(short_words, full_words, strict=True))


def _in_order(letters: str, word: str) -> bool:
    remaining = iter(word)
    return all(letter in remaining for letter in letters)


@dataclass(frozen=True)
class Identity:
    """What recognising a paper needs: its number, year and match keys."""

    id: int | None
    year: int | None
    keys: tuple[tuple[str, str], ...] = ()

    def values(self, kind: str) -> set[str]:
        return {value for k, value in self.keys if k == kind}


def contradicts(a: Identity, b: Identity) -> bool:
    """Two papers for certain: both have a DOI (or PMID, PMCID) and they differ."""
    return any(x and y and x.isdisjoint(y) for x, y in ((a.values(c), b.values(c)) for c in IDENTIFIERS))


def confirms_title(a: Identity, b: Identity) -> bool:
    """Whether a shared title is the same paper: the same year (or an
    unknown one), and the first author's family name or the journal agree."""
    if a.year and b.year and a.year != b.year:
        return False
    if a.values("author") & b.values("author") or a.values("issn") & b.values("issn"):
        return True
    return any(x == y or _abbreviates(x, y) or _abbreviates(y, x)
               for x in a.values("journal") for y in b.values("journal"))


def choose_duplicate(keys: list[tuple[str, str]], year: int | None, found) -> int | None:
    """The paper a newcomer with these match keys and year is the same as, or
    None; `found(column, value)` gives the live papers' Identity, in id order.

    Identifiers match alone, strongest first (DOI, PMID, PMCID), unless
    another identifier contradicts; a title needs confirms_title, and then a
    paper with the same year is preferred.
    """
    newcomer = None  # made only when some paper shares a key (most newcomers share none)
    title_matches = []
    for column, value in keys:
        if column not in _LOOKED_UP:
            continue
        papers = found(column, value)
        if not papers:
            continue
        newcomer = newcomer or Identity(None, year, tuple(keys))
        papers = [p for p in papers if not contradicts(newcomer, p)]
        if column != "title_key":
            if papers:
                return papers[0].id
            continue
        title_matches += [(paper.year != year, paper.id) for paper in papers if confirms_title(newcomer, paper)]
    return min(title_matches)[1] if title_matches else None


def _same(name: str, a, b) -> bool:
    if name == "language" and isinstance(a, str) and isinstance(b, str):
        return _same_language(a, b)
    if isinstance(a, str) and isinstance(b, str):
        return fold_text(a).casefold().rstrip(".") == fold_text(b).casefold().rstrip(".")
    return a == b


def _same_language(a: str, b: str) -> bool:
    """By ISO code: "Portuguese" (a web page) is "pt" (RIS); "zh" covers "zh-CN"."""
    x, y = ((language_tag(v) or fold_text(v)).casefold() for v in (a, b))
    return x == y or x.startswith(y + "-") or y.startswith(x + "-")


def _more_precise_date(kept: str, other: str) -> bool:
    return other.startswith(kept) and len(other) > len(kept)


def _folded(value) -> str:
    return fold_text(str(value)).casefold()


def _conflict_key(conflict: Conflict):
    key = (conflict.field, conflict.kept, conflict.other, conflict.other_source)
    try:
        hash(key)
    except TypeError:  # a list or a dict from an odd stored record
        return repr(key)
    return key


class Merger:
    """A paper taking in records one after another. What it holds is
    remembered (list values, conflicts), so each record costs its own size:
    thousands of records of one DOI merge in linear time."""

    def __init__(self, paper: Paper):
        self.paper = paper
        self.locked = set(paper.edited)
        self.seen = {name: {_folded(v) for v in getattr(paper, name)} for name in LIST_FIELDS}
        self.conflicts = {_conflict_key(c) for c in paper.conflicts}

    def absorb(self, newcomer: Paper, *, source: str = "") -> bool:
        """Take in what `newcomer` says; returns whether anything new was learned."""
        merged, locked = self.paper, self.locked
        learned = False
        for name in SCALAR_FIELDS:
            kept, other = getattr(merged, name), getattr(newcomer, name)
            if other in (None, ""):
                continue
            if kept in (None, "") and name not in locked or name == "date" and name not in locked and _more_precise_date(kept, other):
                learned |= self._take(name, other, newcomer)
            elif not _same(name, kept, other):
                learned |= self._conflict(Conflict(field=name, kept=kept, other=other, other_source=source))

        for name in LIST_FIELDS:
            kept_list, seen = getattr(merged, name), self.seen[name]
            for value in getattr(newcomer, name):
                folded = _folded(value)
                if folded not in seen:
                    kept_list.append(value)
                    seen.add(folded)
                    learned = True

        for language, title in newcomer.titles.items():
            if language not in merged.titles:
                merged.titles[language] = title
                learned = True

        # Authors: a full list replaces a list the source cut short ("et al.").
        fuller = not merged.authors or (
            merged.authors_truncated
            and not newcomer.authors_truncated
            and len(newcomer.authors) >= len(merged.authors)
        )
        if "authors" not in locked and newcomer.authors and fuller:
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
        return learned

    def _take(self, name: str, value, newcomer: Paper) -> bool:
        setattr(self.paper, name, value)
        if name in newcomer.provenance:
            self.paper.provenance[name] = newcomer.provenance[name]
        return True

    def _conflict(self, conflict: Conflict) -> bool:
        key = _conflict_key(conflict)
        if key in self.conflicts:
            return False
        self.paper.conflicts.append(conflict)
        self.conflicts.add(key)
        return True


def merge(existing: Paper, newcomer: Paper, *, source: str = "") -> tuple[Paper, bool]:
    """Return (combined paper, whether anything new was learned)."""
    merger = Merger(clone(existing))
    learned = merger.absorb(newcomer, source=source)
    return merger.paper, learned

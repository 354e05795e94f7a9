"""Full-text search: what goes into the index and how a typed query is read.

SQLite's unicode61 tokenizer treats a run of Chinese characters as one word,
so a search for 系統性 would not find it inside a sentence. We index Chinese
one character per token, converted to Simplified, and turn Chinese in a query
into a phrase of single characters: 系统性 and 系統性 then find each other.

A typed query is never handed to FTS5 as syntax: every word becomes a quoted
prefix term, so a half-typed `"exo` or `AND (` searches for what is there
instead of raising a syntax error. A single Latin letter is left out: it
begins a word in nearly every abstract, so it would narrow nothing while
costing a scan of the whole index on the first keystroke.
"""

from __future__ import annotations

import re

from exodesk.model import Notes, Paper
from exodesk.text.chinese import HAN_RUN, han_count, to_simplified

_QUERY_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\W_]+", re.UNICODE)


def index_text(text: str) -> str:
    """Text as it goes into the index: Chinese as spaced Simplified characters."""
    if not text or not han_count(text):
        return text or ""
    # One conversion of the whole text: OpenCC called once per run of Chinese
    # characters was a tenth of an import.
    return HAN_RUN.sub(lambda m: " " + " ".join(m.group(0)) + " ", to_simplified(text))


def paper_index_row(paper: Paper, notes: Notes | None) -> dict[str, str]:
    titles = [paper.title or "", *paper.titles.values()]
    authors = [a.display() for a in paper.authors]
    abstracts = [a.text for a in paper.abstracts]
    parts = [
        paper.journal or "",
        paper.journal_abbrev or "",
        paper.doi or "",
        " ".join(paper.keywords),
    ]
    note_text = ""
    if notes:
        note_text = " ".join(
            [
                notes.study_design,
                notes.intervention,
                notes.outcome,
                notes.outcome_zh,
                notes.adverse_events,
                notes.summary_en,
                notes.summary_zh,
                notes.free_notes,
                " ".join(notes.tags),
                " ".join(notes.conditions),
            ]
        )
    return {
        "title": index_text(" ".join(titles)),
        "authors": index_text(" ".join(authors)),
        "abstract": index_text(" ".join(abstracts + parts)),
        "notes": index_text(note_text),
    }


def fts_query(typed: str) -> str | None:
    """A safe FTS5 expression for what a person typed, or None for no words."""
    terms = []
    for token in _QUERY_TOKEN.findall(typed or ""):
        if han_count(token):
            chars = " ".join(to_simplified(token))
            terms.append(f'"{chars}"')
        elif len(token) > 1 or not token.isascii():
            terms.append(f'"{token}"*')
    return " ".join(terms) if terms else None


def any_spelling_query(phrases: list[str], chinese: list[str]) -> str | None:
    """An FTS5 expression finding every paper that contains any of the
    phrases (any case, hyphen or space between words, a plural ending) or
    Chinese names (either script): a superset of what the condition matcher
    (evidence/vocabulary.py) finds, so only those papers need it."""
    terms = []
    for phrase in phrases:
        words = _QUERY_TOKEN.findall(phrase)
        if words and not any(han_count(w) for w in words):
            terms.append('"' + " ".join(words) + '"*')
    for name in chinese:
        chars = "".join(HAN_RUN.findall(to_simplified(name)))
        if chars:
            terms.append('"' + " ".join(chars) + '"')
    return " OR ".join(terms) if terms else None

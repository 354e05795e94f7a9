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

Words that name a condition of the vocabulary (evidence/vocabulary.py) are
searched with all of its names: "scleroderma", "SSc" and 硬皮病 each find the
papers on systemic sclerosis, and `also_searched` tells the person so.
"""

from __future__ import annotations

import re

from exodesk.evidence import vocabulary
from exodesk.evidence.vocabulary import Condition
from exodesk.model import Notes, Paper, note_fields, paper_fields
from exodesk.text.chinese import HAN_RUN, han_count, to_simplified

_QUERY_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\W_]+", re.UNICODE)


# A character from the first block of Chinese characters on. Looked for
# before them in a text: one range to check a character against, where Chinese
# characters are three, is four times as quick through the English abstract
# that comes before a Chinese one.
_WIDE = re.compile("[\u3400-\U0010ffff]")


def index_text(text: str) -> str:
    """Text as it goes into the index: Chinese as spaced Simplified characters."""
    # Whether it has any Chinese at all: the first found says so, where
    # counting them goes through a whole Chinese abstract.
    if not text or text.isascii() or not _has_chinese(text):
        return text or ""
    # One conversion of the whole text: each call into OpenCC costs, and a
    # text holds many runs of Chinese characters.
    simplified = to_simplified(text)
    wide = _WIDE.search(simplified)
    start = wide.start() if wide else len(simplified)  # no Chinese before it
    # The text between runs of Chinese characters, and each run (split keeps
    # them), spaced in a list rather than a call for each run (600 Chinese
    # texts: 12.7 ms of CPU instead of 15.4 ms).
    pieces = _HAN_RUN_KEPT.split(simplified[start:])
    pieces[1::2] = [_spaced(run) for run in pieces[1::2]]
    return simplified[:start] + "".join(pieces)


_HAN_RUN_KEPT = re.compile(f"({HAN_RUN.pattern})")


def _has_chinese(text: str) -> bool:
    return (wide := _WIDE.search(text)) is not None and HAN_RUN.search(text, wide.start()) is not None


def _spaced(run: str) -> str:
    """A run of Chinese characters with a space before, between and after
    them: str.replace puts one at each place between characters, the ends too
    (600 Chinese texts: 12 ms of CPU instead of 20 ms for a space joined
    between the characters and one at each end)."""
    return run.replace("", " ")


def paper_index_row(paper: Paper, notes: Notes | None) -> dict[str, str]:
    titles = [paper.title or "", *paper.titles.values()]
    authors = [a.display() for a in paper.authors]
    abstracts = [a.text for a in paper.abstracts]
    parts = [_words(getattr(paper, name)) for name in _PAPER_SEARCHED]
    note_text = " ".join(_words(getattr(notes, name)) for name in _NOTES_SEARCHED) if notes else ""
    return {
        "title": index_text(" ".join(titles)),
        "authors": index_text(" ".join(authors)),
        "abstract": index_text(" ".join(abstracts + parts)),
        "notes": index_text(note_text),
    }


# The fields whose words are found besides the title, authors and abstracts.
_PAPER_SEARCHED = paper_fields(searched=True)
_NOTES_SEARCHED = note_fields(searched=True)


def _words(value: str | list[str] | None) -> str:
    return " ".join(value) if isinstance(value, list) else value or ""


# A condition's name is at most this many words long; a query is looked at
# only this far for names, so a pasted paragraph costs no more than a phrase.
_NAME_WORDS = 5
_WORDS_LOOKED_AT = 40
# A query is at most this many different terms: a pasted page would make
# FTS5 intersect thousands of lists (2.7 s at 20,000 papers) and narrows
# nothing that its first words do not.
MAX_TERMS = 32


def _term(token: str) -> str | None:
    if han_count(token):
        return '"' + " ".join(to_simplified(token)) + '"'
    if len(token) > 1 or not token.isascii():
        return f'"{token}"*'
    return None


def _named_conditions(tokens: list[str]) -> list[tuple[int, int, Condition]]:
    """(start, end, condition) for each run of typed words naming a condition,
    longest first and never overlapping: "systemic sclerosis" is one name."""
    found, start = [], 0
    limit = min(len(tokens), _WORDS_LOOKED_AT)
    while start < limit:
        for end in range(min(limit, start + _NAME_WORDS), start, -1):
            condition = vocabulary.lookup(" ".join(tokens[start:end]))
            if condition:
                found.append((start, end, condition))
                start = end
                break
        else:
            start += 1
    return found


def _all_names(condition: Condition) -> str:
    """An FTS5 group matching any of a condition's names; abbreviations whole,
    since "SSc" as a beginning would also find "sscore"."""
    names = any_spelling_query([condition.en, *condition.synonyms], sorted(condition.chinese_spellings()))
    abbreviations = [f'"{a}"' for a in condition.abbreviations if _QUERY_TOKEN.fullmatch(a)]
    return "(" + " OR ".join([names or "", *abbreviations]).strip(" OR") + ")"


def fts_query(typed: str) -> str | None:
    """A safe FTS5 expression for what a person typed, or None for no words."""
    tokens = _QUERY_TOKEN.findall(typed or "")
    named = {start: (end, condition) for start, end, condition in _named_conditions(tokens)}
    terms, index = [], 0
    while index < len(tokens):
        if index in named:
            end, condition = named[index]
            typed_words = " ".join(filter(None, map(_term, tokens[index:end])))
            terms.append(f"(({typed_words}) OR {_all_names(condition)})" if typed_words else _all_names(condition))
            index = end
            continue
        term = _term(tokens[index])
        if term and term not in terms:
            terms.append(term)
        index += 1
    terms = terms[:MAX_TERMS]
    # AND spelled out: FTS5 takes no implicit AND after a bracketed group.
    return " AND ".join(terms) if terms else None


def also_searched(typed: str, language: str = "en") -> list[str]:
    """The conditions a query was widened to, by name, when the words typed
    were another of their names: ["systemic sclerosis"] for "scleroderma"."""
    tokens = _QUERY_TOKEN.findall(typed or "")
    names = []
    for start, end, condition in _named_conditions(tokens):
        name = condition.name(language)
        if vocabulary.lookup(name) is condition and _same_name(" ".join(tokens[start:end]), name):
            continue
        if name not in names:
            names.append(name)
    return names


def _same_name(typed: str, name: str) -> bool:
    return vocabulary.name_key(typed) == vocabulary.name_key(name)


def any_spelling_query(phrases: list[str], chinese: list[str]) -> str | None:
    """An FTS5 expression finding every paper that contains any of the
    phrases (any case, hyphen or space between words, a plural ending) or
    Chinese names (either script): a superset of what the condition matcher
    (evidence/vocabulary.py) finds, so only those papers need it."""
    terms: list[str] = []
    for phrase in phrases:
        words = _QUERY_TOKEN.findall(phrase)
        if words and not any(han_count(w) for w in words):
            terms.append('"' + " ".join(words) + '"*')
    for name in chinese:
        chars = "".join(HAN_RUN.findall(to_simplified(name)))
        if chars and '"' + " ".join(chars) + '"' not in terms:
            terms.append('"' + " ".join(chars) + '"')
    return " OR ".join(terms) if terms else None

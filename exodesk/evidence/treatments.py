"""The treatment vocabulary: the words that name the treatment a sheet is about.

The data lives in resources/treatments.json so the clinic can edit it; its
"about" says what counts (exosomes, extracellular vesicles, secretome,
conditioned medium) and what does not (stem cells themselves, plant
exosome-like nanovesicles). A paper is evidence for a sheet only when its
intervention names the treatment.

find() may run over thousands of abstracts, most of which name the treatment,
so no pattern is tried at every position of a text: English and Chinese terms
only where one of their first words starts (all found in one pass of an
automaton), abbreviations only in a text that holds one of them.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from ahocorasick_rs import AhoCorasick, Implementation

from exodesk.evidence.guarded import AnyOf, lowered
from exodesk.text.chinese import to_simplified, to_traditional_hk


@dataclass(frozen=True)
class Treatment:
    id: str
    en: str
    zh_hant: str
    terms: tuple[str, ...] = ()  # matched ignoring case, plural forms too
    abbreviations: tuple[str, ...] = ()  # matched with their exact capitals
    terms_zh: tuple[str, ...] = ()  # matched in Simplified and Hong Kong Traditional


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    path = resources.files("exodesk.resources") / "treatments.json"
    return json.loads(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def load() -> tuple[Treatment, ...]:
    return tuple(
        Treatment(
            id=t["id"],
            en=t["en"],
            zh_hant=t["zh_hant"],
            terms=tuple(t.get("terms", ())),
            abbreviations=tuple(t.get("abbreviations", ())),
            terms_zh=tuple(t.get("terms_zh", ())),
        )
        for t in _data()["treatments"]
    )


def default() -> Treatment:
    """The clinic's treatment, named by the vocabulary's "default"."""
    wanted = _data()["default"]
    return next(t for t in load() if t.id == wanted)


def _longest_first(names) -> list[str]:
    return sorted(set(names), key=lambda n: (-len(n), n))


@dataclass(frozen=True)
class _Matcher:
    terms: re.Pattern  # in lowered text, tried where one of first_words starts
    first_words: AhoCorasick  # of the terms
    abbreviations: re.Pattern | None  # searched in a text holding one of abbreviation_guards
    abbreviation_guards: AnyOf
    chinese: re.Pattern | None  # tried where one of chinese_spellings starts
    chinese_spellings: AhoCorasick | None


@functools.cache
def _matcher(treatment: Treatment) -> _Matcher:
    words = [term.lower().replace("-", " ").split() for term in treatment.terms]
    # Hyphen or space between words; a plural ending; not "exosome-like".
    alternatives = "|".join(r"[\s-]+".join(map(re.escape, w)) for w in sorted(words, key=lambda w: -len(" ".join(w))))
    terms = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?:e?s)?(?![a-z0-9])(?![\s-]*like(?![a-z]))")
    abbreviations = chinese = None
    if treatment.abbreviations:
        # After a hyphen too (hUCMSC-Exos); not before a capital's code (EV-D68, an enterovirus).
        either = "|".join(map(re.escape, _longest_first(treatment.abbreviations)))
        abbreviations = re.compile(rf"(?<![A-Za-z0-9])(?:{either})s?(?![A-Za-z0-9])(?!-[A-Z0-9])")
    spellings = _longest_first(
        spelling for term in treatment.terms_zh for spelling in (term, to_simplified(term), to_traditional_hk(term))
    )
    if spellings:
        # Not 類外泌體 nor 外泌體樣 (exosome-like).
        chinese = re.compile(rf"(?<![類类])(?:{'|'.join(map(re.escape, spellings))})(?![樣样])")
    return _Matcher(
        terms=terms,
        first_words=_finder(sorted({w[0] for w in words})),
        abbreviations=abbreviations,
        abbreviation_guards=AnyOf(treatment.abbreviations),
        chinese=chinese,
        chinese_spellings=_finder(spellings) if spellings else None,
    )


def _finder(words: list[str]) -> AhoCorasick:
    """Finds every place of each of `words` in a text, in one pass: the
    treatment looked for in the 1,381 texts 1,000 papers' interventions were
    read from took 3.1 ms of CPU so, 3.8 ms with str.find for each word."""
    return AhoCorasick(words, implementation=Implementation.DFA)


@functools.cache
def _default_matcher() -> _Matcher:
    """_matcher(default()), without finding the default among the treatments
    and hashing it for each text (1,381 texts of 1,000 papers: 5.3 ms of CPU
    for treatments.find, 3.9 ms so)."""
    return _matcher(default())


def _matches_where_words_start(pattern: re.Pattern, text: str, words: AhoCorasick) -> list[tuple[int, int]]:
    """Where `pattern`, whose every match starts with one of the `words`, matches
    `text`: tried only where a word starts (a look-behind still sees the text
    before), which is quicker than a search when the words are few in it."""
    starts = {start for _, start, _ in words.find_matches_as_indexes(text, overlapping=True)}
    return [m.span() for start in starts if (m := pattern.match(text, start))]


def _spans(matcher: _Matcher, text: str) -> list[tuple[int, int]]:
    low = lowered(text)
    if len(low) != len(text):  # a rare letter grew when lowered: keep it, so positions stay the text's
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    spans = _matches_where_words_start(matcher.terms, low, matcher.first_words)
    if matcher.abbreviations and matcher.abbreviation_guards.in_text(text):
        spans += [m.span() for m in matcher.abbreviations.finditer(text)]
    if matcher.chinese and matcher.chinese_spellings and not text.isascii():
        spans += _matches_where_words_start(matcher.chinese, text, matcher.chinese_spellings)
    return spans


def find(text: str, treatment: Treatment | None = None) -> list[str]:
    """The words in `text` that name the treatment, in the order found, each
    once (ignoring case); [] when none do."""
    if not text:
        return []
    found: dict[str, str] = {}
    end = -1
    matcher = _matcher(treatment) if treatment is not None else _default_matcher()
    # Of matches that overlap, the first and longest.
    for start, stop in sorted(_spans(matcher, text), key=lambda s: (s[0], -s[1])):
        if start >= end:
            words = text[start:stop]
            found.setdefault(words.casefold(), words)
            end = stop
    return list(found.values())


def is_treatment(intervention: str, treatment: Treatment | None = None) -> bool:
    """Whether an intervention, as the notes record it, names the treatment."""
    return bool(find(intervention, treatment))

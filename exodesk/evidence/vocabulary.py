"""The conditions vocabulary: names in English and Chinese, synonyms, abbreviations.

The data lives in resources/conditions.json so the clinic can edit it. Names are
matched ignoring case and punctuation; short abbreviations (SSc, IBD) only with
their own capitals as whole words, because "ssc" or "ibd" inside other words
mean something else. Chinese names match in Simplified and in Hong Kong
Traditional characters, as abstracts come in either script.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources

from ahocorasick_rs import AhoCorasick, Implementation

from exodesk.text.chinese import to_simplified, to_traditional_hk


@dataclass(frozen=True)
class Condition:
    id: str
    en: str
    zh_hant: str
    synonyms: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    synonyms_zh: tuple[str, ...] = ()
    # Conditions a synonym may name inside it, found there as well.
    includes: tuple[str, ...] = ()
    treatments: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    # What the condition is, for a patient: {"en": ..., "zh-Hant": ...}.
    about: dict[str, str] = field(default_factory=dict, hash=False)

    def name(self, language: str) -> str:
        return self.zh_hant if language.startswith("zh") else self.en

    def chinese_spellings(self) -> set[str]:
        """Every Chinese name in both scripts."""
        names = {self.zh_hant, *self.synonyms_zh}
        # A name like 暗瘡（痤瘡） also stands for its parts.
        for name in list(names):
            names.update(p for p in re.split(r"[（）()]", name) if p)
        spelled = set()
        for name in names:
            spelled |= {name, to_simplified(name), to_traditional_hk(name)}
        return spelled


@dataclass(frozen=True)
class Match:
    """A condition found in a text, with the words that matched."""

    condition: Condition
    words: tuple[str, ...]


# Characters that differ between pages but mean the same: curly quotes, dashes.
_SAME_CHARACTERS = {"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"}
_SAME = str.maketrans(_SAME_CHARACTERS)


@functools.cache
def load() -> tuple[Condition, ...]:
    path = resources.files("exodesk.resources") / "conditions.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Condition(
            id=c["id"],
            en=c["en"],
            zh_hant=c["zh_hant"],
            synonyms=tuple(c.get("synonyms", ())),
            abbreviations=tuple(c.get("abbreviations", ())),
            synonyms_zh=tuple(c.get("synonyms_zh", ())),
            includes=tuple(c.get("includes", ())),
            treatments={k: tuple(v) for k, v in c.get("treatments", {}).items()},
            about=dict(c.get("about", {})),
        )
        for c in data["conditions"]
    )


def last_checked() -> str:
    path = resources.files("exodesk.resources") / "conditions.json"
    return json.loads(path.read_text(encoding="utf-8")).get("last_checked", "")


def by_id(condition_id: str) -> Condition:
    for condition in load():
        if condition.id == condition_id:
            return condition
    raise KeyError(condition_id)


def name_key(name: str) -> str:
    """A name reduced to letters and digits in one script, for look-ups."""
    folded = unicodedata.normalize("NFKC", name).translate(_SAME).casefold()
    folded = re.sub(r"'s\b", "s", folded)
    return to_simplified("".join(ch for ch in folded if ch.isalnum()))


@functools.cache
def _index() -> dict[str, Condition]:
    index: dict[str, Condition] = {}
    for condition in load():
        names = [condition.id, condition.en, *condition.synonyms, *condition.abbreviations]
        names += sorted(condition.chinese_spellings())
        for name in names:
            index.setdefault(name_key(name), condition)
    return index


def lookup(name: str) -> Condition | None:
    """The condition any spelling, synonym, abbreviation or Chinese name means."""
    return _index().get(name_key(name)) if name and name.strip() else None


def _same_characters(text: str) -> str:
    """text.translate(_SAME), faster: translate looks up every character of a
    text that is not ASCII, while most texts hold few of these, if any."""
    for character, same in _SAME_CHARACTERS.items():
        if character in text:
            text = text.replace(character, same)
    return text


def _fold_same_length(text: str) -> str:
    """Lower case, one kind of apostrophe and dash; every character stays one
    character, so a match's position is the same in the original text."""
    translated = _same_characters(text)
    lowered = translated.lower()
    # The usual case, in C: nothing grew when lowered (and no Greek capital
    # sigma, which lower() spells by its place in the word).
    if len(lowered) == len(translated) and "\u03a3" not in translated:
        return lowered
    out = []
    for ch in translated:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def _phrase_words(phrase: str) -> list[str]:
    """The phrase's words, folded; a hyphen is a space."""
    return _fold_same_length(phrase).replace("-", " ").split()


def _phrase_pattern(phrase: str) -> tuple[str, str]:
    """The phrase's first character and the pattern for the rest of it (but
    its plural ending, _PLURAL)."""
    words = _phrase_words(phrase)
    # Hyphen or space between words.
    return words[0][0], r"[\s-]+".join(re.escape(w) for w in [words[0][1:], *words[1:]])


# A plural ending on a phrase's last word. After any of the phrases rather than
# after each: the engine tries each phrase with each ending in the same order
# either way (the same matches), and the pattern to compile is a third shorter
# (3.0 ms of CPU instead of 5.6 ms).
_PLURAL = r"(?:s|es|e)?"


def any_name(names: list[tuple[str, str]], not_after: str = "") -> str:
    """A pattern for any of `names` (first character, pattern for the rest),
    the first of them that matches; with `not_after`, where the text has no
    character of that class before it.

    As one alternative per name, each position of a text is tried with every
    name. Grouped by their first character, in the given order, the engine
    skips to a character some name starts with and tries only those names:
    the same match, as a name cannot match where its first character is not.
    """
    groups: dict[str, list[str]] = {}
    for first, rest in names:
        groups.setdefault(first, []).append(rest)

    def group(first: str, rests: list[str]) -> str:
        first = re.escape(first)
        # After the first character, which the engine looks for.
        behind = f"(?<!{not_after}{first})" if not_after else ""
        return f"{first}{behind}(?:{'|'.join(rests)})"

    return "(?:" + "|".join(group(first, rests) for first, rests in groups.items()) + ")"


# The kinds of name, each found by a pattern of its own.
_PHRASE, _ABBREVIATION, _CHINESE = range(3)


@dataclass(frozen=True)
class _Matchers:
    """Three patterns: English phrases (any case), abbreviations (exact case),
    Chinese names (no word boundaries in Chinese), each longest first; and
    where names may start.

    A search with a pattern tries each place a name could start (a phrase's,
    each character after a space): over 1,000 papers' texts, 54 us a paper.
    But a name's match starts with its first word, and the text folded by
    _fold_same_length() (each character on its own, in its place) holds that
    word folded too: the English first words, abbreviations in lower case and
    Chinese names, all found in one pass by `first_words`, say where each
    pattern can match, and it is tried there only: 17 us a paper.
    """

    phrases: re.Pattern  # a character before a phrase and any_name(): searched with a space before the text
    abbreviations: re.Pattern
    chinese: re.Pattern
    owner: dict[str, Condition]  # each name's condition (phrases folded, as _owner_of() looks them up)
    first_words: AhoCorasick  # finds every folded first word in a folded text, overlapping ones too
    kinds: tuple[int, ...]  # of the names that start with each of the first words, by its number


@functools.cache
def _matchers() -> _Matchers:
    owner: dict[str, Condition] = {}
    phrases, abbreviations, chinese = [], [], []
    for condition in load():
        for phrase in (condition.en, *condition.synonyms):
            # "androgenetic alopecia (pattern hair loss)": the parts are names too.
            for part in re.split(r"[()]", phrase):
                if part.strip():
                    owner.setdefault(" ".join(_phrase_words(part)), condition)
                    phrases.append(part)
        for abbreviation in condition.abbreviations:
            owner.setdefault(abbreviation, condition)
            abbreviations.append(abbreviation)
        for name in condition.chinese_spellings():
            owner.setdefault(name, condition)
            chinese.append(name)
    by_length = functools.partial(sorted, key=len, reverse=True)
    # Phrases are led by the character before them, abbreviations by their first, a capital.
    phrase_re = re.compile(
        r"[^\w]" + any_name([_phrase_pattern(p) for p in by_length(set(phrases))]) + _PLURAL + r"(?![\w])"
    )
    abbreviation_re = re.compile(
        any_name([(a[0], re.escape(a[1:])) for a in by_length(set(abbreviations))], r"[\w-]") + r"s?(?![\w-])"
    )
    # Grouped by first character, as the English ones: each position tries only the
    # names that start with its character (the same matches).
    chinese_re = re.compile(any_name([(n[0], re.escape(n[1:])) for n in by_length(set(chinese))]))
    # Each kind's first words, once, in a fixed order (a word of two kinds is in both).
    first_words = [
        *((word, _PHRASE) for word in sorted({_phrase_words(p)[0] for p in phrases})),
        *((word, _ABBREVIATION) for word in sorted({_fold_same_length(a) for a in abbreviations})),
        *((name, _CHINESE) for name in sorted({_fold_same_length(n) for n in chinese})),
    ]
    # The automaton as a table, the fastest to search: 1,000 papers' texts in 7.7 ms of CPU, 12.8 ms
    # with the default; built once, in 1.7 ms instead of 0.4 ms.
    automaton = AhoCorasick([word for word, _ in first_words], implementation=Implementation.DFA)
    return _Matchers(phrase_re, abbreviation_re, chinese_re, owner, automaton, tuple(k for _, k in first_words))


def _tried_at(pattern: re.Pattern, text: str, starts: list[int], overlap: int = 0) -> Iterator[re.Match]:
    """What searching `text` with `pattern` one match after another finds,
    each search from where the last match ended less `overlap` characters:
    tried only at `starts`, in ascending order, which hold every place where a
    match can start (the same matches, as each search finds the first)."""
    resume = 0
    for start in starts:
        if start >= resume and (m := pattern.match(text, start)):
            resume = m.end() - overlap
            yield m


def _names_in(text: str, folded: str) -> list[tuple[int, int, str]]:
    """Where names are in `text` (folded as `folded`), as start, end and
    words, one after another within each kind: a phrase's last character may
    be the one before the next."""
    matchers = _matchers()
    starts: tuple[list[int], list[int], list[int]] = ([], [], [])
    for number, start, _ in matchers.first_words.find_matches_as_indexes(folded, overlapping=True):
        starts[matchers.kinds[number]].append(start)
    names = []
    # Searched with a space before the text, so a phrase at its start has a character before it too.
    for m in _tried_at(matchers.phrases, " " + folded, sorted(starts[_PHRASE]), overlap=1):
        # The match's place in the spaced text is its phrase's place in the text, one on.
        names.append((m.start(), m.end() - 1, text[m.start():m.end() - 1]))
    for pattern, kind in ((matchers.abbreviations, _ABBREVIATION), (matchers.chinese, _CHINESE)):
        names += ((m.start(), m.end(), m.group()) for m in _tried_at(pattern, text, sorted(starts[kind])))
    return names


def _owner_of(words: str, owner: dict[str, Condition]) -> Condition | None:
    if words in owner:
        return owner[words]
    key = " ".join(_phrase_words(words))
    for candidate in (key, re.sub(r"(?:es|s|e)$", "", key), re.sub(r"s$", "", words)):
        if candidate in owner:
            return owner[candidate]
    return None


def _named_inside(words: str, owner: dict[str, Condition]) -> list[tuple[Condition, str]]:
    """Names that start after the first character of a matched phrase."""
    phrase_re = _matchers().phrases
    spaced = " " + _fold_same_length(words)  # as _names_in() searches
    found = []
    for offset in range(1, len(words)):
        m = phrase_re.match(spaced, offset)
        if m and (other := _owner_of(words[offset:m.end() - 1], owner)):
            found.append((other, words[offset:m.end() - 1]))
    return found


def find_in_text(text: str) -> list[Match]:
    """Conditions named in `text`, in order of first mention, with the words used.

    Longer names win over shorter ones inside them ("acne scars" is not also
    "acne"; "lichen sclerosus" is not "systemic sclerosis").
    """
    if not text:
        return []
    owner = _matchers().owner
    spans = _names_in(text, _fold_same_length(text))
    # Keep the longest of overlapping matches.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: dict[str, None] = {}  # the words of each, once: the same words name the same conditions
    end = -1
    for start, stop, words in spans:
        if start >= end:
            kept[words] = None
            end = stop
    found: dict[str, tuple[Condition, list[str]]] = {}

    def add(condition: Condition, words: str) -> None:
        entry = found.setdefault(condition.id, (condition, []))
        if words not in entry[1]:
            entry[1].append(words)

    for words in kept:
        condition = _owner_of(words, owner)
        if condition is None:
            continue
        add(condition, words)
        if condition.includes:
            for other, inner in _named_inside(words, owner):
                if other.id in condition.includes:
                    add(other, inner)
    return [Match(condition, tuple(words)) for condition, words in found.values()]

"""The vocabulary's names, written to be searched fast (grouped by first
character; phrases led by the character before them), match exactly as a
look-behind and one alternative per name would; and tried only where their
first words are, they match exactly as searched for through the whole text."""

import random
import re
from pathlib import Path

from exodesk.evidence.vocabulary import (
    _PLURAL,
    _fold_same_length,
    _matchers,
    _names_in,
    _phrase_pattern,
    any_name,
    load,
)

ROOT = Path(__file__).resolve().parents[2]


def _phrases() -> list[tuple[str, str]]:
    parts = {part for c in load() for name in (c.en, *c.synonyms) for part in re.split(r"[()]", name) if part.strip()}
    return [_phrase_pattern(p) for p in sorted(parts, key=len, reverse=True)]


def _abbreviations() -> list[tuple[str, str]]:
    names = {a for c in load() for a in c.abbreviations}
    return [(a[0], re.escape(a[1:])) for a in sorted(names, key=len, reverse=True)]


def _texts(names: list[tuple[str, str]]) -> list[str]:
    """The seeds, and every name spelled out, alone and next to others."""
    spelled = [re.sub(r"\\(.)", r"\1", (first + rest).replace(r"[\s-]+", " ")) for first, rest in names]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [
        *seeds, *(_fold_same_length(s) for s in seeds),
        " ".join(spelled), ", ".join(spelled), "-".join(spelled), "".join(spelled),
        " ".join(f"x{s} {s}s {s}-{s}es ({s})" for s in spelled),
    ]


def _searched(phrases: re.Pattern, text: str) -> list[tuple[int, int]]:
    """A phrase pattern's matches in `text`, searched for one after another
    with a space before the text; the last character of one phrase may be the
    one before the next."""
    spaced, position, found = " " + text, 0, []
    while m := phrases.search(spaced, position):
        position = m.end() - 1
        found.append((m.start(), position))
    return found


def _one_each(names: list[tuple[str, str]], not_after: str, ending: str) -> re.Pattern:
    return re.compile(f"(?<![{not_after}])(?:" + "|".join(re.escape(f) + r for f, r in names) + ")" + ending)


def test_phrases_led_and_grouped_match_as_one_alternative_per_phrase():
    names = _phrases()
    # The plural ending after any of the grouped phrases, and after each of the phrases one by one.
    fast = re.compile(r"[^\w]" + any_name(names) + _PLURAL + r"(?![\w])")
    one_each = _one_each([(first, rest + _PLURAL) for first, rest in names], r"\w", r"(?![\w])")
    for text in _texts(names):
        assert _searched(fast, text) == [m.span() for m in one_each.finditer(text)]
        for offset in range(len(text)):  # as the vocabulary looks for names inside a name
            a, b = fast.match(" " + text, offset), one_each.match(text, offset)
            assert (a and (offset, a.end() - 1)) == (b and b.span())


def test_abbreviations_grouped_match_as_one_alternative_per_abbreviation():
    names = _abbreviations()
    fast, one_each = re.compile(any_name(names, r"[\w-]") + r"s?(?![\w-])"), _one_each(names, r"\w-", r"s?(?![\w-])")
    for text in _texts(names):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in one_each.finditer(text)]


def _searched_through(text: str) -> list[tuple[int, int, str]]:
    """Every kind of name searched for through the whole of `text`."""
    matchers = _matchers()
    names = [(start, end, text[start:end]) for start, end in _searched(matchers.phrases, _fold_same_length(text))]
    for pattern in (matchers.abbreviations, matchers.chinese):
        names += [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    return names


def _spellings() -> list[str]:
    """Every name of the vocabulary, in upper and lower case, hyphenated, in
    plural, cut short."""
    names = {n for c in load() for n in (c.en, *c.synonyms, *c.abbreviations, *c.chinese_spellings())}
    names |= {part.strip() for n in names for part in re.split(r"[()]", n) if part.strip()}
    spelled = set()
    for name in names:
        for variant in (name, name.upper(), name.lower(), name.title(), name.replace(" ", "-"), name.replace(" ", "  \n")):
            spelled |= {variant, variant + "s", variant + "es", variant + "e", variant[:-1], variant[1:]}
    return sorted(spelled)


# What may stand next to a name: letters and digits (some that lower case
# makes longer or only by their place: İ, Σ), hyphens and apostrophes of every
# kind, spaces, brackets and punctuation, Chinese characters and punctuation.
_NEIGHBOURS = ["", "", " ", " ", "\n", "-", "‐", "—", "'", "’", "s", "es", "a", "X", "_", "0", "é", "İ", "Σ", "K",
               "ﬁ", "(", ")", ",", ".", "/", "（", "）", "，", "。", "的", "皮", "症", "性"]


def test_names_tried_where_their_first_words_are_match_as_searched_through_the_text():
    spellings = _spellings()
    for name in spellings:
        assert _names_in(name, _fold_same_length(name)) == _searched_through(name), name
    chance = random.Random(2026)
    for _ in range(5000):
        pieces = []
        for _ in range(chance.randint(1, 8)):
            pieces += [chance.choice(_NEIGHBOURS), chance.choice(spellings), chance.choice(_NEIGHBOURS)]
        text = "".join(pieces)
        assert _names_in(text, _fold_same_length(text)) == _searched_through(text), text


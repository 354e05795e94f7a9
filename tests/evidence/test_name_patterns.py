"""The vocabulary's names, written to be searched fast (grouped by first
character; phrases led by the character before them), match exactly as a
look-behind and one alternative per name would."""

import re
from pathlib import Path

from exodesk.evidence.vocabulary import (
    _fold_same_length,
    _phrase_pattern,
    _spans,
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
    spelled = [re.sub(r"\\(.)", r"\1", (first + rest).replace(r"[\s-]+", " ").replace("(?:s|es|e)?", ""))
               for first, rest in names]
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [
        *seeds, *(_fold_same_length(s) for s in seeds),
        " ".join(spelled), ", ".join(spelled), "-".join(spelled), "".join(spelled),
        " ".join(f"x{s} {s}s {s}-{s}es ({s})" for s in spelled),
    ]


def _one_each(names: list[tuple[str, str]], not_after: str, ending: str) -> re.Pattern:
    return re.compile(f"(?<![{not_after}])(?:" + "|".join(re.escape(f) + r for f, r in names) + ")" + ending)


def test_phrases_led_and_grouped_match_as_one_alternative_per_phrase():
    names = _phrases()
    fast, one_each = re.compile(r"[^\w]" + any_name(names) + r"(?![\w])"), _one_each(names, r"\w", r"(?![\w])")
    for text in _texts(names):
        assert list(_spans(fast, text)) == [m.span() for m in one_each.finditer(text)]
        for offset in range(len(text)):  # as the vocabulary looks for names inside a name
            a, b = fast.match(" " + text, offset), one_each.match(text, offset)
            assert (a and (offset, a.end() - 1)) == (b and b.span())


def test_abbreviations_grouped_match_as_one_alternative_per_abbreviation():
    names = _abbreviations()
    fast, one_each = re.compile(any_name(names, r"[\w-]") + r"s?(?![\w-])"), _one_each(names, r"\w-", r"s?(?![\w-])")
    for text in _texts(names):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in one_each.finditer(text)]

"""Case-insensitive patterns searched only in texts that hold one of their words.

A pattern that starts with \\b, a look-behind or alternatives is tried at every
position of a text when searched ignoring case, which is slow on a long
abstract. Each pattern here names guard words, one of which every match holds,
so a text without any of them is not searched at all: a few quick substring
checks instead, with the same result. A text that is searched is searched in
lower case, matching case, which finds the same matches sooner (the patterns
are written in lower case for it). The evidence tests check, for every
guarded pattern, that each of its alternatives holds one of its words (and
starts with one, where the pattern is tried only there), and that lowered text
holds what a pattern ignoring case takes each character of the text for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ahocorasick_rs import AhoCorasick, Implementation

# Characters outside ASCII that a case-insensitive pattern takes for an ASCII
# letter and that lower() does not turn into that one letter: dotted capital I,
# dotless i, long s, Kelvin sign.
_LETTER_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
# The characters r"\s" matches in a text: Unicode's white space.
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
              "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
# Marks that no match of an `unbroken` pattern holds (see Guarded).
_MARKS = ".,;:"
# From this many words on, one pass of an automaton over a text tells whether
# it holds any of them, quicker than a look for each word (AnyOf).
_AUTOMATON_FROM = 5


def lowered(text: str) -> str:
    """`text` in lower case, where guard words are looked for."""
    if not text.isascii():
        for twin, letter in _LETTER_TWINS.items():
            if twin in text:
                text = text.replace(twin, letter)
    return text.lower()


def covering(names: Iterable[str]) -> tuple[str, ...]:
    """The fewest of `names` that every one of them holds, shortest first:
    strings a text must hold to hold any of them."""
    guards: list[str] = []
    for name in sorted(set(names), key=len):
        if not any(guard in name for guard in guards):
            guards.append(name)
    return tuple(guards)


class AnyOf:
    """Words, one of which a text may hold.

    Many are looked for all at once, in one pass of an automaton over the
    text: over 1,000 papers, the 17 words of interventions' _GIVEN in 2,163
    sentences took 3.4 ms of CPU looked for one by one, 0.9 ms so. Fewer than
    _AUTOMATON_FROM are looked for one by one, as quick or quicker (the first
    found ends the look).
    """

    def __init__(self, words: Iterable[str]) -> None:
        # A text holds one of the words exactly when it holds one of these:
        # fewer to look for ("protocol" stands for "study protocol" too).
        self.words = covering(words)
        self._automaton = (AhoCorasick(self.words, implementation=Implementation.DFA)
                           if len(self.words) >= _AUTOMATON_FROM else None)

    def in_text(self, text: str) -> bool:
        """Whether `text` holds one of the words."""
        if self._automaton is not None:
            return bool(self._automaton.find_matches_as_indexes(text))
        for word in self.words:  # noqa: SIM110 (a loop: quicker than any() over so few)
            if word in text:
                return True
        return False


class Guarded:
    """A pattern, searched ignoring case, and its guard words (lower case).

    The pattern is written in lower case and searched matching case in
    lowered() text, where it finds what a search of the text ignoring case
    finds, sooner: ignoring case, the engine compares every alternative at
    every position letter by letter (five of the design patterns over 1,000
    abstracts took 115 ms of CPU ignoring case, 77 ms so). A match's positions
    are the text's; its words are lower case (words_in gives the text's own).

    With `leading`, every match starts with one of the words, so the pattern is
    tried only where one does: fewer tries than a search, for a pattern whose
    words are common inside other words ("rat" in "generation").

    With `unbroken`, no match holds a mark (_MARKS) nor looks past one, so
    each match lies in one clause between marks, one that holds a guard word:
    only those clauses are searched, each alone, in order. A pattern that
    starts with \\b is tried at every position of the text, however rare its
    words (_THIS_REVIEW over 1,000 papers: 14 ms of CPU from the start, 8 ms
    from the clause of the first guard word to the end, 5 ms so).
    """

    def __init__(self, pattern: str, *words: str, leading: bool = False, unbroken: bool = False) -> None:
        if pattern != pattern.lower():
            raise ValueError(f"a guarded pattern is written in lower case: {pattern!r}")
        self.regex = re.compile(pattern)  # for lowered() text
        self.words = words
        self.guards = AnyOf(words)
        self.leading = leading
        self.unbroken = unbroken

    def may_match(self, lowered_text: str) -> bool:
        """Whether the text has one of the guard words; `lowered_text` is
        lowered() of the text, or of a longer text that holds it."""
        return self.guards.in_text(lowered_text)

    def search(self, text: str, lowered_text: str) -> re.Match | None:
        """The first match in `text`, found in lowered(text)."""
        if not self.may_match(lowered_text):
            return None
        # Of the same length, lowered_text is lowered(text) character for character.
        if len(lowered_text) != len(text):
            lowered_text = lowered(text)
        if self.leading:
            return self._match_where_a_word_starts(lowered_text)
        if self.unbroken:
            return self._search_the_clauses_with_a_word(lowered_text)
        return self.regex.search(lowered_text)

    def _search_the_clauses_with_a_word(self, lowered_text: str) -> re.Match | None:
        # Each clause from the one of the first guard word on that holds a
        # guard word (every match holds one), searched up to its closing mark:
        # the first match in any is the first match in the text.
        clause_end = 0
        while places := [at for at in (lowered_text.find(word, clause_end) for word in self.guards.words) if at >= 0]:
            first = min(places)
            clause_start = max(lowered_text.rfind(mark, 0, first) for mark in _MARKS) + 1
            ends = [at for at in (lowered_text.find(mark, first) for mark in _MARKS) if at >= 0]
            clause_end = min(ends, default=len(lowered_text))
            if m := self.regex.search(lowered_text, clause_start, clause_end):
                return m
        return None  # (without places at first: the guard words were in a longer text only)

    def _match_where_a_word_starts(self, lowered_text: str) -> re.Match | None:
        starts = set()
        for word in self.words:
            start = lowered_text.find(word)
            while start >= 0:
                starts.add(start)
                start = lowered_text.find(word, start + 1)
        for start in sorted(starts):
            # As a search would match there: look-behinds and \b see the text before.
            if m := self.regex.match(lowered_text, start):
                return m
        return None

    def words_in(self, text: str, lowered_text: str) -> str | None:
        """The words of the first match in `text`, as the text writes them."""
        m = self.search(text, lowered_text)
        return text[m.start():m.end()] if m else None

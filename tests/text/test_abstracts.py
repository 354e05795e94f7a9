"""Headings inside an abstract's text."""

import random

from exodesk.text.abstracts import (
    _BARE_HEADING_AT,
    _BARE_HEADINGS_NEEDED,
    _HEADING_AT,
    _inline_headings,
    split_inline_sections,
)

PIECES = ["BACKGROUND:", "Methods.", "Results: ", "CONCLUSIONS:", "背景：", "结果：", "Aim ", "words", " ", "  ", ".",
          "!", ")", "]", "。", ":", "\n", "methods", "Background", "Summary.", "Importance\n", "Objective ", "To",
          "结果与结论：", "目的 ", "探讨"]


def test_sections_need_a_heading_that_opens_the_text():
    rng = random.Random(8)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        sections = False
        for heading_at, needed in ((_HEADING_AT, 2), (_BARE_HEADING_AT, _BARE_HEADINGS_NEEDED)):
            matches = _inline_headings(text, heading_at)
            these = len(matches) >= needed and not text[: matches[0].start()].strip()
            # What the shortcut takes for granted: without a heading at the start, no sections.
            if not heading_at.match(text):
                assert not these, text
            sections = sections or these
        found += sections
        assert sections == bool(split_inline_sections(text)), text
    assert found > 500


def test_a_structured_abstract_is_split():
    text = "BACKGROUND: Exosomes heal. METHODS: A trial. RESULTS: Better. CONCLUSIONS: Use them."
    assert [s.heading for s in split_inline_sections(text)] == ["Background", "Methods", "Results", "Conclusions"]

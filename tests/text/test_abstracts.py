"""Headings inside an abstract's text."""

import random

from exodesk.text.abstracts import _HEADING_AT, _inline_headings, split_inline_sections

PIECES = ["BACKGROUND:", "Methods.", "Results: ", "CONCLUSIONS:", "背景：", "结果：", "Aim ", "words", " ", "  ", ".",
          "!", ")", "]", "。", ":", "\n", "methods", "Background", "Summary."]


def test_sections_need_a_heading_that_opens_the_text():
    rng = random.Random(8)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        matches = _inline_headings(text)
        sections = len(matches) >= 2 and not text[: matches[0].start()].strip()
        found += sections
        # What the shortcut takes for granted: without a heading at the start, no sections.
        assert sections == bool(split_inline_sections(text)), text
        if not _HEADING_AT.match(text):
            assert not sections, text
    assert found > 500


def test_a_structured_abstract_is_split():
    text = "BACKGROUND: Exosomes heal. METHODS: A trial. RESULTS: Better. CONCLUSIONS: Use them."
    assert [s.heading for s in split_inline_sections(text)] == ["Background", "Methods", "Results", "Conclusions"]

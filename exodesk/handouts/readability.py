"""Reading grade of a handout's English text (Flesch–Kincaid, via textstat).

The preview shows the figure and warns above grade 8 (NIH recommends 6th–8th
grade). The studies table is left out: its findings are the clinician's words
about each paper, measured apart if wanted. No validated formula exists for
Chinese, so only English is measured.

textstat counts the words and sentences; syllables come from pyphen's English
hyphenation patterns (what textstat itself falls back to), because textstat's
own dictionary (NLTK cmudict) is a download, and ExoDesk works offline.
"""

from __future__ import annotations

import functools
import re

import pyphen
import textstat

from exodesk.handouts.content import BULLETS, CHECKLIST, PARAGRAPH, Handout

TARGET_GRADE = 8.0


@functools.lru_cache(maxsize=1)
def _hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")


def syllables(word: str) -> int:
    return len(_hyphenator().positions(word.lower())) + 1


def grade(text: str) -> float:
    """Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    sentences = max(textstat.sentence_count(text), 1)
    if not words:
        return 0.0
    per_word = sum(syllables(w) for w in words) / len(words)
    return round(0.39 * textstat.lexicon_count(text) / sentences + 11.8 * per_word - 15.59, 1)


def english_prose(handout: Handout) -> str:
    """The English part's sentences, one per line, without the table."""
    lines = []
    for part in handout.parts:
        if part.language != "en":
            continue
        for section in part.sections:
            for block in section.blocks:
                if block.kind in (PARAGRAPH, BULLETS, CHECKLIST):
                    lines += [item if item.rstrip()[-1:] in ".?!:" else item + "." for item in block.items]
    return "\n".join(lines)


def handout_grade(handout: Handout) -> float | None:
    """The English text's grade, or None for a sheet with no English part."""
    text = english_prose(handout)
    return grade(text) if text else None

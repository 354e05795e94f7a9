"""Sentences: the patterns written to be searched fast split as the plain ones."""

import random
import re
from pathlib import Path

from exodesk.evidence.suggest import _LABEL, sentences

ROOT = Path(__file__).resolve().parents[2]
PLAIN_LABEL = re.compile(r"\b[A-Z][A-Z ]{3,30}:\s+")
PLAIN_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(“\"])|\n+")
TEXTS = [
    *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))),
    "BACKGROUND: One.  Two! (Three) \"Four\"? “Five.” 6 patients.\n\n\nSeven;\tEight.\u00a0Nine",
    "xRESULTS: no label. METHODS:\nlabel. A.B. c. D\n \nE? \n F.",
    "", "\n", " . ", "End.",
]


def _plain_sentences(text: str) -> list[str]:
    parts = PLAIN_BREAK.split(PLAIN_LABEL.sub("\n", text))
    return [p.strip() for p in parts if p.strip()]


def test_labels_and_breaks_are_found_where_the_plain_patterns_find_them():
    for text in TEXTS:
        assert [m.span() for m in _LABEL.finditer(text)] == [m.span() for m in PLAIN_LABEL.finditer(text)]
        assert sentences(text) == _plain_sentences(text)


def test_sentences_end_where_the_plain_pattern_breaks_them_in_any_text():
    """Short texts of sentence marks, spaces of every kind, new lines and what
    may start a sentence, each split as the plain pattern splits it."""
    pieces = ["a", "A", "0", ".", "!", "?", " ", "\n", "\t", "(", "“", '"', "\u00a0", ". ", ".\n", "\n\n", "\u2028"]
    chosen = random.Random(0)
    for _ in range(20_000):
        text = "".join(chosen.choice(pieces) for _ in range(chosen.randrange(12)))
        assert sentences(text) == _plain_sentences(text), repr(text)


def test_sentences_of_a_structured_abstract():
    text = ("BACKGROUND: Exosomes help. METHODS: We treated 12 patients.\n"
            "RESULTS: All improved! (p < 0.05) Few had pain.")
    assert sentences(text) == ["Exosomes help.", "We treated 12 patients.", "All improved!", "(p < 0.05) Few had pain."]

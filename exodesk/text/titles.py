"""Titles as every reader stores them: one way, whatever the source wrote."""

from __future__ import annotations

from exodesk.text.lines import fold_spaces
from exodesk.text.markup import has_html, html_paragraphs


def clean_title(text: str | None) -> str | None:
    """Titles are stored without the full stop that citation formats add,
    and without the HTML some producers leave in them ("<i>in vitro</i>").
    The stop of an abbreviation that ends the title stays: "Reply to Li et al."
    (and an ellipsis: "Exosomes...")."""
    if text and "<" in text and has_html(text):
        text = " ".join(html_paragraphs(text))
    text = fold_spaces(text)
    if text.endswith(".") and not text.endswith(("..", " al.")):
        text = text[:-1]
    return text or None

"""What an online answer may put in a record: plain text, nothing else.

Crossref titles hold inline HTML, its abstracts JATS XML, and any service can
hold markup escaped as text (`&lt;b&gt;`), which reading the XML or JSON turns
back into tags. All of it is reduced to words before it reaches the library
(and from there tooltips, labels and handouts).
"""

from __future__ import annotations

import re

from exodesk.text.markup import html_to_text

# A tag as markup writes it: "<b>", "</jats:p>", "<img src=x>"; never "p < 0.05".
_TAG_LIKE = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def plain(value: str | None) -> str:
    """Text without markup or control characters, its spaces single."""
    if not value:
        return ""
    text = html_to_text(value)
    if _TAG_LIKE.search(text):  # markup that was escaped as text
        text = html_to_text(text)
    return " ".join(_CONTROL.sub(" ", text).split())

"""HTML fragments inside data (JSON strings, catalogue fields) turned into plain text.

Sites store abstracts as HTML: "<p><p>Systemic sclerosis …</p>", "&amp;",
"10<sup>6</sup> cells", "<i>in vitro</i>". A person wants the words, with
paragraphs kept apart and exponents still readable.
"""

from __future__ import annotations

import html
import re

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section")
_SUPERSCRIPT = str.maketrans("0123456789+-−=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿ")
_SUBSCRIPT = str.maketrans("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎")


def _script(text: str, table: dict[int, str], caret: str) -> str:
    """"6" -> "⁶"; what Unicode has no small form for stays readable as ^(…)/_(…)."""
    converted = text.translate(table)
    if all(ord(ch) in table or ch.isspace() for ch in text):
        return converted
    return f"{caret}({text})"


def html_to_text(fragment: str | None) -> str:
    """Plain text of an HTML fragment: entities decoded, tags dropped, spaces single.

    Block elements become line breaks so paragraphs stay apart; <sup>/<sub>
    become Unicode super/subscripts so "10<sup>6</sup>" does not read "106".
    """
    if not fragment:
        return ""
    if "<" not in fragment:
        return _tidy(html.unescape(fragment))
    from bs4 import BeautifulSoup  # loaded when first needed: it slows every start-up

    soup = BeautifulSoup(fragment, "lxml")
    for tag in soup.find_all("sup"):
        tag.replace_with(_script(tag.get_text(), _SUPERSCRIPT, "^"))
    for tag in soup.find_all("sub"):
        tag.replace_with(_script(tag.get_text(), _SUBSCRIPT, "_"))
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return _tidy(soup.get_text())


def _tidy(text: str) -> str:
    text = text.replace("\u00a0", " ")
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)

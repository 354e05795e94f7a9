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
_TAG = re.compile(r"<[^>]*>")
# Tags publishers put in abstracts (JATS's under their "jats:" prefix too);
# only these make a text HTML, so "p <0.05" or "<5 mm" stays as written.
_INLINE_TAG = re.compile(
    r"</?(?:jats:|mml:)?(?:p|br|div|span|i|b|em|strong|u|sup|sub|sc|italic|bold|h[1-6]|li|ul|ol"
    r"|title|sec|section|abstract|a|inf|scp)\b[^<>]{0,200}>",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"(</?)(?:jats|mml):", re.IGNORECASE)
# JATS names for what HTML calls <i>, <b>, <p>.
_JATS_BLOCKS = ("title", "sec", "abstract")


def small_script(text: str, tag: str) -> str:
    """The text of a <sup> (`tag` "sup") or <sub>: "6" -> "⁶", so that
    "10<sup>6</sup>" does not read "106"; what Unicode has no small form for
    stays readable as ^(…)/_(…)."""
    table, caret = (_SUPERSCRIPT, "^") if tag == "sup" else (_SUBSCRIPT, "_")
    converted = text.translate(table)
    if all(ord(ch) in table or ch.isspace() for ch in text):
        return converted
    return f"{caret}({text})"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def html_to_text(fragment: str | None) -> str:
    """Plain text of an HTML fragment: entities decoded, tags dropped, spaces single.

    Block elements become line breaks so paragraphs stay apart; <sup>/<sub>
    become Unicode super/subscripts so "10<sup>6</sup>" does not read "106".
    """
    if not fragment:
        return ""
    if "<" not in fragment:
        return _tidy(html.unescape(fragment))
    # Control characters (a damaged file's) are no text, and lxml refuses them.
    fragment = _CONTROL.sub(" ", fragment)
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):  # nothing but markup, or not markup lxml takes
        return _tidy(html.unescape(_TAG.sub(" ", fragment)))
    for element in list(root.iter("sup", "sub")):
        written = small_script(element.text_content(), element.tag)
        for child in list(element):
            element.remove(child)
        element.text = written
    for element in root.iter(*_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    for element in list(root.iter("script", "style")):  # code, not words
        element.drop_tree()
    return _tidy(root.text_content())


def has_html(text: str) -> bool:
    """Whether a field's text carries HTML or JATS markup."""
    return "<" in text and _INLINE_TAG.search(text) is not None


def html_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of a field written in HTML or JATS, as plain text:
    tags dropped, sub- and superscripts kept readable, one paragraph per
    block (<p>, <h4>, <jats:title>…), white space made single."""
    fragment = _PREFIX.sub(r"\1", fragment)
    for tag in _JATS_BLOCKS:
        fragment = re.sub(rf"<(/?){tag}\b", r"<\1div", fragment, flags=re.IGNORECASE)
    return [line for line in html_to_text(fragment).split("\n") if line]


_SPACE_RUN = re.compile(r"[ \t\r\f\v]+")


def _tidy(text: str) -> str:
    text = text.replace("\u00a0", " ")
    # Most texts have no run of spaces to make single: then the lines need
    # only their ends stripped (scans in C instead of a substitution a line).
    if "  " in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text:
        lines = (_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    else:
        lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)

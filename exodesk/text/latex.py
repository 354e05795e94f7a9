"""LaTeX in bibliography fields, decoded to plain Unicode text.

pylatexenc does the decoding ("Th{\\'e}ry" -> "Théry", "$\\alpha$" -> "α").
It takes about a millisecond a field, which is seconds in a 10,000-entry
file, so the markup nearly every file has (protective braces, accents on
one letter, escaped specials) is decoded here directly; pylatexenc gets
only what is left over.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from exodesk.text.lines import fold_spaces

# Accent commands and the combining marks they stand for.
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328"}
# Possessive spaces (*+): with two runs of spaces around the optional brace,
# a failed match tried every way to split a long run between them (the fuzz
# run's "\\u" before 75,000 spaces took 34 s).
_ACCENTED = re.compile(r"\{?\\(['`^\"~=.]|[uvHck](?=[\s{]))\s*+\{?\s*+(\\[ij]|[A-Za-z])\s*\}?\}?")
_LETTERS = {"o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å", "ss": "ß", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ"}
_LETTER = re.compile(r"\{?\\(ae|AE|oe|OE|aa|AA|ss|o|O|l|L)(?![A-Za-z])\s*(?:\{\})?\}?")
_ESCAPED = re.compile(r"\\([&%$#_{}])")
_SPECIAL_WORDS = {"textasciitilde": "~", "textbackslash": "\\", "textendash": "–", "textemdash": "—"}
_WORD = re.compile(r"\\(" + "|".join(_SPECIAL_WORDS) + r")(?:\{\}|(?![A-Za-z]))")
# pylatexenc reads about 80,000 marks a second: a field longer than this (no
# real abstract is) loses its commands and marks instead of taking seconds.
_PYLATEXENC_LIMIT = 20_000
_COMMAND_OR_MARK = re.compile(r"\\[A-Za-z]+\*?|[\\{}$]")
_BARE_PERCENT = re.compile(r"(?<!\\)%")
# A link keeps its words, a bare URL itself (pylatexenc fails on \href with
# an argument it does not expect, and would write "text <url>").
_LINK = re.compile(r"\\href\s*\{[^{}]*\}\s*\{((?:[^{}]|\{[^{}]*\})*)\}|\\url\s*\{([^{}]*)\}")
# TeX ligatures of hyphens: "---" an em dash, "--" an en dash.
_DASHES = re.compile(r"-{2,3}")


@functools.lru_cache(maxsize=1)
def _decoder():
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(math_mode="text", strict_latex_spaces=True)


def _accent(match: re.Match) -> str:
    # "\\'\\i" is a dotless i under the accent: "í", as "\\'i" is.
    letter = match.group(2).lstrip("\\")
    return unicodedata.normalize("NFC", letter + _ACCENTS[match.group(1)])


def _quick(text: str) -> str | None:
    """The common markup decoded, or None when pylatexenc is needed."""
    if "\\" not in text and "\x00" not in text:  # no commands (most often only protective braces)
        return None if "$" in text else _unbraced(text)
    return _commands_decoded(text)


def _commands_decoded(text: str) -> str | None:
    """_quick for any text, commands or none."""
    text = _ACCENTED.sub(_accent, text)
    if "\\" in text:  # commands other than accents (each pattern starts with a backslash)
        text = _LETTER.sub(lambda m: _LETTERS[m.group(1)], text)
        text = _WORD.sub(lambda m: "\x00" + _SPECIAL_WORDS[m.group(1)] + "\x00", text)
        text = _ESCAPED.sub(lambda m: "\x00" + m.group(1) + "\x00", text)
    if "\\" in text.replace("\x00\\\x00", "") or "$" in text.replace("\x00$\x00", ""):
        return None
    # Outside the escapes, braces only protect and "~" is a non-breaking space.
    parts = text.split("\x00")
    return "".join(p if i % 2 else _unbraced(p) for i, p in enumerate(parts))


def _unbraced(text: str) -> str:
    text = text.replace("{", "").replace("}", "").replace("~", " ")
    return _DASHES.sub(_dash, text) if "--" in text else text


def _dash(match: re.Match) -> str:
    return "—" if len(match.group()) == 3 else "–"


def _link_text(match: re.Match) -> str:
    return match.group(1) if match.group(1) is not None else match.group(2)


def decode_latex(text: str | None) -> str:
    if not text:
        return ""
    if _has_markup(text):
        if "\\href" in text or "\\url" in text:
            text = _LINK.sub(_link_text, text)
        quick = _quick(text)
        if quick is not None:
            text = quick
        elif len(text) > _PYLATEXENC_LIMIT:
            text = _stripped(text)
        else:
            try:
                # A bare "%" (as in "45% of patients") would start a LaTeX comment.
                text = _decoder().latex_to_text(_BARE_PERCENT.sub(r"\\%", text))
            except Exception:  # pylatexenc fails on some malformed macros: keep the words
                text = _stripped(text)
    return fold_spaces(text)


def _stripped(text: str) -> str:
    """The text without LaTeX commands and marks, for what cannot be decoded
    (accents still made letters)."""
    text = _LETTER.sub(lambda m: _LETTERS[m.group(1)], _ACCENTED.sub(_accent, text))
    return _COMMAND_OR_MARK.sub("", text).replace("~", " ")


def _has_markup(text: str) -> bool:
    # One scan in C for each mark: a regular expression's character class
    # walks a long abstract several times slower.
    return "\\" in text or "{" in text or "}" in text or "$" in text or "~" in text or "--" in text

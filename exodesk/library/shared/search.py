"""Search on the server finds what the file library's index finds.

FTS5's unicode61 tokenizer (with remove_diacritics 2) splits the index
texts into tokens; PostgreSQL's own parsers split differently (a hyphened
word is three terms there, "3.5" one). So the tokens are made here, the
unicode61 way, from the same index texts (library/search.py: Chinese one
character per token, in Simplified form), and stored as a tsvector with
their positions, each field under its own weight. The queries the library
builds (quoted terms and phrases, a trailing `*` for a prefix, AND, OR and
brackets) become the tsquery with the same meaning.
"""

from __future__ import annotations

import re
import unicodedata

# FTS5's unicode61: a token is a run of letters and digits (and, with
# remove_diacritics, letters are compared without their accents).
_TOKEN = re.compile(r"[^\W_]+")
# Each field's weight, so a query can keep to one field as FTS5's columns do.
WEIGHTS = {"title": "A", "authors": "B", "abstract": "C", "notes": "D"}
_MAX_POSITION = 16383  # PostgreSQL's largest position in a tsvector
_MAX_LEXEME_BYTES = 2046  # and its longest word


# unicode61 folds case letter by letter: lower case, but also the micro
# sign µ as the Greek μ and a final ς as σ (Unicode's simple case folding).
_SIMPLE_FOLDS = {i: chr(i).casefold() for i in range(0x500)
                 if len(chr(i).casefold()) == 1 and chr(i).casefold() != chr(i).lower()}


# remove_diacritics takes accents off Latin letters only (é is e, but the
# Greek ό and the Cyrillic й stay as they are).
_LATIN_ACCENTS = re.compile(r"(?<=[a-z\u00c0-\u024f\u1e00-\u1eff])[\u0300-\u036f]+")


def tokens(text: str) -> list[str]:
    # unicode61's folding: case, and accents taken off Latin letters; nothing
    # more (a full-width Ｍ, a ligature ﬁ or ß stay as they are).
    folded = unicodedata.normalize("NFD", text.lower().translate(_SIMPLE_FOLDS))
    return _TOKEN.findall(unicodedata.normalize("NFC", _LATIN_ACCENTS.sub("", folded)))


def _lexeme(token: str) -> str:
    return "'" + _bounded(token).replace("\\", "\\\\").replace("'", "''") + "'"


def _bounded(token: str) -> str:
    """A token PostgreSQL can hold: a word longer than its limit (a
    5,000-digit number in an abstract) is kept as its beginning, which a
    prefix search still finds, as FTS5 would find the whole word."""
    data = token.encode()
    if len(data) <= _MAX_LEXEME_BYTES:
        return token
    return data[:_MAX_LEXEME_BYTES].decode(errors="ignore")


def tsvector_text(row: dict[str, str]) -> str:
    """A paper's index row as tsvector input: every token with its positions
    and field weight. Positions run on across fields, as a phrase never
    spans two of them."""
    positions: dict[str, list[str]] = {}
    position = 0
    for field, weight in WEIGHTS.items():
        for token in tokens(row.get(field) or ""):
            position = min(position + 1, _MAX_POSITION)
            positions.setdefault(token, []).append(f"{position}{weight}")
        position = min(position + 1, _MAX_POSITION)  # a gap between fields
    return " ".join(f"{_lexeme(t)}:{','.join(p)}" for t, p in positions.items())


# The library's FTS5 queries: "quoted terms"* with AND, OR and brackets.
_QUERY_PART = re.compile(r'\s*(?:(?P<phrase>"(?:[^"]|"")*")(?P<prefix>\*)?|(?P<word>AND|OR|NOT)\b|(?P<bracket>[()]))')


_OPERATORS = ("&", "|", "& !", "(")


def tsquery_text(expression: str) -> str:
    """The tsquery for one of the library's own FTS5 expressions."""
    parts: list[str] = []
    at = 0
    expression = expression.strip()
    while at < len(expression):
        match = _QUERY_PART.match(expression, at)
        if not match or match.end() == at:
            raise ValueError(f"not a query the library builds: {expression[at:at + 40]!r}")
        at = match.end()
        # Side by side, two terms (or groups) must both match: FTS5's implicit
        # AND, which a tsquery does not have.
        if parts and parts[-1] not in _OPERATORS and (match["phrase"] or match["bracket"] == "("):
            parts.append("&")
        if match["phrase"]:
            words = tokens(match["phrase"][1:-1].replace('""', '"'))
            if not words:
                parts.append("''")  # matches nothing, as an empty FTS5 phrase
                continue
            lexemes = [_lexeme(w) for w in words]
            if match["prefix"] or _bounded(words[-1]) != words[-1]:
                lexemes[-1] += ":*"
            parts.append(lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")")
        elif match["word"]:
            parts.append({"AND": "&", "OR": "|", "NOT": "& !"}[match["word"]])
        else:
            parts.append(match["bracket"])
    return " ".join(parts)

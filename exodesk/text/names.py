"""Author names as sources write them, turned into family + given.

Sources write names in three orders: "Family, Given" (catalogues, RIS),
"Family GI" (Vancouver citations: initials last) and "Given Family" (web pages).
A name written in Chinese characters is kept whole, never split.
"""

from __future__ import annotations

import re
from typing import Any

from exodesk.model import Author
from exodesk.text.chinese import han_count
from exodesk.text.lines import fold_spaces

_PARTICLES = {"van", "von", "de", "del", "della", "der", "den", "da", "di", "la", "le", "du", "dos", "das", "bin", "al", "el"}
_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}


# Words that make a name an organisation's ("World Health Organization",
# "MSC Study Group", "Department of Dermatology").
_ORGANISATION_WORDS = frozenset(
    ["organization", "organisation", "society", "group", "association", "committee", "consortium", "institute", "institution", "university", "council", "collaboration", "collaborative", "network", "team", "investigators", "foundation", "agency", "center", "centre", "department", "ministry", "board", "federation", "college", "academy", "hospital", "clinic", "laboratory", "inc", "ltd", "gmbh", "corporation", "company", "panel", "taskforce", "office", "administration", "service", "trust"]
)
_ORGANISATION_PHRASES = ("task force", "working party")
_CONNECTIVES = frozenset({"of", "for", "and", "the", "on"})
_WORDS = re.compile(r"[^\W\d_]+")


def is_initials(word: str, *, most: int = 4) -> bool:
    """"K", "SG", "JP", "C.A.", "J.-P.", "Å", "ВВ": capitals of any script, up to
    `most` of them, with or without stops (a Swedish or Turkish name's initial
    is no less one than an English name's)."""
    letters = word.replace(".", "").replace("-", "")
    return 0 < len(letters) <= most and letters.isalpha() and letters.isupper()


def is_organisation(name: str) -> bool:
    """Whether a name written without a comma is an organisation's, not a person's."""
    words = _WORDS.findall(name.lower())
    if len(words) < 2:
        return False
    return ("&" in name or len(words) > 5 or not _ORGANISATION_WORDS.isdisjoint(words)
            or not _CONNECTIVES.isdisjoint(words[1:-1]) or any(p in " ".join(words) for p in _ORGANISATION_PHRASES))


def clean(name: str) -> str:
    # str.split() breaks at the same characters as \s (no-break space included).
    return fold_spaces(name).strip(" .,;")


def from_family_comma_given(name: str) -> Author:
    """"Nazari, Hojjatollah" or "Ahmadi Tafti, Seyed Mohsen"."""
    family, _, given = clean(name).partition(",")
    return Author(family=family.strip(), given=given.strip())


def from_vancouver(name: str) -> Author:
    """"Dukharan V", "Gutierrez Mendoza D", "García Lira JR": initials last."""
    name = clean(name)
    if han_count(name):
        return Author(literal=name)
    words = name.split(" ")
    if len(words) > 1 and is_initials(words[-1]):
        return Author(family=" ".join(words[:-1]), given=words[-1].replace(".", ""))
    return Author(literal=name) if len(words) > 1 else Author(family=name)


def from_given_family(name: str) -> Author:
    """"Xiufen Zhuang", "Li Han", "Jan van der Berg"."""
    name = clean(name)
    if not name:
        return Author()
    if han_count(name):
        return Author(literal=name)
    words = name.split(" ")
    if len(words) == 1:
        return Author(family=name)
    suffix = ""
    if words[-1] in _SUFFIXES and len(words) > 2:
        suffix = " " + words.pop()
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return Author(family=" ".join(words[start:]) + suffix, given=" ".join(words[:start]))


def parse_name(name: str) -> Author:
    """Guess the order from the shape of one name."""
    name = clean(name)
    if "," in name:
        return from_family_comma_given(name)
    words = name.split(" ")
    if len(words) > 1 and is_initials(words[-1]):
        return from_vancouver(name)
    return from_given_family(name)


def csl_author(name: Any) -> Author:
    """A CSL-JSON name (as Crossref writes them too): family and given with
    their particles and suffix, or a literal name."""
    if not isinstance(name, dict):
        return Author(literal=name.strip()) if isinstance(name, str) else Author()
    if name.get("literal"):
        return Author(literal=str(name["literal"]).strip())
    family = " ".join(
        str(part).strip() for part in (name.get("non-dropping-particle"), name.get("family"), name.get("suffix")) if part
    )
    given = " ".join(str(part).strip() for part in (name.get("given"), name.get("dropping-particle")) if part)
    return Author(family=family, given=given)

"""How many people a study had: "Five patients", "n = 24", "12 healthy participants".

A number counts only when it is followed by a word for people (a few describing
words may stand between), or written as n = N; so ages ("35 years"), times
("4 weeks") and sizes ("30-100 nm") are never taken for patients.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exodesk.evidence.guarded import Guarded, lowered

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_WORD_NUMBER = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(k for k in _UNITS if _UNITS[k] < 10) + r"))?"
    r"|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
)
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + _WORD_NUMBER + r")"
PEOPLE = (
    r"patients|participants|subjects|people|persons|volunteers|individuals|women|men|"
    r"children|adults|adolescents|infants|males|females|cases"
)
# Words that may stand between the number and the people word.
_BETWEEN = r"(?:(?!of\b|in\b|per\b|to\b|from\b|and\b|or\b|years?\b|weeks?\b|months?\b|days?\b)[A-Za-z’'-]+\s+){0,4}?"
# Every count names its people, so a sentence without a people word is not searched.
_COUNT = Guarded(r"(?<![\w.-])(" + _NUMBER + r")\s+" + _BETWEEN + r"(?:" + PEOPLE + r")\b", *PEOPLE.split("|"))
_N_EQUALS = re.compile(r"\b[nN]\s*=\s*(\d{1,3}(?:,\d{3})*|\d+)\b")
# A sentence about who was enrolled outweighs one about who responded.
_ENROLMENT = re.compile(
    r"enrol|enroll|recruit|includ|randomi[sz]|assigned|allocated|were treated|a total of|received|underwent|participated",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Count:
    value: int
    words: str  # the words in the text
    sentence: str


def number_value(words: str) -> int | None:
    """The value of "12", "1,024", "five" or "twenty-four"."""
    words = words.strip().lower()
    if re.fullmatch(r"[\d,]+", words):
        return int(words.replace(",", ""))
    parts = re.split(r"[\s-]+", words)
    if len(parts) == 1:
        return _UNITS.get(parts[0], _TENS.get(parts[0]))
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


def counts_in(sentences: list[str]) -> list[Count]:
    found = []
    for sentence in sentences:
        for m in _matches(sentence):
            value = number_value(m.group(1))
            if value:
                found.append(Count(value, m.group(0), sentence))
    return found


def _matches(sentence: str) -> list[re.Match]:
    """Counts of people, then "n = N"s."""
    found = []
    if _COUNT.may_match(lowered(sentence)):
        found += _COUNT.regex.finditer(sentence)
    if "=" in sentence:  # which every "n = N" holds
        found += _N_EQUALS.finditer(sentence)
    return found


def sample_size(sentences: list[str]) -> Count | None:
    """The study's number of people: the largest count in an enrolment sentence,
    else the largest count anywhere (responders are a part of the whole)."""
    counts = counts_in(sentences)
    enrolled = [c for c in counts if _ENROLMENT.search(c.sentence)]
    pool = enrolled or counts
    return max(pool, key=lambda c: c.value) if pool else None

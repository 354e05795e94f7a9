"""How many people a study had: "Five patients", "n = 24", "12 healthy participants".

A number counts only when it is followed by a word for people (a few describing
words may stand between), or written as n = N; so ages ("35 years"), times
("4 weeks") and sizes ("30-100 nm") are never taken for patients.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exodesk.evidence.guarded import WHITESPACE, AnyOf, Guarded, lowered
from exodesk.evidence.negation import first_said, said_zh

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
_SCALES = {"hundred": 100, "thousand": 1000}
_SMALL_WORD = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(k for k in _UNITS if _UNITS[k] < 10) + r"))?"
    r"|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
)
# "four thousand three hundred and eleven" is read whole: a number in words
# runs on through "hundred", "thousand" and "and", so its last word ("eleven")
# is never taken alone.
_WORD_NUMBER = (
    r"(?:" + _SMALL_WORD + r")(?:[\s-]+(?:and[\s-]+)?(?:" + "|".join(_SCALES) + r"|" + _SMALL_WORD + r"))*"
)
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + _WORD_NUMBER + r")"
NUMBER = _NUMBER  # a number in digits or words, for other readers of counts
PEOPLE = (
    r"patients|participants|subjects|people|persons|volunteers|individuals|women|men|"
    r"children|adults|adolescents|infants|males|females|cases"
)
# Words that may stand between the number and the people word.
_BETWEEN = r"(?:(?!of\b|in\b|per\b|to\b|from\b|and\b|or\b|years?\b|weeks?\b|months?\b|days?\b)[a-z’'-]+\s+){0,4}?"
# Every count names its people (its guard words) after a space, so a sentence
# without a people word after a space is not searched: narrower than the guard
# words alone, as "men" is in every "treatment" (of 10,030 sentences, 1,460
# pass instead of 3,139; counts_in over 1,000 abstracts 33 ms -> 28 ms of CPU).
_COUNT = Guarded(r"(?<![\w.-])(" + _NUMBER + r")\s+" + _BETWEEN + r"(?:" + PEOPLE + r")\b", *PEOPLE.split("|"))
# Whether a sentence holds a people word after white space (r"\s" before it):
# each word after each white space character, all looked for in one automaton
# pass (10,030 sentences, 11.3 ms of CPU as a pattern's search, 5.5 ms so).
_PEOPLE_AFTER_SPACE = AnyOf(space + word for space in WHITESPACE for word in PEOPLE.split("|"))
# Nor one without a number, in digits or in words: most sentences naming people
# have none (counts_in over 1,000 abstracts took 58 ms of CPU, 42 ms so). The
# words are those the other number words hold: "fourteen" holds "four", "ninety" "nine".
_DIGIT = re.compile(r"\d")
_IN_WORDS = Guarded(_WORD_NUMBER, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "eleven", "twelve", "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty")
_N_EQUALS = re.compile(r"\b[nN]\s*=\s*(\d{1,3}(?:,\d{3})*|\d+)\b")
# A sentence about who was enrolled outweighs one about who responded.
_ENROLMENT = Guarded(
    r"enrol|enroll|recruit|includ|randomi[sz]|assigned|allocated|were treated|a total of|received|underwent|participated",
    "enrol", "recruit", "includ", "randomi", "assigned", "allocated", "were treated", "a total of", "received",
    "underwent", "participated",
)


@dataclass(frozen=True)
class Count:
    value: int
    words: str  # the words in the text
    sentence: str


def number_value(words: str) -> int | None:
    """The value of "12", "1,024", "five", "twenty-four" or "four thousand
    three hundred and eleven"; None for words that do not make one number."""
    words = words.strip().lower()
    if re.fullmatch(r"[\d,]+", words):
        return int(words.replace(",", ""))
    total = current = 0
    last = ""  # the kind of the word before: "unit", "ten", "hundred", "thousand"
    for part in re.split(r"[\s-]+", words):
        if part == "and":
            continue
        if part in _UNITS and last in ("", "ten", "hundred", "thousand") and not (last == "ten" and _UNITS[part] >= 10):
            current += _UNITS[part]
            last = "unit"
        elif part in _TENS and last in ("", "hundred", "thousand"):
            current += _TENS[part]
            last = "ten"
        elif part == "hundred" and last in ("unit",) and 0 < current < 10:
            current *= 100
            last = "hundred"
        elif part == "thousand" and last in ("unit", "ten", "hundred") and total == 0:
            total, current = current * 1000, 0
            last = "thousand"
        else:
            return None
    return total + current or None


# A number just before a match: the match is the tail of a number ("four
# thousand, three hundred patients"), which is not read in part.
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:" + "|".join([*_UNITS, *_TENS, *_SCALES]) + r"))[\s,-]*(?:and\s+)?$",
                            re.IGNORECASE)


def counts_in(sentences: list[str]) -> list[Count]:
    found = []
    for sentence in sentences:
        for m in _matches(sentence):
            value = number_value(sentence[m.start(1):m.end(1)])
            if value and not (m.start() and _NUMBER_BEFORE.search(sentence, max(0, m.start() - 12), m.start())):
                found.append(Count(value, sentence[m.start():m.end()], sentence))
    return found


def _matches(sentence: str) -> list[re.Match]:
    """Counts of people (found in the lowered sentence: read their words from
    the sentence at their places), then "n = N"s."""
    found: list[re.Match] = []
    low = lowered(sentence)
    if _PEOPLE_AFTER_SPACE.in_text(low) and (_DIGIT.search(sentence) or _IN_WORDS.may_match(low)):
        found += _COUNT.regex.finditer(low)
    if "=" in sentence:  # which every "n = N" holds
        found += _N_EQUALS.finditer(sentence)
    return found


# People who did not have the treatment in this study: planned ("we will
# recruit 120"), surveyed ("1,024 respondents completed a questionnaire") or
# pooled from other studies ("12 trials involving 742 patients").
_NOT_TREATED = Guarded(
    r"\bwill\b|\bplan(?:s|ned)? to\b|\bto be (?:recruited|enrolled|randomi[sz]ed)\b|questionnaire|survey|"
    r"\brespon(?:dents|ded to)\b|\b(?:studies|trials|articles|publications|rcts)\b|\bpooled\b|meta-analys",
    "will", "plan", "to be", "questionnaire", "survey", "respon", "studies", "trials", "articles", "publications",
    "rcts", "pooled", "meta-analys",
)


def sample_size(sentences: list[str]) -> Count | None:
    """The study's number of people: the largest count in an enrolment sentence,
    else the largest count anywhere (responders are a part of the whole).
    Counts of people planned, surveyed or pooled from other studies are not
    taken, unless the sentence denies the plan or survey."""
    found = counts_in(sentences)
    low = {s: lowered(s) for s in {c.sentence for c in found}}  # each sentence once
    # "Patients will not be recontacted" plans nothing; "no survey was done" surveyed no one.
    counts = [c for c in found if not first_said(_NOT_TREATED, c.sentence, low[c.sentence])]
    enrolled = [c for c in counts if _ENROLMENT.search(c.sentence, low[c.sentence])]
    pool = enrolled or counts
    return max(pool, key=lambda c: c.value) if pool else None


# --- Chinese ----------------------------------------------------------------------
# Read in Simplified characters (a Traditional abstract is converted first):
# "共纳入患者60例", "60例患者", "60名受试者", "对照组30例".
_ZH_COUNT = re.compile(r"(\d+)\s*(?:例|名|位)")
# Before a count: those who had the outcome ("治愈18例") or a harm, not the whole.
_ZH_PART = re.compile(r"(?:治愈|痊愈|显效|有效|无效|好转|改善|复发|出现|发生|其中|不良反应)[^，。；]{0,4}$")
_ZH_ENROLMENT = re.compile(r"纳入|收治|选取|选择|入组|随机|招募|共|研究对象")
_ZH_NOT_TREATED = re.compile(r"拟|计划|预计|将招募|将纳入|问卷|调查|篇|项研究|个研究|项试验|个试验")


def sample_size_zh(sentences: list[str]) -> Count | None:
    """As sample_size, in a Chinese abstract's sentences (Simplified)."""
    counts = []
    for sentence in sentences:
        if "例" not in sentence and "名" not in sentence and "位" not in sentence:
            continue
        if said_zh(_ZH_NOT_TREATED, sentence):  # not "未进行问卷调查"
            continue
        for m in _ZH_COUNT.finditer(sentence):
            if not _ZH_PART.search(sentence, max(0, m.start() - 12), m.start()):
                counts.append(Count(int(m.group(1)), m.group(0), sentence))
    counts = [c for c in counts if c.value]
    enrolled = [c for c in counts if _ZH_ENROLMENT.search(c.sentence)]
    pool = enrolled or counts
    return max(pool, key=lambda c: c.value) if pool else None

"""Harms (side effects) as a paper reports them: the notes' `adverse_events` text.

The text has a few forms, which `format` writes and `parse` reads back:

    ""  or "not reported"        the paper does not say (NOT_REPORTED)
    "none reported"               the paper says no adverse events occurred (NONE)
    "no serious adverse events reported[; redness (3); itching]"   (NONE_SERIOUS)
    "redness at the injection site (3); infection (1); headache"   (NAMED)
    "unclear (see the abstract's words)"                           (UNCLEAR)

`parse` also reads what older versions wrote ("none reported (0 of 5
patients)", "reported in 2 of 7 patients"...) and what people type: a harm per
";" or "," part, UNCLEAR when a part cannot be read. "No side effects were
reported" is absence of reporting, not proof that no one had any: the states
keep the two apart. Names are plain English from resources/harms.json, which
gives each its Hong Kong Chinese name and the words papers use for it.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from exodesk.evidence.counts import NUMBER, number_value
from exodesk.evidence.vocabulary import any_name
from exodesk.text.chinese import to_simplified, to_traditional_hk

NOT_REPORTED, NONE, NONE_SERIOUS, NAMED, UNCLEAR = "not-reported", "none", "none-serious", "named", "unclear"
STATES = (NOT_REPORTED, NONE, NONE_SERIOUS, NAMED, UNCLEAR)

_TEXTS = {
    NOT_REPORTED: "not reported",
    NONE: "none reported",
    NONE_SERIOUS: "no serious adverse events reported",
    UNCLEAR: "unclear (see the abstract's words)",
}
# The generic harm: "adverse events in 3 patients" with no name given.
SIDE_EFFECTS = "side effects"


@dataclass(frozen=True)
class Harm:
    name: str  # English, plain: "redness at the injection site"
    people: int | None = None  # how many people had it, when the paper says

    def __post_init__(self) -> None:
        # One spelling per harm: "mild erythema" is "redness", so two reports
        # naming it differently are equal and format() writes the plain name.
        name = plain_name(self.name)
        if not name or ";" in name or "," in name or _COUNTED.fullmatch(name):
            raise ValueError(f"not a harm's name: {self.name!r}")
        object.__setattr__(self, "name", name)


@dataclass(frozen=True)
class HarmsReport:
    state: str  # one of STATES
    harms: tuple[Harm, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "harms", tuple(self.harms))
        if self.state not in STATES:
            raise ValueError(f"unknown state {self.state!r}")
        if (self.state == NAMED) != bool(self.harms) and self.state != NONE_SERIOUS:
            raise ValueError(f"{self.state} with harms {self.harms!r}")


def format(report: HarmsReport) -> str:  # noqa: A001 - the public name the handout code uses
    """The notes' text for `report`; parse() reads it back to the same report."""
    harms = [f"{h.name} ({h.people})" if h.people is not None else h.name for h in report.harms]
    if report.state == NAMED:
        return "; ".join(harms)
    return "; ".join([_TEXTS[report.state], *harms])


def name_zh(name: str) -> str | None:
    """The Hong Kong Traditional Chinese name of a harm (None when unknown)."""
    entry = _vocabulary().by_name.get(_key(plain_name(name)))
    return entry[1] if entry else None


def plain_name(name: str) -> str:
    """The vocabulary's plain name for `name` ("Transient erythema" -> "redness"),
    else `name` with its white space folded."""
    folded = " ".join(name.split()).strip(" .")
    vocabulary = _vocabulary()
    key = _key(folded)
    while True:
        if key in vocabulary.by_name:
            return vocabulary.by_name[key][0]
        first, _, rest = key.partition(" ")
        if not rest or first not in vocabulary.qualifiers:
            break
        key = rest
    zh = vocabulary.by_zh.get(to_simplified(folded)) if not folded.isascii() else None
    return zh or folded


# --- reading the notes' text ----------------------------------------------------------

_PEOPLE = r"(?:patients?|participants?|people|persons?|subjects?|cases?|individuals?|women|men|children)"
_COUNTED = re.compile(r".*\(\s*\d+\s*\)")
_OF_PEOPLE = r"(?:\s*\(\s*0 of \d+ \w+\s*\))?"
_NONE = re.compile(
    r"(?:none|nil|no (?:adverse events?|side[- ]effects?|adverse effects?|adverse reactions?|complications?|harms?))"
    r"(?: (?:were |was )?(?:reported|observed|occurred|noted|seen))?" + _OF_PEOPLE,
)
_NONE_ZH = re.compile(r"(?:无|未见|未发现|未发生|未出现|没有)(?:明显|任何)?(?:的)?(?:不良反应|副作用|不良事件|并发症)")
_NONE_SERIOUS = re.compile(
    r"no (?:serious|severe|major) (?:adverse events?|side[- ]effects?|adverse effects?|adverse reactions?|complications?)"
    r"(?: (?:were |was )?(?:reported|observed|occurred|noted|seen))?" + _OF_PEOPLE,
)
_UNCLEAR = re.compile(r"some reported\b.*|(?:described as )?well[- ]tolerated\b.*|unclear\b.*|unknown|see (?:the )?(?:abstract|paper)\b.*|\?+")
# "side effects in 2 of 7 patients", "reported in 2 of 7 patients", "erythema in 3 patients"
_IN_PEOPLE = re.compile(r"(?P<name>.*?)\s*\b(?:in|among)\s+(?P<n>" + NUMBER + r")(?:\s+(?:of|/)\s+(?:the\s+)?\d+)?(?:\s+" + _PEOPLE + r")?",
                        re.IGNORECASE)
# "2 patients had erythema"
_PEOPLE_HAD = re.compile(r"(?P<n>" + NUMBER + r")\s+(?:" + _PEOPLE + r"\s+)?(?:had|developed|experienced|reported|showed)\s+(?P<name>.+)",
                         re.IGNORECASE)
_BRACKETED = re.compile(r"(?P<name>.+?)\s*[(（]\s*(?:n\s*=\s*)?(?P<n>\d+)(?:\s*(?:of|/)\s*\d+)?\s*(?:" + _PEOPLE + r"|例|人)?\s*[)）]")
_ZH_COUNTED = re.compile(r"(?P<name>\D+?)\s*(?P<n>\d+)\s*(?:例|人)")


def parse(text: str) -> HarmsReport:
    """The report the notes' `adverse_events` text records."""
    text = " ".join(text.split()).strip(" .;")
    low = text.casefold()
    if not low or low in ("not reported", "not mentioned", "not stated", "n/a", "na"):
        return HarmsReport(NOT_REPORTED)
    if _NONE.fullmatch(low) or _NONE_ZH.fullmatch(to_simplified(text)) or low in ("无", "無", "沒有"):
        return HarmsReport(NONE)
    if _UNCLEAR.fullmatch(low):
        return HarmsReport(UNCLEAR)
    if m := _NONE_SERIOUS.match(low):
        rest = text[m.end():].strip(" ;,")
        harms = _harms(rest) if rest else ()
        return HarmsReport(NONE_SERIOUS, harms) if harms is not None else HarmsReport(UNCLEAR)
    harms = _harms(text)
    return HarmsReport(NAMED, harms) if harms else HarmsReport(UNCLEAR)


def _harms(text: str) -> tuple[Harm, ...] | None:
    """A harm per ";" or "," part; None when a part cannot be read."""
    harms = []
    for part in re.split(r"\s*[;,；，、]\s*", text):
        if not part:
            continue
        harm = _harm(part)
        if harm is None:
            return None
        harms.append(harm)
    return tuple(harms)


def _harm(part: str) -> Harm | None:
    name, people = part, None
    for pattern in (_BRACKETED, _IN_PEOPLE, _PEOPLE_HAD, _ZH_COUNTED):
        m = pattern.fullmatch(part)
        if m:
            name, people = m.group("name"), number_value(m.group("n"))
            break
    name = name.strip(" .:")
    if name.casefold() in ("", "reported", "some", "reported in", "had side effects"):
        name = SIDE_EFFECTS if people else ""
    if len(re.findall(r"[^\W\d_]", name)) < 2 or _UNCLEAR.fullmatch(name.casefold()):
        return None
    return Harm(name, people)


# --- the vocabulary -------------------------------------------------------------------


def _key(name: str) -> str:
    return name.casefold().replace("‐", "-").replace("–", "-")


@dataclass(frozen=True)
class _Vocabulary:
    by_name: dict[str, tuple[str, str]]  # any English spelling -> (plain name, Chinese name)
    by_zh: dict[str, str]  # a Chinese spelling (Simplified) -> plain name
    qualifiers: frozenset[str]
    english: re.Pattern  # any English spelling, in lowered text
    chinese: re.Pattern  # any Chinese spelling, in Simplified text


@functools.cache
def _vocabulary() -> _Vocabulary:
    path = resources.files("exodesk.resources") / "harms.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    by_name: dict[str, tuple[str, str]] = {}
    by_zh: dict[str, str] = {}
    for entry in data["harms"]:
        names = (entry["en"], entry["zh_hant"])
        for spelling in (entry["en"], *entry.get("synonyms", ())):
            by_name.setdefault(_key(spelling), names)
        for spelling in (entry["zh_hant"], *entry.get("synonyms_zh", ())):
            by_zh.setdefault(to_simplified(spelling), entry["en"])
            by_zh.setdefault(to_simplified(to_traditional_hk(spelling)), entry["en"])
    english = sorted(by_name, key=len, reverse=True)
    chinese = sorted(by_zh, key=len, reverse=True)
    return _Vocabulary(
        by_name, by_zh, frozenset(data.get("qualifiers", ())),
        # Grouped by first letter (the same matches): where a word starts, one
        # check for each of 20 letters instead of one for each of 119 names
        # (the clauses read for harms in 1,000 papers: 3.0 ms of CPU, 1.3 ms so).
        re.compile(r"(?<![a-z-])" + any_name([(n[0], re.escape(n[1:])) for n in english]) + r"(?![a-z])"),
        re.compile("|".join(re.escape(n) for n in chinese)),
    )


def find_names(lowered_text: str) -> list[tuple[str, int, int]]:
    """(plain name, start, end) of each harm named in lower-case English text."""
    vocabulary = _vocabulary()
    return [(vocabulary.by_name[m.group(0)][0], m.start(), m.end()) for m in vocabulary.english.finditer(lowered_text)]


def find_names_zh(simplified_text: str) -> list[tuple[str, int, int]]:
    """(plain name, start, end) of each harm named in Simplified Chinese text."""
    vocabulary = _vocabulary()
    return [(vocabulary.by_zh[m.group(0)], m.start(), m.end()) for m in vocabulary.chinese.finditer(simplified_text)]

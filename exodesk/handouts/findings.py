"""A study's result and the harms of all studies, in the sheet's own words.

Written from the structured notes (direction, what was measured, how many
people), never from the authors' sentences: a paper's conclusion is often
promotional. A clinician's own plain summary, once confirmed, is used as
typed. Harms are gathered over the studies: each harm named with its counts,
"none reported" kept apart from "not reported".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from exodesk.evidence import designs, harms
from exodesk.model import IMPROVED, NO_CLEAR_DIFFERENCE, NOT_TESTED, WORSE, Notes
from exodesk.text.chinese import language_of, to_traditional_hk

# An outcome longer than this is a sentence, not the name of a measure.
MAX_OUTCOME_WORDS = 12

_DIRECTION_KEYS = {IMPROVED: "improved", NO_CLEAR_DIFFERENCE: "no_difference", WORSE: "worse", NOT_TESTED: "not_tested"}


def count(units: dict, key: str, n: int, language: str) -> str:
    """"1 study", "3 studies", "3項研究"."""
    one, many = units[key]
    if language == "en":
        return f"{n} {one if n == 1 else many}"
    return f"{n}{one}"


def outcome_is_short(notes: Notes) -> bool:
    return len(notes.outcome.split()) <= MAX_OUTCOME_WORDS


def finding(notes: Notes, language: str, words: dict) -> str:
    """The table's "what was found" for one study in people."""
    own = _own_summary(notes, language, words)
    if own:
        return own
    phrases = words["finding"]
    design = designs.design_of(notes.study_design)
    compared = "controlled" if design is not None and design.controlled else "uncontrolled"
    key = _DIRECTION_KEYS.get(notes.direction)
    said = [phrases[key][compared] if key and key != "not_tested" else phrases[key or "unknown"]]
    outcome = notes.outcome if language == "en" and outcome_is_short(notes) else _chinese_outcome(notes)
    people = notes.sample_size
    if notes.responders is not None and people and notes.responders <= people and key != "not_tested":
        template = phrases["measured_count"] if outcome else phrases["count_only"]
        said.append(template.format(outcome=_capital(outcome, language), responders=notes.responders, people=people))
    elif outcome:
        said.append(phrases["measured"].format(outcome=outcome))
    return " ".join(said) if language == "en" else "".join(said)


def _capital(text: str, language: str) -> str:
    return text[:1].upper() + text[1:] if language == "en" else text


def _chinese_outcome(notes: Notes) -> str:
    text = notes.outcome_zh.strip()
    if text and language_of(text) == "zh-Hans":
        return to_traditional_hk(text)
    return text


def _own_summary(notes: Notes, language: str, words: dict) -> str:
    """A clinician's confirmed plain summary, if there is one."""
    name = "summary_en" if language == "en" else "summary_zh"
    summary = getattr(notes, name).strip()
    if not summary or name in notes.suggested:
        return ""
    if language != "en" and language_of(summary) == "zh-Hans":
        return f"{to_traditional_hk(summary)}{words['converted_mark']}"
    return summary


@dataclass(frozen=True)
class HarmLine:
    name: str  # English name as the notes give it
    studies: int
    people: int  # people with it, where the papers count them
    counted: bool  # whether any paper gave a count


def harms_summary(entries: list[Notes]) -> tuple[list[HarmLine], Counter]:
    """Harms over the studies: each named harm with its counts, and how many
    studies reported none, none serious, nothing, or harms without details."""
    named: dict[str, list[int | None]] = {}
    states: Counter = Counter()
    for notes in entries:
        report = harms.parse(notes.adverse_events)
        states[report.state] += 1
        for harm in report.harms:
            named.setdefault(harm.name.strip().lower(), []).append(harm.people)
    lines = [
        HarmLine(name, len(counts), sum(c for c in counts if c), any(c is not None for c in counts))
        for name, counts in named.items()
    ]
    lines.sort(key=lambda line: (-line.studies, -line.people, line.name))
    return lines, states


def harm_name(name: str, language: str) -> str | None:
    """The harm's name in the sheet's language; None when Chinese is unknown."""
    return name if language == "en" else harms.name_zh(name)

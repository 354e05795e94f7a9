"""Suggestions for a paper's evidence notes, read from its title and abstract.

Each suggestion carries the words that support it, so a person sees why it was
made; it stays a suggestion (Notes.suggested) until a person confirms it. A
field a person already filled is never overwritten.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from exodesk.evidence import (
    chinese_reading,
    designs,
    findings,
    harms,
    interventions,
    reported_harms,
)
from exodesk.evidence.counts import Count, sample_size, sample_size_zh
from exodesk.evidence.guarded import Guarded, lowered
from exodesk.evidence.negation import (
    first_said,
    without_denied,
    without_denied_zh,
    words_said,
)
from exodesk.evidence.vocabulary import find_in_text
from exodesk.model import IMPROVED, NO_CLEAR_DIFFERENCE, NOT_TESTED, Notes, Paper


@dataclass(frozen=True)
class Suggestion:
    field: str
    value: Any
    support: str  # the words in the paper that support it


# --- reading the paper -------------------------------------------------------


def _english_text(paper: Paper) -> str:
    abstract = paper.abstract("en")
    return abstract.text if abstract else ""


# A label such as "RESULTS: ". Its first letter comes first in the pattern (and
# the word boundary before it after), so the engine skips to capital letters.
_LABEL = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z ]{3,30}:\s+")
# A sentence's end: its mark and the space after it, before what starts a
# sentence, or new lines. Led by the mark or the new line, which are few, so the
# engine skips to them rather than trying every space (splitting 1,000 abstracts
# took 16 ms of CPU led by the space, 8 ms so).
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])\s+(?=[A-Z0-9(“\"])|(?<=\n)\n*)")


def sentences(text: str) -> list[str]:
    """Sentences, with a structured abstract's "RESULTS:" labels split off."""
    if ":" in text:
        text = _LABEL.sub("\n", text)
    parts, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        mark = end.start()
        parts.append(text[start:mark if text[mark] == "\n" else mark + 1])  # the sentence keeps its mark
        start = end.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


@dataclass(frozen=True)
class _Reading:
    """What the suggestions read from a paper, worked out once."""

    title: str
    text: str  # the English abstract
    whole: str  # title and abstract
    lowered: str  # `whole` in lower case, where the patterns' guard words are looked for
    sentences: list[str]  # the abstract's
    # The Chinese abstract's sentences in Simplified characters, with any
    # Chinese title first (empty without a Chinese abstract).
    zh_sentences: list[str]


def _read(paper: Paper) -> _Reading:
    title = paper.title or ""
    text = _english_text(paper)
    whole = f"{title}\n{text}"
    zh = paper.abstract("zh")
    zh_sentences = []
    if zh is not None:
        zh_titles = [t for lang, t in paper.titles.items() if lang.startswith("zh")]
        if not title.isascii():
            zh_titles.insert(0, title)
        zh_sentences = chinese_reading.simplified_sentences("\n".join([*zh_titles, zh.text]), zh.language)
    return _Reading(title, text, whole, lowered(whole), sentences(text), zh_sentences)


# --- study design ------------------------------------------------------------

# Each pattern with its guard words (see guarded.py): words that every match holds.
_PHASE = Guarded(r"\bphase[\s-]*(iv|i{1,3}|[1-4])(?:\s*(?:/|-|and)\s*(iv|i{1,3}|[1-4]))?\b", "phase")
_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}

# A plan, not a result: looked for before review and trial words, which a
# protocol uses for the study it will be ("this protocol for a randomised trial").
# Tried only where its words start, as _SYSTEMATIC: over 1,000 abstracts, 8 ms
# of CPU instead of a search's 14 ms (_SYSTEMATIC's 4 ms instead of 8 ms).
_PROTOCOL = Guarded(
    r"\b(?:study protocol|trial protocol|this protocol|the present protocol|our protocol)\b|"
    r"\bprotocol (?:for|of) an? \w+|"
    r"\bwill be (?:randomi[sz]ed|recruited|enrolled|allocated|assigned|included)\b|"
    r"\bwe will (?:recruit|enrol|enroll|randomi[sz]e|conduct|include)\b",
    "study protocol", "trial protocol", "this protocol", "the present protocol", "our protocol", "protocol",
    "will be", "we will",
    leading=True,
)
_SURVEY = Guarded(r"\bsurvey(?:ed)?\b|\bcross-sectional\b|\brespondents\b", "survey", "cross-sectional", "respondents")

_SYSTEMATIC = Guarded(r"systematic(?:ally)? review|meta-?analys[ie]s|\bprisma\b", "systematic", "meta", "prisma",
                      leading=True)
_THIS_REVIEW = Guarded(
    r"\b(?:this|the present|the current|our|in this)\s+(?:\w+\s+){0,2}review\b|"
    # "we reviewed the literature", not "we retrospectively reviewed 15 patients"
    r"\bwe\s+(?:review|reviewed|summari[sz]e|summari[sz]ed|overview)\b"
    r"(?!\s+(?:the\s+)?(?:\w+\s+){0,2}(?:patients|records|charts|files|cases)\b)|"
    r"\b(?:literature|narrative) review\b|\breview article\b",
    "view", "summari",
    unbroken=True,
)
_REVIEW = Guarded(r"\breview\b", "review")
_ANIMAL = Guarded(
    r"\b(?:mice|mouse|murine|rats?|rabbits?|porcine|pigs?|zebrafish|in vitro|in vivo|"
    r"cell lines?|cultured (?:human )?\w+ cells|animal models?)\b",
    "mice", "mouse", "murine", "rat", "rabbit", "porcine", "pig", "zebrafish", "in vitro", "in vivo", "cell line",
    "cultured", "animal",
    leading=True,
)
_RANDOMISED = Guarded(
    # Not "non-randomised" nor "not randomised"; a "(?<!non)" would be redundant before \b.
    # "according to a random number table": how Chinese trials write their allocation (随机数字表法).
    r"\b(?<!non-)(?<!not )randomi[sz]ed\b(?! controlled trials)|\brandomly (?:assigned|allocated|divided)\b|"
    r"\brandom(?:ised|ized)? numbers? table\b|"
    r"\bplacebo[- ]controlled\b|\bdouble[- ]blind(?:ed)?\b",
    "random", "placebo", "blind",
)
_CONTROLLED = Guarded(
    r"\bnon-?randomi[sz]ed\b|\bcompared with (?:a |an |the )?(?:\w+ )?control\b|\bcontrol group\b|"
    r"\bcontrolled (?:study|trial)\b|\bmatched controls\b|\bcohort study\b|\bsplit-face\b|\bhalf-side\b",
    "random", "control", "cohort", "split-face", "half-side",
)
_SINGLE_ARM = Guarded(
    r"\bsingle[- ]arm\b|\bopen[- ]label\b|\bfirst-in-human\b|\bpilot (?:study|trial)\b|\bclinical trial\b",
    "single", "label", "first-in-human", "pilot", "clinical trial",
)
_CASE_REPORT = Guarded(
    r"\bcase report\b|\bwe (?:report|present|describe) (?:a|the) (?:case|patient|man|woman)\b|"
    r"\ba \d+-year-old (?:man|woman|boy|girl|male|female|patient)\b",
    "report", "present", "describe", "-year-old",
)
_CASE_SERIES = Guarded(
    r"\bcase series\b|\bretrospective(?:ly)?\b|\bconsecutive patients\b",
    "case series", "retrospective", "consecutive patients",
)

# PubMed's own publication types, where a page gives one.
_PUBLICATION_TYPES = tuple(
    (re.compile(pattern), design_id)
    for pattern, design_id in (
        (r"protocol", designs.PROTOCOL),
        (r"systematic review|meta-analysis", designs.SYSTEMATIC_REVIEW),
        (r"randomi[sz]ed controlled trial", designs.RCT),
        (r"clinical trial, phase", designs.SINGLE_ARM),
        (r"controlled clinical trial", designs.NON_RANDOMISED),
        (r"case reports?", designs.CASE_REPORT),
        (r"^review$", designs.NARRATIVE_REVIEW),
    )
)


def _design_from_text(read: _Reading, people: int | None) -> tuple[str, str] | None:
    """(design id, supporting words) from the title and abstract."""
    whole, low = read.whole, read.lowered
    if words := words_said(_PROTOCOL, whole, low):
        return designs.PROTOCOL, words
    if words := words_said(_SYSTEMATIC, whole, low):
        return designs.SYSTEMATIC_REVIEW, words
    if (words := words_said(_THIS_REVIEW, whole, low)) or (words := words_said(_REVIEW, read.title, low)):
        return designs.NARRATIVE_REVIEW, words
    if words := words_said(_SURVEY, whole, low):
        return designs.SURVEY, words
    if not people and (words := words_said(_ANIMAL, whole, low)):
        return designs.PRECLINICAL, words
    if words := words_said(_RANDOMISED, whole, low):
        return designs.RCT, words
    if words := words_said(_CONTROLLED, whole, low):
        return designs.NON_RANDOMISED, words
    if (words := words_said(_PHASE, whole, low)) or (words := words_said(_SINGLE_ARM, whole, low)):
        return designs.SINGLE_ARM, words
    if words := words_said(_CASE_REPORT, whole, low):
        return designs.CASE_REPORT, words
    if words := words_said(_CASE_SERIES, whole, low):
        return designs.CASE_SERIES, words
    return None


def _design_from_type(publication_type: str | None, read: _Reading) -> str | None:
    if not publication_type:
        return None
    kind = publication_type.strip().casefold()
    for pattern, design_id in _PUBLICATION_TYPES:
        if pattern.search(kind):
            # A "phase I" trial may still be randomised; a "Review" systematic.
            if design_id == designs.SINGLE_ARM and first_said(_RANDOMISED, read.text, read.lowered):
                return designs.RCT
            if design_id == designs.NARRATIVE_REVIEW and first_said(_SYSTEMATIC, read.text, read.lowered):
                return designs.SYSTEMATIC_REVIEW
            return design_id
    return None


def _phase(text: str, m: re.Match) -> str:
    """The phases a _PHASE match names, as `text` writes them."""
    written = (text[start:end] for start, end in (m.span(1), m.span(2)))  # (-1, -1) when not there
    numerals = [_ROMAN.get(g, g.upper()) for g in written if g]
    return "/".join(numerals)


def suggest_design(read: _Reading, publication_type: str | None,
                   people: int | None = None) -> tuple[designs.Design, str, str] | None:
    """(design, label for the notes, supporting words)."""
    design_id = _design_from_type(publication_type, read)
    support = f"publication type: {publication_type}" if design_id else ""
    if design_id is not None and (words := words_said(_PROTOCOL, read.whole, read.lowered)):
        design_id, support = designs.PROTOCOL, words  # a trial's type, given to its protocol paper
    if design_id is None:
        found = _design_from_text(read, people)
        if found is None and read.zh_sentences:
            found = chinese_reading.design("\n".join(read.zh_sentences), people)
        if found is None and people and people > 1:
            found = designs.CASE_SERIES, f"{people} people, no comparison group mentioned"
        if found is None:
            return None
        design_id, support = found
    design = designs.by_id(design_id)
    label = design.label
    if design_id == designs.SINGLE_ARM:
        m = first_said(_PHASE, read.whole, read.lowered)
        label = designs.single_arm_label(_phase(read.whole, m) if m else None)
        if m and "phase" not in support.casefold():
            support += f"; {read.whole[m.start():m.end()]}"
    return design, label, support


# Tried only where its words start, as _PROTOCOL: a search tries the \b before
# "rcts" at every position (over 1,000 papers, 1.8 ms of CPU; 0.5 ms so).
_POOLED_TRIALS = Guarded(r"randomi[sz]ed (?:controlled )?trials|\brcts\b", "randomi", "rcts", leading=True)


def suggest_level(design: designs.Design, read: _Reading) -> tuple[str, str]:
    if design.id == designs.SYSTEMATIC_REVIEW:
        words = words_said(_POOLED_TRIALS, read.text, read.lowered)
        if words:
            return "1", f"systematic review of {words}"
        return designs.REVIEW_OF_OTHER_STUDIES_LEVEL, "systematic review; the kinds of studies it pools are not stated"
    return design.level, f"{design.label}: Oxford CEBM 2011 level {design.level}"


# --- harms ----------------------------------------------------------------------------

NOT_MENTIONED = "the abstract does not mention side effects"


def suggest_adverse_events(read: _Reading) -> tuple[str, str]:
    """The notes' harms text (harms.format) and the words it rests on; "not
    reported" when neither abstract mentions harms."""
    found = reported_harms.suggest(read.sentences)
    if found is None and read.zh_sentences:
        found = reported_harms.suggest_zh(read.zh_sentences)
    if found is None:
        return harms.format(harms.HarmsReport(harms.NOT_REPORTED)), NOT_MENTIONED
    return harms.format(found[0]), found[1]


# --- findings -----------------------------------------------------------------------------

# Designs with no result of a treatment in people: their direction is "not tested".
_NOTHING_TESTED = (designs.PROTOCOL, designs.NARRATIVE_REVIEW, designs.PRECLINICAL, designs.SURVEY)


def _said_direction(sentences: list[str], read_direction: Callable[[list[str]], tuple[str, str] | None],
                    plain: Callable[[str], str]) -> tuple[str, str] | None:
    """read_direction's answer, reading the cues a sentence denies as denied
    (`plain` blanks them): a worsening denied ("no patient worsened") is none;
    an improvement denied ("there was no improvement in itch", "neither EASI
    nor itch improved", "症状无明显改善") is no clear difference, as "did not
    improve" is, unless another sentence gives a direction: "had not responded
    to two courses of steroid" tells who took part, not what they had."""
    originals: dict[str, str] = {}  # a blanked sentence: the paper's own
    not_improved = None
    while (way := read_direction(sentences)) is not None:
        said = originals.get(way[1], way[1])
        if way[0] == NO_CLEAR_DIFFERENCE or way[1] in originals:  # the latter's denied words are gone
            return way[0], said
        kept = plain(way[1])
        if kept == way[1] or (read_direction([kept]) or ("", ""))[0] == way[0]:
            return way[0], said  # said, not denied (or said again outside what is denied)
        if way[0] == IMPROVED and not_improved is None and not findings.some_people_not_improved(lowered(said)):
            not_improved = said
        originals[kept] = said
        sentences = [kept if sentence == way[1] else sentence for sentence in sentences]
    return (NO_CLEAR_DIFFERENCE, not_improved) if not_improved else None


def suggest_findings(read: _Reading, design: designs.Design | None, people: int | None) -> dict[str, Suggestion]:
    """outcome, outcome_zh, direction and responders."""
    found: dict[str, Suggestion] = {}
    if design is not None and design.id in _NOTHING_TESTED:
        found["direction"] = Suggestion("direction", NOT_TESTED, f"{design.label}: no result of a treatment in people")
        if design.id != designs.PRECLINICAL:
            return found  # what a review or plan measures is others' or not yet done
    outcome = findings.outcome(read.sentences, read.lowered)
    if outcome:
        found["outcome"] = Suggestion("outcome", outcome[0], outcome[1])
    outcome_zh = chinese_reading.outcome(read.zh_sentences) if read.zh_sentences else None
    if outcome_zh:
        found["outcome_zh"] = Suggestion("outcome_zh", outcome_zh[0], outcome_zh[1])
    if "direction" not in found:
        way = _said_direction(read.sentences, findings.direction, without_denied) or (
            _said_direction(read.zh_sentences, chinese_reading.direction, without_denied_zh)
            if read.zh_sentences else None)
        if way:
            found["direction"] = Suggestion("direction", way[0], way[1])
    if design is None or design.in_people:
        responders = findings.responders(outcome[1], people) if outcome else None
        if responders is None and read.zh_sentences:
            responders = chinese_reading.responders(read.zh_sentences, people)
        if responders:
            found["responders"] = Suggestion("responders", responders[0], responders[1])
    return found


# --- conditions -------------------------------------------------------------------


def suggest_conditions(paper: Paper) -> tuple[list[str], str]:
    texts = [paper.title or "", *paper.titles.values(), *paper.keywords]
    texts += [a.text for a in paper.abstracts]
    matches = find_in_text("\n".join(texts))
    ids = [m.condition.id for m in matches]
    support = "; ".join(f"{m.condition.en}: {', '.join(m.words)}" for m in matches)
    return ids, support


# --- all together ------------------------------------------------------------------


def suggest(paper: Paper) -> dict[str, Suggestion]:
    """Every suggestion the paper supports, by Notes field."""
    read = _read(paper)
    parts = read.sentences
    found: dict[str, Suggestion] = {}

    count = sample_size(parts)
    if count is None and read.zh_sentences:
        count = sample_size_zh(read.zh_sentences)
    design_found = suggest_design(read, paper.publication_type, count.value if count else None)
    design = design_found[0] if design_found else None
    if count is None and design_found and design_found[0].id == designs.CASE_REPORT:
        # A case report is about one person.
        count = Count(1, words_said(_CASE_REPORT, read.text, read.lowered) or design_found[2], "")
    people = count.value if count else None
    if design_found:
        found["study_design"] = Suggestion("study_design", design_found[1], design_found[2])
        level, why = suggest_level(design_found[0], read)
        found["evidence_level"] = Suggestion("evidence_level", level, why)
    # Only people who had the treatment count: not a review's pooled or cited
    # patients, a protocol's planned ones, a survey's respondents, nor animals.
    reports_people = design is None or (design.in_people and design.primary)
    if count and reports_people:
        found["sample_size"] = Suggestion("sample_size", count.value, count.words)
    else:
        people = None
    if design is not None and design.primary and design.in_people:
        text, support = suggest_adverse_events(read)
        found["adverse_events"] = Suggestion("adverse_events", text, support)
    found.update(suggest_findings(read, design, people))
    # A review's subject counts too: a review of exosome treatment is counted on the sheet as such.
    if (design is None or design.id != designs.SURVEY) and (
            given := interventions.suggest(read.title, parts, read.zh_sentences)):
        found["intervention"] = Suggestion("intervention", given[0], given[1])
    ids, support = suggest_conditions(paper)
    if ids:
        found["conditions"] = Suggestion("conditions", ids, support)
    return found


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def suggest_notes(paper: Paper, notes: Notes | None = None) -> Notes:
    """A new Notes: `notes` with its empty fields filled from suggestions.

    What a person filled stays; each filled-in field is listed in `suggested`
    with its supporting words until a person confirms it.
    """
    if notes is None:
        updated = Notes()  # with lists and a dict of its own, as a copy would have
    else:
        updated = dataclasses.replace(notes, suggested=dict(notes.suggested), conditions=list(notes.conditions),
                                      tags=list(notes.tags))
    for field_name, suggestion in suggest(paper).items():
        if _is_empty(getattr(updated, field_name)):
            value = list(suggestion.value) if isinstance(suggestion.value, list) else suggestion.value
            setattr(updated, field_name, value)
            updated.suggested[field_name] = suggestion.support
    return updated


def confirm(notes: Notes, *fields: str) -> Notes:
    """The notes with `fields` (all, when none named) confirmed by a person."""
    keep = {} if not fields else {k: v for k, v in notes.suggested.items() if k not in fields}
    return dataclasses.replace(notes, suggested=keep)

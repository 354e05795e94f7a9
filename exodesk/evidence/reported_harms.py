"""The harms an abstract reports, as a harms.HarmsReport, with the sentences it rests on.

"No adverse events were observed" is NONE; "no serious adverse events; mild
erythema in 3 patients and transient itching in 2" is NONE_SERIOUS with
redness (3) and itching (2); "well tolerated" alone says nothing checkable
(UNCLEAR). Sentences of hope or aim ("without the side effects of current
drugs", "to assess the safety") are not findings and are skipped. A harm word
in a clause about improvement ("itch decreased") is an outcome, not a harm.
"""

from __future__ import annotations

import re

from exodesk.evidence import harms
from exodesk.evidence.counts import NUMBER, number_value
from exodesk.evidence.guarded import AnyOf, lowered
from exodesk.evidence.harms import NAMED, NONE, NONE_SERIOUS, UNCLEAR, Harm, HarmsReport

# A sentence holding none of these is not read for harms (most sentences).
_CUES = AnyOf(("adverse", "side effect", "side-effect", "complication", "tolerat", "transient", "mild", "temporar",
               "develop", "experienc", "lasted", "resolv", "occur", "report", "injection", "observed", "noted"))
_HOPE = re.compile(r"\b(?:promis\w*|potential\w*|may|might|could|would|aim\w*|hypothes\w*|expected|current|"
                   r"conventional|to assess|to evaluate|to determine|whether|will)\b")
_FINDING = re.compile(r"\b(?:was|were|had|has|have|did|\w+ed)\b")
_CLAUSE = re.compile(r";|\b(?:but|while|whereas|except|although|however)\b")
_NEGATION = re.compile(r"\b(?:no|neither|nor|none|without|not|free of|absence of)\b")
_SERIOUS = re.compile(r"\b(?:serious|severe|major|grade [3-5])\b")
_BETTER = re.compile(r"\b(?:improv\w*|decreas\w*|reduc\w*|less|lower|relie\w*|scores?|fell|declin\w*)\b")
_LIST_JOIN = re.compile(r"[\s,/]*(?:\b(?:or|and|nor)\b)?[\s,/]*(?:[a-z-]+\s+){0,2}")
_WELL_TOLERATED = re.compile(r"\bwell[- ]tolerated\b")
# A tally needs no verb to be a finding: "Serious adverse events: 9 vs 4", "Complications (n): 3".
_TALLY = re.compile(r"\b(?:adverse (?:events?|reactions?|effects?)|side[- ]effects?|complications?)\b"
                    r"[^.:;]{0,30}:\s*\d")
_PEOPLE = r"(?:patients?|participants?|people|persons?|subjects?|volunteers?|individuals?|women|men|children|cases?)"
# A count after a harm's name: "erythema in 3 patients", "erythema (n = 3)", "itching in 2".
_COUNT_AFTER = re.compile(
    r"\s*(?:(?:was|were) (?:seen|observed|reported|noted|recorded) |occurred |developed )?"
    r"(?:\(\s*(?:n\s*=\s*)?(" + NUMBER + r")\b|(?:in|among) (?:the )?(" + NUMBER + r")\b"
    r"(?!\s*(?:days?|weeks?|months?|hours?|%|sessions?|cases? of)))"
)
# A count before it: "two participants had transient injection-site pain".
_COUNT_BEFORE = re.compile(
    r"\b(" + NUMBER + r")\s+(?!(?:days?|weeks?|months?|years?|hours?|times?|sessions?)\b)(?:of the \w+\s+)?(?:" + _PEOPLE + r"\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:had|developed|experienced|reported|showed|presented with|complained of)\s+(?:an? )?(?:[\w-]+\s+){0,2}$"
)


def suggest(sentences: list[str]) -> tuple[HarmsReport, str] | None:
    """The report of an English abstract's sentences, and the sentences it rests on."""
    named: dict[str, Harm] = {}
    none = serious = tolerated = None
    support: list[str] = []
    for sentence in sentences:
        low = lowered(sentence)
        if not _CUES.in_text(low) or _HOPE.search(low) or not (
                _FINDING.search(low) or _TALLY.search(low)):
            continue
        found = _read_sentence(low)
        if found is None:
            if _WELL_TOLERATED.search(low) and tolerated is None:
                tolerated = sentence
            continue
        said_none, said_serious, harms_here = found
        if harms_here:
            for harm in harms_here:
                if harm.name not in named or named[harm.name].people is None:
                    named[harm.name] = harm
        if said_serious:
            serious = serious or sentence
        elif said_none:
            none = none or sentence
        if sentence not in support:
            support.append(sentence)
    if report := _report(named, serious, none, " … ".join(support)):
        return report
    if tolerated:
        return HarmsReport(UNCLEAR), tolerated
    return None


def _read_sentence(low: str) -> tuple[bool, bool, list[Harm]] | None:
    """(says none, says no serious ones, harms named) of a lowered sentence, or
    None when it names no harm."""
    said_none = said_serious = False
    found: list[Harm] = []
    start = 0
    for clause_end in [*(m.start() for m in _CLAUSE.finditer(low)), len(low)]:
        clause = low[start:clause_end]
        offset, start = start, clause_end
        mentions = harms.find_names(clause)
        if not mentions or _BETTER.search(clause):
            continue
        negated, gap_start = False, 0
        for name, m_start, m_end in mentions:
            gap = clause[gap_start:m_start]
            gap_start = m_end
            # "no serious adverse events or infections": a list after a denial is denied too
            if _NEGATION.search(gap):
                negated = True
                if _SERIOUS.search(gap):
                    said_serious = True
                else:
                    said_none = True
            elif not (negated and _LIST_JOIN.fullmatch(gap)):
                negated = False
            if not negated:
                found.append(Harm(name, _people(low, offset + m_start, offset + m_end)))
    if not (said_none or said_serious or found):
        return None
    specific = [h for h in found if h.name != harms.SIDE_EFFECTS]
    return said_none, said_serious, specific or found


def _people(low: str, start: int, end: int) -> int | None:
    after = _COUNT_AFTER.match(low, end)
    if after:
        return number_value(after.group(1) or after.group(2))
    before = _COUNT_BEFORE.search(low, max(0, start - 90), start)
    return number_value(before.group(1)) if before else None


# --- Chinese ----------------------------------------------------------------------------
# Read in Simplified characters: 未见明显不良反应, 无严重不良反应, 出现红斑3例、瘙痒2例.

_ZH_NONE = re.compile(r"(?:无|未见|未发现|未发生|未出现|没有|均未)(?:明显|任何)?(?:的)?(严重)?(?:不良反应|副作用|不良事件|并发症)")
_ZH_CONTEXT = re.compile(r"不良反应|副作用|不良事件|并发症|出现|发生")
_ZH_NEGATED = re.compile(r"(?:无|未见|未发现|未发生|未出现|没有|均未)[^，。；、]{0,4}$")
_ZH_COUNT_AFTER = re.compile(r"\s*[（(]?\s*(\d+)\s*(?:例|名|人)")
_ZH_COUNT_BEFORE = re.compile(r"(\d+)\s*(?:例|名|人)[^，。；、\d]{0,4}(?:出现|发生|有)[^，。；、\d]{0,3}$")


def suggest_zh(sentences: list[str]) -> tuple[HarmsReport, str] | None:
    """As suggest, for a Chinese abstract's sentences in Simplified characters."""
    named: dict[str, Harm] = {}
    none = serious = None
    support: list[str] = []
    for sentence in sentences:
        if not _ZH_CONTEXT.search(sentence):
            continue
        for m in _ZH_NONE.finditer(sentence):
            if m.group(1):
                serious = serious or sentence
            else:
                none = none or sentence
        for name, start, end in harms.find_names_zh(sentence):
            if _ZH_NEGATED.search(sentence, max(0, start - 6), start) or "评分" in sentence[end:end + 3]:
                continue
            after = _ZH_COUNT_AFTER.match(sentence, end)
            before = None if after else _ZH_COUNT_BEFORE.search(sentence, max(0, start - 12), start)
            people = int(count.group(1)) if (count := after or before) else None
            harm = Harm(name, people)
            if harm.name not in named or named[harm.name].people is None:
                named[harm.name] = harm
                if sentence not in support:
                    support.append(sentence)
    specific = {k: v for k, v in named.items() if k != harms.SIDE_EFFECTS}
    named = specific or named
    return _report(named, serious, none, "…".join(support))


def _report(named: dict[str, Harm], serious: str | None, none: str | None,
            support: str) -> tuple[HarmsReport, str] | None:
    """Named harms (after "no serious ones", if said), else what was denied."""
    if named:
        return HarmsReport(NONE_SERIOUS if serious else NAMED, tuple(named.values())), support
    if denied := serious or none:
        return HarmsReport(NONE_SERIOUS if serious else NONE), denied
    return None

"""What a study measured, which way the result went, and how many people had it.

The patient sheet states findings in its own words from these: `outcome` is
what was measured in a few plain words ("complete fistula closure"), never the
authors' concluding sentence, which is often promotional; `direction` is one
of model.DIRECTIONS, supported by the sentence it was read from; `responders`
is a count the paper gives of the people who had the outcome.
"""

from __future__ import annotations

import re

from ahocorasick_rs import AhoCorasick, Implementation

from exodesk.evidence import harms
from exodesk.evidence.counts import NUMBER, counts_in, number_value
from exodesk.evidence.guarded import Guarded, lowered
from exodesk.model import IMPROVED, NO_CLEAR_DIFFERENCE, WORSE

# What was measured: (a word every match holds, in lower case; the pattern,
# matched in the lowered sentence; words the paper must hold elsewhere; the
# plain words). The first whose words come earliest in the abstract wins.
_OUTCOMES = tuple(
    (guard, re.compile(pattern), needs, plain)
    for guard, pattern, needs, plain in (
        ("heal", r"\b(?:complete(?:ly)? heal(?:ing|ed)|heal(?:ed|ing) completely)\b", "fistul",
         "complete fistula closure"),
        ("clos", r"\b(?:complete (?:fistula )?closure|fistula (?:tract )?closure|closure of the fistula)", "fistul",
         "complete fistula closure"),
        ("easi", r"\beasi\b|\beczema area and severity", "", "eczema severity (EASI score)"),
        ("scorad", r"\bscorad\b", "", "eczema severity (SCORAD score)"),
        ("pasi", r"\bpasi\b|\bpsoriasis area and severity", "", "psoriasis severity (PASI score)"),
        ("masi", r"\bm?masi\b|\bmelasma area and severity", "", "melasma severity (MASI score)"),
        ("scar", r"\b(?:acne )?scar (?:grad\w*|scores?|severity)|\bgoodman|\becca\b", "acne", "acne scar grade"),
        ("scar", r"\bvancouver scar scale|\bvss\b|\bposas\b|\bscar (?:grad\w*|scores?|appearance)",
         "", "scar appearance (scar score)"),
        ("keloid", r"\bkeloid (?:volume|size|height|thickness)", "", "keloid size"),
        ("hair", r"\bhair (?:density|count|thickness|diameter)", "", "hair density"),
        ("wound", r"\b(?:complete )?wound (?:closure|healing)|\bwound area", "", "wound closure"),
        ("ulcer", r"\bulcer (?:healing|closure)", "", "wound closure"),
        ("pigment", r"\brepigment\w*", "", "repigmentation (return of skin colour)"),
        ("colour", r"\bregained colou?r", "", "repigmentation (return of skin colour)"),
        ("rodnan", r"\brodnan|\bmrss\b", "", "skin thickening (modified Rodnan skin score)"),
        ("dlqi", r"\bdlqi\b", "", "quality of life (DLQI)"),
        ("quality of life", r"\bquality of life\b", "", "quality of life"),
        ("itch", r"\b(?:itch|pruritus) (?:scores?|intensity|severity|nrs|vas)\b|\bitch\w*\b", "", "itch"),
        ("lesion", r"\b(?:inflammatory )?lesion counts?\b", "", "number of spots (lesion count)"),
        ("wrinkle", r"\bwrinkles?\b", "", "wrinkles"),
        ("elastic", r"\belasticity\b", "", "skin elasticity"),
        ("hydration", r"\b(?:skin )?hydration\b|\btewl\b|transepidermal water loss", "", "skin moisture"),
        ("recurr", r"\brecurrence\b", "", "coming back (recurrence)"),
        ("stress", r"\b(?:perceived )?stress\b", "", "stress"),
    )
)
# The outcomes' words and the words they need, all found in a paper in one pass
# (every place of each, overlapping ones too): over 1,000 papers, 1.0 ms of CPU
# instead of 6.5 ms for a look for each of them through the whole text.
_OUTCOME_WORDS = sorted({word for guard, _, needs, _ in _OUTCOMES for word in (guard, needs) if word})
_OUTCOME_WORDS_FINDER = AhoCorasick(_OUTCOME_WORDS, implementation=Implementation.DFA)
# "The primary outcome was (the mean change in) knee pain at 12 months": what
# was measured, after the words for how it was compared (whose "in" would
# otherwise end it: "change").
_PRIMARY = re.compile(r"\bprimary (?:outcome|end ?point)(?: measure)?s? (?:was|were|is|will be)\s+(?:the\s+)?"
                      r"(?:(?:mean |median |absolute |relative |percentage |percent )?"
                      r"(?:change|improvement|reduction|difference|decrease|increase)s? (?:from baseline )?(?:in|of) "
                      r"(?:the )?)?"
                      r"([a-z][a-z0-9 ,()/'-]{2,60}?)(?=[.;]|\s+(?:at|after|from|in|on|over|by|between)\b)")


def outcome(sentences: list[str], whole_lowered: str) -> tuple[str, str] | None:
    """(what was measured, the sentence it was read from); `whole_lowered` is
    lowered() of a text that holds the sentences (the title and abstract)."""
    # The outcomes whose words the paper holds, looked for in it once: a
    # sentence holds no others, so each is checked for a few instead of all 24
    # (1,000 papers' abstracts: 46 ms of CPU instead of 50 ms).
    held = set(_OUTCOME_WORDS_FINDER.find_matches_as_strings(whole_lowered, overlapping=True))
    named = [entry for entry in _OUTCOMES if entry[0] in held and (not entry[2] or entry[2] in held)]
    read = [(sentence, lowered(sentence)) for sentence in sentences]
    for sentence, low in read:
        if "primary" in low and (m := _PRIMARY.search(low)):
            plain = _plain_outcome(low[m.start(1):], named)
            return (plain[0] if plain else m.group(1).strip()), sentence
    for sentence, low in read:  # the first sentence naming one; in it, the earliest
        found = _plain_outcome(low, named)
        if found:
            return found[0], sentence
    return None


def _plain_outcome(low: str, named: list[tuple[str, re.Pattern, str, str]]) -> tuple[str, int] | None:
    """(plain words, where) of the earliest of the `named` outcomes in lowered `low`."""
    best = None
    for guard, pattern, _, plain in named:
        if guard in low and (m := pattern.search(low)) and (best is None or m.start() < best[1]):
            best = (plain, m.start())
    return best


# --- direction -------------------------------------------------------------------------

# Guarded (see guarded.py): direction is read in every sentence of every paper.
_NO_DIFFERENCE = Guarded(
    r"\bno (?:statistically )?significant (?:difference|improvement|change|benefit|effect)|"
    r"\bdid not (?:significantly )?(?:differ|improve|reduce|change|outperform)|"
    r"\bnot (?:statistically )?significantly (?:different|better|improved|reduced|lower|higher)|"
    r"\b(?:was|were) similar (?:in|between)|\bno (?:clear |meaningful )?(?:difference|benefit)\b|"
    r"\bwas not superior|\bfailed to (?:improve|reduce|show)|\bcomparable (?:in|between)|"
    r"\blittle or no (?:difference|effect|benefit|improvement|change)\b|\bhad no (?:clear |significant )?effect\b",
    "significant", "did not", "similar", "difference", "benefit", "not superior", "failed to", "comparable",
    "little or no", "had no",
)
_WORSE = Guarded(r"\bworse(?:ned)?\b|\bworsening\b|\bdeteriorat\w*", "worse", "deteriorat")
_IMPROVED = Guarded(
    r"\bimprov\w*|\breduc\w*|\bdecreas\w*|\bfell\b|\bdeclin\w*|\bhealed\b|\bcomplete healing|\bresponded\b|"
    r"\bregained\b|\bmore (?:frequent|often|common)\b|\bgreater\b|\bbetter\b|\bsuperior\b|\bfaster\b",
    "improv", "reduc", "decreas", "fell", "declin", "heal", "responded", "regained", "more ", "greater", "better",
    "superior", "faster",
)
# Sentences that compare something other than the outcome.
_NOT_ABOUT_OUTCOME = Guarded(
    r"\bbaseline\b|\badverse\b|\bside[- ]effects?\b|\bcomplications?\b|\bsafety\b|"
    r"\bdemographic|\bcharacteristics\b|\bwill\b|\baim\w*\b|\bwhether\b|\bpromis",
    "baseline", "adverse", "side", "complication", "safety", "demographic", "characteristics", "will", "aim",
    "whether", "promis",
)


def direction(sentences: list[str]) -> tuple[str, str] | None:
    """(one of model.DIRECTIONS, the sentence it was read from)."""
    read = [(s, lowered(s)) for s in sentences[1:] or sentences]  # the first sets the scene
    for pattern, found in ((_NO_DIFFERENCE, NO_CLEAR_DIFFERENCE), (_WORSE, WORSE), (_IMPROVED, IMPROVED)):
        for sentence, low in read:
            # Whether a sentence compares something else is asked only of one the
            # pattern finds, not of every sentence first: the same answer, and over
            # 1,000 papers' abstracts 33 ms of CPU instead of 40 ms.
            if (m := pattern.search(low, low)) and not _NOT_ABOUT_OUTCOME.search(low, low):
                if found == NO_CLEAR_DIFFERENCE and _SOME_PEOPLE_BEFORE.search(low, 0, m.start()):
                    continue  # "three healed; one did not improve": a person's course, not the result
                if found == WORSE and _a_harm_worsened(low, m.start(), m.end()):
                    continue  # "swelling worsened in two patients": a side effect, not the result
                return found, sentence
    return None


def _a_harm_worsened(lowered_sentence: str, start: int, end: int) -> bool:
    """Whether the worsening from `start` to `end` is a harm's in some of the
    people: a harm's name (infection, swelling, …) just before it, and a count
    of people just after it ("… worsened in two patients"); "itch worsened in
    the exosome group" is an eczema trial's result."""
    return bool(_IN_SOME_PEOPLE.match(lowered_sentence, end)) and any(
        lowered_sentence[name_end:start].strip() in ("", "had", "was", "were", "that")
        for _name, _start, name_end in harms.find_names(lowered_sentence[:start]))


_IN_SOME_PEOPLE = re.compile(r" (?:in|among) (?:" + NUMBER + r")\b")


# "one", "two patients", "the other three", "1 participant": some of the
# people, whose course a study without a comparison tells ("three healed;
# one did not improve"); a result compares groups or follows all of them.
_SOME_PEOPLE = (
    r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})|\b(?:the (?:other|remaining)|another))"
    r"(?: (?:of (?:them|these|the \w+)|others?|patients?|participants?|subjects?|people|persons?|cases?|children|"
    r"women|men|fistulas?|ulcers?|wounds?|lesions?))*"
)
_SOME_PEOPLE_BEFORE = re.compile(_SOME_PEOPLE + r"\s*$")
_SOME_PEOPLE_NOT_IMPROVED = re.compile(
    _SOME_PEOPLE + r" (?:(?:reported|had|showed|experienced|saw|noted) )?(?:no|not|did not|didn't)\b")


def some_people_not_improved(lowered_sentence: str) -> bool:
    """Whether the sentence tells that some of the people did not improve
    ("while one reported no improvement"), which is no result of the study."""
    return "no" in lowered_sentence and bool(_SOME_PEOPLE_NOT_IMPROVED.search(lowered_sentence))


# --- responders ---------------------------------------------------------------------------

_OF = re.compile(r"\b(" + NUMBER + r") (?:out )?of (?:the |these |all )?(" + NUMBER + r")\b", re.IGNORECASE)
_HAD_IT = re.compile(r"\b(?:heal\w*|closed|closure|achieved|reached|responded|response|cured|improved|"
                     r"regained|cleared|complete)\b")


def responders(sentence: str, people: int | None) -> tuple[int, str] | None:
    """How many of the `people` had the outcome, from the sentence naming it."""
    low = lowered(sentence)
    if not _HAD_IT.search(low) or people is None:
        return None
    for m in _OF.finditer(sentence):
        part, whole = number_value(m.group(1)), number_value(m.group(2))
        if part is not None and whole == people and part <= people:
            return part, m.group(0)
        return None  # a part of a group ("14 of 32 in the exosome group"), not of everyone
    for count in counts_in([sentence]):
        if count.value <= people:
            return count.value, count.words
    return None

"""How certain the evidence for a condition is, by GRADE's domains.

Evidence from randomised trials starts high, from other studies in people low
(GRADE). It is rated down one step each for risk of bias (no study had a
comparison group), inconsistency (the studies point different ways), and
imprecision (few people in all; twice for a single small
study). Indirectness is handled before: off-topic
papers never reach here, and laboratory or animal studies alone give no grade.
The plain-language phrase follows from the grade and from which way the
studies point, so trials that disagree never read as "probably helps". Each
step is kept as a reason for the clinician; a clinician can override the grade.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from exodesk.evidence import designs
from exodesk.model import IMPROVED, NO_CLEAR_DIFFERENCE, WORSE, Notes

# Situations, each with its own sentence in the handout texts.
NONE = "none"
PRECLINICAL_ONLY = "preclinical_only"
REVIEWS_ONLY = "reviews_only"
ONE_SMALL_UNCONTROLLED = "one_small_uncontrolled"
UNCONTROLLED = "uncontrolled"
NON_RANDOMISED = "non_randomised"
ONE_RCT = "one_rct"
SEVERAL_RCTS = "several_rcts"

GRADES = ("very_low", "low", "moderate", "high")

# Which way the body of evidence points, for the plain phrase.
HELPS, NO_DIFFERENCE, HARMS, MIXED, UNKNOWN = "helps", "no_difference", "harms", "mixed", "unknown"

# Below this many people a study counts as small (draft: 30 people).
SMALL_STUDY = 30
# Evidence from fewer people than this in all is imprecise (draft: GRADE's
# rule of thumb for the optimal information size of a small effect).
ENOUGH_PEOPLE = 100


@dataclass(frozen=True)
class Certainty:
    situation: str
    grade: str | None  # None where no people were studied
    people: int  # people in primary studies in people (reviews not added: overlap)
    people_studies: int  # primary studies in people
    controlled: int  # of which with a comparison group
    randomised: int  # randomised trials, and systematic reviews of them
    lab: int  # laboratory or animal studies
    reviews: int  # narrative and systematic reviews
    unclassified: int  # papers whose design is not recorded
    people_missing: int = 0  # studies in people whose number of people is not recorded
    direction: str = UNKNOWN  # HELPS, NO_DIFFERENCE, HARMS, MIXED or UNKNOWN
    # Why the grade is what it is, step by step, for the clinician.
    reasons: tuple[str, ...] = field(default=())
    other: int = 0  # protocols, surveys and other papers with no result in people

    @property
    def scale_position(self) -> int:
        """0 = not tested in people, 1..4 = very low … high (the picture's scale)."""
        if self.grade is None:
            return 0
        return GRADES.index(self.grade) + 1


def _body_direction(directions: list[str]) -> str:
    known = [d for d in directions if d in (IMPROVED, NO_CLEAR_DIFFERENCE, WORSE)]
    if not known:
        return UNKNOWN
    kinds = set(known)
    if len(kinds) > 1:
        return MIXED
    return {IMPROVED: HELPS, NO_CLEAR_DIFFERENCE: NO_DIFFERENCE, WORSE: HARMS}[known[0]]


def assess(notes: list[Notes], *, override: str | None = None) -> Certainty:
    found = [designs.design_of(n.study_design) for n in notes]
    people_notes = [(d, n) for d, n in zip(found, notes, strict=True) if d and d.in_people and d.primary]
    people = sum(n.sample_size or 0 for _, n in people_notes)
    controlled = [(d, n) for d, n in people_notes if d.controlled]
    trials = [(d, n) for d, n in people_notes if d.id == designs.RCT]
    pooled = [n for d, n in zip(found, notes, strict=True) if d and d.id == designs.SYSTEMATIC_REVIEW and n.evidence_level == "1"]
    rcts = len(trials) + len(pooled)
    lab = sum(1 for d in found if d and d.id == designs.PRECLINICAL)
    reviews = sum(1 for d in found if d and d.id in (designs.SYSTEMATIC_REVIEW, designs.NARRATIVE_REVIEW))
    # Protocols, surveys: papers with a design but no result of the treatment in people.
    other = sum(1 for d in found if d) - len(people_notes) - lab - reviews
    unclassified = sum(1 for d in found if d is None)
    missing = sum(1 for _, n in people_notes if not n.sample_size)

    if rcts >= 2 or (rcts == 1 and not people_notes):
        situation = SEVERAL_RCTS
    elif rcts == 1:
        situation = ONE_RCT
    elif controlled:
        situation = NON_RANDOMISED
    elif len(people_notes) == 1 and people_notes[0][1].sample_size and people < SMALL_STUDY:
        situation = ONE_SMALL_UNCONTROLLED
    elif people_notes:
        situation = UNCONTROLLED
    elif lab:
        situation = PRECLINICAL_ONLY
    elif reviews:
        situation = REVIEWS_ONLY
    else:
        situation = NONE

    reasons: list[str] = []
    grade: str | None
    direction = UNKNOWN
    if people_notes or pooled:
        # The body of evidence: the randomised trials where there are any.
        body = [n for _, n in trials] + pooled if rcts else [n for _, n in people_notes]
        body_people = sum(n.sample_size or 0 for n in body)
        step = 3 if rcts else 1
        reasons.append("starts high: randomised trials" if rcts else "starts low: studies without randomisation")
        if not rcts and not controlled:
            step -= 1
            reasons.append("rated down for risk of bias: no study had a comparison group")
        direction = _body_direction([n.direction for n in body])
        if direction == MIXED:
            step -= 1
            reasons.append("rated down for inconsistency: the studies point different ways")
        if body_people < ENOUGH_PEOPLE and len(body) == 1:
            # One small study: GRADE's very serious imprecision, and no second study to agree with it.
            step -= 2
            reasons.append(f"rated down twice for imprecision: a single study of {body_people} people")
        elif body_people < ENOUGH_PEOPLE:
            step -= 1
            reasons.append(f"rated down for imprecision: {body_people} people in all, fewer than {ENOUGH_PEOPLE}")
        if direction == UNKNOWN:
            reasons.append("no study's result is recorded in the notes: the sheet cannot say which way they point")
        grade = GRADES[max(step, 0)]
        if grade == "high":
            # Risk of bias within trials and publication bias are not in the notes.
            grade = "moderate"
            reasons.append("kept at moderate: the trials' risk of bias and publication bias need a clinician's "
                           "judgement; a clinician may set it higher")
        if direction in (MIXED, UNKNOWN) and GRADES.index(grade) > GRADES.index("low"):
            # Trials that disagree, or results nobody recorded, never read as "probably".
            grade = "low"
            reasons.append("kept at low: the sheet cannot say the treatment probably helps")
    elif reviews and not lab:
        grade = "very_low"
        reasons.append("only reviews of other research: no study of its own in people")
    else:
        grade = None
        reasons.append("not tested in people" if lab else "no studies")
    if override in GRADES and grade is not None and override != grade:
        reasons.append(f"set to {override.replace('_', ' ')} by a clinician (was {grade.replace('_', ' ')})")
        grade = override
    return Certainty(situation, grade, people, len(people_notes), len(controlled), rcts, lab, reviews, unclassified,
                     missing, direction, tuple(reasons), other)

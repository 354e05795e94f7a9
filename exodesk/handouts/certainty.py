"""How certain the evidence for a condition is, from the designs and people counts.

A draft of GRADE's starting points, kept simple enough for a clinician to check:
randomised trials start higher than studies without a comparison group, and
few people (imprecision) rates down. A clinician can override the grade.
"""

from __future__ import annotations

from dataclasses import dataclass

from exodesk.evidence import designs
from exodesk.model import Notes

# Situations, each with its own plain-language sentence in the handout texts.
NONE = "none"
PRECLINICAL_ONLY = "preclinical_only"
REVIEWS_ONLY = "reviews_only"
ONE_SMALL_UNCONTROLLED = "one_small_uncontrolled"
UNCONTROLLED = "uncontrolled"
NON_RANDOMISED = "non_randomised"
ONE_RCT = "one_rct"
SEVERAL_RCTS = "several_rcts"

GRADES = ("very_low", "low", "moderate", "high")

# Below this many people a study counts as small (draft: 30 people).
SMALL_STUDY = 30
# Randomised evidence from fewer people than this is rated down (draft).
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

    @property
    def scale_position(self) -> int:
        """0 = not tested in people, 1..4 = very low … high (the picture's scale)."""
        if self.grade is None:
            return 0
        return GRADES.index(self.grade) + 1


def assess(notes: list[Notes], *, override: str | None = None) -> Certainty:
    found = [designs.design_of(n.study_design) for n in notes]
    people_notes = [(d, n) for d, n in zip(found, notes) if d and d.in_people and d.primary]
    people = sum(n.sample_size or 0 for _, n in people_notes)
    controlled = sum(1 for d, _ in people_notes if d.controlled)
    rcts = sum(1 for d, _ in people_notes if d.id == designs.RCT)
    rcts += sum(1 for d, n in zip(found, notes) if d and d.id == designs.SYSTEMATIC_REVIEW and n.evidence_level == "1")
    lab = sum(1 for d in found if d and d.id == designs.PRECLINICAL)
    reviews = sum(1 for d in found if d and not d.primary)
    unclassified = sum(1 for d in found if d is None)

    if rcts >= 2 or (rcts == 1 and not people_notes):
        situation, grade = SEVERAL_RCTS, "moderate" if people >= ENOUGH_PEOPLE else "low"
    elif rcts == 1:
        situation, grade = ONE_RCT, "low"
    elif controlled:
        situation, grade = NON_RANDOMISED, "low" if people >= ENOUGH_PEOPLE else "very_low"
    elif len(people_notes) == 1 and people_notes[0][1].sample_size and people < SMALL_STUDY:
        situation, grade = ONE_SMALL_UNCONTROLLED, "very_low"
    elif people_notes:
        situation, grade = UNCONTROLLED, "very_low"
    elif lab:
        situation, grade = PRECLINICAL_ONLY, None
    elif reviews:
        situation, grade = REVIEWS_ONLY, "very_low"
    else:
        situation, grade = NONE, None
    if override in GRADES and grade is not None:
        grade = override
    missing = sum(1 for _, n in people_notes if not n.sample_size)
    return Certainty(situation, grade, people, len(people_notes), controlled, rcts, lab, reviews, unclassified, missing)

"""Study designs, their Oxford CEBM 2011 levels, and how a handout names them.

One table, so the design list, the levels and the plain-language labels can be
read and changed together. The mapping is a draft a clinician can override per
paper (the level in a paper's notes wins over this table).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Design:
    id: str
    label: str  # what the notes hold
    level: str  # Oxford CEBM 2011 level for treatment benefit
    in_people: bool  # studied people (not cells or animals)
    controlled: bool  # had a comparison group
    primary: bool  # reports its own results on people or animals given something (not a review, plan or survey)
    rank: int  # higher = stronger design for the certainty judgement
    plain_en: str  # for a patient
    plain_zh: str


SYSTEMATIC_REVIEW = "systematic-review"
RCT = "rct"
NON_RANDOMISED = "non-randomised"
SINGLE_ARM = "single-arm"
CASE_SERIES = "case-series"
CASE_REPORT = "case-report"
PRECLINICAL = "preclinical"
NARRATIVE_REVIEW = "narrative-review"
# No results of its own: a plan for a study, or a survey of people's views or
# habits. Neither tells whether a treatment works, so neither is primary.
PROTOCOL = "protocol"
SURVEY = "survey"

DESIGNS: tuple[Design, ...] = (
    #       id                 label                                  level        people controlled primary rank
    Design(SYSTEMATIC_REVIEW, "systematic review / meta-analysis", "1", True, True, False, 6,
           "Review that pools studies", "綜合多項研究的系統性回顧"),
    Design(RCT, "randomised controlled trial", "2", True, True, True, 5,
           "Trial with a comparison group chosen by chance", "隨機對照試驗（以隨機方式分組比較）"),
    Design(NON_RANDOMISED, "non-randomised controlled study", "3", True, True, True, 4,
           "Study with a comparison group", "設有對照組的非隨機研究"),
    Design(SINGLE_ARM, "single-arm trial", "4", True, False, True, 3,
           "Trial with no comparison group", "沒有對照組的臨床試驗"),
    Design(CASE_SERIES, "case series", "4", True, False, True, 2,
           "Reports on a group of patients", "一組病人的病例報告"),
    Design(CASE_REPORT, "case report", "4", True, False, True, 1,
           "Report on one patient", "單一病人的病例報告"),
    Design(PRECLINICAL, "preclinical study (animal or laboratory)", "5", False, False, True, 0,
           "Laboratory or animal study", "實驗室或動物研究"),
    Design(NARRATIVE_REVIEW, "narrative review", "not graded", False, False, False, 0,
           "Review of other research", "文獻綜述（概述其他研究）"),
    Design(PROTOCOL, "study protocol (no results yet)", "not graded", False, False, False, 0,
           "Plan for a study, with no results yet", "研究計劃（尚未有結果）"),
    Design(SURVEY, "survey / cross-sectional study", "not graded", True, False, False, 0,
           "Survey of people's views or habits, not a test of a treatment", "問卷調查（不是測試治療的研究）"),
)

# A systematic review takes the level of the studies it pools, 1 only for RCTs.
REVIEW_OF_OTHER_STUDIES_LEVEL = "as its studies"

def single_arm_label(phase: str | None) -> str:
    """The notes' label for a single-arm trial: "phase I clinical trial (single arm)"."""
    return f"phase {phase} clinical trial (single arm)" if phase else "single-arm trial"


def design_of(label: str | None) -> Design | None:
    """The design a label in the notes means (also a person's own wording)."""
    if not label:
        return None
    text = label.casefold()
    for design in DESIGNS:
        if text == design.label or text == design.id:
            return design
    checks = (
        # First: "protocol for a randomised trial" is a plan, not a trial.
        (("protocol",), PROTOCOL),
        (("survey", "cross-sectional", "cross sectional", "questionnaire"), SURVEY),
        (("systematic", "meta-analys"), SYSTEMATIC_REVIEW),
        (("non-random", "nonrandom", "not random", "controlled study", "cohort"), NON_RANDOMISED),
        (("randomi",), RCT),
        (("single arm", "single-arm", "phase", "open-label"), SINGLE_ARM),
        (("case series",), CASE_SERIES),
        (("case report",), CASE_REPORT),
        (("preclinical", "animal", "in vitro", "laboratory"), PRECLINICAL),
        (("review",), NARRATIVE_REVIEW),
    )
    for words, design_id in checks:
        if any(w in text for w in words):
            return by_id(design_id)
    return None


def by_id(design_id: str) -> Design:
    for design in DESIGNS:
        if design.id == design_id:
            return design
    raise KeyError(design_id)

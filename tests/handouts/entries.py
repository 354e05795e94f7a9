"""Papers with notes for each evidence situation a handout must describe."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from exodesk.handouts.content import Clinic
from exodesk.model import (
    IMPROVED,
    NO_CLEAR_DIFFERENCE,
    NOT_TESTED,
    Author,
    Notes,
    Paper,
)

CLINIC = Clinic(name="Harbour Skin Clinic", contact="2345 6789, info@harbourskin.example")
PRODUCED = dt.date(2026, 11, 23)
EXOSOMES = "umbilical cord MSC-derived exosomes"


def entry(family, year, design, people=None, level="", direction="", harms="", condition="psoriasis",
          intervention=EXOSOMES, outcome="", outcome_zh="", responders=None):
    paper = Paper(
        title=f"A study of exosomes in {condition} by {family}",
        authors=[Author(family, "Ann"), Author("Chan", "Tai Man")],
        journal_abbrev="J Dermatol Res",
        date=f"{year}-03",
        volume="12",
        issue="2",
        pages="101-9",
        doi=f"10.1000/{family.lower()}.{year}",
    )
    notes = Notes(study_design=design, evidence_level=level, sample_size=people, conditions=[condition],
                  intervention=intervention, outcome=outcome, outcome_zh=outcome_zh, direction=direction,
                  responders=responders, adverse_events=harms)
    return paper, notes


SITUATIONS = {
    "none": [],
    "preclinical_only": [
        entry("Lau", 2022, "preclinical study (animal or laboratory)", direction=NOT_TESTED),
        entry("Ho", 2023, "narrative review", direction=NOT_TESTED),
    ],
    "reviews_only": [entry("Ng", 2023, "narrative review"), entry("Ip", 2024, "narrative review")],
    "one_small_uncontrolled": [
        entry("Wong", 2024, "phase I clinical trial (single arm)", 5, "4", IMPROVED, "none reported",
              outcome="plaque severity (PASI 75)", outcome_zh="斑塊嚴重程度（PASI 75）", responders=3),
    ],
    "several_rcts": [
        entry("Lee", 2023, "randomised controlled trial", 80, "2", IMPROVED, "redness (4); itching (2)",
              outcome="less scaling"),
        entry("Cheung", 2024, "randomised controlled trial", 120, "2", IMPROVED, "not reported",
              outcome="clear or almost clear skin"),
        entry("Yip", 2025, "randomised controlled trial", 60, "2", IMPROVED, "none reported",
              outcome="itch score"),
    ],
}

# The certainty sentences each situation must print, in each language.
PHRASES = {
    "none": ("We found no studies of this treatment in people with psoriasis.",
             "我們找不到以這種療法治療銀屑病（牛皮癬）病人的研究。"),
    "preclinical_only": ("It has only been tested in the laboratory or in animals. "
                         "We do not know if it works or is safe in people.",
                         "這種療法只在實驗室或動物身上測試過，未知對人是否有效或安全。"),
    "reviews_only": ("We found only reviews of other research. They did not test the treatment in people "
                     "themselves. We are very uncertain whether exosome treatment helps with psoriasis.",
                     "我們只找到概述其他研究的綜述，這些文章本身並沒有在人身上測試這種療法。"
                     "目前證據非常不確定外泌體療法對銀屑病（牛皮癬）有沒有作用。"),
    "one_small_uncontrolled": ("Only 1 small study has tested it in people: 5 people were treated. No one was "
                               "compared with people who did not get it. We are very uncertain whether "
                               "exosome treatment helps with psoriasis.",
                               "只有1項小型研究在人身上測試過這種療法：共5人接受治療，而且沒有與未接受治療的人比較。"
                               "目前證據非常不確定外泌體療法對銀屑病（牛皮癬）有沒有作用。"),
    "several_rcts": ("3 studies in people have tested it, with 260 people in all. 3 of them put people into "
                     "groups by chance and compared them. Exosome treatment probably helps with psoriasis.",
                     "共有3項研究在人身上測試過這種療法，合共260人。其中3項以隨機方式分組比較。"
                     "外泌體療法很可能會改善銀屑病（牛皮癬）。"),
}


def pdf_text(data: bytes) -> str:
    """The PDF's text with line breaks and spaces folded, for phrase checks."""
    return re.sub(r"\s+", " ", "\n".join(pdf_pages(data)))


def pdf_pages(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text() for page in reader.pages]


def squeeze(text: str) -> str:
    """Without any spaces: Chinese lines break anywhere."""
    return re.sub(r"\s+", "", text)


def study(family, design, people, direction, year=2024, **notes):
    """A study of psoriasis with its design, size and result, for the larger tests."""
    return entry(family, year, design, people, "", direction, **notes)


__all__ = ["CLINIC", "PRODUCED", "SITUATIONS", "PHRASES", "entry", "study", "pdf_text", "pdf_pages", "squeeze",
           "NO_CLEAR_DIFFERENCE"]


_DESIGNS = [("randomised controlled trial", "2"), ("non-randomised controlled study", "3"),
            ("phase II clinical trial (single arm)", "4"), ("case series", "4"), ("case report", "4"),
            ("preclinical study (animal or laboratory)", "5"), ("narrative review", "not graded"),
            ("systematic review / meta-analysis", "1")]
_HARMS = ["none reported", "not reported", "no serious adverse events reported; redness (3)",
          "infection (1); swelling (2)", "pain at the injection site (7); itching (2)", ""]
_OUTCOMES = [("plaque severity (PASI 75)", "斑塊嚴重程度"), ("itch score", "痕癢評分"),
             ("clear or almost clear skin on the doctor's global assessment", ""), ("quality of life (DLQI)", "")]


def many_studies(count: int, condition: str = "psoriasis", seed: int = 1) -> list:
    """A library's worth of confirmed notes on one condition: every design, results
    pointing both ways, harms in every form, long author lists and titles."""
    import random

    from exodesk.model import DIRECTIONS

    rng = random.Random(seed)
    studies = []
    for number in range(count):
        design, level = _DESIGNS[rng.randrange(len(_DESIGNS))]
        outcome, outcome_zh = _OUTCOMES[rng.randrange(len(_OUTCOMES))]
        people = rng.choice([None, rng.randint(1, 12), rng.randint(20, 400)])
        paper, notes = entry(f"Author{number:05d}", rng.randint(2012, 2026), design, people, level,
                             rng.choice(DIRECTIONS[:3]), rng.choice(_HARMS), condition, outcome=outcome,
                             outcome_zh=outcome_zh,
                             responders=rng.randint(0, people) if people and rng.random() < 0.5 else None)
        paper.title = ("A randomised, double-blind, placebo-controlled, multicentre study of umbilical cord "
                       f"mesenchymal stem cell-derived exosomes in moderate-to-severe {condition}, number {number}")
        paper.authors += [Author(f"Family{i}", "Given Name") for i in range(rng.randint(0, 9))]
        paper.id = number + 1
        studies.append((paper, notes))
    return studies

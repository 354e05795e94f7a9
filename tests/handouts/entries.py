"""Papers with notes for each evidence situation a handout must describe."""

from __future__ import annotations

import datetime as dt
import io
import re

from pypdf import PdfReader

from exodesk.handouts.content import Clinic
from exodesk.model import Author, Notes, Paper

CLINIC = Clinic(name="Harbour Skin Clinic", contact="2345 6789, info@harbourskin.example")
PRODUCED = dt.date(2026, 11, 23)


def entry(family, year, design, people=None, level="", finding="", harms="", condition="psoriasis"):
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
                  outcome=finding, adverse_events=harms)
    return paper, notes


SITUATIONS = {
    "none": [],
    "preclinical_only": [
        entry("Lau", 2022, "preclinical study (animal or laboratory)", finding="Plaques shrank in mice."),
        entry("Ho", 2023, "narrative review"),
    ],
    "reviews_only": [entry("Ng", 2023, "narrative review"), entry("Ip", 2024, "narrative review")],
    "one_small_uncontrolled": [
        entry("Wong", 2024, "phase I clinical trial (single arm)", 5, "4", "3 of 5 people improved.",
              "none reported (0 of 5 patients)"),
    ],
    "several_rcts": [
        entry("Lee", 2023, "randomised controlled trial", 80, "2", "Less scaling than placebo at 12 weeks."),
        entry("Cheung", 2024, "randomised controlled trial", 120, "2", "More people had clear skin."),
        entry("Yip", 2025, "randomised controlled trial", 60, "2", "No clear difference from placebo."),
    ],
}

# The certainty sentence each situation must print, in each language.
PHRASES = {
    "none": ("We found no studies of this treatment in people with psoriasis.",
             "我們找不到以這種療法治療銀屑病（牛皮癬）病人的研究。"),
    "preclinical_only": ("For psoriasis, it has only been tested in the laboratory or in animals. "
                         "We do not know if it works or is safe in people.",
                         "用於銀屑病（牛皮癬），目前只在實驗室或動物身上測試過，未知對人是否有效或安全。"),
    "reviews_only": ("The papers we found are reviews. They describe research on this treatment, but they do not "
                     "test it in people themselves. We are very uncertain whether exosome treatment helps with psoriasis.",
                     "我們找到的文章都是文獻綜述，只概述其他研究，本身並沒有在人身上測試這種療法。"
                     "目前證據非常不確定外泌體療法對銀屑病（牛皮癬）有沒有作用。"),
    "one_small_uncontrolled": ("There is only 1 small study in people: 5 people were treated, and no one was "
                               "compared with people who did not get the treatment. We are very uncertain whether "
                               "exosome treatment helps with psoriasis.",
                               "目前只有1項小型人體研究：共5人接受治療，而且沒有與未接受治療的人比較。"
                               "目前證據非常不確定外泌體療法對銀屑病（牛皮癬）有沒有作用。"),
    "several_rcts": ("3 studies in people have been done, with 260 people in total. 3 of them put people into "
                     "groups by chance and compared them. Exosome treatment probably helps with psoriasis.",
                     "目前共有3項研究在人身上進行，合共260人。其中3項研究以隨機方式分組比較。"
                     "外泌體療法很可能會改善銀屑病（牛皮癬）。"),
}


def pdf_text(data: bytes) -> str:
    """The PDF's text with line breaks and spaces folded, for phrase checks."""
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text)


def squeeze(text: str) -> str:
    """Without any spaces: Chinese lines break anywhere."""
    return re.sub(r"\s+", "", text)

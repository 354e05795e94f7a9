"""Whether a paper is evidence for "TREATMENT for CONDITION", judged from its notes.

A paper counts only when the treatment is its intervention and its people (or
animals) have the condition. A paper about the condition with another treatment
(a mindfulness course, a herbal medicine) is off topic and never printed. A
paper whose intervention is not recorded but which names the treatment, or
whose notes do not list the condition though its text names it, is borderline:
the clinician sees it in the dialog and settles it by recording the notes;
it is never printed until then.
"""

from __future__ import annotations

from dataclasses import dataclass

from exodesk.evidence import treatments
from exodesk.evidence.vocabulary import Condition, find_in_text
from exodesk.model import Notes, Paper

ON_TOPIC, BORDERLINE, OFF_TOPIC = "on topic", "borderline", "off topic"


@dataclass(frozen=True)
class Relevance:
    verdict: str  # ON_TOPIC, BORDERLINE or OFF_TOPIC
    reason: str  # for the clinician, empty when on topic


def _paper_text(paper: Paper) -> str:
    return "\n".join([paper.title or "", *paper.titles.values(), *paper.keywords, *(a.text for a in paper.abstracts)])


def judge(paper: Paper, notes: Notes, condition: Condition, treatment: treatments.Treatment | None = None) -> Relevance:
    treatment = treatment or treatments.default()
    text = None
    if notes.intervention:
        if not treatments.is_treatment(notes.intervention, treatment):
            return Relevance(OFF_TOPIC, f"its intervention is {notes.intervention!r}, not {treatment.en}")
    else:
        text = _paper_text(paper)
        named = treatments.find(text, treatment)
        if not named:
            return Relevance(OFF_TOPIC, f"it does not mention {treatment.en}")
        return Relevance(BORDERLINE, f"it mentions {', '.join(named[:3])}, but its intervention is not recorded")
    if condition.id in notes.conditions:
        return Relevance(ON_TOPIC, "")
    text = text if text is not None else _paper_text(paper)
    if any(match.condition.id == condition.id for match in find_in_text(text)):
        return Relevance(BORDERLINE, f"it names {condition.en}, but its notes do not list it among the conditions treated")
    return Relevance(OFF_TOPIC, f"its notes do not list {condition.en}")

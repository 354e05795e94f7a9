"""The core's words in the interface's language.

The core writes in English: the notes hold study designs, levels and result
directions as English values, a suggestion says in English what supports it,
and the handout's checks and certainty steps are English sentences. The
window shows them through here. A value is translated as itself (the core's
label is the source text, so the label has one home); a sentence is matched
against the shapes the core writes and rebuilt from a translated template,
its parts translated in turn (field names, designs, conditions). Anything
not known is shown as the core wrote it, and `untranslated()` names it: a
test fails when the Chinese interface would show a core string in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from exodesk.evidence import designs, treatments, vocabulary
from exodesk.gui.language import shown_language
from exodesk.handouts.certainty import GRADES
from exodesk.model import DIRECTIONS, NOTE_FIELD_LABELS

CONTEXT = "CoreWords"
NOT_GRADED = "not graded"
LEVELS = ("1", "2", "3", "4", "5", NOT_GRADED)
# What the notes' fields are called (model.NOTE_FIELD_LABELS); translated in
# the NotesEditor context, where the .ts file holds them.
FIELD_LABELS = NOTE_FIELD_LABELS
_FIELD_BY_LABEL = {label: name for name, label in NOTE_FIELD_LABELS.items()}
_PHASE = re.compile(r"phase (?P<phase>[IV0-9/ ]+) clinical trial \(single arm\)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return QCoreApplication.translate("NotesEditor", label) if label else name


def design_name(label: str) -> str:
    """A design as the notes hold it, in the interface's language."""
    phase = _PHASE.fullmatch(label or "")
    if phase:
        return _tr("phase %1 clinical trial (single arm)").replace("%1", phase["phase"])
    return _tr(label) if label else ""


def level_name(level: str) -> str:
    """A level as a column shows it under its heading: "4", "not graded"."""
    return level if level.isdigit() else _tr(level) if level else ""


def level_label(level: str) -> str:
    """A level standing alone, as a filter offers it: "Level 4", "not graded"."""
    return _tr("Level %1").replace("%1", level) if level.isdigit() else level_name(level)


def direction_name(direction: str) -> str:
    return _tr(direction) if direction else ""


def grade_name(grade: str | None) -> str:
    return _tr((grade or "not tested in people").replace("_", " "))


def _condition(english: str) -> str:
    found = vocabulary.lookup(english)
    if found is None:
        return english
    return found.name(shown_language())


def _treatment(english: str) -> str:
    found = next((t for t in treatments.load() if t.en == english), None)
    return found.zh_hant if found is not None and shown_language() != "en" else english


def _fields(labels: str) -> str:
    return _tr(", ").join(field_label(_FIELD_BY_LABEL.get(label, label)) for label in labels.split(", "))


def _levels(text: str) -> str:
    return level_name(text) if text in LEVELS else text


# How each named part of a sentence is put in the interface's language.
_PARTS: dict[str, Callable[[str], str]] = {
    "fields": _fields, "design": design_name, "level": _levels, "condition": _condition,
    "treatment": _treatment, "grade": grade_name, "was": grade_name, "reason": lambda text: sentence(text),  # noqa: PLW0108 - sentence is defined below
}

# Every sentence of the core the window shows, as a template: its {parts} are
# read back out of the core's English by a pattern made from the template.
SENTENCES = (
    # The handout's checks (handouts/content.py).
    QT_TRANSLATE_NOOP("CoreWords", "the clinic's name is not set (Preferences ▸ Clinic)"),
    QT_TRANSLATE_NOOP("CoreWords", "the clinic's contact (telephone) is not set (Preferences ▸ Clinic)"),
    QT_TRANSLATE_NOOP("CoreWords", "{paper}: suggested, not yet confirmed: {fields}"),
    QT_TRANSLATE_NOOP("CoreWords", "{paper}: no study design recorded"),
    QT_TRANSLATE_NOOP("CoreWords", "and {count} more like these among the papers the sheet counts"),
    QT_TRANSLATE_NOOP("CoreWords", "{paper}: its result (direction) is not recorded"),
    QT_TRANSLATE_NOOP("CoreWords", "{paper}: the outcome is a sentence; name what was measured in a few words"),
    QT_TRANSLATE_NOOP("CoreWords", "the sheet uses the word {word}: a handout makes no such claim"),
    QT_TRANSLATE_NOOP("CoreWords", "{paper}: left out, borderline: {reason}"),
    QT_TRANSLATE_NOOP("CoreWords", "and {count} more borderline papers, listed in the Handout window"),
    QT_TRANSLATE_NOOP("CoreWords", "{count} paper(s) left out as off topic"),
    QT_TRANSLATE_NOOP("CoreWords", "{count} paper(s) have no study design recorded"),
    QT_TRANSLATE_NOOP("CoreWords", "the vocabulary has no description of {condition}"),
    QT_TRANSLATE_NOOP("CoreWords", "not approved: {count} thing(s) to settle first"),
    # Why a paper is not printed (handouts/relevance.py).
    QT_TRANSLATE_NOOP("CoreWords", "its intervention is {word}, not {treatment}"),
    QT_TRANSLATE_NOOP("CoreWords", "it does not mention {treatment}"),
    QT_TRANSLATE_NOOP("CoreWords", "it mentions {words}, but its intervention is not recorded"),
    QT_TRANSLATE_NOOP("CoreWords", "it names {condition}, but its notes do not list it among the conditions treated"),
    QT_TRANSLATE_NOOP("CoreWords", "its notes do not list {condition}"),
    # The steps of the certainty judgement (handouts/certainty.py).
    QT_TRANSLATE_NOOP("CoreWords", "starts high: randomised trials"),
    QT_TRANSLATE_NOOP("CoreWords", "starts low: studies without randomisation"),
    QT_TRANSLATE_NOOP("CoreWords", "rated down for risk of bias: no study had a comparison group"),
    QT_TRANSLATE_NOOP("CoreWords", "rated down for inconsistency: the studies point different ways"),
    QT_TRANSLATE_NOOP("CoreWords", "rated down twice for imprecision: a single study of {count} people"),
    QT_TRANSLATE_NOOP("CoreWords", "rated down for imprecision: {count} people in all, fewer than {enough}"),
    QT_TRANSLATE_NOOP("CoreWords", "no study's result is recorded in the notes: "
                                   "the sheet cannot say which way they point"),
    QT_TRANSLATE_NOOP("CoreWords", "kept at moderate: the trials' risk of bias and publication bias need a "
                                   "clinician's judgement; a clinician may set it higher"),
    QT_TRANSLATE_NOOP("CoreWords", "kept at low: the sheet cannot say the treatment probably helps"),
    QT_TRANSLATE_NOOP("CoreWords", "only reviews of other research: no study of its own in people"),
    QT_TRANSLATE_NOOP("CoreWords", "not tested in people"),
    QT_TRANSLATE_NOOP("CoreWords", "no studies"),
    QT_TRANSLATE_NOOP("CoreWords", "set to {grade} by a clinician (was {was})"),
    # What supports a suggestion (evidence/suggest.py).
    QT_TRANSLATE_NOOP("CoreWords", "{design}: Oxford CEBM 2011 level {level}"),
    QT_TRANSLATE_NOOP("CoreWords", "{design}: no result of a treatment in people"),
    QT_TRANSLATE_NOOP("CoreWords", "publication type: {text}"),
    QT_TRANSLATE_NOOP("CoreWords", "systematic review of {text}"),
    QT_TRANSLATE_NOOP("CoreWords", "{count} people, no comparison group mentioned"),
)
_NUMBERS = {"count", "enough"}  # parts that are counts of papers or people


def _pattern(template: str) -> re.Pattern:
    pieces = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(
        re.escape(piece) if i % 2 == 0 else rf"(?P<{piece}>\d+)" if piece in _NUMBERS else rf"(?P<{piece}>.+?)"
        for i, piece in enumerate(pieces)))


_SHAPES = tuple((_pattern(str(template)), str(template)) for template in SENTENCES)


def _known(text: str) -> tuple[str, dict[str, str]] | None:
    for shape, template in _SHAPES:
        found = shape.fullmatch(text)
        if found:
            return template, found.groupdict()
    return None


def sentence(text: str) -> str:
    """A sentence of the core in the interface's language (as written if unknown)."""
    known = _known(text)
    if known is None:
        return _conditions_found(text) or text
    template, parts = known
    shown = _tr(template)
    for name, value in parts.items():
        shown = shown.replace("{" + name + "}", _PARTS.get(name, str)(value))
    return shown


def _conditions_found(text: str) -> str | None:
    """"systemic sclerosis: SSc; acne scars: scars", the support of a suggested
    condition list, with each condition by its name in the interface's language."""
    parts = [part.partition(": ") for part in text.split("; ")]
    if not all(sep and vocabulary.lookup(name) is not None for name, sep, _words in parts):
        return None
    return "; ".join(f"{_condition(name)}{_tr(': ')}{words}" for name, _sep, words in parts)


def untranslated(texts: list[str]) -> list[str]:
    """The texts an installed translation would show as the core wrote them."""
    missing = []
    for text in texts:
        known = _known(text)
        if known is None and _conditions_found(text) is None or known is not None and _tr(known[0]) == known[0]:
            missing.append(text)
    return missing


def values() -> list[str]:
    """Every value the notes' lists offer, as the core writes it."""
    return [*(d.label for d in designs.DESIGNS), *LEVELS, *DIRECTIONS, *(g.replace("_", " ") for g in GRADES),
            designs.REVIEW_OF_OTHER_STUDIES_LEVEL]


def value_name(value: str) -> str:
    """Any of values(), in the interface's language."""
    return level_label(value) if value in LEVELS else _tr(value)

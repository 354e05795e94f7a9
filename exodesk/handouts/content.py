"""What a patient handout says, as plain data: no drawing here.

`build_handout` takes a condition, the papers with their notes, the clinic's
details and the dates, and returns a `Handout`: sections of paragraphs, lists,
a table and a picture description in one or both languages, the references,
whether it is a draft, warnings for the person preparing it, and a snapshot of
everything it rests on (for the audit record and an exact reprint).

Every statement comes from the notes, the vocabulary or the editable fixed
wording; what a person typed is carried as typed (the PDF layer escapes it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from exodesk.evidence import designs, vocabulary
from exodesk.evidence.vocabulary import Condition
from exodesk.handouts import texts as fixed_texts
from exodesk.handouts.certainty import Certainty, assess
from exodesk.handouts.references import short_name, vancouver
from exodesk.model import Notes, Paper
from exodesk.text.chinese import language_of, to_traditional_hk

# Notes fields a handout prints: an unconfirmed suggestion in any makes a draft.
USED_FIELDS = ("study_design", "evidence_level", "sample_size", "conditions", "outcome", "adverse_events", "summary_en", "summary_zh")

PARAGRAPH, BULLETS, CHECKLIST, TABLE, PICTURE, REFERENCES = (
    "paragraph", "bullets", "checklist", "table", "picture", "references",
)


@dataclass
class Clinic:
    name: str
    contact: str = ""
    logo_path: str | None = None
    # The clinic's own statement of interest; the fixed wording when empty.
    interest: str = ""
    # What staff found when they checked the product's Hong Kong registration,
    # with the date, e.g. "registered, HK-12345 (checked 3 March 2026)".
    registration: str = ""


@dataclass
class Block:
    kind: str
    items: list[str] = field(default_factory=list)  # paragraphs, list items
    header: list[str] = field(default_factory=list)  # a table's header
    rows: list[list[str]] = field(default_factory=list)
    caption: str = ""


@dataclass
class Section:
    key: str
    heading: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Picture:
    """The strength-of-evidence scale: labels, where the marker sits, counts."""

    scale: list[str]
    position: int  # index into scale
    marker: str
    counts: str
    caption: str


@dataclass
class Part:
    """The whole sheet in one language."""

    language: str
    title: str
    subtitle: str
    sections: list[Section]
    picture: Picture
    draft_banner: str
    page_label: str  # "Page {page} of {pages}"


@dataclass
class Handout:
    condition: Condition
    language: str  # "en", "zh-Hant" or "both"
    parts: list[Part]
    references: list[str]
    certainty: Certainty
    draft: bool
    produced: str
    review_by: str
    version: str
    clinic: Clinic
    warnings: list[str]
    snapshot: dict[str, Any]

    @property
    def title(self) -> str:
        return self.parts[0].title

    @property
    def pdf_language(self) -> str:
        return "en" if self.language == "en" else "zh-Hant-HK"

    def text(self, language: str | None = None) -> str:
        """All the words of the sheet (or one language's part), for checks."""
        lines = []
        for part in self.parts:
            if language and part.language != language:
                continue
            lines += [part.title, part.subtitle]
            for section in part.sections:
                lines.append(section.heading)
                for block in section.blocks:
                    lines += block.items + block.header + [c for row in block.rows for c in row]
                    lines.append(block.caption)
            lines += part.picture.scale + [part.picture.counts, part.picture.caption]
        return "\n".join(line for line in lines if line)


def _count(units: dict, key: str, n: int, language: str) -> str:
    one, many = units[key]
    if language == "en":
        return f"{n} {one if n == 1 else many}"
    return f"{n}{one}"


def _people(words: dict, certainty: Certainty, language: str) -> str:
    count = _count(words["units"], "person", certainty.people, language)
    if certainty.people_missing:
        return (f"at least {count}" if language == "en" else f"最少{count}") if certainty.people else (
            "an unknown number of people" if language == "en" else "人數不詳")
    return count


def _fill(template: str, values: dict[str, Any]) -> str:
    return template.format(**values)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


def format_date(iso: str, language: str) -> str:
    """"23 November 2026" / "2026年11月23日" from an ISO date."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    if language == "en":
        return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def _adverse_events(text: str, language: str) -> str:
    """The notes' harms statement; in Chinese, the forms suggestions produce are
    put into Chinese and anything else is printed as written, marked English."""
    if language == "en":
        return text
    m = re.fullmatch(r"(none reported|no serious adverse events reported)(?: \((\d+) of (\d+) patients\))?", text)
    if m:
        said = "沒有報告副作用" if m.group(1) == "none reported" else "沒有報告嚴重副作用"
        return said + (f"（{m.group(3)}人中{m.group(2)}人有副作用）" if m.group(3) else "")
    m = re.fullmatch(r"reported in (\d+) of (\d+) patients", text)
    if m:
        return f"{m.group(2)}人中有{m.group(1)}人報告副作用"
    return f"{text}（英文原文）"


def _main_finding(notes: Notes, language: str, words: dict) -> str:
    if language == "en":
        return notes.summary_en or notes.outcome or words["not_recorded"]
    if notes.summary_zh:
        # A summary pasted in Simplified characters is shown in Hong Kong
        # Traditional characters, marked as converted.
        if language_of(notes.summary_zh) == "zh-Hans":
            return f"{to_traditional_hk(notes.summary_zh)}{words['converted_mark']}"
        return notes.summary_zh
    return f"{notes.outcome}（英文原文）" if notes.outcome else words["not_recorded"]


def _design_name(notes: Notes, language: str, words: dict) -> str:
    design = designs.design_of(notes.study_design)
    if design is None:
        return notes.study_design or words["not_recorded"]
    return design.plain_en if language == "en" else design.plain_zh


def _level(notes: Notes, words: dict) -> str:
    design = designs.design_of(notes.study_design)
    level = notes.evidence_level or (design.level if design else "")
    if not level:
        return words["not_recorded"]
    return level if level[:1].isdigit() else words["not_graded"]


def _part(language: str, condition: Condition, entries: list[tuple[Paper, Notes]], certainty: Certainty,
          clinic: Clinic, produced: str, review_by: str, version: str, texts: dict | None,
          converted: bool) -> Part:
    words = (texts or {}).get(language) or fixed_texts.load(language)
    units = words["units"]
    name = condition.name(language)
    contact = clinic.contact or clinic.name
    values = {
        "condition": name,
        "clinic": clinic.name,
        "contact": contact,
        "produced": format_date(produced, language),
        "review_by": format_date(review_by, language),
        "version": version,
        "people": _people(words, certainty, language),
        "studies": _count(units, "study", certainty.people_studies, language),
        "controlled": _count(units, "study", certainty.controlled, language),
        "controlled_n": certainty.controlled,
        "rcts": _count(units, "study", certainty.randomised, language),
        "rcts_n": certainty.randomised,
        "count": _count(units, "study", len(entries), language),
        "date": format_date(words["regulation"]["last_checked"], language),
        "registration": clinic.registration,
    }
    heading = {k: _fill(v, values) for k, v in words["headings"].items()}
    fill = lambda key: _fill(words[key], values)  # noqa: E731

    situation = _fill(words["situation"][certainty.situation], values)
    certainty_lines = [situation]
    if certainty.grade and certainty.situation != "none":
        certainty_lines.append(_fill(words["grade"][certainty.grade], values))

    sections = [
        Section("summary", heading["summary"], [Block(BULLETS, [
            fill("experimental"), *certainty_lines, fill("compare")])]),
        Section("what_it_is", heading["what_it_is"], [Block(PARAGRAPH, [
            *(_fill(p, values) for p in words["what_it_is"])])]),
    ]

    studies = Section("studies", heading["studies"])
    if entries:
        studies.blocks.append(Block(PARAGRAPH, [fill("studies_intro")]))
        rows = []
        for paper, notes in entries:
            rows.append([
                short_name(paper),
                str(paper.year or ""),
                _design_name(notes, language, words),
                str(notes.sample_size) if notes.sample_size else "—",
                _main_finding(notes, language, words),
                _level(notes, words),
            ])
        studies.blocks.append(Block(TABLE, header=list(words["table_header"]), rows=rows,
                                    caption=words["table_caption"]))
        studies.blocks.append(Block(PARAGRAPH, [words["level_note"]]))
    else:
        studies.blocks.append(Block(PARAGRAPH, [fill("no_studies_intro")]))
    sections.append(studies)

    picture_words = words["picture"]
    picture = Picture(
        scale=list(picture_words["scale"]),
        position=certainty.scale_position,
        marker=picture_words["marker"],
        counts=_fill(picture_words["counts"], {
            "people_studies": _count(units, "study", certainty.people_studies, language),
            "people_studies_n": certainty.people_studies,
            "lab": _count(units, "lab_study", certainty.lab, language),
            "reviews": _count(units, "review", certainty.reviews, language),
        }),
        caption=_fill(picture_words["caption"], values),
    )
    sections.append(Section("certainty", heading["certainty"], [
        Block(PICTURE, caption=picture.caption), Block(PARAGRAPH, certainty_lines)]))

    reported = [
        f"{short_name(paper)}: {_adverse_events(notes.adverse_events, language)}"
        for paper, notes in entries if notes.adverse_events
    ]
    risks = Section("risks", heading["risks"])
    if reported:
        risks.blocks += [Block(PARAGRAPH, [words["risks_intro"]]), Block(BULLETS, reported)]
    else:
        risks.blocks.append(Block(PARAGRAPH, [words["risks_none_recorded"]]))
    risks.blocks += [Block(PARAGRAPH, [words["risks_general_intro"]]), Block(BULLETS, list(words["risks"]))]
    sections.append(risks)

    regulation = words["regulation"]
    registration = regulation["registration_known"] if clinic.registration else regulation["registration_unknown"]
    sections.append(Section("regulation", heading["regulation"], [Block(PARAGRAPH, [
        *(_fill(p, values) for p in regulation["paragraphs"]), _fill(registration, values)])]))

    treatments = list(condition.treatments.get(language, ()))
    usual = Section("usual", heading["usual"])
    if treatments:
        usual.blocks += [Block(PARAGRAPH, [fill("usual_intro")]), Block(BULLETS, treatments)]
    else:
        usual.blocks.append(Block(PARAGRAPH, [fill("usual_missing")]))
    sections.append(usual)

    sections.append(Section("questions", heading["questions"], [
        Block(PARAGRAPH, [words["questions_intro"]]), Block(CHECKLIST, list(words["questions"]))]))
    sections.append(Section("report", heading["report"], [
        Block(PARAGRAPH, [_fill(p, values) for p in words["report"]])]))

    about = [clinic.interest or fill("interest_default"), *(_fill(p, values) for p in words["about"])]
    if converted and language != "en":
        about.append(words["converted_note"])
    sections.append(Section("about", heading["about"], [Block(PARAGRAPH, about)]))

    return Part(
        language=language,
        title=fill("title"),
        subtitle=fill("subtitle"),
        sections=sections,
        picture=picture,
        draft_banner=words["draft_banner"],
        page_label=words["page"],
    )


def _draft_reasons(entries: list[tuple[Paper, Notes]]) -> list[str]:
    reasons = []
    for paper, notes in entries:
        pending = [f for f in USED_FIELDS if f in notes.suggested]
        if pending:
            reasons.append(f"{short_name(paper)}: suggested, not yet confirmed: {', '.join(pending)}")
    return reasons


def _one_year_after(day: dt.date) -> dt.date:
    """The default review-by date (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def build_handout(
    *,
    condition: str | Condition,
    entries: list[tuple[Paper, Notes]],
    clinic: Clinic,
    language: str = "en",
    produced: dt.date | None = None,
    review_by: dt.date | None = None,
    version: str = "1",
    approved: bool = False,
    certainty_override: str | None = None,
    texts: dict[str, dict] | None = None,
) -> Handout:
    """The handout's content for `condition` (an id, name or synonym).

    `entries` are the papers chosen for the sheet with their notes. A sheet that
    rests on an unconfirmed suggestion is a draft unless a clinician `approved`
    it. `texts` replaces the fixed wording (e.g. the clinic's edited version).
    """
    if isinstance(condition, str):
        found = vocabulary.lookup(condition)
        if found is None:
            raise ValueError(f"unknown condition: {condition}")
        condition = found
    if language not in ("en", "zh-Hant", "both"):
        raise ValueError(f"language must be en, zh-Hant or both, not {language!r}")
    produced = produced or dt.date.today()
    review_by = review_by or _one_year_after(produced)
    produced_s, review_s = produced.isoformat(), review_by.isoformat()

    certainty = assess([n for _, n in entries], override=certainty_override)
    converted = any(language_of(n.summary_zh) == "zh-Hans" for _, n in entries if n.summary_zh)
    languages = ["en", "zh-Hant"] if language == "both" else [language]
    parts = [
        _part(lang, condition, entries, certainty, clinic, produced_s, review_s, version, texts, converted)
        for lang in languages
    ]
    draft_reasons = _draft_reasons(entries)
    warnings = list(draft_reasons)
    for paper, notes in entries:
        if condition.id not in notes.conditions:
            warnings.append(f"{short_name(paper)}: its notes do not list {condition.en}")
    if certainty.unclassified:
        warnings.append(f"{certainty.unclassified} paper(s) have no study design recorded")
    handout = Handout(
        condition=condition,
        language=language,
        parts=parts,
        references=[vancouver(paper) for paper, _ in entries],
        certainty=certainty,
        draft=bool(draft_reasons) and not approved,
        produced=produced_s,
        review_by=review_s,
        version=version,
        clinic=clinic,
        warnings=warnings,
        snapshot={},
    )
    for word in fixed_texts.forbidden_words(handout.text()):
        warnings.append(f"the sheet uses the word {word!r}: a handout makes no such claim")
    handout.snapshot = {
        "condition": condition.id,
        "language": language,
        "produced": produced_s,
        "review_by": review_s,
        "version": version,
        "approved": approved,
        "certainty_override": certainty_override,
        "clinic": dataclasses.asdict(clinic),
        "paper_ids": [paper.id for paper, _ in entries],
        "papers": [{"id": paper.id, "reference": ref} for (paper, _), ref in zip(entries, handout.references)],
        "notes": [notes.to_dict() for _, notes in entries],
        "texts_checked": {lang: (texts or {}).get(lang, fixed_texts.load(lang)).get("last_checked", "") for lang in languages},
        "conditions_checked": vocabulary.last_checked(),
    }
    return handout

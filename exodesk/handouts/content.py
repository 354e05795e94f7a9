"""What a patient handout says, as plain data: no drawing here.

`build_handout` takes a condition, the papers with their notes, the clinic's
details and the dates, and returns a `Handout`: per language, sections in the
order of a British Association of Dermatologists leaflet (HANDOUTS.md §6), the
references, whether it is a draft, what stops a clinician approving it, and a
snapshot of everything it rests on (for the audit record and an exact reprint).

Only papers whose intervention is the treatment and whose people have the
condition are evidence (relevance.py); the strongest studies in people fill
the table, the rest are counted. Every statement comes from the notes, the
vocabulary or the editable fixed wording; no placeholder is ever printed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from exodesk.evidence import designs, vocabulary
from exodesk.evidence.vocabulary import Condition
from exodesk.handouts import claims, findings, relevance
from exodesk.handouts import texts as fixed_texts
from exodesk.handouts.certainty import Certainty, assess
from exodesk.handouts.references import SHEET_AUTHORS, short_name, vancouver
from exodesk.model import NOTE_FIELD_LABELS, Notes, Paper, note_fields

# Notes fields a printed study rests on: an unconfirmed suggestion in any blocks approval.
USED_FIELDS = note_fields(sheet=True)
# The table shows at most this many studies; the PDF may show fewer to keep two pages.
MAX_ROWS = 8
# Named harms listed one by one; the rest are counted.
MAX_HARMS = 6

PARAGRAPH, BULLETS, CHECKLIST, TABLE, PICTURE, KEY_POINTS = (
    "paragraph", "bullets", "checklist", "table", "picture", "key_points",
)


@dataclass
class Clinic:
    name: str = ""
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
    """The strength-of-evidence scale: labels, where the marker sits."""

    scale: list[str]
    position: int  # index into scale
    marker: str
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
    references_heading: str
    references: list[str]  # those of the studies in the table
    footer: str

    def printed_words(self) -> list[str]:
        """What the sheet says in its own words: title, subtitle and the sections
        (not the references, whose titles are the authors' own)."""
        words = [self.title, self.subtitle]
        for section in self.sections:
            words.append(section.heading)
            for block in section.blocks:
                words += block.items + block.header + [c for row in block.rows for c in row]
                words.append(block.caption)
        return [w for w in words if w]


@dataclass
class Handout:
    condition: Condition
    language: str  # "en", "zh-Hant" or "both"
    parts: list[Part]
    certainty: Certainty
    draft: bool
    produced: str
    review_by: str
    version: str
    clinic: Clinic
    warnings: list[str]
    # What stops a clinician approving the sheet; approval is refused while any remain.
    blockers: list[str]
    snapshot: dict[str, Any]
    approved_by: str = ""
    # Papers given but not printed: (paper, why), borderline ones first.
    excluded: list[tuple[Paper, relevance.Relevance]] = field(default_factory=list)
    rows: int = 0  # studies in the table
    # The same sheet with a shorter table (the PDF layer fits two pages).
    _with_rows: Any = field(default=None, repr=False)

    @property
    def title(self) -> str:
        return self.parts[0].title

    @property
    def pdf_language(self) -> str:
        return "en" if self.language == "en" else "zh-Hant-HK"

    @property
    def references(self) -> list[str]:
        return self.parts[0].references

    @property
    def borderline(self) -> list[tuple[Paper, relevance.Relevance]]:
        return [(p, r) for p, r in self.excluded if r.verdict == relevance.BORDERLINE]

    def with_rows(self, rows: int) -> Handout:
        return self._with_rows(rows)

    def text(self, language: str | None = None) -> str:
        """All the words of the sheet (or one language's part), for checks."""
        lines = []
        for part in self.parts:
            if language and part.language != language:
                continue
            lines += [*part.printed_words(), part.footer]
            lines += part.picture.scale + [part.picture.marker, part.picture.caption]
            lines += [part.references_heading, *part.references]
        return "\n".join(line for line in lines if line)


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


def _fill(template: str, values: dict[str, Any]) -> str:
    return template.format(**values)


def _join(sentences: list[str], language: str) -> str:
    """Sentences as one paragraph: spaced in English, run on in Chinese."""
    return (" " if language == "en" else "").join(sentences)


# --- the evidence ------------------------------------------------------------


@dataclass
class _Evidence:
    """The papers sorted out once, whatever the length of the table."""

    condition: Condition
    printed: list[tuple[Paper, Notes]]  # on topic
    in_people: list[tuple[Paper, Notes]]  # of which studies in people, strongest first
    excluded: list[tuple[Paper, relevance.Relevance]]
    certainty: Certainty
    # Worked out once, whatever the table's length: harms per language, what
    # the sheet's papers leave to settle, the snapshot of their notes.
    harms: dict[str, list[str]] = field(default_factory=dict)
    settle: list[str] = field(default_factory=list)
    papers_snapshot: dict[str, list] = field(default_factory=dict)


def _strength(entry: tuple[Paper, Notes]) -> tuple:
    paper, notes = entry
    design = designs.design_of(notes.study_design)
    return (-(design.rank if design else 0), -(notes.sample_size or 0), -(paper.year or 0))


def _sort_out(condition: Condition, entries: list[tuple[Paper, Notes]], override: str | None) -> _Evidence:
    printed, excluded = [], []
    for paper, notes in entries:
        judged = relevance.judge(paper, notes, condition)
        if judged.verdict == relevance.ON_TOPIC:
            printed.append((paper, notes))
        else:
            excluded.append((paper, judged))
    excluded.sort(key=lambda e: e[1].verdict != relevance.BORDERLINE)
    in_people = []
    for paper, notes in printed:
        design = designs.design_of(notes.study_design)
        if design is not None and design.in_people and design.primary:
            in_people.append((paper, notes))
    in_people.sort(key=_strength)
    return _Evidence(condition, printed, in_people, excluded, assess([n for _, n in printed], override=override))


# --- one language -------------------------------------------------------------


def _people(words: dict, certainty: Certainty, language: str) -> str:
    count = findings.count(words["units"], "person", certainty.people, language)
    if certainty.people_missing:
        if not certainty.people:
            return words["people_unknown"]
        return _fill(words["people_at_least"], {"count": count})
    return count


def _level(notes: Notes, words: dict) -> str:
    design = designs.design_of(notes.study_design)
    level = notes.evidence_level or (design.level if design else "")
    if not level:
        return words["not_recorded"]
    return level if level[:1].isdigit() else words["not_graded"]


def _design_name(notes: Notes, language: str, words: dict) -> str:
    design = designs.design_of(notes.study_design)
    if design is None:
        return words["not_recorded"]
    return words.get("design_names", {}).get(design.id) or (design.plain_en if language == "en" else design.plain_zh)


def _phrase(words: dict, certainty: Certainty) -> str:
    """The GRADE plain-language sentence for the grade and the direction."""
    if certainty.grade is None:
        return ""
    if certainty.grade == "very_low" or certainty.direction == "unknown":
        return words["grade"]["very_low"]
    return words["grade_by_direction"][certainty.direction][certainty.grade]


def _harm_lines(evidence: _Evidence, language: str, words: dict) -> list[str]:
    if language not in evidence.harms:
        evidence.harms[language] = _harms_said(evidence, language, words)
    return evidence.harms[language]


def _harms_said(evidence: _Evidence, language: str, words: dict) -> list[str]:
    """One item naming the harms with their counts, one saying what the rest reported."""
    units, said = words["units"], words["harms"]
    lines, states = findings.harms_summary([n for _, n in evidence.in_people])
    out, unnamed = [], []
    for line in lines:
        name = findings.harm_name(line.name, language)
        if name is None:
            unnamed.append(line)
            continue
        out.append(_harm_line(said, units, language, name, line.studies, line.people, line.counted))
    if unnamed:  # harms with no Chinese name yet: counted together, never left in English
        out.append(_harm_line(said, units, language, said["other_harms"], sum(u.studies for u in unnamed),
                              sum(u.people for u in unnamed), any(u.counted for u in unnamed)))
    if len(out) > MAX_HARMS:
        rest = len(out) - MAX_HARMS + 1
        out = out[:MAX_HARMS - 1] + [_fill(said["more"], {"count": rest})]
    named = [_fill(said["named_list"], {"harms": said["separator"].join(out)})] if out else []
    others = [_fill(said[key], {"studies": findings.count(units, "study", states[state], language)})
              for state, key in (("none", "none"), ("none-serious", "none_serious"), ("unclear", "unclear"),
                                 ("not-reported", "not_reported")) if states.get(state)]
    return named + ([_join(others, language)] if others else [])


def _harm_line(said: dict, units: dict, language: str, name: str, studies: int, people: int, counted: bool) -> str:
    values = {"name": name,
              "studies": findings.count(units, "study", studies, language),
              "people": findings.count(units, "person", people, language)}
    return _fill(said["named_counted" if counted and people else "named"], values)


def _part(language: str, evidence: _Evidence, clinic: Clinic, produced: str, review_by: str, version: str,
          approved_by: str, texts: dict | None, rows: int) -> Part:
    words = (texts or {}).get(language) or fixed_texts.load(language)
    units = words["units"]
    condition, certainty = evidence.condition, evidence.certainty
    shown = evidence.in_people[:rows]
    values: dict[str, Any] = {
        "condition": condition.name(language),
        "clinic": clinic.name.strip(),
        "contact": clinic.contact.strip(),
        "produced": format_date(produced, language),
        "review_by": format_date(review_by, language),
        "version": version,
        "people": _people(words, certainty, language),
        "studies": findings.count(units, "study", certainty.people_studies, language),
        "have": "has" if certainty.people_studies == 1 else "have",  # English agreement, unused in Chinese
        "controlled_n": certainty.controlled,
        "rcts_n": certainty.randomised,
        "shown": len(shown),
        "lab": findings.count(units, "lab_study", certainty.lab, language),
        "reviews": findings.count(units, "review", certainty.reviews, language),
        "other": findings.count(units, "other_paper", certainty.other, language),
        "date": format_date(words["regulation"]["last_checked"], language),
        "registration": clinic.registration,
        "approver": approved_by,
    }
    fill = functools.partial(_fill, values=values)
    heading = {k: fill(v) for k, v in words["headings"].items()}
    # A trial that is the only study in people is not "1 of them".
    alone = f"{certainty.situation}_alone"
    situation = fill(words["situation"].get(alone) if certainty.people_studies == 1 and alone in words["situation"]
                     else words["situation"][certainty.situation])
    phrase = fill(_phrase(words, certainty))
    sections = []

    picture_words = words["picture"]
    picture = Picture(scale=list(picture_words["scale"]), position=certainty.scale_position,
                      marker=picture_words["marker"], caption=fill(picture_words["caption"]))
    key_points = [fill(words["experimental"]), situation, phrase or fill(words["sure_untested"]),
                  fill(words["purpose"])]
    # The strength-of-evidence scale sits with the key points: how sure we can be, at a glance.
    sections.append(Section("summary", heading["summary"], [Block(KEY_POINTS, key_points),
                                                             Block(PICTURE, caption=picture.caption)]))

    about_condition = condition.about.get(language, "") if hasattr(condition, "about") else ""
    if about_condition:
        sections.append(Section("condition", heading["condition"], [Block(PARAGRAPH, [about_condition])]))

    procedure = words.get("procedure", "").strip()
    sections.append(Section("what_it_is", heading["what_it_is"], [Block(PARAGRAPH, [
        _join([*(fill(p) for p in words["what_it_is"]), fill(procedure) if procedure else words["procedure_ask"]],
              language),
    ])]))

    studies = Section("studies", heading["studies"])
    if shown:
        table_rows = [[short_name(paper, language), _design_name(notes, language, words),
                       str(notes.sample_size) if notes.sample_size else "—",
                       findings.finding(notes, language, words), _level(notes, words)]
                      for paper, notes in shown]
        studies.blocks.append(Block(TABLE, header=list(words["table_header"]), rows=table_rows))
        rest = [fill(words["table_shows"] if certainty.people_studies > len(shown) else words["table_all"]),
                fill(words["table_note"])]
        studies.blocks.append(Block(PARAGRAPH, [_join(rest, language)]))
    kinds = [findings.count(units, key, n, language) for key, n in (
        ("lab_study", certainty.lab), ("review", certainty.reviews), ("other_paper", certainty.other)) if n]
    if kinds:
        listed = ("、".join(kinds) if language != "en" else
                  " and ".join([", ".join(kinds[:-1]), kinds[-1]] if len(kinds) > 1 else kinds))
        # Beside a table, "also"; alone, what was found, and that none of it tested people.
        template = words["counts"] if shown else words["counts_only"]
        studies.blocks.append(Block(PARAGRAPH, [_fill(template, {"kinds": listed, "condition": values["condition"]})]))
    elif not shown:
        studies.blocks.append(Block(PARAGRAPH, [situation]))
    sections.append(studies)

    sections.append(Section("unknown", heading["unknown"], [Block(PARAGRAPH, [
        _join([fill(p) for p in words["unknown"]], language)])]))

    harm_lines = _harm_lines(evidence, language, words)
    risks = Section("risks", heading["risks"])
    if harm_lines:
        risks.blocks += [Block(PARAGRAPH, [words["harms"]["intro"]]), Block(BULLETS, harm_lines)]
    risks.blocks.append(Block(PARAGRAPH, [fill(words["risks_general"])]))
    sections.append(risks)

    # The clinic's own list for the condition (Preferences) replaces the vocabulary's.
    clinic_lists = words.get("treatments", {})
    treatments = list(clinic_lists[condition.id] if condition.id in clinic_lists
                      else condition.treatments.get(language, ()))
    usual = Section("usual", heading["usual"])
    if treatments:
        usual.blocks += [Block(PARAGRAPH, [fill(words["usual_intro"])]), Block(BULLETS, treatments)]
    else:
        usual.blocks.append(Block(PARAGRAPH, [fill(words["usual_missing"])]))
    sections.append(usual)

    sections.append(Section("questions", heading["questions"], [Block(CHECKLIST, list(words["questions"]))]))
    get_help = words["get_help"]
    call = fill(get_help["call"] if values["contact"] else get_help["call_unknown"])
    help_lines = [_join([fill(get_help["signs"]), call], language), fill(get_help["emergency"])]
    sections.append(Section("help", heading["help"], [Block(PARAGRAPH, help_lines)]))

    regulation = words["regulation"]
    registration = regulation["registration_known"] if clinic.registration else regulation["registration_unknown"]
    paragraphs = [fill(p) for p in regulation["paragraphs"]]
    paragraphs[-1] = _join([paragraphs[-1], fill(registration)], language)
    sections.append(Section("regulation", heading["regulation"], [Block(PARAGRAPH, paragraphs)]))

    about = [clinic.interest.strip() or fill(words["interest_default" if values["clinic"] else "interest_unnamed"])]
    about.append(fill(words["approved"] if approved_by else words["not_approved"]))
    about.append(fill(words["made"] if values["clinic"] else words["made_unnamed"]))
    if values["contact"]:
        about.append(fill(words["feedback"]))
    sections.append(Section("about", heading["about"], [Block(PARAGRAPH, [_join(about, language)])]))

    return Part(
        language=language,
        title=fill(words["title"]),
        subtitle=fill(words["subtitle"] if values["clinic"] else words["subtitle_unnamed"]),
        sections=sections,
        picture=picture,
        draft_banner=words["draft_banner"],
        page_label=words["page"],
        references_heading=heading["references"],
        references=[vancouver(paper, most_authors=SHEET_AUTHORS) for paper, _ in shown],
        footer=" · ".join(p for p in (values["clinic"], values["produced"], f"v{version}") if p),
    )


# --- what a clinician must settle -----------------------------------------------


# Papers named one by one in what is left to settle; the rest are counted.
MAX_NAMED = 10


def _settle(evidence: _Evidence, clinic: Clinic) -> list[str]:
    """What the sheet's papers and the clinic's details leave to settle, whatever the table's length."""
    found = []
    if not clinic.name.strip():
        found.append("the clinic's name is not set (Preferences ▸ Clinic)")
    if not clinic.contact.strip():
        found.append("the clinic's contact (telephone) is not set (Preferences ▸ Clinic)")
    papers = []
    for paper, notes in evidence.printed:
        pending = [f for f in USED_FIELDS if f in notes.suggested]
        if pending:
            labels = ", ".join(NOTE_FIELD_LABELS[f] for f in pending)
            papers.append(f"{short_name(paper)}: suggested, not yet confirmed: {labels}")
        if designs.design_of(notes.study_design) is None:
            papers.append(f"{short_name(paper)}: no study design recorded")
    if len(papers) > MAX_NAMED:
        papers = papers[:MAX_NAMED - 1] + [f"and {len(papers) - MAX_NAMED + 1} more like these among the papers "
                                           "the sheet counts"]
    return found + papers


def _blockers(evidence: _Evidence, parts: list[Part], rows: int) -> list[str]:
    found = list(evidence.settle)
    for paper, notes in evidence.in_people[:rows]:
        if not notes.direction and not notes.summary_en:
            found.append(f"{short_name(paper)}: its result (direction) is not recorded")
        if notes.outcome and not findings.outcome_is_short(notes):
            found.append(f"{short_name(paper)}: the outcome is a sentence; name what was measured in a few words")
    for part in parts:
        for word in claims.claims_in("\n".join(part.printed_words())):
            found.append(f"the sheet uses the word {word!r}: a handout makes no such claim")
    return list(dict.fromkeys(found))


def _warnings(evidence: _Evidence, parts: list[Part]) -> list[str]:
    found = []
    borderline = [f"{short_name(paper)}: left out, borderline: {judged.reason}"
                  for paper, judged in evidence.excluded if judged.verdict == relevance.BORDERLINE]
    if len(borderline) > MAX_NAMED:
        borderline = borderline[:MAX_NAMED - 1] + [
            f"and {len(borderline) - MAX_NAMED + 1} more borderline papers, listed in the Handout window"]
    found += borderline
    off = sum(1 for _, j in evidence.excluded if j.verdict == relevance.OFF_TOPIC)
    if off:
        found.append(f"{off} paper(s) left out as off topic")
    if evidence.certainty.unclassified:
        found.append(f"{evidence.certainty.unclassified} paper(s) have no study design recorded")
    if not any(s.key == "condition" for p in parts for s in p.sections):
        found.append(f"the vocabulary has no description of {evidence.condition.en}")
    return found


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
    approved_by: str = "",
    certainty_override: str | None = None,
    texts: dict[str, dict] | None = None,
    rows: int = MAX_ROWS,
) -> Handout:
    """The handout's content for `condition` (an id, name or synonym).

    `entries` are the papers offered for the sheet with their notes; only those
    on topic are printed. Every sheet is a draft until a clinician approves it
    (`approved_by`), and approval is refused while any blocker remains: an
    unconfirmed note it rests on, a claim word, missing clinic details.
    `texts` replaces the fixed wording (e.g. the clinic's edited version).
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
    evidence = _sort_out(condition, entries, certainty_override)
    evidence.settle = _settle(evidence, clinic)
    evidence.papers_snapshot = {
        "paper_ids": [paper.id for paper, _ in evidence.printed],
        "papers": [{"id": paper.id, "reference": vancouver(paper)} for paper, _ in evidence.printed],
        "notes": [notes.to_dict() for _, notes in evidence.printed],
    }
    languages = ["en", "zh-Hant"] if language == "both" else [language]
    approver = approved_by.strip()

    def assemble(table_rows: int) -> Handout:
        table_rows = max(0, min(table_rows, MAX_ROWS))
        parts = [_part(lang, evidence, clinic, produced.isoformat(), review_by.isoformat(), version, "", texts,
                       table_rows) for lang in languages]
        blockers = _blockers(evidence, parts, table_rows)
        approved = bool(approver) and not blockers
        if approved:  # the same words, with the approver named
            parts = [_part(lang, evidence, clinic, produced.isoformat(), review_by.isoformat(), version, approver,
                           texts, table_rows) for lang in languages]
        warnings = list(blockers) + _warnings(evidence, parts)
        if approver and not approved:
            warnings.insert(0, f"not approved: {len(blockers)} thing(s) to settle first")
        shown = evidence.in_people[:table_rows]
        handout = Handout(
            condition=condition, language=language, parts=parts, certainty=evidence.certainty,
            draft=not approved, produced=produced.isoformat(), review_by=review_by.isoformat(), version=version,
            clinic=clinic, warnings=warnings, blockers=blockers, snapshot={},
            approved_by=approver if approved else "", excluded=evidence.excluded, rows=len(shown),
            _with_rows=assemble,
        )
        handout.snapshot = _snapshot(handout, evidence, languages, texts, certainty_override)
        return handout

    return assemble(rows)


def _snapshot(handout: Handout, evidence: _Evidence, languages: list[str], texts: dict | None,
              certainty_override: str | None) -> dict[str, Any]:
    return {
        "condition": handout.condition.id,
        "language": handout.language,
        "produced": handout.produced,
        "review_by": handout.review_by,
        "version": handout.version,
        "approved": not handout.draft,
        "approved_by": handout.approved_by,
        "certainty_override": certainty_override,
        "certainty": {"grade": evidence.certainty.grade, "direction": evidence.certainty.direction,
                      "reasons": list(evidence.certainty.reasons)},
        "clinic": dataclasses.asdict(handout.clinic),
        "rows": handout.rows,
        **evidence.papers_snapshot,
        "left_out": [{"id": paper.id, "verdict": judged.verdict, "reason": judged.reason}
                     for paper, judged in evidence.excluded],
        "texts_checked": {lang: (texts or {}).get(lang, fixed_texts.load(lang)).get("last_checked", "")
                          for lang in languages},
        "conditions_checked": vocabulary.last_checked(),
    }


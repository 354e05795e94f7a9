"""The records every part of ExoDesk passes around.

A `Paper` holds only what a source said (or what a person typed); a value a
source did not give stays empty and is listed in `missing` so a person can fill
it in. Nothing here knows about SQLite, Qt or any file format.
"""

from __future__ import annotations

import dataclasses
import json
import operator
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import orjson

# Where an abstract's text came from.
ORIGIN_SOURCE = "source"  # the source's own text
ORIGIN_MACHINE = "machine-translation"  # the source says a program translated it


@dataclass
class Author:
    family: str = ""
    given: str = ""
    # An organisation, or a name written in Chinese characters, kept whole.
    literal: str = ""

    def display(self) -> str:
        if self.literal:
            return self.literal
        return f"{self.family} {self.given}".strip()

    def natural(self) -> str:
        """As a page prints the name: "Hojjatollah Nazari"; initials stay last ("Dukharan V")."""
        if self.literal:
            return self.literal
        if self.given and not self.given.replace(".", "").replace(" ", "").isupper():
            return f"{self.given} {self.family}"
        return self.display()

    def sort_key(self) -> str:
        return (self.literal or self.family).casefold()


@dataclass
class Section:
    heading: str
    text: str


@dataclass
class Abstract:
    language: str  # "en", "zh-Hans", "zh-Hant" or another BCP 47 tag
    text: str
    sections: list[Section] = field(default_factory=list)
    origin: str = ORIGIN_SOURCE
    # The source's own words about the text, e.g. a machine-translation notice.
    notice: str = ""


@dataclass
class Provenance:
    """Where one field's value came from."""

    importer: str = ""
    part: str = ""  # which part of the page: "citation line", "embedded JSON"…
    file: str = ""  # the imported file's name
    by_person: bool = False


@dataclass
class Conflict:
    """Two sources disagree; the kept value stays until a person chooses."""

    field: str
    kept: Any
    other: Any
    other_source: str = ""


@dataclass
class Paper:
    title: str | None = None
    # Titles in other languages, keyed by language tag.
    titles: dict[str, str] = field(default_factory=dict)
    authors: list[Author] = field(default_factory=list)
    authors_truncated: bool = False  # the source cut the list short ("et al.")
    affiliations: list[str] = field(default_factory=list)
    journal: str | None = None
    journal_abbrev: str | None = None
    date: str | None = None  # ISO 8601 to the precision known: 2024, 2024-07, 2024-07-16
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None  # pages or article number
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    issn: str | None = None
    publisher: str | None = None
    publication_type: str | None = None
    language: str | None = None
    keywords: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    abstracts: list[Abstract] = field(default_factory=list)
    figure_captions: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    # Other facts a page gives, e.g. citation_count, impact_factor.
    extra: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Provenance] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    # Fields a person has edited: an import never overwrites them.
    edited: list[str] = field(default_factory=list)
    id: int | None = None

    @property
    def year(self) -> int | None:
        if self.date and _YEAR.match(self.date):
            return int(self.date[:4])
        return None

    @property
    def missing(self) -> list[str]:
        """Essential fields no source supplied, for a person to fill in."""
        gaps = []
        if not self.title:
            gaps.append("title")
        if not self.authors:
            gaps.append("authors")
        if self.year is None:
            gaps.append("year")
        if not (self.journal or self.journal_abbrev):
            gaps.append("journal")
        return gaps

    def abstract(self, language: str) -> Abstract | None:
        """The abstract in `language`; "zh" matches either Chinese script."""
        for abstract in self.abstracts:
            if abstract.language == language or (
                language == "zh" and abstract.language.startswith("zh")
            ):
                return abstract
        return None

    def first_author(self) -> str:
        return self.authors[0].display() if self.authors else ""

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data.pop("id")
        return data

    def to_json(self) -> str:
        """The JSON of to_dict() (spaced differently), written by orjson
        straight from the records: to_dict() would copy every part of the
        record first, and a large import writes thousands of records."""
        data = dict(zip(_PAPER_JSON_FIELDS, _paper_json_values(self), strict=True))
        return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS).decode()

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, id: int | None = None) -> Paper:
        data = dict(data)
        data.pop("id", None)
        data.pop("missing", None)
        known = {f.name for f in dataclasses.fields(cls)}
        paper = cls(**{k: v for k, v in data.items() if k in known})
        paper.authors = [Author(**a) for a in data.get("authors", [])]
        paper.abstracts = [
            Abstract(
                **{**a, "sections": [Section(**s) for s in a.get("sections", [])]}
            )
            for a in data.get("abstracts", [])
        ]
        paper.provenance = {
            k: Provenance(**v) for k, v in data.get("provenance", {}).items()
        }
        paper.conflicts = [Conflict(**c) for c in data.get("conflicts", [])]
        paper.id = id
        return paper


@dataclass(frozen=True)
class FieldRole:
    """What a field of a paper or of its notes is called, and what it takes part in."""

    label: str  # in English; the window translates it
    kind: str = "one"  # ONE value, a LIST of texts, or AUTHORS
    edit: bool = False  # the detail pane's form offers it
    look_up: bool = False  # an online record may fill it (lookup/complete.py)
    searched: bool = False  # its words go into the search index
    printed: bool = False  # a printed paper's notes show it
    sheet: bool = False  # the patient sheet reads it (a suggestion not yet confirmed is named)


ONE, LIST, AUTHORS = "one", "list", "authors"

# The fields of a paper a person reads, in the order they are read. The rest
# of a Paper (its abstracts, other titles, provenance…) has its own ways.
PAPER_FIELDS = {
    "title": FieldRole("Title", edit=True, look_up=True),
    "authors": FieldRole("Authors", AUTHORS, edit=True, look_up=True),
    "journal": FieldRole("Journal", edit=True, look_up=True, searched=True),
    "journal_abbrev": FieldRole("Journal abbreviation", look_up=True, searched=True),
    "date": FieldRole("Date", edit=True, look_up=True),
    "volume": FieldRole("Volume", edit=True, look_up=True),
    "issue": FieldRole("Issue", edit=True, look_up=True),
    "pages": FieldRole("Pages", edit=True, look_up=True),
    "doi": FieldRole("DOI", edit=True, look_up=True, searched=True),
    "pmid": FieldRole("PMID", edit=True, look_up=True),
    "pmcid": FieldRole("PMCID", edit=True, look_up=True),
    "issn": FieldRole("ISSN", look_up=True),
    "publisher": FieldRole("Publisher", look_up=True),
    "publication_type": FieldRole("Publication type", edit=True, look_up=True),
    "language": FieldRole("Language", look_up=True),
    "keywords": FieldRole("Keywords", LIST, edit=True, look_up=True, searched=True),
    "affiliations": FieldRole("Affiliations", LIST, look_up=True),
    "links": FieldRole("Links", LIST),
    "figure_captions": FieldRole("Figure captions", LIST),
    "references": FieldRole("References", LIST),
}

# The evidence fields a clinician records for a paper (the fields of Notes),
# as the notes editor, the handout's checks and a printed paper name them.
NOTE_FIELDS = {
    "study_design": FieldRole("Study design", searched=True, printed=True, sheet=True),
    "evidence_level": FieldRole("Evidence level", printed=True, sheet=True),
    "sample_size": FieldRole("Patients", printed=True, sheet=True),
    "conditions": FieldRole("Conditions", LIST, searched=True, printed=True, sheet=True),
    "intervention": FieldRole("Intervention", searched=True, sheet=True),
    "outcome": FieldRole("Outcome measured", searched=True, printed=True, sheet=True),
    "outcome_zh": FieldRole("Outcome (Chinese)", searched=True, sheet=True),
    "direction": FieldRole("Result", sheet=True),
    "responders": FieldRole("People with the outcome", sheet=True),
    "adverse_events": FieldRole("Adverse events", searched=True, printed=True, sheet=True),
    "summary_en": FieldRole("Plain summary (English)", searched=True, printed=True, sheet=True),
    "summary_zh": FieldRole("Plain summary (Chinese)", searched=True, printed=True, sheet=True),
    "free_notes": FieldRole("Notes", searched=True, printed=True),
    "tags": FieldRole("Tags", LIST, searched=True, printed=True),
}


def paper_fields(**wanted: object) -> tuple[str, ...]:
    """The names of the paper's fields with the roles asked for, in reading
    order: paper_fields(edit=True) is the detail pane's form."""
    return _having(PAPER_FIELDS, wanted)


def note_fields(**wanted: object) -> tuple[str, ...]:
    return _having(NOTE_FIELDS, wanted)


def _having(fields: dict[str, FieldRole], wanted: dict[str, object]) -> tuple[str, ...]:
    return tuple(name for name, role in fields.items() if all(getattr(role, k) == v for k, v in wanted.items()))


# What a study found for its main outcome, in the notes' `direction`.
IMPROVED = "improved"
NO_CLEAR_DIFFERENCE = "no clear difference"
WORSE = "worse"
NOT_TESTED = "not tested"  # a review, a protocol, a laboratory study: no result in people
DIRECTIONS = (IMPROVED, NO_CLEAR_DIFFERENCE, WORSE, NOT_TESTED)

# What each notes field is called wherever a person reads it: the window's
# notes editor (translated there) and the handout's checks on the command line.
NOTE_FIELD_LABELS = {name: role.label for name, role in NOTE_FIELDS.items()}


@dataclass
class Notes:
    study_design: str = ""
    evidence_level: str = ""
    # People who had the treatment (not planned, surveyed or pooled from other studies).
    sample_size: int | None = None
    conditions: list[str] = field(default_factory=list)  # condition ids
    # What the people (or animals, cells) were given, e.g. "MSC-derived exosomes".
    intervention: str = ""
    # What was measured, in a few plain words ("complete fistula closure"),
    # in English and in Chinese; never the authors' concluding sentence.
    outcome: str = ""
    outcome_zh: str = ""
    direction: str = ""  # one of DIRECTIONS
    # How many of the people had the outcome ("3" of sample_size 5), where given.
    responders: int | None = None
    # Harms as the paper reports them (evidence/harms.py reads and writes the
    # form): "not reported", "none reported", or "redness (3); infection (1)".
    adverse_events: str = ""
    summary_en: str = ""
    summary_zh: str = ""
    free_notes: str = ""
    tags: list[str] = field(default_factory=list)
    # Fields holding an unconfirmed suggestion, with the words that support it.
    suggested: dict[str, str] = field(default_factory=dict)
    updated: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        """The JSON of to_dict(), without its deep copy (the fields are plain
        values, lists and a dict): notes are written for each new paper."""
        return _NOTES_JSON.encode(vars(self))  # (json.dumps would make an encoder each call)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Notes:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def needs_review(self) -> bool:
        return bool(self.suggested)


# A paper's fields in its JSON, and a getter of all their values at once (in C).
# What Notes.to_json writes with: json.dumps(…, ensure_ascii=False), made once.
_NOTES_JSON = json.JSONEncoder(ensure_ascii=False)

_PAPER_JSON_FIELDS = tuple(f.name for f in dataclasses.fields(Paper) if f.name != "id")
_paper_json_values = operator.attrgetter(*_PAPER_JSON_FIELDS)


def fold_text(text: str | None) -> str:
    """NFC and single spaces: how two strings from different pages compare."""
    if not text:
        return ""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def title_key(title: str | None) -> str:
    """A title reduced to letters and digits, for matching duplicates."""
    if not title:
        return ""
    folded = unicodedata.normalize("NFKD", title.casefold())
    return _NOT_ALNUM.sub("", folded)


_YEAR = re.compile(r"\d{4}")
# What str.isalnum() rejects: \W is exactly "not alphanumeric, not _".
_NOT_ALNUM = re.compile(r"[\W_]+")

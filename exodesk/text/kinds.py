"""Kinds of publication as each bibliography format names them.

A paper's `publication_type` keeps the source's own words ("Review",
"Journal Article", "Book Chapter"); this table turns a format's kind code
into such words on import and picks the code to write on export. A type
that is not a kind ("Review", "Clinical Trial") is read by its words
(`kind_of`): "Book Chapter" is a book section, "PhD dissertation" a thesis,
and anything else a journal article.

Each format's own code decides the kind (`described_kind`): a producer's
description of the work (CSL `genre`, RIS `M3`, EndNote `work-type`) is
kept only when it describes that same kind, so a thesis never becomes a
journal article because its genre says "PhD dissertation".
"""

from __future__ import annotations

import re

FORMATS = ("csl", "ris", "bibtex", "endnote", "medline")

# label: the code each format writes (first) and others it is read from.
# EndNote XML also names its types (<ref-type name="Electronic Article">):
# the names are listed after the numbers. MEDLINE's publication types are
# read, never written (ExoDesk does not export MEDLINE).
KINDS = {
    "Journal Article": {"csl": ["article-journal", "review", "review-book"],
                        "ris": ["JOUR", "EJOUR", "JFULL", "INPR", "ABST"],
                        "bibtex": ["article"], "endnote": ["17", "43", "Electronic Article"],
                        "medline": ["Journal Article"]},
    "Magazine Article": {"csl": ["article-magazine"], "ris": ["MGZN"], "bibtex": ["article"], "endnote": ["19"]},
    "Newspaper Article": {"csl": ["article-newspaper"], "ris": ["NEWS"], "bibtex": ["article"], "endnote": ["23"],
                          "medline": ["Newspaper Article"]},
    "Book": {"csl": ["book", "classic", "collection"], "ris": ["BOOK", "EBOOK", "EDBOOK", "CLSWK"],
             "bibtex": ["book", "mvbook", "collection", "mvcollection", "booklet", "manual"],
             "endnote": ["6", "28", "44", "Edited Book", "Electronic Book"], "medline": ["Book"]},
    "Book Section": {"csl": ["chapter"], "ris": ["CHAP", "ECHAP"],
                     "bibtex": ["incollection", "inbook", "bookinbook", "suppbook", "suppcollection"],
                     "endnote": ["5", "60", "Electronic Book Section"]},
    "Encyclopedia Entry": {"csl": ["entry-encyclopedia", "entry-dictionary", "entry"], "ris": ["ENCYC", "DICT"],
                           "bibtex": ["inreference"], "endnote": ["53", "52", "Encyclopedia", "Dictionary"]},
    "Conference Paper": {"csl": ["paper-conference"], "ris": ["CPAPER"], "bibtex": ["inproceedings", "conference"],
                         # (NLM's "Consensus Development Conference" is an article reporting one)
                         "endnote": ["47"], "medline": ["Congress"]},
    "Conference Proceedings": {"csl": ["event"], "ris": ["CONF"], "bibtex": ["proceedings", "mvproceedings"],
                               "endnote": ["10"]},
    "Thesis": {"csl": ["thesis"], "ris": ["THES"], "bibtex": ["phdthesis", "mastersthesis", "thesis"], "endnote": ["32"],
               "medline": ["Academic Dissertation"]},
    "Report": {"csl": ["report"], "ris": ["RPRT", "GOVDOC"], "bibtex": ["techreport", "report"],
               "endnote": ["27", "46", "Government Document"], "medline": ["Technical Report"]},
    "Patent": {"csl": ["patent"], "ris": ["PAT"], "bibtex": ["patent"], "endnote": ["25"]},
    "Web Page": {"csl": ["webpage", "post", "post-weblog"], "ris": ["ELEC", "BLOG", "WEB"],
                 "bibtex": ["online", "electronic", "www"], "endnote": ["12", "57", "Blog"], "medline": ["Webcast"]},
    "Preprint": {"csl": ["article"], "ris": ["UNPB", "MANSCPT"], "bibtex": ["unpublished"], "endnote": ["34", "36", "Manuscript"],
                 "medline": ["Preprint"]},
    "Dataset": {"csl": ["dataset"], "ris": ["DATA", "DBASE", "AGGR"], "bibtex": ["dataset"], "endnote": ["59"],
                "medline": ["Dataset"]},
    "Software": {"csl": ["software"], "ris": ["COMP"], "bibtex": ["software"], "endnote": ["9", "Computer Program"]},
    "Generic": {"csl": ["document"], "ris": ["GEN"], "bibtex": ["misc"], "endnote": ["13"]},
}
_READ = {
    fmt: {code.casefold(): label for label, codes in KINDS.items() for code in reversed(codes.get(fmt, []))}
    for fmt in FORMATS
}
# A journal article is what the formats' shared codes ("article") mean first.
for _fmt in FORMATS:
    _READ[_fmt][KINDS["Journal Article"][_fmt][0].casefold()] = "Journal Article"
# EndNote names its types as the kinds are named here ("%0 Book Section" in
# its tagged export), as well as by number.
for _label in KINDS:
    _READ["endnote"].setdefault(_label.casefold(), _label)

# A source's own words for a kind ("Book Chapter" is a book section),
# matched as whole words in its description.
_WORDS = [
    (re.compile(r"\b(?:thesis|dissertation)\b", re.I), "Thesis"),
    (re.compile(r"\b(?:book chapter|chapter|book section)\b", re.I), "Book Section"),
    (re.compile(r"\b(?:edited book|monograph|book)\b", re.I), "Book"),
    (re.compile(r"\b(?:conference paper|proceedings paper|conference abstract)\b", re.I), "Conference Paper"),
    (re.compile(r"\b(?:conference proceedings|proceedings)\b", re.I), "Conference Proceedings"),
    (re.compile(r"\b(?:technical report|report|working paper|white paper)\b", re.I), "Report"),
    (re.compile(r"\b(?:preprint|manuscript)\b", re.I), "Preprint"),
    (re.compile(r"\b(?:data ?set)\b", re.I), "Dataset"),
    (re.compile(r"\bpatent\b", re.I), "Patent"),
    (re.compile(r"\bnewspaper\b", re.I), "Newspaper Article"),
    (re.compile(r"\b(?:web ?page|website|blog post)\b", re.I), "Web Page"),
]
# Article types that name those words but are articles ("Case Reports",
# "Book Review"): the words above are not read in them.
_ARTICLE_WORDS = re.compile(r"\b(?:case reports?|reviews?|review article|letter|editorial|comment)\b", re.I)


def kind_label(code: str | None, fmt: str, *, unknown: str | None = "Generic") -> str | None:
    """"JOUR" (ris), "article-journal" (csl), "17" (endnote) -> "Journal Article".
    A code the format does not define is a generic work (never a journal
    article by default), or `unknown`; no code, None."""
    if not code or not code.strip():
        return None
    return _READ[fmt].get(code.strip().casefold(), unknown)


def kind_of(publication_type: str | None) -> str:
    """The kind a paper's type names: a kind itself, or read from its words."""
    if publication_type in KINDS:
        return publication_type
    if publication_type and not _ARTICLE_WORDS.search(publication_type):
        for words, kind in _WORDS:
            if words.search(publication_type):
                return kind
    return "Journal Article"


def described_kind(code: str | None, fmt: str, description: str | None = None) -> str | None:
    """The type of a record whose format names its kind (`code`) and may
    describe it more closely (`description`, e.g. "Review" for a journal
    article): the description when it is of that kind, else the kind."""
    kind = kind_label(code, fmt)
    description = (description or "").strip()
    if description and (kind is None or kind_of(description) == kind):
        return description
    return kind


def kind_code(publication_type: str | None, fmt: str) -> str:
    """The code `fmt` writes for a paper's type (its kind, read from its words)."""
    return KINDS[kind_of(publication_type)][fmt][0]


def is_kind(publication_type: str | None) -> bool:
    """True when the type names only a kind, which a format's code carries."""
    return publication_type in KINDS


def medline_kind(types: list[str]) -> str | None:
    """The type of a MEDLINE record (its PTs, or PubMed's PublicationTypeList):
    the kind of work a type names ("Technical Report", "Congress"), else the
    most specific type of article ("Review" rather than "Journal Article")."""
    for value in types:
        kind = kind_label(value, "medline", unknown=None)
        if kind and kind != "Journal Article":
            return described_kind(value, "medline", value)
    specific = [t for t in types if t.lower() not in _GENERIC_TYPES and not t.startswith("Research Support")]
    return specific[0] if specific else (types[0] if types else None)


# Publication types that say nothing about the study itself.
_GENERIC_TYPES = {"journal article", "english abstract", "comment", "news"}

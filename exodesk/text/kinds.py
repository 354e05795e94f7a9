"""Kinds of publication as each bibliography format names them.

A paper's `publication_type` keeps the source's own words ("Review",
"Journal Article", "Original Article"); this table turns a format's kind code
into such words on import and picks the code to write on export. Types that
are not in the table ("Review", "Clinical Trial") are journal articles.
"""

from __future__ import annotations

FORMATS = ("csl", "ris", "bibtex", "endnote")

# label: the code each format writes (first) and others it is read from.
KINDS = {
    "Journal Article": {"csl": ["article-journal"], "ris": ["JOUR", "EJOUR", "JFULL"], "bibtex": ["article"], "endnote": ["17"]},
    "Magazine Article": {"csl": ["article-magazine"], "ris": ["MGZN"], "bibtex": ["article"], "endnote": ["19"]},
    "Book": {"csl": ["book"], "ris": ["BOOK", "EBOOK", "EDBOOK"], "bibtex": ["book"], "endnote": ["6"]},
    "Book Section": {"csl": ["chapter"], "ris": ["CHAP", "ECHAP"], "bibtex": ["incollection", "inbook"], "endnote": ["5"]},
    "Conference Paper": {"csl": ["paper-conference"], "ris": ["CPAPER", "CONF"], "bibtex": ["inproceedings", "conference"], "endnote": ["47", "10"]},
    "Thesis": {"csl": ["thesis"], "ris": ["THES"], "bibtex": ["phdthesis", "mastersthesis", "thesis"], "endnote": ["32"]},
    "Report": {"csl": ["report"], "ris": ["RPRT"], "bibtex": ["techreport", "report"], "endnote": ["27"]},
    "Web Page": {"csl": ["webpage"], "ris": ["ELEC"], "bibtex": ["online"], "endnote": ["12"]},
    "Preprint": {"csl": ["article"], "ris": ["UNPB"], "bibtex": ["unpublished"], "endnote": ["34"]},
    "Dataset": {"csl": ["dataset"], "ris": ["DATA"], "bibtex": ["dataset"], "endnote": ["59"]},
    "Generic": {"csl": ["document"], "ris": ["GEN"], "bibtex": ["misc"], "endnote": ["13"]},
}
_READ = {
    fmt: {code.casefold(): label for label, codes in KINDS.items() for code in reversed(codes[fmt])}
    for fmt in FORMATS
}
# A journal article is what the formats' shared codes ("article") mean first.
for _fmt in FORMATS:
    _READ[_fmt][KINDS["Journal Article"][_fmt][0].casefold()] = "Journal Article"


def kind_label(code: str | None, fmt: str) -> str | None:
    """"JOUR" (ris), "article-journal" (csl), "17" (endnote) -> "Journal Article"."""
    if not code:
        return None
    return _READ[fmt].get(code.strip().casefold())


def kind_code(publication_type: str | None, fmt: str) -> str:
    """The code `fmt` writes for a paper's type; other types are journal articles."""
    codes = KINDS.get(publication_type or "", KINDS["Journal Article"])
    return codes[fmt][0]


def is_kind(publication_type: str | None) -> bool:
    """True when the type names only a kind, which a format's code carries."""
    return publication_type in KINDS

"""Export to a format, import the text again: every field the format carries survives."""

from __future__ import annotations

from pathlib import Path

import bibtexparser
import pytest
import rispy

from exodesk.export import EXPORTERS, SUFFIXES
from exodesk.importers import Source, choose
from exodesk.model import Paper, fold_text
from exodesk.text.kinds import kind_code
from export.papers import all_papers, read, sample_files

COMMON = [
    "title", "journal", "journal_abbrev", "date", "volume", "issue", "pages",
    "doi", "pmid", "pmcid", "issn", "publisher", "language", "keywords",
]


def _kind(paper: Paper) -> str:
    """RIS and CSL must name a type: a paper without one is written as a journal article."""
    return paper.publication_type or "Journal Article"


def _abstracts(paper: Paper):
    """Every abstract: the main one in its field, the others (Chinese) where the format has room."""
    return [(a.language, fold_text(a.text)) for a in paper.abstracts]


def _told_apart(paper: Paper):
    """RIS names no language for TT and N2: it is seen again in the text,
    which tells Chinese from English, so other titles come back whatever
    language they are in, and abstracts in Chinese."""
    main = paper.abstracts[:1]
    chinese = [a for a in paper.abstracts[1:] if a.language.startswith("zh")]
    return sorted(paper.titles.values()), [(a.language, fold_text(a.text)) for a in main + chinese]


def _authors(paper: Paper):
    """Names as the formats carry them: initials are written without full stops."""
    return [(a.family, a.given.replace(".", "").strip(), a.literal) for a in paper.authors]


# What each format carries, as a projection of a paper.
CARRIED = {
    "ris": lambda p: {
        **{f: getattr(p, f) for f in COMMON + ["links", "affiliations"]},
        "authors": _authors(p),
        "publication_type": _kind(p),
        "titles and abstracts": _told_apart(p),
    },
    "bibtex": lambda p: {
        **{f: getattr(p, f) for f in COMMON + ["authors_truncated"]},
        "authors": _authors(p),
        "kind": kind_code(p.publication_type, "bibtex"),
        "abstracts": _abstracts(p),
        "titles": p.titles,
        "link": p.links[:1],
    },
    "csl-json": lambda p: {
        **{f: getattr(p, f) for f in COMMON},
        "authors": _authors(p),
        "publication_type": _kind(p),
        "abstracts": _abstracts(p),
        "titles": p.titles,
        "link": p.links[:1],
    },
}


def reimport(text: str, fmt: str) -> tuple[str, list[Paper]]:
    source = Source(path=Path("exported" + SUFFIXES[fmt]), data=text.encode("utf-8"))
    importer, _score, errors = choose(source)
    assert not errors
    parsed = importer.parse(source)
    assert parsed.problems == []
    return importer.NAME, parsed.papers


@pytest.mark.parametrize("fmt", sorted(CARRIED))
@pytest.mark.parametrize("path", sample_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_export_then_import_gives_the_same_papers(path, fmt):
    papers = read(path)
    name, again = reimport(EXPORTERS[fmt](papers), fmt)
    assert name == fmt
    project = CARRIED[fmt]
    assert [project(p) for p in again] == [project(p) for p in papers]


def test_reference_parsers_read_our_ris_and_bibtex_without_error():
    papers = all_papers()
    entries = rispy.loads(EXPORTERS["ris"](papers))
    assert [e.get("title") for e in entries] == [p.title for p in papers]
    library = bibtexparser.parse_string(EXPORTERS["bibtex"](papers))
    assert library.failed_blocks == []
    assert len(library.entries) == len(papers)
    assert len({e.key for e in library.entries}) == len(papers)

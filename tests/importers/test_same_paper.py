"""A PubMed page and a plain-text copy of the same paper meet in the library.

They share no title or author line (the plain text has neither), so the DOI
is what lets the library recognise them as one paper.
"""

from pathlib import Path

from exodesk.importers import Source, choose
from exodesk.library.merge import LOOKUP_COLUMNS, match_keys, merge

HERE = Path(__file__).parent
PUBMED_PAGE = HERE / "fixtures" / "pubmed-text" / "phase1-trial-full-authors.txt"
PLAIN_TEXT = HERE / "same_paper" / "goac075-plain-text.txt"


def read(path):
    source = Source(path=path, data=path.read_bytes())
    importer, _score, _errors = choose(source)
    (paper,) = importer.parse(source).papers
    return importer.NAME, paper


def test_both_copies_give_the_same_identifier_and_citation():
    (page_reader, page), (plain_reader, plain) = read(PUBMED_PAGE), read(PLAIN_TEXT)
    assert (page_reader, plain_reader) == ("pubmed-text", "plain-text")
    shared = [key for key in match_keys(page) if key in match_keys(plain) and key[0] in LOOKUP_COLUMNS]
    assert shared == [("doi", "10.1093/gastro/goac075")]
    citation = lambda p: (p.date, p.volume, p.issue, p.pages)  # noqa: E731
    assert citation(page) == citation(plain) == ("2022-12-09", "10", None, "goac075")


def test_merging_them_keeps_both_sides_without_conflict():
    (_, page), (_, plain) = read(PUBMED_PAGE), read(PLAIN_TEXT)
    merged, learned = merge(page, plain, source=PLAIN_TEXT.name)
    assert learned
    assert merged.conflicts == []
    assert (merged.pmid, merged.pmcid, len(merged.authors)) == ("36518984", "PMC9733972", 13)
    assert [a.language for a in merged.abstracts] == ["en", "zh-Hans"]

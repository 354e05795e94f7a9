"""Behaviour of the PubMed-page and repository-record readers beyond their golden records."""

import dataclasses
import re
import sys
from pathlib import Path

import pytest

from exodesk.importers import Refused, Source, digital_commons, pubmed_text
from exodesk.model import Paper

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted((FIXTURES / "pubmed-text").glob("*.txt")) + sorted((FIXTURES / "digital-commons").glob("*.txt"))


def source_of(text: str) -> Source:
    return Source(path=Path("copied.txt"), data=text.encode("utf-8"))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_value_read_says_where_it_came_from(path):
    importer = pubmed_text if path.parent.name == "pubmed-text" else digital_commons
    (paper,) = importer.parse(Source(path=path, data=path.read_bytes())).papers
    empty = Paper()
    filled = {
        f.name for f in dataclasses.fields(Paper)
        if f.name not in ("abstracts", "extra", "provenance") and getattr(paper, f.name) != getattr(empty, f.name)
    }
    filled |= {f"abstract:{a.language}" for a in paper.abstracts}
    assert filled - paper.provenance.keys() == set()
    assert {p.importer for p in paper.provenance.values()} == {importer.NAME}


def test_the_seed_page_takes_its_first_author_from_the_short_citation():
    path = ROOT / "seeds" / "001_a27a7916ec650d4d.txt"
    (paper,) = pubmed_text.parse(Source(path=path, data=path.read_bytes())).papers
    assert (paper.provenance["authors"].part, paper.provenance["journal_abbrev"].part) == (
        "short citation", "short citation",
    )


def test_similar_articles_and_cited_by_do_not_lend_their_identifiers():
    path = FIXTURES / "pubmed-text" / "phase1-trial-full-authors.txt"
    text = path.read_text(encoding="utf-8").replace("    PMID: 36518984\n", "")
    (paper,) = pubmed_text.parse(source_of(text)).papers
    assert paper.pmid is None  # 31196179 and 37584041 belong to other papers


def test_a_citation_line_below_the_first_lines_detection_looks_at_is_still_read():
    path = FIXTURES / "pubmed-text" / "phase1-trial-full-authors.txt"
    text = path.read_text(encoding="utf-8")
    menu = "".join(f"Menu entry {n}\n" for n in range(250))
    (expected,) = pubmed_text.parse(source_of(text)).papers
    (paper,) = pubmed_text.parse(source_of(menu + text)).papers
    assert (paper.title, paper.date, paper.volume, paper.pages, paper.doi, paper.pmid) == (
        expected.title, expected.date, expected.volume, expected.pages, expected.doi, expected.pmid)


def test_the_link_labels_characters_hold_every_white_space_their_pattern_takes():
    white_space = {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}
    assert white_space == {c for c in white_space if re.fullmatch(r"\s", c)}
    assert set(pubmed_text._LINK_LABEL_CHARACTERS) == white_space | set("-" + "".join(pubmed_text._LINK_NAMES))


@pytest.mark.parametrize("entry", [
    "Nat Commun. 2010;14(1):996. doi: 10.8815/exo.1.1. - DOI - PMC - PubMed",
    "J Dermatol. 2019;46:1-9. -\u00a0DOI -\tPubMed Central\n",
    "Cells. 2021;10:1. - DOI - Google Scholar - PubMedx",
    "Stem Cells - PMC study. 2020. - PubMed",
])
def test_link_labels_are_taken_off_an_entry_as_a_search_through_it_would(entry):
    assert pubmed_text._without_link_labels(entry) == pubmed_text._LINK_LABELS.sub("", entry)


def test_an_erratum_is_reported():
    path = FIXTURES / "pubmed-text" / "case-report-erratum.txt"
    parsed = pubmed_text.parse(Source(path=path, data=path.read_bytes()))
    assert any("erratum" in w for w in parsed.warnings)


def test_a_citation_line_and_abstract_alone_are_not_a_pubmed_page():
    path = ROOT / "seeds" / "000_26b6546fa351b04c.txt"
    assert pubmed_text.detect(Source(path=path, data=path.read_bytes())) == 0.0


def test_pubmed_words_in_running_text_are_not_a_pubmed_page():
    text = "We searched PubMed and Cited by counts.\nSimilar articles were excluded.\nAbstract\nNone."
    assert pubmed_text.detect(source_of(text)) < 0.5


def test_a_pubmed_page_without_a_citation_line_is_refused():
    with pytest.raises(Refused):
        pubmed_text.parse(source_of("Skip to main page content\nAbstract\nSimilar articles\nCited by\n"))


def test_labels_alone_without_a_repository_record_score_low():
    text = "Abstract\nExosomes are vesicles.\nKeywords\nexosomes\nDOI\n10.1111/jocd.16761\n"
    assert digital_commons.detect(source_of(text)) < 0.5


def test_a_record_with_neither_title_nor_doi_is_refused():
    text = "Document Type\nArticle\nPublication Date\n1-10-2025\nDisciplines\nDermatology\nISSN\n1473-2165\n"
    with pytest.raises(Refused):
        digital_commons.parse(source_of(text))


def test_the_authors_field_splits_where_the_citation_puts_the_family_name():
    text = (
        "Authors\nDaniela Gutierrez Mendoza, Hospital General de México\nJosé Ramón García Lira\n"
        "Document Type\nArticle\nRecommended Citation\n"
        "Gutierrez Mendoza D, García Lira JR. Exosomes in melasma. Dermatol Surg. 2024;50(2):101-105.\n"
    )
    (paper,) = digital_commons.parse(source_of(text)).papers
    assert [(a.family, a.given) for a in paper.authors] == [
        ("Gutierrez Mendoza", "Daniela"), ("García Lira", "José Ramón"),
    ]
    assert (paper.affiliations, paper.journal_abbrev, paper.pages) == (
        ["Hospital General de México"], "Dermatol Surg", "101-105",
    )


def test_names_without_affiliation_numbers_are_read_only_below_the_title():
    page = (
        "Review\n. 2022 May;21(5):1820-1828.\ndoi: 10.1111/jocd.14901.\n\n"
        "Exosomes And Skin Rejuvenation\n\nMin Jung Kim, Ji Hoon Park\n\n"
        "Exosomes And Skin Rejuvenation\n\nMin Jung Kim et al. J Cosmet Dermatol. 2022.\n\n"
        "Abstract\n\nExosomes are discussed.\n\nPubMed Disclaimer\n\nSimilar articles\n\nCited by\n"
    )
    (paper,) = pubmed_text.parse(source_of(page)).papers
    assert ([(a.family, a.given) for a in paper.authors], paper.authors_truncated) == (
        [("Kim", "Min Jung"), ("Park", "Ji Hoon")], False,
    )
    without_names = page.replace("Min Jung Kim, Ji Hoon Park\n", "")
    (paper,) = pubmed_text.parse(source_of(without_names)).papers
    assert ([(a.family, a.given) for a in paper.authors], paper.authors_truncated) == ([("Kim", "Min Jung")], True)


@pytest.mark.parametrize("seed", ["001_a27a7916ec650d4d.txt", "002_91fcd783b8894b3b.txt"])
def test_a_copy_saved_by_windows_notepad_reads_the_same(seed):
    """Notepad's "Unicode" is UTF-16 with a BOM and CRLF line ends."""
    path = ROOT / "seeds" / seed
    text = path.read_text(encoding="utf-8")
    windows = Source(path=path, data=text.replace("\n", "\r\n").encode("utf-16"))
    original = Source(path=path, data=path.read_bytes())
    importer = pubmed_text if seed.startswith("001") else digital_commons
    assert importer.detect(windows) == importer.detect(original) == 0.9
    assert importer.parse(windows).papers == importer.parse(original).papers

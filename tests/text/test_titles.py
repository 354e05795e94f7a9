"""Titles are cleaned one way, whichever reader finds them."""

from pathlib import Path

import pytest
from first_page import write_first_page
from importers.golden import read

from exodesk.text.titles import clean_title

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Reply to Li et al. | Aesthetic Surgery Journal</title>
<meta name="citation_title" content="Reply to Li et al.">
<meta name="citation_author" content="Costa, Maria">
<meta name="citation_journal_title" content="Aesthetic Surgery Journal">
<meta name="citation_publication_date" content="2024/03/02">
<meta name="citation_doi" content="10.1093/asj/sjad123">
</head><body><h1>Reply to Li et al.</h1><p>We thank Li and colleagues for their letter.</p></body></html>
"""
RIS = """TY  - JOUR
TI  - Reply to Li et al.
AU  - Costa, Maria
JO  - Aesthetic Surgery Journal
PY  - 2024
DO  - 10.1093/asj/sjad123
ER  -
"""


@pytest.mark.parametrize(("text", "expected"), [
    ("Exosomes in skin repair.", "Exosomes in skin repair"),
    ("Reply to Li et al.", "Reply to Li et al."),
    ("Exosomes and more...", "Exosomes and more..."),
    ("  <i>In vitro</i>\u00a0study  of  MSC-EVs. ", "In vitro study of MSC-EVs"),
    ("", None),
    (None, None),
])
def test_a_title_loses_the_stop_citations_add_but_not_an_abbreviations(text, expected):
    assert clean_title(text) == expected


def pubmed_page_text() -> str:
    """A PubMed abstract page copied as text, its title one that ends in "et al."."""
    page = (Path(__file__).parents[1] / "importers/fixtures/pubmed-text/case-report-erratum.txt").read_text(encoding="utf-8")
    old = "\nGranulomatous facial reaction after microneedling with a commercial exosome serum: a case report\n"
    assert page.count(old) == 1
    return page.replace(old, "\nReply to Li et al.\n")


def test_a_web_page_a_ris_file_and_a_pubmed_page_store_a_title_ending_in_et_al_alike(tmp_path):
    titles = {}
    for name, text in (("reply.html", PAGE), ("reply.ris", RIS), ("reply.txt", pubmed_page_text())):
        (tmp_path / name).write_text(text, encoding="utf-8")
    write_first_page(tmp_path / "reply.pdf", journal_line="Aesthet Surg J. 2024;44(3):310-311.", title="Reply to Li et al.")
    for path in sorted(tmp_path.iterdir()):
        importer, record = read(path)
        titles[importer] = record["papers"][0]["title"]
    assert titles == dict.fromkeys(("html-meta", "ris", "pubmed-text", "pdf"), "Reply to Li et al.")

"""A paper's language is stored as its ISO 639-1 code, however a source names it."""

import pytest

from exodesk.library import import_paths
from exodesk.text.languages import language_tag

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Exossomos na cicatrização de feridas</title>
<meta name="citation_title" content="Exosomes in wound healing: a review">
<meta name="citation_author" content="Costa, Maria">
<meta name="citation_journal_title" content="Revista Brasileira de Cirurgia Plástica">
<meta name="citation_publication_date" content="2023">
<meta name="citation_doi" content="10.5935/2177-1235.2023rbcp0101">
<meta name="citation_language" content="{language}">
</head><body><h1>Exosomes in wound healing: a review</h1></body></html>
"""
RIS = """TY  - JOUR
TI  - Exosomes in wound healing: a review
AU  - Costa, Maria
JO  - Revista Brasileira de Cirurgia Plástica
PY  - 2023
DO  - 10.5935/2177-1235.2023rbcp0101
LA  - pt
ER  -
"""


@pytest.mark.parametrize("language", ["Portuguese", "por", "PT"])
def test_a_page_and_a_ris_file_in_portuguese_merge_as_pt_without_a_conflict(new_library, tmp_path, language):
    page, ris = tmp_path / "page.html", tmp_path / "record.ris"
    page.write_text(PAGE.format(language=language), encoding="utf-8")
    ris.write_text(RIS, encoding="utf-8")
    with new_library as library:
        results = import_paths(library, [page, ris])
        assert [r.status for r in results] == ["imported", "merged"]
        paper = library.get(results[0].paper_ids[0])
    assert (paper.language, paper.conflicts) == ("pt", [])


@pytest.mark.parametrize(("written", "tag"), [
    ("English", "en"), ("eng", "en"), ("en", "en"), ("Chinese", "zh"), ("中文", "zh"), ("zh-CN", "zh-CN"),
    ("Portuguese", "pt"), ("Polish", "pl"), ("Dutch", "nl"), ("Turkish", "tr"), ("Arabic", "ar"),
    ("Persian", "fa"), ("Klingon", None), ("", None),
])
def test_names_and_codes_of_a_language_give_its_tag(written, tag):
    assert language_tag(written) == tag

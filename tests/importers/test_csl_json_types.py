"""CSL-JSON `type` names the kind of work; `genre` only describes it."""

import json
from pathlib import Path

from exodesk.importers import Source, choose
from exodesk.text.kinds import kind_code


def read(items: list[dict]):
    source = Source(path=Path("items.json"), data=json.dumps(items).encode())
    importer, _score, _errors = choose(source)
    assert importer is not None and importer.NAME == "csl-json"
    return importer.parse(source)


ITEMS = [
    {"type": "thesis", "genre": "Master's thesis", "title": "Exosomes in acne scars", "issued": {"date-parts": [[2021]]}},
    {"type": "report", "genre": "Article", "title": "Safety of MSC products", "issued": {"date-parts": [[2022]]}},
    {"type": "article-journal", "genre": "Review", "title": "Exosomes in skin", "container-title": "Cells"},
    {"type": "chapter", "genre": "Journal Article", "title": "Vesicles", "container-title": "A handbook"},
    {"type": "patent", "title": "Exosome composition", "issued": {"date-parts": [[2019]]}},
    {"type": "speech", "title": "A talk on exosomes"},
]


def test_type_wins_and_genre_stays_only_as_a_closer_description():
    types = [paper.publication_type for paper in read(ITEMS).papers]
    assert types == ["Master's thesis", "Report", "Review", "Book Section", "Patent", "Generic"]


def test_each_paper_exports_as_the_kind_its_file_said():
    papers = read(ITEMS).papers
    assert [kind_code(p.publication_type, "csl") for p in papers] == [
        "thesis", "report", "article-journal", "chapter", "patent", "document"]
    assert [kind_code(p.publication_type, "ris") for p in papers] == ["THES", "RPRT", "JOUR", "CHAP", "PAT", "GEN"]


def test_html_left_in_titles_and_abstracts_is_read_as_text():
    parsed = read([{"type": "article-journal", "title": "Exosomes <i>in vitro</i> raise CD63<sup>+</sup> counts",
                    "abstract": "<jats:title>Background</jats:title><jats:p>H<sub>2</sub>O<sub>2</sub> damage "
                                "fell.</jats:p><jats:title>Conclusions</jats:title><jats:p>Safe &amp; well tolerated."
                                "</jats:p>"}])
    paper = parsed.papers[0]
    assert paper.title == "Exosomes in vitro raise CD63⁺ counts"
    assert paper.abstracts[0].text == "Background: H₂O₂ damage fell.\nConclusions: Safe & well tolerated."

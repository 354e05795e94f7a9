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

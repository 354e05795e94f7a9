"""A CSL-JSON list damaged in one item still gives the others, each bad item reported."""

from pathlib import Path

from exodesk.importers import Source, choose

DAMAGED = """\ufeff[
  {
    "id": "zhang2015",
    "type": "article-journal",
    "title": "HucMSC-exosome mediated-Wnt4 signaling is required for cutaneous wound healing",
    "author": [
      {"family": "Zhang", "given": "Bin"}
    ],
    "issued": {"date-parts": [[2015, 7]]}
  },
  {
    "id": "hand-edited",
    "type": "article-journal",
    "title": "A title with "quotes" typed by hand",
    "issued": {"date-parts": [[2021]]}
  },
  {
    "id": "ha2020",
    "type": "article-journal",
    "title": "Mesenchymal stem/stromal cell-derived exosomes for skin regeneration",
    "DOI": "10.3390/cells9051157"
  },
  {
    "id": "cut",
    "type": "article-jour"""


def chosen(text: str):
    source = Source(path=Path("items.json"), data=text.encode("utf-8"))
    importer, _score, _errors = choose(source)
    assert importer is not None and importer.NAME == "csl-json"
    return importer, source


def test_items_around_a_damaged_one_are_read_and_each_damaged_one_reported():
    importer, source = chosen(DAMAGED)
    parsed = importer.parse(source)
    assert [p.title for p in parsed.papers] == [
        "HucMSC-exosome mediated-Wnt4 signaling is required for cutaneous wound healing",
        "Mesenchymal stem/stromal cell-derived exosomes for skin regeneration"]
    assert [(p.number, p.reason.split(" (")[0]) for p in parsed.problems] == [
        (2, "its JSON is damaged"), (4, "its JSON is damaged")]


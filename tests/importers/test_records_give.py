"""Record.give: how every reader sets a field, with where the value came from."""

from exodesk.importers.records import Record
from exodesk.model import Author, Paper, Provenance


def test_the_first_value_stays_unless_a_reader_replaces_it_and_provenance_follows_the_value():
    record = Record("ris")
    assert record.give("title", "Exosomes in skin", "TI") is True
    assert record.give("title", "Another title", "T1") is False
    assert record.give("journal", "", "T2") is False and record.give("keywords", [], "KW") is False
    assert record.give("title", "Exosomes in skin: a review", "ST", replace=True) is True
    assert record.give("title", None, "TT", replace=True) is False
    assert (record.paper.title, record.paper.journal) == ("Exosomes in skin: a review", None)
    assert record.paper.provenance == {"title": Provenance(importer="ris", part="ST")}


def test_a_reader_can_fill_a_paper_it_already_holds():
    paper = Paper(title="From the embedded metadata", authors=[Author(family="Ha", given="Dae Hyun")])
    record = Record("pubmed-html", paper)
    record.give("title", "From the page heading", "h1", replace=True)
    record.give("doi", "10.3390/cells9051157", "citation_doi")
    assert record.paper is paper
    assert (paper.title, paper.doi, paper.authors) == (
        "From the page heading", "10.3390/cells9051157", [Author(family="Ha", given="Dae Hyun")])
    assert paper.provenance["title"] == Provenance(importer="pubmed-html", part="h1")


def test_a_language_is_stored_as_its_code_however_the_reader_gives_it():
    given = {}
    for written in ("Portuguese", "por", "pt", "zh_CN", "Klingon"):
        record = Record("html-meta")
        record.give("language", written, "citation_language meta tag")
        given[written] = record.paper.language
    # A name no table knows is kept as written: nothing the source said is lost.
    assert given == {"Portuguese": "pt", "por": "pt", "pt": "pt", "zh_CN": "zh-CN", "Klingon": "Klingon"}

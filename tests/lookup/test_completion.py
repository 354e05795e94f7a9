"""Completing a paper from Crossref and PubMed, against the local stand-in."""

import copy
from pathlib import Path

import pytest

from exodesk.library import import_paths
from exodesk.library.completion import apply_completion
from exodesk.lookup import LookupFailed, look_up, propose_completion, pubmed
from exodesk.lookup.crossref import jats_abstract
from exodesk.model import Author, Paper, Provenance, Section

from .standin import closed_port, stand_in

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
OFFLINE = "ExoDesk could not reach Crossref: you seem to be offline. Nothing was changed."


@pytest.fixture
def library(new_library):
    import_paths(new_library, [SEEDS[0], SEEDS[4]])
    return new_library


@pytest.fixture
def server():
    with stand_in() as running:
        yield running


def paper_with_doi(library, doi):
    (paper_id,) = [r[0] for r in library.db.execute("SELECT id FROM papers WHERE doi = ?", [doi])]
    return library.get(paper_id)


def test_seed_000_gets_its_title_and_authors_from_crossref_and_nothing_it_had_changes(library, server):
    paper = paper_with_doi(library, "10.3390/ijms25147794")
    before = paper.to_dict()
    completion = look_up(paper, crossref_url=server.crossref_url, pubmed_url=server.pubmed_url)

    assert completion.answered == ["Crossref"]
    assert [(c.field, c.current, c.source) for c in completion.changes] == [
        ("title", None, "crossref"), ("authors", [], "crossref"), ("journal", None, "crossref"),
        ("issn", None, "crossref"), ("publisher", None, "crossref"), ("publication_type", None, "crossref"),
        ("language", None, "crossref"),
    ]
    completed = apply_completion(library, paper.id, completion.changes)

    expected = copy.deepcopy(before)
    expected |= {
        "title": "Clinical Applications of Exosomes: Therapeutic Promise and the Obstacles Ahead",
        "authors": [{"family": "Chan", "given": "Tai Man", "literal": ""},
                    {"family": "Wong", "given": "Siu Ming", "literal": ""}],
        "journal": "International Journal of Molecular Sciences",
        "issn": "1422-0067",
        "publisher": "MDPI AG",
        "publication_type": "Journal Article",
        "language": "en",
    }
    parts = {"title": "title", "authors": "author", "journal": "container-title", "issn": "ISSN",
             "publisher": "publisher", "publication_type": "type", "language": "language"}
    for name, part in parts.items():
        expected["provenance"][name] = {"importer": "crossref", "part": f"online look-up: {part}",
                                        "file": "", "by_person": False}
    assert completed.to_dict() == expected
    assert library.get(paper.id).to_dict() == expected
    assert library.get(paper.id).missing == []
    # The table's columns and the search index follow.
    assert library.rows([paper.id])[paper.id]["first_author"] == "Chan Tai Man"
    assert library.search_ids("Obstacles Ahead") == [paper.id]
    # One request, by DOI, saying who asks.
    assert [(r["path"], r["user_agent"].split(" ")[0]) for r in server.requests] == [
        ("/works/10.3390/ijms25147794", "ExoDesk/0.1.0")]


def test_seed_004_asks_pubmed_first_and_crossref_for_what_pubmed_lacks(library, server):
    paper = paper_with_doi(library, "10.1093/gastro/goac075")
    completion = look_up(paper, crossref_url=server.crossref_url, pubmed_url=server.pubmed_url)

    assert completion.answered == ["PubMed", "Crossref"]
    assert [(c.field, c.proposed if c.field != "affiliations" else len(c.proposed), c.source)
            for c in completion.changes] == [
        ("journal", "Gastroenterology report", "pubmed"),
        ("volume", "10", "pubmed"),
        ("pages", "goac075", "pubmed"),
        ("issn", "2052-0034", "pubmed"),
        ("keywords", ["exosome", "inflammatory bowel disease", "mesenchymal stem cell", "perianal fistula"], "pubmed"),
        ("affiliations", 1, "pubmed"),
    ]
    assert [r["path"] for r in server.requests] == ["/entrez/eutils/efetch.fcgi", "/works/10.1093/gastro/goac075"]
    assert server.requests[0]["query"] == {"db": ["pubmed"], "id": ["36518984"], "retmode": ["xml"], "tool": ["ExoDesk"]}


def test_a_field_a_person_edited_is_never_proposed_nor_overwritten(library, server):
    paper = paper_with_doi(library, "10.3390/ijms25147794")
    # The person cleared the title on purpose and typed the journal themselves.
    library.edit_paper(paper.id, {"title": None, "journal": "Int. J. Mol. Sci."})
    paper = library.get(paper.id)
    completion = look_up(paper, crossref_url=server.crossref_url, pubmed_url=server.pubmed_url)
    assert [c.field for c in completion.changes] == ["authors", "issn", "publisher", "publication_type", "language"]

    # Even a change made up elsewhere does not get past a person's edit.
    forged = propose_completion(Paper(), Paper(title="Another title", journal="Another journal",
                                               provenance={"title": Provenance(importer="crossref")}))
    completed = apply_completion(library, paper.id, forged)
    assert (completed.title, completed.journal) == (None, "Int. J. Mol. Sci.")
    assert completed.provenance["title"] == Provenance(by_person=True, part="edited by a person")


def test_offline_says_so_plainly_and_changes_nothing(library):
    paper = paper_with_doi(library, "10.3390/ijms25147794")
    before = library.get(paper.id).to_dict()
    completion = look_up(paper, crossref_url=f"http://127.0.0.1:{closed_port()}", timeout=2)
    assert (completion.offline, completion.changes, completion.message()) == (True, [], OFFLINE)
    assert library.get(paper.id).to_dict() == before


def test_a_dns_failure_reads_as_offline_too(library):
    paper = paper_with_doi(library, "10.3390/ijms25147794")
    completion = look_up(paper, crossref_url="http://no-such-host.invalid", timeout=2)
    assert (completion.offline, completion.message()) == (True, OFFLINE)


def test_an_unknown_doi_or_pmid_is_said_plainly(server):
    completion = look_up(Paper(doi="10.9999/unknown.1", pmid="99999999"),
                         crossref_url=server.crossref_url, pubmed_url=server.pubmed_url)
    assert [f.message() for f in completion.failures] == [
        "PubMed has no record of PMID 99999999. Nothing was changed.",
        "Crossref has no record of DOI 10.9999/unknown.1. Nothing was changed.",
    ]
    assert (completion.offline, completion.changes) == (False, [])


def test_a_record_naming_another_paper_is_set_aside(server):
    # The PMID is seed 004's, the DOI another paper's: PubMed's record is not this paper.
    completion = look_up(Paper(doi="10.1000/other", pmid="36518984"), pubmed_url=server.pubmed_url,
                         crossref_url=server.crossref_url)
    assert completion.set_aside == ["PubMed's record has DOI 10.1093/gastro/goac075, not 10.1000/other, so it was not used."]
    assert completion.changes == []


def test_nothing_is_asked_without_an_identifier():
    completion = look_up(Paper(title="A paper with no DOI or PMID"))
    assert completion.message() == "This paper has no DOI or PubMed id to look up. Nothing was changed."


def test_pubmed_xml_declaring_entities_is_refused_unread(monkeypatch):
    hostile = (b'<?xml version="1.0"?><!DOCTYPE PubmedArticleSet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
               b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>"
               b"<ArticleTitle>&secret;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>")
    monkeypatch.setattr(pubmed, "get", lambda *a, **k: hostile)
    with pytest.raises(LookupFailed) as failed:
        pubmed.fetch("1")
    assert failed.value.kind == "unreadable"


def test_a_jats_abstract_keeps_its_sections_and_drops_its_abstract_heading():
    abstract = jats_abstract(
        "<jats:title>Abstract</jats:title><jats:sec><jats:title>Background</jats:title>"
        "<jats:p>Skin ageing is common.</jats:p></jats:sec><jats:sec><jats:title>Methods</jats:title>"
        "<jats:p>We treated 10<jats:sup>6</jats:sup> cells.</jats:p></jats:sec>")
    assert (abstract.language, abstract.text, abstract.sections) == (
        "en", "Background: Skin ageing is common.\nMethods: We treated 10⁶ cells.",
        [Section("Background", "Skin ageing is common."), Section("Methods", "We treated 10⁶ cells.")])


def test_a_plain_jats_abstract_is_its_paragraphs():
    abstract = jats_abstract("<jats:p>First part.</jats:p>\n<jats:p>Second &amp; last part.</jats:p>")
    assert (abstract.text, abstract.sections) == ("First part.\nSecond & last part.", [])


def test_a_group_author_in_crossref_is_kept_whole():
    from exodesk.lookup.crossref import read_work

    paper = read_work({"author": [{"name": "ISEV Task Force", "sequence": "first"},
                                  {"given": "Clotilde", "family": "Théry", "sequence": "additional"}]})
    assert paper.authors == [Author(literal="ISEV Task Force"), Author(family="Théry", given="Clotilde")]

"""PubMed's "Abstract (text)" export: the rules beyond its golden records."""

from pathlib import Path

import pytest

from exodesk.importers import Source, by_name, choose, pubmed_abstract

FIXTURES = Path(__file__).parent / "fixtures"
RECORD = ("1. Stem Cell Res Ther. 2023 Apr 1;14(1):57. doi: 10.1186/s13287-023-03288-6.\n\n"
          "Removing the stumbling block of exosome applications in clinical and \ntranslational medicine.\n\n"
          "Han L(1), Zhao Z(1).\n\nAuthor information: \n(1)Department of Rheumatology, Shanghai, China.\n\n"
          "BACKGROUND: Exosomes are promising cell-free therapeutics. \nTheir production at scale remains an obstacle.\n"
          "CONCLUSIONS: Methods to expand production are reviewed.\n\nDOI: 10.1186/s13287-023-03288-6\nPMID: 37005690\n")


def source(text: str, name: str = "pubmed-export.txt") -> Source:
    return Source(path=Path(name), data=text.encode("utf-8"))


def test_a_saved_abstract_is_read_by_this_reader_whatever_its_name():
    assert choose(source(RECORD, "abstract-37005690.txt"))[0] is by_name("pubmed-abstract")


def test_wrapped_lines_are_joined_and_sections_kept():
    (paper,) = pubmed_abstract.parse(source(RECORD)).papers
    assert paper.title == "Removing the stumbling block of exosome applications in clinical and translational medicine"
    assert [(s.heading, s.text) for s in paper.abstracts[0].sections] == [
        ("Background", "Exosomes are promising cell-free therapeutics. Their production at scale remains an obstacle."),
        ("Conclusions", "Methods to expand production are reviewed.")]


@pytest.mark.parametrize("path", ["medline/pubmed_two_records.nbib", "pubmed-text/phase1-trial-full-authors.txt"])
def test_pubmeds_other_formats_stay_with_their_readers(path):
    file = FIXTURES / path
    assert pubmed_abstract.detect(Source(path=file, data=file.read_bytes())) == 0.0


def test_a_numbered_list_without_pubmed_ids_is_not_taken_for_it():
    text = "1. Wash the skin. 2023 Apr 1;14(1):57.\n\n2. Apply the cream twice a day.\n"
    assert pubmed_abstract.detect(source(text)) == 0.0


def test_one_paper_saved_as_medline_and_as_abstract_text_gives_the_same_record():
    from exodesk.importers import medline

    def read(reader, path):
        file = FIXTURES / path
        return {p.pmid: p for p in reader.parse(Source(path=file, data=file.read_bytes())).papers}["36518984"]

    saved = [read(medline, "medline/pubmed_two_records.nbib"),
             read(pubmed_abstract, "pubmed-abstract/two-records-structured.txt")]
    assert len({(p.title.rstrip("."), p.doi, p.pmcid, p.volume, p.pages, p.date[:4]) for p in saved}) == 1
    # (the MEDLINE sample lists 3 of the 12 authors: the first two and the last)
    assert len({(p.authors[0].family, p.authors[1].family, p.authors[-1].family) for p in saved}) == 1

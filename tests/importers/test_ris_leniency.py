"""RIS files as producers really write them are read by the RIS reader, record by record."""

from pathlib import Path

import pytest

from exodesk.importers import Refused, Source, choose
from exodesk.model import Author


def chosen(text: str, name: str = "export.ris"):
    source = Source(path=Path(name), data=text.encode("utf-8"))
    importer, _score, _errors = choose(source)
    return importer, source


def read(text: str):
    importer, source = chosen(text)
    assert importer is not None and importer.NAME == "ris"
    return importer.parse(source)


# (\x20: the space producers leave after "ER -")
ONE_SPACE = """TY - JOUR
TI - Exosomes derived from adipose stem cells in photoaged skin
AU - Zhang, Bin
AU - Li, Han
PY - 2021
T2 - Stem Cell Research & Therapy
DO - 10.1186/s13287-021-02145-3
ER -\x20

TY - JOUR
TI - Second record, also one space
PY - 2020
ER -\x20
"""


def test_tags_with_one_space_are_read_as_ris():
    parsed = read(ONE_SPACE)
    first, second = parsed.papers
    assert (first.title, first.authors, first.date, first.journal, first.doi) == (
        "Exosomes derived from adipose stem cells in photoaged skin",
        [Author(family="Zhang", given="Bin"), Author(family="Li", given="Han")],
        "2021", "Stem Cell Research & Therapy", "10.1186/s13287-021-02145-3")
    assert second.title == "Second record, also one space"


def test_lowercase_tags_and_a_byte_order_mark_are_read_as_ris():
    parsed = read("\ufeffty  - JOUR\nti  - Lowercase tags from an old tool\nau  - Ha, Dae Hyun\npy  - 2020\ner  - \n")
    assert [(p.title, p.authors, p.date) for p in parsed.papers] == [
        ("Lowercase tags from an old tool", [Author(family="Ha", given="Dae Hyun")], "2020")]


def test_a_damaged_file_without_its_ty_line_is_read_by_the_ris_reader():
    text = ("\ufeff\nJF  - Journal of Cosmetic Dermatology\nT1  - Exosomes for acne scars\nVL  - 21\nSP  - 101\n"
            "EP  - 108\nPY  - 2022/03/01/\nAU  - Kwon, Hyun Ho\nUR  - https://doi.org/10.1111/jocd.14632\nER  -\n  \n")
    parsed = read(text)
    paper = parsed.papers[0]
    assert (paper.title, paper.journal, paper.pages, paper.date, paper.doi, paper.publication_type) == (
        "Exosomes for acne scars", "Journal of Cosmetic Dermatology", "101-108", "2022-03-01", "10.1111/jocd.14632", None)


def test_a_ris_file_with_nothing_readable_is_refused_by_the_ris_reader_with_its_reason():
    # (a DOI in a note once made the generic reader give a paper holding only that DOI)
    importer, source = chosen("TY - JOUR\nPY - 2021\nN1 - cites 10.1000/another.record\nER - \n\nTY - JOUR\nER - \n")
    assert importer is not None and importer.NAME == "ris"
    with pytest.raises(Refused, match="none of the 2 RIS records could be read"):
        importer.parse(source)


def test_a1_and_au_keep_the_files_order_of_authors():
    parsed = read("TY  - JOUR\nTI  - Order\nA1  - Barata, Catarina\nAU  - Celebi, M. Emre\nAU  - Marques, Jorge S.\nER  - \n")
    assert [a.family for a in parsed.papers[0].authors] == ["Barata", "Celebi", "Marques"]


def test_a_personal_name_without_a_comma_is_a_person_and_an_organisation_stays_whole():
    parsed = read("TY  - CHAP\nTI  - Dermoscopy\nAU  - Catarina Barata\nAU  - MEmre Celebi\nAU  - Zhang B\n"
                  "AU  - World Health Organization\nAU  - ISEV MSC Study Group\nAU  - ISEV Skin Task Force\nER  - \n")
    assert parsed.papers[0].authors == [
        Author(family="Barata", given="Catarina"), Author(family="Celebi", given="MEmre"),
        Author(family="Zhang", given="B"), Author(literal="World Health Organization"),
        Author(literal="ISEV MSC Study Group"), Author(literal="ISEV Skin Task Force")]


def test_pubmed_ids_in_ncbi_user_fields_are_read():
    parsed = read("TY  - JOUR\nTI  - Smartphone use\nAN  - PMC4756000\nU1  - 26957754[pmid]\nU2  - PMC4756000[pmcid]\nER  - \n")
    assert (parsed.papers[0].pmid, parsed.papers[0].pmcid) == ("26957754", "PMC4756000")


def test_a_missing_er_ends_a_record_only_where_the_next_one_is_written_apart():
    text = ("TY  - JOUR\nTI  - First, its ER lost\nAU  - Nazari, Hojjatollah\n\n"
            "TY  - JOUR\nTI  - Second\nTY  - EJOUR\nPY  - 2022\nER  - \n")
    parsed = read(text)
    assert [(p.title, p.date) for p in parsed.papers] == [("First, its ER lost", None), ("Second", "2022")]


def test_ty_names_the_kind_and_m3_only_describes_it():
    text = ("TY  - CHAP\nTI  - A chapter\nM3  - Book Chapter\nER  - \n\nTY  - THES\nTI  - A thesis\nM3  - Article\nER  - \n\n"
            "TY  - JOUR\nTI  - A review\nM3  - Review\nER  - \n\nTY  - PAT\nTI  - A patent\nER  - \n")
    assert [p.publication_type for p in read(text).papers] == ["Book Chapter", "Thesis", "Review", "Patent"]


def test_a_wrapped_value_goes_on_from_its_tag_line():
    parsed = read("TY  - JOUR\nTI  - A long title that an old tool\n   wrapped onto a second line\n"
                  "A1  - Harrison, Warren\nLevenshtein\nER  - \n")
    paper = parsed.papers[0]
    assert (paper.title, paper.authors) == ("A long title that an old tool wrapped onto a second line",
                                            [Author(family="Harrison", given="Warren Levenshtein")])


def test_importing_such_a_file_refuses_it_with_the_ris_readers_reason(new_library, tmp_path):
    from exodesk.library import import_paths

    path = tmp_path / "one_space.ris"
    path.write_text("TY - JOUR\nN1 - Replicates 10.1000/another.paper\nPY - 2021\nER - \n", encoding="utf-8")
    with new_library as library:
        [result] = import_paths(library, [path])
        assert (result.status, library.count()) == ("refused", 0)
        assert result.importer == "ris" and "no title, DOI, PubMed id or link" in result.reason


def test_of_several_title_lines_the_first_in_the_file_is_the_title():
    # An old EndNote export: the full title in T1, a shortened TI after it.
    paper = read("TY  - JOUR\nT1  - Editorial: Open Source and Empirical Software Engineering:\nTI  - Editorial.\n"
                 "AU  - Harrison, Warren\nJF  - Empirical Software Engineering\nPY  - 2001\nER  - \n").papers[0]
    assert paper.title == "Editorial: Open Source and Empirical Software Engineering"

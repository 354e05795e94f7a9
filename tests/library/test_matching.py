"""Which records are the same paper: identifiers that disagree keep papers
apart, and a shared generic title needs the same year and an agreeing first
author or journal. Many records of one paper are merged with one read and one
write of it."""

import pytest

from exodesk.library import import_paths
from exodesk.library.matching import KeyMatcher, Merges
from exodesk.library.merge import merge
from exodesk.library.prepared import prepare
from exodesk.model import Author, Paper

GENERIC = "Exosomes in wound healing: a review"


@pytest.fixture
def library(new_library):
    return new_library


def ris(*, title=GENERIC, authors=(), journal=None, abbrev=None, year="2023", doi=None, pmid=None, issn=None):
    lines = ["TY  - JOUR", f"TI  - {title}", *(f"AU  - {a}" for a in authors)]
    for tag, value in (("T2", journal), ("J2", abbrev), ("PY", year), ("DO", doi), ("AN", pmid), ("SN", issn)):
        if value:
            lines.append(f"{tag}  - {value}")
    return "\n".join(lines + ["ER  - ", ""])


def imported(library, tmp_path, *records, name="export.ris"):
    """Import each record from its own file; the papers' numbers, in order."""
    ids = []
    for number, record in enumerate(records):
        path = tmp_path / f"{number}-{name}"
        path.write_text(record, encoding="utf-8")
        (result,) = import_paths(library, [path])
        ids += result.paper_ids
    return ids


ZHANG_REVIEW = ris(authors=["Zhang, Wei", "Liu, Yang"], journal="Stem Cell Research & Therapy",
                   doi="10.1186/s13287-023-03001-1")
OKAFOR_REVIEW = ris(authors=["Okafor, Chidi", "Mensah, Ama"], journal="International Wound Journal",
                    doi="10.1111/iwj.14022")


def test_two_reviews_with_one_generic_title_and_year_but_their_own_dois_stay_two_papers(library, tmp_path):
    first, second = imported(library, tmp_path, ZHANG_REVIEW, OKAFOR_REVIEW)
    assert first != second and library.count() == 2
    assert [library.get(i).journal for i in (first, second)] == ["Stem Cell Research & Therapy", "International Wound Journal"]


def test_without_identifiers_a_generic_title_and_year_need_an_agreeing_author_or_journal(library, tmp_path):
    ids = imported(
        library, tmp_path,
        ris(authors=["Zhang, Wei"], journal="Stem Cell Research & Therapy"),
        ris(authors=["Okafor, Chidi"], journal="International Wound Journal"),  # another review
        ris(authors=["Zhang W"], journal="Stem Cell Res Ther", pmid="37001234"),  # the first again, from PubMed
        ris(authors=["Mensah, Ama"], abbrev="Int Wound J"),  # the second's journal, abbreviated
        ris(journal="Journal of Cosmetic Dermatology"),  # a third journal, no authors
        ris(),  # nothing to confirm the title with
    )
    assert ids[:4] == [1, 2, 1, 2]
    assert ids[4:] == [3, 4]
    assert library.get(1).pmid == "37001234"
    assert library.count() == 4


def test_a_shared_doi_with_two_different_pmids_is_two_papers(library, tmp_path):
    ids = imported(
        library, tmp_path,
        ris(title="MSC exosomes for acne scars", authors=["Kwon, Hyun"], doi="10.1111/jocd.13000", pmid="32000001"),
        ris(title="MSC exosomes for acne scars", authors=["Kwon, Hyun"], doi="10.1111/jocd.13000", pmid="32999999"),
        ris(title="MSC exosomes for acne scars", authors=["Kwon H"], doi="10.1111/JOCD.13000"),
    )
    assert ids == [1, 2, 1]


def test_inside_one_file_of_many_records_the_same_rules_hold(library, tmp_path):
    filler = [ris(title=f"Adipose stem cell exosomes in photoaged skin, part {n}", authors=["Park, Ji"],
                  doi=f"10.1000/filler.{n}") for n in range(25)]
    path = tmp_path / "many.ris"
    path.write_text("".join([ZHANG_REVIEW, *filler, OKAFOR_REVIEW, ZHANG_REVIEW.replace("Zhang, Wei", "Zhang W")]),
                    encoding="utf-8")
    (result,) = import_paths(library, [path])
    assert library.count() == 27
    assert result.paper_ids[0] == result.paper_ids[-1] != result.paper_ids[-2]


def test_a_language_name_and_its_iso_code_are_the_same_language():
    page = Paper(title="Exossomos na cicatrização", language="Portuguese", doi="10.1590/x")
    ris_record = Paper(title="Exossomos na cicatrização", language="pt", doi="10.1590/x")
    merged, _ = merge(page, ris_record)
    assert merged.conflicts == []
    merged, _ = merge(page, Paper(title="Exossomos na cicatrização", language="es", doi="10.1590/x"))
    assert [(c.field, c.kept, c.other) for c in merged.conflicts] == [("language", "Portuguese", "es")]


class Counting:
    """The library, counting the reads and writes of whole papers."""

    def __init__(self, library):
        self.library, self.db, self.gets, self.replaces = library, library.db, 0, 0

    def get(self, paper_id):
        self.gets += 1
        return self.library.get(paper_id)

    def replace_paper(self, paper_id, paper):
        self.replaces += 1
        self.library.replace_paper(paper_id, paper)


def test_many_records_of_one_doi_are_merged_in_memory_and_written_once(library):
    first = Paper(title="Exosome therapy for alopecia", doi="10.1000/hair", authors=[Author("Lee", "Min")])
    paper_id = library.insert_paper(first)
    records = [Paper(title=f"Exosome therapy for alopecia, version {n}", doi="10.1000/hair",
                     keywords=[f"keyword {n}"], journal=f"Journal {n}") for n in range(60)]
    counting = Counting(library)
    merges = Merges(counting)
    for record in records:
        assert merges.merge(paper_id, record, source="export.ris") is not None
    merges.write()
    assert (counting.gets, counting.replaces) == (1, 1)
    stored = library.get(paper_id)
    assert stored.keywords == [f"keyword {n}" for n in range(60)]
    assert len([c for c in stored.conflicts if c.field == "title"]) == 60
    assert stored.journal == "Journal 0" and len([c for c in stored.conflicts if c.field == "journal"]) == 59


def test_a_library_paper_is_checked_against_the_others_by_the_same_rules(library):
    zhang = library.insert_paper(Paper(title=GENERIC, authors=[Author("Zhang", "Wei")], date="2023"))
    okafor = library.insert_paper(Paper(title=GENERIC, authors=[Author("Okafor", "Chidi")], date="2023"))
    again = Paper(title=GENERIC, authors=[Author("Zhang", "W")], journal="Stem Cell Res Ther", date="2023")
    matcher = KeyMatcher(library, [])
    assert matcher.find(prepare(again).keys, 2023) == zhang
    assert matcher.find(prepare(library.get(okafor)).keys, 2023, exclude=okafor) is None

"""RefWorks' and NoteExpress's exports, beside EndNote's tagged one: the rules
beyond their golden records."""

from pathlib import Path

import pytest

from exodesk.importers import Source, by_name, choose, noteexpress, refworks_tagged

FIXTURES = Path(__file__).parent / "fixtures"


def source(text: str, name: str = "export.txt") -> Source:
    return Source(path=Path(name), data=text.encode("utf-8"))


def essentials(paper) -> dict:
    return {"title": paper.title, "authors": [a.literal or f"{a.family}, {a.given}" for a in paper.authors],
            "affiliations": paper.affiliations, "journal": paper.journal, "date": paper.date,
            "volume/issue/pages": (paper.volume, paper.issue, paper.pages), "issn": paper.issn,
            "keywords": paper.keywords, "abstracts": [(a.language, a.text) for a in paper.abstracts]}


def test_one_cnki_record_exported_three_ways_gives_one_record():
    """CNKI offers EndNote, RefWorks and NoteExpress exports: the same paper
    must come out the same whichever a person chose."""
    papers = []
    for path in ("endnote-tagged/cnki-chinese-records.enw", "refworks-tagged/cnki-export-chinese.txt",
                 "noteexpress/cnki-export.net"):
        file = FIXTURES / path
        importer, _score, _errors = choose(Source(path=file, data=file.read_bytes()))
        papers.append(importer.parse(Source(path=file, data=file.read_bytes())).papers)
    assert [len(found) for found in papers] == [2, 2, 2]
    for first, second, third in zip(*papers, strict=True):
        assert essentials(first) == essentials(second) == essentials(third)


@pytest.mark.parametrize("text", [
    "TY  - JOUR\nTI  - Exosomes for acne scars\nAU  - Berg, Anna\nPY  - 2024\nER  - \n",  # RIS
    "PMID- 36518984\nTI  - Exosomes for perianal fistula\nAU  - Nazari H\nDP  - 2022\n",  # MEDLINE
    "RT is a retweet: we read the paper on exosomes today\nand liked it\n",
])
def test_refworks_is_not_taken_for_ris_medline_or_a_line_that_opens_with_its_word(text):
    assert refworks_tagged.detect(source(text)) == 0.0


@pytest.mark.parametrize("text", [
    '{"title": "Exosomes for acne scars", "author": [{"family": "Berg"}]}',  # CSL-JSON
    '{\n  "Reference Type": "Journal Article",\n  "Title": "Exosomes"\n}',
])
def test_noteexpress_is_not_taken_for_json(text):
    assert noteexpress.detect(source(text)) == 0.0


def test_authors_one_a_line_or_apart_by_semicolons_are_read_alike():
    one_a_line = "RT Journal Article\nA1 Berg, Anna\nA1 Lind, Jonas\nT1 Exosomes for acne scars\nYR 2024\n"
    one_line = "RT Journal Article\nA1 Berg, Anna;Lind, Jonas\nT1 Exosomes for acne scars\nYR 2024\n"
    read = [refworks_tagged.parse(source(text)).papers[0] for text in (one_a_line, one_line)]
    assert [[(a.family, a.given) for a in paper.authors] for paper in read] == [[("Berg", "Anna"), ("Lind", "Jonas")]] * 2


def test_each_export_is_read_by_its_reader_whatever_its_name():
    refworks = "RT Journal Article\nA1 Berg, Anna\nT1 Exosomes for acne scars\nJF Journal of Cosmetic Dermatology\nYR 2024\n"
    notes = "{Reference Type}: Journal Article\n{Title}: 外泌体治疗瘢痕疙瘩的研究进展\n{Author}: 林宇建;韩兵\n{Year}: 2021\n"
    assert choose(source(refworks, "CNKI-637.txt"))[0] is by_name("refworks-tagged")
    assert choose(source(notes, "export.net"))[0] is by_name("noteexpress")

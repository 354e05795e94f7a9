"""EndNote's tagged export (.enw): the rules beyond its golden records."""

from pathlib import Path

import pytest

from exodesk.importers import Source, by_name, choose, endnote_tagged


def source(text: str, name: str = "export.enw") -> Source:
    return Source(path=Path(name), data=text.encode("utf-8"))


def test_records_run_together_without_blank_lines_are_told_apart_by_their_type_line():
    text = ("%0 Journal Article\n%T Exosomes for acne scars: a randomised trial\n%A Berg, Anna\n%D 2024\n"
            "%0 Journal Article\n%T Exosomes for keloids: a case series\n%A Lind, Jonas\n%D 2023\n")
    papers = endnote_tagged.parse(source(text)).papers
    assert [(p.title, p.authors[0].family, p.date) for p in papers] == [
        ("Exosomes for acne scars: a randomised trial", "Berg", "2024"),
        ("Exosomes for keloids: a case series", "Lind", "2023")]


def test_keywords_one_a_line_and_a_wrapped_title_are_read_as_endnote_writes_them():
    text = ("%0 Journal Article\n%T Exosomes for acne scars:\na randomised trial\n%A Berg, Anna\n"
            "%K acne scars\nexosomes\nmicroneedling\n%D 2024\n")
    (paper,) = endnote_tagged.parse(source(text)).papers
    assert paper.title == "Exosomes for acne scars: a randomised trial"
    assert paper.keywords == ["acne scars", "exosomes", "microneedling"]


def test_a_broken_record_is_reported_by_its_number_and_the_others_are_imported():
    text = ("%0 Journal Article\n%T Exosomes for acne scars: a randomised trial\n%A Berg, Anna\n%D 2024\n\n"
            "%0 Journal Article\n%K exosome\n\n"
            "%0 Journal Article\n%T Exosomes for keloids: a case series\n%R 10.1000/keloid.2023\n")
    parsed = endnote_tagged.parse(source(text))
    assert [p.title for p in parsed.papers] == ["Exosomes for acne scars: a randomised trial",
                                                 "Exosomes for keloids: a case series"]
    assert [p.number for p in parsed.problems] == [2]


@pytest.mark.parametrize("text", [
    "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",  # a PDF opens with "%"
    "% a LaTeX file\n\\documentclass{article}\n% comment\n\\begin{document}\n",
    "%T Only a title line\nand a paragraph of text\n",
])
def test_what_only_opens_with_a_percent_sign_is_not_taken_for_it(text):
    assert endnote_tagged.detect(source(text, "file.txt")) == 0.0


def test_the_file_is_read_by_this_reader_whatever_its_name():
    text = "%0 Journal Article\n%T Exosomes for acne scars: a randomised trial\n%A Berg, Anna\n%D 2024\n"
    importer, _score, _errors = choose(source(text, "citation.txt"))
    assert importer is by_name("endnote-tagged")

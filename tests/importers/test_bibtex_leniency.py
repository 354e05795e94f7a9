"""BibTeX entries that real exports write and that once cost the entry or the file."""

from pathlib import Path

import pytest

from exodesk.importers import Refused, Source, choose
from exodesk.model import Author


def read(text: str):
    source = Source(path=Path("library.bib"), data=text.encode("utf-8"))
    importer, _score, _errors = choose(source)
    assert importer is not None and importer.NAME == "bibtex"
    return importer.parse(source)


def test_a_link_in_a_title_keeps_its_words_and_costs_no_other_entry():
    parsed = read(
        "@article{ha2020,\n  title = {Exosomes from \\href{https://doi.org/10.3390/cells9051157}{stem cells} in skin},\n"
        "  author = {Ha, Dae Hyun},\n  year = {2020},\n}\n"
        "@article{kalluri2020,\n  title = {The biology of exosomes, see \\url{https://exosome.org}},\n  year = {2020},\n}\n"
    )
    assert [p.title for p in parsed.papers] == ["Exosomes from stem cells in skin",
                                                 "The biology of exosomes, see https://exosome.org"]
    assert parsed.problems == []


def test_an_entry_repeating_its_pmid_field_is_read_with_the_first_value():
    parsed = read(
        "@article{nazari2022,\n  title = {Exosomes in wound healing},\n  pmid = {36457455},\n  pmid = {36457455},\n"
        "  year = {2022},\n}\n@article{other,\n  title = {Another},\n  year = {2021},\n}\n"
    )
    assert [(p.title, p.pmid) for p in parsed.papers] == [("Exosomes in wound healing", "36457455"), ("Another", None)]
    assert parsed.problems == []


def test_biblatex_subtitle_is_joined_to_the_title():
    parsed = read(
        "@article{a,\n  title = {Exosome therapy},\n  subtitle = {A systematic review},\n  date = {2023-05},\n}\n"
        "@article{b,\n  title = {Does it work?},\n  subtitle = {Evidence from trials},\n  date = {2023},\n}\n"
    )
    assert [p.title for p in parsed.papers] == ["Exosome therapy: A systematic review",
                                                 "Does it work? Evidence from trials"]


def test_pmid_in_zoteros_note_and_extra_forms_is_read():
    parsed = read(
        "@article{a,\n  title = {One},\n  note = {{PMID:} 23439512},\n}\n"
        "@article{b,\n  title = {Two},\n  extra = {PMID: 31234567\nPMCID: PMC6543210},\n}\n"
        "@article{c,\n  title = {Three},\n  annote = {Cited by 3; PMID: 27654321},\n}\n"
    )
    assert [(p.pmid, p.pmcid) for p in parsed.papers] == [("23439512", None), ("31234567", "PMC6543210"),
                                                           ("27654321", None)]


def test_html_in_an_abstract_is_read_as_text_with_its_paragraphs():
    parsed = read(
        "@article{a,\n  title = {Exosomes},\n  abstract = {<h4>Background</h4><p>MSC exosomes at 10<sup>9</sup> "
        "particles/mL were tested <i>in vitro</i>.</p><h4>Results</h4><p>Collagen I rose &amp; scars faded.</p>},\n}\n"
    )
    abstract = parsed.papers[0].abstracts[0]
    assert abstract.text == ("Background: MSC exosomes at 10⁹ particles/mL were tested in vitro.\n"
                             "Results: Collagen I rose & scars faded.")
    assert [s.heading for s in abstract.sections] == ["Background", "Results"]


def test_a_date_that_is_not_a_date_leaves_year_and_month_to_say_it():
    parsed = read("@article{a,\n  title = {T},\n  date = {Mar 3},\n  year = {2015},\n  month = mar,\n}\n")
    assert parsed.papers[0].date == "2015-03"


def test_tex_dashes_in_titles_are_dashes():
    parsed = read("@article{a,\n  title = {Chelation---a review of 1990--2010},\n  author = {Sears, Margaret E.},\n}\n")
    assert parsed.papers[0].title == "Chelation—a review of 1990–2010"
    assert parsed.papers[0].authors == [Author(family="Sears", given="Margaret E")]


def test_a_library_with_no_entries_is_refused_by_the_bibtex_reader():
    source = Source(path=Path("empty.bib"), data=b"% Encoding: UTF-8\n\n@Comment{jabref-meta: databaseType:bibtex;}\n")
    importer, _score, _errors = choose(source)
    assert importer is not None and importer.NAME == "bibtex"
    with pytest.raises(Refused, match="no BibTeX records were found"):
        importer.parse(source)


def test_lines_ended_by_a_carriage_return_alone_are_read():
    text = "% Encoding: UTF-16BE\r\r@article{,\r  title = {Ü ist ein Umlaut},\r  year = {2011},\r}\r"
    source = Source(path=Path("mac.bib"), data=text.encode("utf-16"))
    importer, _score, _errors = choose(source)
    assert importer is not None and importer.NAME == "bibtex"
    assert [(p.title, p.date) for p in importer.parse(source).papers] == [("Ü ist ein Umlaut", "2011")]


def test_an_entry_with_only_its_short_title_is_read_with_that_title():
    # Zotero's BibLaTeX export writes `shorttitle`; an entry whose title field
    # was lost keeps it as the title, and a full title wins over it.
    parsed = read("@article{ha2020,\n  shorttitle = {MSC exosomes in skin regeneration},\n  author = {Ha, Dae Hyun},\n}\n"
                  "@article{kalluri2020,\n  title = {The biology, function, and biomedical applications of exosomes},\n"
                  "  shorttitle = {The biology of exosomes},\n  year = {2020},\n}\n")
    assert [p.title for p in parsed.papers] == ["MSC exosomes in skin regeneration",
                                                 "The biology, function, and biomedical applications of exosomes"]

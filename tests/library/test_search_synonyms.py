"""A search for any name of a condition finds the papers using its other names."""

import pytest

from exodesk import cli
from exodesk.library import Library
from exodesk.library.search import also_searched
from exodesk.model import Abstract, Paper

PAPERS = [
    Paper(title="Extracellular vesicles reduce skin fibrosis in systemic sclerosis", date="2023"),
    Paper(title="外泌體治療系統性硬化症皮膚纖維化", date="2022",
          abstracts=[Abstract("zh-Hant", "本研究觀察外泌體對皮膚纖維化的作用。")]),
    Paper(title="Digital ulcers in patients with SSc: a cohort", date="2021"),
    Paper(title="Exosomes in multiple sclerosis", date="2020"),
    Paper(title="Sclerotherapy for varicose veins", date="2019"),
]


def add_papers(library):
    with library.transaction():
        for paper in PAPERS:
            library.insert_paper(paper)
    return library


@pytest.fixture
def library(new_library):
    return add_papers(new_library)


@pytest.mark.parametrize("query", ["scleroderma", "Scleroderma", "SSc", "硬皮病", "系统性硬化症", "systemic sclerosis"])
def test_every_name_of_systemic_sclerosis_finds_the_papers_using_the_others(library, query):
    assert library.search_ids(query, order_by="id") == [1, 2, 3]


def test_other_words_still_narrow_an_expanded_name(library):
    assert library.search_ids("scleroderma vesicles", order_by="id") == [1]
    assert library.search_ids("外泌體 scleroderma", order_by="id") == [2]


def test_words_that_name_no_condition_search_as_typed(library):
    assert library.search_ids("sclerosis", order_by="id") == [1, 4]
    assert library.search_ids("varicose", order_by="id") == [5]


def test_the_person_is_told_which_names_were_also_searched():
    assert also_searched("scleroderma") == ["systemic sclerosis"]
    assert also_searched("SSc ulcers") == ["systemic sclerosis"]
    assert also_searched("硬皮病", "zh-Hant") == ["系統性硬化症"]
    assert also_searched("systemic sclerosis") == []  # the name itself widens nothing worth saying
    assert also_searched("exosome wound") == []


def test_the_command_line_says_what_was_also_searched_and_when_nothing_matched(tmp_path, capsys):
    # A file library: the command line's --library here names a file.
    path = tmp_path / "library.sqlite"
    with Library(path, backup=False) as library:
        add_papers(library)
    assert cli.main(["--library", str(path), "list", "scleroderma"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 3
    assert "also searched: systemic sclerosis" in err
    assert cli.main(["--library", str(path), "list", "psoriasis"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "no paper matches psoriasis" in err

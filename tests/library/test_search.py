"""Full-text search as the table's search box uses it."""

from pathlib import Path

import pytest

from exodesk.library import Filters, Library, import_paths
from exodesk.library.locations import open_library
from exodesk.library.search import index_text
from exodesk.model import Abstract, Author, Notes, Paper
from exodesk.text.chinese import HAN_RUN, to_simplified

ROOT = Path(__file__).resolve().parents[2]


def add_papers(lib):
    with lib.transaction():
        lib.insert_paper(Paper(title="Exosomes in systemic sclerosis", date="2021",
                               authors=[Author(family="Zhuang", given="Xiufen")],
                               abstracts=[Abstract("en", "Mesenchymal stem cells for scleroderma."),
                                          Abstract("zh-Hans", "系统性硬化症是一种自身免疫性疾病。")]))
        lib.insert_paper(Paper(title="Exosome therapy for perianal fistula", date="2022",
                               authors=[Author(family="Nazari", given="Hojjatollah")],
                               abstracts=[Abstract("zh-Hant", "外泌體治療肛瘻的臨床試驗。")]))
        lib.insert_paper(Paper(title="Platelet-rich plasma for hair loss", date="2019"))
    return lib


@pytest.fixture
def library(new_library):
    return add_papers(new_library)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("exosome", [1, 2]),  # prefix: "exosome" finds "Exosomes"
        ("sclerosis", [1]),
        ("nazari", [2]),
        ("系统性", [1]),  # Simplified finds Simplified
        ("系統性", [1]),  # Traditional finds Simplified
        ("外泌体", [2]),  # Simplified finds Traditional
        ("肛瘻", [2]),
        ("", [1, 2, 3]),
    ],
)
def test_search_finds_words_in_either_chinese_script(library, query, expected):
    assert library.search_ids(query, order_by="id") == expected


@pytest.mark.parametrize("query", ['"exo', "AND (", "NEAR(", "*", "title:", "exo*)", "'", "a OR", "-", "\\"])
def test_half_typed_or_odd_queries_never_raise(library, query):
    library.search_ids(query)


def test_notes_are_searchable_and_filters_combine(library):
    library.save_notes(2, Notes(study_design="phase I clinical trial (single arm)", evidence_level="4",
                                conditions=["perianal-fistula"], tags=["trial"], free_notes="ask Dr Chan"))
    assert library.search_ids("Chan") == [2]
    assert library.search_ids("", Filters(condition="perianal-fistula")) == [2]
    assert library.search_ids("", Filters(level="4", tag="trial")) == [2]
    assert library.search_ids("", Filters(year_from=2020), order_by="year", descending=True) == [2, 1]
    assert library.search_ids("", Filters(language="zh")) == [1, 2]
    assert library.search_ids("", Filters(language="zh-Hant")) == [2]


def test_the_intervention_and_the_chinese_outcome_in_the_notes_are_searchable(library):
    library.save_notes(1, Notes(intervention="mindfulness-based stress reduction", outcome_zh="瘢痕評分"))
    assert library.search_ids("mindfulness") == [1]
    assert library.search_ids("瘢痕评分") == [1]


def test_sorting_puts_unknown_values_last(library):
    with library.transaction():
        library.insert_paper(Paper(title="Undated note"))
    assert library.search_ids("", order_by="year") == [3, 1, 2, 4]
    assert library.search_ids("", order_by="year", descending=True) == [2, 1, 3, 4]


def test_trash_hides_and_restores(library):
    library.move_to_trash([1])
    assert library.search_ids("sclerosis") == []
    assert library.search_ids("", Filters(trash=True)) == [1]
    library.restore_from_trash([1])
    assert library.search_ids("sclerosis") == [1]


def test_seeds_are_found_by_their_chinese_abstract_in_traditional(new_library):
    import_paths(new_library, sorted((ROOT / "seeds").glob("*.txt")))
    # Seeds 000 and 003 have only Simplified abstracts that mention 外泌体.
    assert new_library.search_ids("外泌體", order_by="id") == [1, 4]


def test_a_lone_latin_letter_narrows_nothing_but_a_chinese_character_does(library):
    assert library.search_ids("e") == [1, 2, 3]
    assert library.search_ids("exosome t") == [1, 2]  # the last word counts from two letters
    assert library.search_ids("exosome th") == [2]
    assert library.search_ids("外") == [2]


def test_the_kept_order_follows_every_change(library, tmp_path):
    assert library.search_ids("exosome") == [1, 2]
    with library.transaction():
        library.insert_paper(Paper(title="Exosomes for acne scars", date="2024"))
    assert library.search_ids("exosome") == [1, 2, 4]
    library.move_to_trash([1])
    assert library.search_ids("exosome") == [2, 4]
    assert library.search_ids("exosome", order_by="year", descending=True) == [4, 2]


def test_another_process_writing_is_seen_by_an_open_library(library_location):
    with open_library(library_location) as reader, open_library(library_location) as writer:
        assert reader.search_ids("") == []
        with writer.transaction():
            writer.insert_paper(Paper(title="Written by the other window"))
        assert reader.search_ids("other window") == [1]


@pytest.mark.parametrize("order_by", ["added", "id", "year", "title"])
@pytest.mark.parametrize("descending", [False, True])
def test_every_order_gives_the_matches_in_that_order_without_the_trash(library, order_by, descending):
    # The default order (every live paper by id) takes a shortcut past the
    # kept order; it must give what picking matches out of the order gives.
    with library.transaction():
        for year in (2018, 2024, 2020):
            library.insert_paper(Paper(title=f"Exosomes and keloids, {year}", date=str(year)))
    library.move_to_trash([4])
    everything = library.search_ids("", order_by=order_by, descending=descending)
    assert 4 not in everything and len(everything) == 5
    found = library.search_ids("exosome", order_by=order_by, descending=descending)
    assert found == [i for i in everything if i in {1, 2, 5, 6}]
    assert library.search_ids("exosome", Filters(trash=True), order_by=order_by) == [4]


@pytest.mark.parametrize("filters", [
    Filters(condition="psoriasis"), Filters(design="case series", year_from=2015, year_to=2020),
    Filters(level="2"), Filters(tag="handout"), Filters(language="zh-Hant"), Filters(needs_review=True),
    Filters(trash=True), Filters(),
])
@pytest.mark.parametrize("order_by", ["added", "year"])
def test_filters_are_answered_from_one_index_without_reading_the_papers(filters, order_by):
    # Reading each paper's row (its whole record) to test a filter took 2 s at 100,000 papers.
    # SQLite only: the query plan asked for is SQLite's own.
    library = add_papers(Library(memory=True))
    sql, params = library.ordered_ids_query(filters, order_by, False)
    plan = " ".join(row[3] for row in library.db.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "USING COVERING INDEX papers_filtered" in plan, plan


def test_a_pasted_page_searches_its_first_different_words_only(library):
    from exodesk.library.search import MAX_TERMS, fts_query

    pasted = " ".join(f"word{n}" for n in range(2000)) + " exosome"
    assert fts_query(pasted).count(" AND ") == MAX_TERMS - 1
    assert fts_query("exosome " * 3000) == '"exosome"*'
    assert library.search_ids("exosome therapy " * 2000, order_by="id") == [2]


def test_a_word_longer_than_any_index_keeps_is_stored_and_found(new_library):
    # A 5,000-digit number in an abstract: PostgreSQL keeps words of at most 2,046 bytes.
    digits = "7" * 5000
    paper_id = new_library.insert_paper(Paper(title="Counted", abstracts=[Abstract("en", f"{digits} patients")]))
    assert new_library.search_ids(digits) == [paper_id]
    assert new_library.search_ids("7" * 12) == [paper_id]
    assert new_library.search_ids("7" * 12 + "8") == []


def test_the_index_is_built_anew_from_the_records_leaving_out_a_damaged_one(library):
    library.save_notes(2, Notes(free_notes="ask Dr Chan"))
    library.db.execute("UPDATE papers SET data = '{' WHERE id = 3")
    assert library.rebuild_index() == [3]
    assert library.indexed_ids() == {1, 2}
    assert (library.search_ids("exosome"), library.search_ids("Chan"), library.search_ids("platelet")) == ([1, 2], [2], [])


@pytest.mark.parametrize("text", [
    "", "plain English", "Exosomes – a review", "系统性硬化症是一种自身免疫性疾病。", "外泌體治療肛瘻的臨床試驗。",
    "An English abstract (n = 20). 中文摘要：外泌体治疗痤疮。Then English, 2 例。", "䷀ hexagrams ䷁ and 㐀 extension A",
    "emoji 😀 then 中文", "full-width ＡＢＣ１２３ and 中文", "中", "a中b文c", "ﬁ ligature, 豈 compatibility 﨩",
])
def test_the_index_text_spaces_each_chinese_character_in_simplified(text):
    plain = HAN_RUN.sub(lambda m: " " + " ".join(m.group(0)) + " ", to_simplified(text)) if HAN_RUN.search(text) else text
    assert index_text(text) == plain

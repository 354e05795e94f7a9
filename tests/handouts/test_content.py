"""The handout's content as data: certainty, honesty rules, readability, snapshot."""

import dataclasses
import json

import pytest

from exodesk.handouts.certainty import assess
from exodesk.handouts.content import Clinic, build_handout
from exodesk.handouts.readability import english_prose, grade, handout_grade
from exodesk.handouts.references import vancouver
from exodesk.handouts.texts import forbidden_words, load
from exodesk.model import Author, Notes, Paper

from .entries import CLINIC, PRODUCED, SITUATIONS, entry


def build(entries, language="en", **options):
    return build_handout(condition="psoriasis", entries=entries, clinic=CLINIC, language=language,
                         produced=PRODUCED, **options)


@pytest.mark.parametrize("situation", list(SITUATIONS))
def test_each_situation_is_recognised(situation):
    assert build(SITUATIONS[situation]).certainty.situation == situation


def test_grades_follow_the_designs_and_the_number_of_people():
    rct = lambda n: Notes(study_design="randomised controlled trial", sample_size=n)  # noqa: E731
    series = Notes(study_design="case series", sample_size=40)
    assert assess([rct(40), rct(30)]).grade == "low"  # randomised, but few people
    assert assess([rct(80), rct(120)]).grade == "moderate"
    assert assess([rct(300)]).grade == "low"
    assert assess([series, series]).grade == "very_low"
    assert assess([Notes(study_design="non-randomised controlled study", sample_size=150)]).grade == "low"
    assert assess([rct(80), rct(120)], override="high").grade == "high"
    assert assess([Notes(study_design="preclinical study (animal or laboratory)")], override="high").grade is None


def test_an_unknown_number_of_people_is_said_so():
    handout = build([entry("Wong", 2024, "case series", None, "4")])
    assert "an unknown number of people" in handout.text()
    assert "at least 12 people" in build([entry("A", 2024, "case series", 12), entry("B", 2024, "case series")]).text()


def test_the_fixed_wording_makes_no_forbidden_claims_in_either_language():
    for situation, entries in SITUATIONS.items():
        handout = build(entries, "both")
        assert forbidden_words(handout.text()) == [], situation
        assert not [w for w in handout.warnings if "uses the word" in w], situation


def test_a_note_that_claims_too_much_is_printed_as_written_but_warned_about():
    paper, notes = entry("Lam", 2024, "case series", 5, "4", finding="A proven, safe cure.")
    handout = build([(paper, notes)])
    assert "A proven, safe cure." in handout.text()
    assert [w for w in handout.warnings if "uses the word" in w] == [
        "the sheet uses the word 'proven': a handout makes no such claim",
        "the sheet uses the word 'safe': a handout makes no such claim",
        "the sheet uses the word 'cure': a handout makes no such claim",
    ]


def test_no_side_effects_in_five_people_never_becomes_safe():
    handout = build(SITUATIONS["one_small_uncontrolled"], "both")
    text = handout.text()
    assert "Wong et al. 2024: none reported (0 of 5 patients)" in text
    assert "Wong et al. 2024: 沒有報告副作用（5人中0人有副作用）" in text
    assert "When no side effects were reported in a few people, this does not mean there are no risks." in text
    assert forbidden_words(text) == []


@pytest.mark.parametrize("situation", list(SITUATIONS))
def test_english_text_reads_at_grade_8_or_lower(situation):
    assert handout_grade(build(SITUATIONS[situation])) <= 8


def test_the_english_template_wording_reads_at_grade_8_or_lower():
    words = load("en")
    values = {"condition": "psoriasis", "clinic": "Harbour Skin Clinic", "contact": "2345 6789", "people": "5 people",
              "studies": "2 studies", "controlled": "1 study", "controlled_n": 1, "rcts": "2 studies", "rcts_n": 2,
              "count": "2 studies", "date": "23 November 2026", "produced": "23 November 2026",
              "review_by": "23 November 2027", "version": "1", "registration": "registered"}
    texts = [words["purpose"], words["experimental"], words["compare"], *words["what_it_is"],
             *words["situation"].values(), *words["grade"].values(), *words["risks"],
             *words["regulation"]["paragraphs"], *words["questions"], *words["report"], words["interest_default"],
             *words["about"], words["level_note"], words["table_caption"]]
    prose = "\n".join(t.format(**values) for t in texts)
    assert grade(prose) <= 8, grade(prose)


def test_readability_measures_only_the_english_prose():
    handout = build(SITUATIONS["several_rcts"], "both")
    prose = english_prose(handout)
    assert "What other treatments could I have, and how well do they work?" in prose
    assert "研究" not in prose and "Less scaling than placebo" not in prose
    assert handout_grade(build(SITUATIONS["several_rcts"], "zh-Hant")) is None


def test_the_snapshot_records_what_the_sheet_rests_on_and_is_json():
    paper, notes = entry("Wong", 2024, "case series", 5, "4", harms="none reported (0 of 5 patients)")
    paper.id = 17
    notes.suggested = {"sample_size": "Five patients"}
    handout = build([(paper, notes)], "both", version="2")
    snapshot = json.loads(json.dumps(handout.snapshot))
    assert snapshot == {
        "condition": "psoriasis",
        "language": "both",
        "produced": "2026-11-23",
        "review_by": "2027-11-23",
        "version": "2",
        "approved": False,
        "certainty_override": None,
        "clinic": dataclasses.asdict(CLINIC),
        "paper_ids": [17],
        "papers": [{"id": 17, "reference": vancouver(paper)}],
        "notes": [notes.to_dict()],
        "texts_checked": {"en": "2026-11-23", "zh-Hant": "2026-11-23"},
        "conditions_checked": "2026-11-23",
    }
    assert handout.draft is True
    assert handout.warnings == ["Wong et al. 2024: suggested, not yet confirmed: sample_size"]


def test_any_spelling_of_the_condition_and_the_clinics_own_statements():
    clinic = Clinic(name="Harbour Skin Clinic", contact="2345 6789", interest="We sell this & earn from it.",
                    registration="registered, HK-12345 (checked 3 March 2026)")
    handout = build_handout(condition="牛皮癬", entries=[], clinic=clinic, produced=PRODUCED)
    assert handout.condition.id == "psoriasis"
    text = handout.text()
    assert "We sell this & earn from it." in text
    assert "Our product: registered, HK-12345 (checked 3 March 2026)." in text
    with pytest.raises(ValueError):
        build_handout(condition="no such thing", entries=[], clinic=clinic)


def test_the_usual_treatments_come_from_the_vocabulary():
    handout = build([], "zh-Hant")
    usual = next(s for s in handout.parts[0].sections if s.key == "usual")
    assert usual.heading == "銀屑病（牛皮癬）的常用治療"
    assert usual.blocks[1].items == ["含類固醇或維他命D的藥膏", "光線治療", "口服藥物，例如甲氨蝶呤", "較嚴重的病情可注射生物製劑"]


def test_vancouver_references():
    many = Paper(
        title="Evaluating exosomes for refractory perianal fistula in IBD patients: clinical trial phase I",
        authors=[Author("Nazari", "Hojjatollah"), Author("Alborzi", "Foroogh"), Author("Heirani-Tabasi", "Asieh"),
                 Author("Hadizadeh", "Alireza"), Author("Asbagh", "Reza Akbari"), Author("Behboudi", "Behnam"),
                 Author("Ahmadi Tafti", "Seyed Mohsen")],
        journal_abbrev="Gastroenterol Rep (Oxf)", date="2022-12-09", volume="10", pages="goac075",
        doi="10.1093/gastro/goac075",
    )
    assert vancouver(many) == (
        "Nazari H, Alborzi F, Heirani-Tabasi A, Hadizadeh A, Asbagh RA, Behboudi B, et al. Evaluating exosomes "
        "for refractory perianal fistula in IBD patients: clinical trial phase I. Gastroenterol Rep (Oxf). "
        "2022 Dec 9;10:goac075. doi:10.1093/gastro/goac075"
    )
    untitled = Paper(journal_abbrev="Int J Mol Sci", date="2024-07-16", volume="25", issue="14", pages="7794",
                     doi="10.3390/ijms25147794")
    assert vancouver(untitled) == "Int J Mol Sci. 2024 Jul 16;25(14):7794. doi:10.3390/ijms25147794"
    chinese = Paper(title="外泌體治療", authors=[Author(literal="王小明")], authors_truncated=True, date="2023")
    assert vancouver(chinese) == "王小明, et al. 外泌體治療. 2023."


def test_a_summary_in_simplified_characters_is_shown_in_hong_kong_traditional_marked_converted():
    paper, notes = entry("Lau", 2024, "case series", 8, "4")
    notes.summary_zh = "治疗后皮屑减少，说明可能有帮助"
    handout = build([(paper, notes)], "both")
    text = handout.text("zh-Hant")
    assert "治療後皮屑減少，説明可能有幫助（電腦轉換）" in text
    assert "標有「電腦轉換」的中文內容，由電腦從簡體字轉換為繁體字。" in text
    assert "converted" not in handout.text("en")

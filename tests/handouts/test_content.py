"""The handout's content as data: which papers count, findings in our words,
certainty by GRADE, harms as reported, the claim check and approval."""

import dataclasses
import json
import re

import pytest

from exodesk.handouts.certainty import assess
from exodesk.handouts.claims import claims_in
from exodesk.handouts.content import Clinic, build_handout
from exodesk.handouts.readability import english_prose, grade, handout_grade
from exodesk.handouts.references import vancouver
from exodesk.model import (
    IMPROVED,
    NO_CLEAR_DIFFERENCE,
    NOT_TESTED,
    WORSE,
    Author,
    Notes,
    Paper,
)

from .entries import CLINIC, PRODUCED, SITUATIONS, entry, study

RCT = "randomised controlled trial"
SERIES = "case series"


def build(entries, language="en", condition="psoriasis", **options):
    return build_handout(condition=condition, entries=entries, clinic=CLINIC, language=language,
                         produced=PRODUCED, **options)


def rows(handout, part=0):
    return [r for s in handout.parts[part].sections for b in s.blocks for r in b.rows]


def section(handout, key, part=0):
    return next(s for s in handout.parts[part].sections if s.key == key)


def items(handout, key, part=0):
    return [item for b in section(handout, key, part).blocks for item in b.items]


@pytest.mark.parametrize("situation", list(SITUATIONS))
def test_each_situation_is_recognised(situation):
    assert build(SITUATIONS[situation]).certainty.situation == situation


# --- which papers count ----------------------------------------------------------


def test_only_papers_whose_intervention_is_the_treatment_are_printed():
    on_topic = entry("Wong", 2024, SERIES, 12, "4", IMPROVED)
    mindfulness = entry("Moore", 2024, RCT, 80, "2", IMPROVED, intervention="mindfulness-based stress reduction")
    herbal = entry("Zhou", 2023, "systematic review / meta-analysis", level="1", intervention="Chinese herbal medicine")
    handout = build([on_topic, mindfulness, herbal], "both")
    assert [r[0] for r in rows(handout)] == ["Wong et al. 2024"]
    assert [r[0] for r in rows(handout, part=1)] == ["Wong等 2024"]  # the Chinese sheet's way of "et al."
    assert handout.certainty.people_studies == 1 and handout.certainty.randomised == 0
    assert "Moore" not in handout.text() and "Zhou" not in handout.text()
    assert [(p.authors[0].family, r.verdict) for p, r in handout.excluded] == [("Moore", "off topic"), ("Zhou", "off topic")]
    assert "2 paper(s) left out as off topic" in handout.warnings


def test_a_paper_whose_intervention_is_unknown_is_borderline_shown_to_the_clinician_never_printed():
    unknown = entry("Tam", 2024, SERIES, 20, "4", IMPROVED, intervention="")
    unknown[0].abstracts = []
    unknown[0].title = "Exosome-rich serum for psoriasis"
    silent = entry("Poon", 2024, SERIES, 20, "4", IMPROVED, intervention="")
    silent[0].title = "Light therapy for psoriasis"
    handout = build([unknown, silent])
    assert rows(handout) == []
    assert [(p.authors[0].family, r.verdict) for p, r in handout.excluded] == [("Tam", "borderline"), ("Poon", "off topic")]
    assert [w for w in handout.warnings if "borderline" in w] == [
        "Tam et al. 2024: left out, borderline: it mentions Exosome, but its intervention is not recorded"]


def test_a_paper_whose_notes_do_not_list_the_condition_is_not_evidence_for_it():
    acne = entry("Yu", 2024, SERIES, 20, "4", IMPROVED, condition="acne-scars")
    handout = build([acne])
    assert rows(handout) == [] and handout.excluded[0][1].verdict in ("borderline", "off topic")


# --- findings in our words ----------------------------------------------------


def test_the_finding_is_in_our_words_with_the_numbers_never_the_authors_conclusion():
    paper, notes = entry("Nazari", 2022, "phase I clinical trial (single arm)", 5, "4", IMPROVED, "none reported",
                         condition="perianal-fistula", outcome="complete fistula closure",
                         outcome_zh="瘻管完全癒合", responders=3)
    paper.abstracts = []
    handout = build([(paper, notes)], "both", condition="perianal fistula")
    assert rows(handout, 0)[0][1:] == ["Trial with no comparison group", "5",
                                       "Better after treatment. Complete fistula closure: 3 of 5 people.", "4"]
    assert rows(handout, 1)[0][3] == "治療後有改善。瘻管完全癒合：5人中有3人。"
    assert "demonstrates" not in handout.text()


@pytest.mark.parametrize(("direction", "design", "english", "chinese"), [
    (IMPROVED, RCT, "Better than the comparison group.", "比對照組好。"),
    (NO_CLEAR_DIFFERENCE, RCT, "No clear difference from the comparison group.", "與對照組沒有明顯分別。"),
    (WORSE, SERIES, "Worse after treatment.", "治療後變差。"),
    (NO_CLEAR_DIFFERENCE, SERIES, "No clear change after treatment.", "治療後沒有明顯變化。"),
])
def test_each_direction_in_both_languages(direction, design, english, chinese):
    handout = build([entry("Ma", 2024, design, 40, "", direction)], "both")
    assert rows(handout, 0)[0][3] == english
    assert rows(handout, 1)[0][3] == chinese


def test_without_a_chinese_outcome_the_chinese_row_keeps_the_numbers_and_no_english():
    handout = build([entry("Ma", 2024, SERIES, 10, "", IMPROVED, outcome="itch score", responders=7)], "zh-Hant")
    assert rows(handout)[0][3] == "治療後有改善。10人中有7人達到研究的主要目標。"


def test_a_result_nobody_recorded_blocks_approval():
    handout = build([entry("Ma", 2024, SERIES, 10, "4", "")], approved_by="Dr Chan")
    assert rows(handout)[0][3] == "Result not recorded."
    assert handout.draft and "Ma et al. 2024: its result (direction) is not recorded" in handout.blockers


def test_the_table_names_the_strongest_studies_in_people_first_at_most_eight():
    studies = [study(f"S{i:02}", SERIES, 10 + i, IMPROVED) for i in range(12)]
    studies += [study("Trial", RCT, 50, IMPROVED), study("Cohort", "non-randomised controlled study", 90, IMPROVED)]
    studies += [entry("Mouse", 2023, "preclinical study (animal or laboratory)", direction=NOT_TESTED)]
    handout = build(studies)
    assert [r[0].split()[0] for r in rows(handout)] == ["Trial", "Cohort", "S11", "S10", "S09", "S08", "S07", "S06"]
    text = handout.text()
    assert "The table shows the 8 strongest of the 14 studies in people we found. Ask us for the full list." in text
    assert "We also found 1 laboratory or animal study. Such papers do not test the treatment in people." in text
    assert len(handout.parts[0].references) == 8


# --- certainty by GRADE ---------------------------------------------------------------


def notes(design, people, direction):
    return Notes(study_design=design, sample_size=people, direction=direction)


def test_trials_that_disagree_never_read_as_probably_helps():
    trials = [study(f"T{i}", RCT, 120, IMPROVED if i % 2 else NO_CLEAR_DIFFERENCE) for i in range(30)]
    handout = build(trials, "both")
    assert handout.certainty.direction == "mixed" and handout.certainty.grade == "low"
    text = handout.text()
    assert "probably" not in text and "may help" not in text
    assert "The studies do not agree. We do not know if exosome treatment helps with psoriasis." in text
    assert "各項研究的結果並不一致" in handout.text("zh-Hant")
    assert any("inconsistency" in reason for reason in handout.certainty.reasons)


def test_trials_that_found_no_benefit_say_so():
    handout = build([study(f"T{i}", RCT, 80, NO_CLEAR_DIFFERENCE) for i in range(3)])
    assert handout.certainty.grade == "moderate"
    assert "Exosome treatment probably makes little or no difference to psoriasis." in handout.text()


def test_grade_domains_each_rate_down_with_a_reason():
    assert assess([notes(RCT, 80, IMPROVED), notes(RCT, 120, IMPROVED)]).grade == "moderate"
    small = assess([notes(RCT, 20, IMPROVED), notes(RCT, 30, IMPROVED)])
    assert small.grade == "moderate" and any("imprecision: 50 people" in r for r in small.reasons)
    series = assess([notes(SERIES, 200, IMPROVED), notes(SERIES, 300, IMPROVED)])
    assert series.grade == "very_low" and any("risk of bias" in r for r in series.reasons)
    cohort = assess([notes("non-randomised controlled study", 150, IMPROVED)])
    assert cohort.grade == "low"
    unknown = assess([notes(RCT, 500, ""), notes(RCT, 500, "")])
    assert unknown.grade == "low" and unknown.direction == "unknown"
    assert assess([notes(RCT, 80, IMPROVED), notes(RCT, 120, IMPROVED)], override="high").grade == "high"
    assert assess([notes("preclinical study (animal or laboratory)", None, "")], override="high").grade is None


def test_an_unknown_number_of_people_is_said_so():
    assert "an unknown number of people" in build([entry("Wong", 2024, SERIES, None, "4", IMPROVED)]).text()
    both = build([entry("A", 2024, SERIES, 12, "", IMPROVED), entry("B", 2024, SERIES, None, "", IMPROVED)])
    assert "at least 12 people" in both.text()


def test_case_series_are_never_called_controlled():
    handout = build([study("A", SERIES, 30, IMPROVED), study("B", SERIES, 40, IMPROVED)], "both")
    text = handout.text()
    assert "None of them compared treated people with people who did not get it." in text
    assert "Better after treatment." in text and "comparison group." not in rows(handout)[0][3]


# --- harms as reported --------------------------------------------------------------------


def test_harms_are_named_with_counts_and_not_reported_is_kept_apart_from_none():
    studies = [
        study("A", SERIES, 40, IMPROVED, harms="redness (3); infection (1)"),
        study("B", SERIES, 20, IMPROVED, harms="no serious adverse events reported; redness (2)"),
        study("C", SERIES, 7, IMPROVED, harms="no serious adverse events reported"),
        study("D", SERIES, 5, IMPROVED, harms="none reported"),
        study("E", SERIES, 9, IMPROVED, harms="not reported"),
        study("F", SERIES, 9, IMPROVED, harms=""),
    ]
    handout = build(studies, "both")
    assert items(handout, "risks")[1:-1] == [
        "Side effects named: redness (5 people in 2 studies); infection (1 person in 1 study).",
        "In 1 study, no side effects were reported. In 2 studies, no serious side effects were reported. "
        "2 studies did not say whether anyone had side effects.",
    ]
    chinese = items(handout, "risks", 1)
    assert chinese[1] == "報告的副作用包括：皮膚發紅（紅斑）（2項研究共5人）；感染（1項研究共1人）。"
    assert "2項研究沒有報告嚴重副作用。2項研究沒有說明是否有人出現副作用。" in chinese[2]
    assert not any("0" in line for line in chinese)  # never "0 of 7 people had any side effect"


# --- claims, placeholders, approval ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "This demonstrates safety and a satisfactory therapeutic effect.", "An effective option.",
    "Its efficacy was high.", "A proven cure.", "It cured 3 people.", "A breakthrough for skin.",
    "Patients had no side effects.", "It regenerates skin.", "It reverses ageing.",
    "療效顯著。", "安全性良好。", "疗效显著", "已證實有效。", "保證無副作用。", "可逆轉老化。",
])
def test_claim_words_are_caught_in_every_form_and_both_languages(text):
    assert claims_in(text)


@pytest.mark.parametrize("text", [
    "We do not know if it works or is safe in people.", "It has not been shown to be safe.",
    "In 1 study, no side effects were reported.", "The safety of unregistered products is not guaranteed.",
    "未知對人是否有效或安全。", "其安全、效能及質素均未獲保證。",
])
def test_a_sentence_that_denies_the_claim_may_use_the_word(text):
    assert claims_in(text) == []


def test_a_clinicians_summary_that_claims_too_much_blocks_approval():
    paper, note = entry("Lam", 2024, SERIES, 5, "4", IMPROVED)
    note.summary_en = "Demonstrates safety and efficacy."
    handout = build([(paper, note)], approved_by="Dr Chan")
    assert handout.draft and not handout.approved_by
    assert "the sheet uses the word 'Demonstrates': a handout makes no such claim" in handout.blockers
    assert "the sheet uses the word 'safety': a handout makes no such claim" in handout.blockers


@pytest.mark.parametrize("situation", list(SITUATIONS))
def test_the_fixed_wording_makes_no_claims_in_either_language(situation):
    handout = build(SITUATIONS[situation], "both")
    assert claims_in(handout.text()) == []


def test_without_clinic_details_nothing_unfinished_is_printed_and_approval_is_refused():
    handout = build_handout(condition="psoriasis", entries=SITUATIONS["one_small_uncontrolled"], clinic=Clinic(),
                            language="both", produced=PRODUCED, approved_by="Dr Chan")
    text = handout.text()
    for unfinished in ("not set", "Preferences", "{", "}", "Call .", "patients of ", "None"):
        assert unfinished not in text
    assert handout.draft
    assert handout.blockers[:2] == ["the clinic's name is not set (Preferences ▸ Clinic)",
                                    "the clinic's contact (telephone) is not set (Preferences ▸ Clinic)"]
    assert "call the clinic that treated you straight away" in text


def test_every_sheet_is_a_draft_until_a_clinician_approves_it_even_with_no_studies():
    empty = build([])
    assert empty.draft and empty.blockers == []
    assert "This is a draft: a clinician has not yet approved it." in empty.text()
    approved = build([], approved_by="Dr Chan Tai Man")
    assert not approved.draft and approved.approved_by == "Dr Chan Tai Man"
    assert "Checked and approved by Dr Chan Tai Man." in approved.text()
    for part in empty.parts:  # no empty headings
        assert all(any(b.items or b.rows or b.caption for b in s.blocks) for s in part.sections)


def test_unconfirmed_suggestions_block_approval():
    paper, note = entry("Wong", 2024, SERIES, 5, "4", IMPROVED)
    note.suggested = {"sample_size": "Five patients", "free_notes": "x"}
    handout = build([(paper, note)], approved_by="Dr Chan")
    assert handout.draft and handout.blockers == ["Wong et al. 2024: suggested, not yet confirmed: Patients"]


# --- the order of a BAD leaflet, readability, snapshot -------------------------------------


def test_the_sections_follow_the_leaflet_order_in_both_languages():
    handout = build(SITUATIONS["one_small_uncontrolled"], "both")
    order = ["summary", "condition", "what_it_is", "studies", "unknown", "risks", "usual",
             "questions", "help", "regulation", "about"]
    for part in handout.parts:
        assert [s.key for s in part.sections] == order
    assert items(handout, "condition")[0].startswith("Psoriasis")
    help_text = " ".join(items(handout, "help"))
    for sign in ("fever", "redness that spreads", "pus", "swelling of the lips or face", "trouble breathing",
                 "2345 6789", "A&E"):
        assert sign in help_text
    assert "This sheet does not tell you what to choose." in items(handout, "summary")[-1]


@pytest.mark.parametrize("situation", list(SITUATIONS))
def test_english_text_reads_at_grade_7_or_lower(situation):
    assert handout_grade(build(SITUATIONS[situation])) <= 7


def test_readability_measures_only_the_english_prose():
    handout = build(SITUATIONS["several_rcts"], "both")
    prose = english_prose(handout)
    assert "What other treatments could I have, and how well do they work?" in prose
    assert "研究" not in prose and "Less scaling" not in prose
    assert handout_grade(build(SITUATIONS["several_rcts"], "zh-Hant")) is None
    assert grade(prose) == handout_grade(handout)


def test_the_snapshot_records_what_the_sheet_rests_on_and_is_json():
    paper, note = entry("Wong", 2024, SERIES, 5, "4", IMPROVED, "none reported")
    paper.id = 17
    off = entry("Moore", 2024, RCT, 80, "2", IMPROVED, intervention="mindfulness")
    off[0].id = 18
    handout = build([(paper, note), off], "both", version="2")
    snapshot = json.loads(json.dumps(handout.snapshot))
    assert snapshot["paper_ids"] == [17]
    assert snapshot["notes"] == [note.to_dict()]
    assert snapshot["left_out"] == [{"id": 18, "verdict": "off topic",
                                     "reason": "its intervention is 'mindfulness', not exosome treatment"}]
    assert snapshot["certainty"]["grade"] == "very_low"
    assert snapshot["clinic"] == dataclasses.asdict(CLINIC)
    assert snapshot["approved"] is False and snapshot["rows"] == 1


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


def test_a_summary_in_simplified_characters_is_shown_in_hong_kong_traditional_marked_converted():
    paper, note = entry("Lau", 2024, SERIES, 8, "4", IMPROVED)
    note.summary_zh = "治疗后皮屑减少，说明可能有帮助"
    handout = build([(paper, note)], "both")
    assert rows(handout, 1)[0][3] == "治療後皮屑減少，説明可能有幫助（電腦轉換）"
    assert "converted" not in handout.text("en")


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
    chinese = Paper(title="外泌體治療", authors=[Author(literal="王小明")], authors_truncated=True, date="2023")
    assert vancouver(chinese) == "王小明, et al. 外泌體治療. 2023."


def test_the_chinese_sheet_is_complete_with_no_english_but_names_and_references():
    studies = [*SITUATIONS["several_rcts"], *SITUATIONS["one_small_uncontrolled"],
               study("Ko", SERIES, 12, IMPROVED, harms="fever (1); an unnamed skin complaint (2)"),
               entry("Lab", 2023, "preclinical study (animal or laboratory)", direction=NOT_TESTED)]
    handout = build(studies, "zh-Hant", condition="psoriasis")
    part = handout.parts[0]
    text = "\n".join([part.title, part.subtitle] + [
        item for s in part.sections for b in s.blocks for item in b.items + b.header + [c for r in b.rows for c in r[1:]]])
    for name in (CLINIC.name, CLINIC.contact):
        text = text.replace(name, "")
    # Latin letters only in the terms a Hong Kong sheet keeps: the English for exosome at first use,
    # FDA, HK- numbers, a measure's own abbreviation (PASI), vitamin D (維他命D).
    assert set(re.findall(r"[A-Za-z]+", text)) <= {"exosome", "FDA", "HK", "PASI", "D"}
    assert "其他副作用" in text  # a harm with no Chinese name is counted, never printed in English


def test_with_no_study_in_people_the_studies_section_says_what_was_found_once():
    handout = build([*SITUATIONS["preclinical_only"], *SITUATIONS["reviews_only"]], "both")
    assert items(handout, "studies") == [
        "We found 1 laboratory or animal study and 3 reviews of other research about this treatment for psoriasis, "
        "but no study that tested it in people."]
    assert items(handout, "studies", 1) == [
        "我們找到1項實驗室或動物研究、3篇概述其他研究的綜述與以這種療法治療銀屑病（牛皮癬）有關，但沒有在人身上測試這種療法的研究。"]
    assert items(build([]), "studies") == ["We found no studies of this treatment in people with psoriasis."]


def test_one_small_trial_never_reads_as_probably_helps():
    # A real split-face trial of 25 people that found the exosome side better.
    handout = build([study("Kwon", RCT, 25, IMPROVED)], "both")
    assert handout.certainty.grade == "low"
    assert "rated down twice for imprecision: a single study of 25 people" in handout.certainty.reasons
    text = handout.text("en")
    assert "Only 1 study has tested it in people: 25 people, put into groups by chance and compared." in text
    assert "Exosome treatment may help with psoriasis. New studies could change this." in text
    assert "probably" not in text

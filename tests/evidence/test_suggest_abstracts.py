"""Whole suggestions for realistic abstracts (tests/evidence/abstracts.py): what
was measured, not the authors' conclusion; people who had the treatment, not
planned, surveyed, pooled or animal ones; protocols and surveys as such; harms
named with counts; Chinese abstracts read."""

import pytest

from exodesk.evidence import chinese_reading, findings, harms
from exodesk.evidence.suggest import NOT_MENTIONED, sentences, suggest
from exodesk.model import Abstract, Paper

from . import abstracts

NOT_TESTED = {"direction": "not tested"}
WANT = {
    "rct_no_benefit": {
        "intervention": 'adipose stem cell-derived exosome cream',
        "study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 92,
        "adverse_events": "skin reaction to the product (contact dermatitis) (2)",
        "outcome": "eczema severity (EASI score)", "direction": "no clear difference",
        "conditions": ["atopic-dermatitis"]},
    "split_face_acne_scars": {
        "intervention": 'umbilical cord MSC-derived exosomes',
        "study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 30,
        "adverse_events": "no serious adverse events reported; redness (3); itching (2)",
        "outcome": "acne scar grade", "direction": "improved", "conditions": ["acne-scars"]},
    "tcm_protocol": {
        "intervention": 'Chinese herbal medicine',
        "study_design": "study protocol (no results yet)", "evidence_level": "not graded", **NOT_TESTED,
        "conditions": ["atopic-dermatitis"]},
    "mindfulness_protocol": {
        "intervention": 'mindfulness-based stress reduction',
        "study_design": "study protocol (no results yet)", "evidence_level": "not graded", **NOT_TESTED,
        "conditions": ["psoriasis"]},
    "survey_of_users": {
        "study_design": "survey / cross-sectional study", "evidence_level": "not graded", **NOT_TESTED},
    "meta_analysis_4311": {
        "intervention": 'mesenchymal stem cell-derived extracellular vesicles',
        "study_design": "systematic review / meta-analysis", "evidence_level": "1", "outcome": "wound closure",
        "direction": "improved", "conditions": ["chronic-wounds"]},
    "mouse_psoriasis": {
        "intervention": 'exosomes from human umbilical cord MSCs',
        "study_design": "preclinical study (animal or laboratory)", "evidence_level": "5", **NOT_TESTED,
        "conditions": ["psoriasis"]},
    "case_report_with_harms": {
        "intervention": 'unlicensed exosome product',
        "study_design": "case report", "evidence_level": "4", "sample_size": 1,
        "adverse_events": "swelling; redness at the injection site; fever", "conditions": ["skin-ageing"]},
    "single_arm_harms_listed": {
        "intervention": 'intralesional exosome injection',
        "study_design": "single-arm trial", "evidence_level": "4", "sample_size": 18,
        "adverse_events": "pain at the injection site (7); bruising (2); headache (1)", "outcome": "keloid size",
        "direction": "improved", "conditions": ["hypertrophic-scars-keloids"]},
    "chinese_rct_simplified": {
        "intervention": '外泌體',
        "study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 60,
        "adverse_events": "no serious adverse events reported; redness (3); itching (2)", "outcome_zh": "瘢痕評分",
        "direction": "improved", "conditions": ["acne-vulgaris", "acne-scars"]},
    "chinese_single_arm_traditional": {
        "intervention": '外泌體',
        "study_design": "single-arm trial", "evidence_level": "4", "sample_size": 40, "adverse_events": "none reported",
        "outcome_zh": "傷口面積", "direction": "improved", "responders": 18, "conditions": ["chronic-wounds"]},
    "chinese_no_difference": {
        "intervention": '富血小板血漿',
        "study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 80,
        "adverse_events": "not reported", "outcome_zh": "複色率", "direction": "no clear difference",
        "conditions": ["vitiligo"]},
}


@pytest.mark.parametrize("name", sorted(WANT))
def test_suggestions_for_each_abstract(name):
    found = {field: s.value for field, s in suggest(abstracts.ALL[name]()).items()}
    assert found == WANT[name]


@pytest.mark.parametrize("name", sorted(WANT))
def test_suggested_harms_are_in_the_notes_form(name):
    text = WANT[name].get("adverse_events")
    if text is not None:
        assert harms.format(harms.parse(text)) == text


def test_no_sentence_of_the_abstract_is_a_value():
    for make in abstracts.ALL.values():
        paper = make()
        parts = sentences(paper.abstracts[0].text)
        for suggestion in suggest(paper).values():
            assert suggestion.value not in parts, suggestion
            if suggestion.field == "outcome":
                assert len(suggestion.value) < 40, suggestion


def test_direction_and_harms_rest_on_the_papers_words():
    found = suggest(abstracts.split_face_acne_scars())
    assert found["direction"].support == (
        "Acne scar grading by two blinded dermatologists improved more on the exosome side at 16 weeks (p < 0.01).")
    assert found["adverse_events"].support == (
        "No serious adverse events were reported; mild erythema in 3 patients and transient itching in 2 "
        "resolved within a week.")
    assert suggest(abstracts.chinese_no_difference())["adverse_events"].support == NOT_MENTIONED
    assert suggest(abstracts.chinese_single_arm_traditional())["responders"].support == "治愈18例"


def test_planned_surveyed_pooled_and_animal_counts_are_no_sample():
    for make in (abstracts.tcm_protocol, abstracts.mindfulness_protocol, abstracts.survey_of_users,
                 abstracts.meta_analysis_4311, abstracts.mouse_psoriasis):
        assert "sample_size" not in suggest(make()), make.__name__


def test_harms_tallied_without_a_verb_are_read_not_called_unreported():
    # A trial against the treatment writes its harms as a tally: "Serious adverse events: 9 vs 4".
    from exodesk.model import Abstract, Paper

    text = ("Methods: 212 adults with venous leg ulcers were randomised to topical exosome gel or placebo gel. "
            "Results: Complete closure at 12 weeks was 31% with exosomes and 33% with placebo. "
            "Serious adverse events: 9 vs 4, including 3 wound infections in the exosome group. "
            "Conclusions: Exosome gel did not improve healing and may increase infections.")
    found = suggest(Paper(title="Exosome gel for venous leg ulcers: a randomised placebo-controlled trial",
                          abstracts=[Abstract(text=text, language="en")]))
    assert found["adverse_events"].value == "infection"
    assert found["adverse_events"].support.startswith("Serious adverse events: 9 vs 4")


def test_a_sentence_comparing_something_else_gives_no_direction():
    sentences = ["Twenty patients were enrolled.",
                 "There was no significant difference in baseline characteristics between groups.",
                 "Adverse events were worse in two patients.",
                 "Scar scores improved in the exosome group."]
    assert findings.direction(sentences) == ("improved", sentences[3])
    assert findings.direction(sentences[:3]) is None
    assert findings.direction([*sentences[:3], "Healing did not differ between groups."]) == (
        "no clear difference", "Healing did not differ between groups.")


def test_a_chinese_sentence_comparing_something_else_gives_no_direction():
    sentences = ["两组基线资料差异无统计学意义", "两组不良反应加重", "治疗后瘢痕评分明显改善"]
    assert chinese_reading.direction(sentences) == ("improved", sentences[2])
    assert chinese_reading.direction(sentences[:2]) is None


@pytest.mark.parametrize("sentence, measured", [
    ("The primary outcome was change in knee pain at 12 months on an 11-point scale.", "knee pain"),
    ("The primary outcome was the mean change from baseline in joint stiffness at week 24.", "joint stiffness"),
    ("The primary end point was the percentage reduction in lesion size after 8 weeks.", "lesion size"),
    ("The primary outcome was pain at 6 months.", "pain"),
])
def test_a_primary_outcome_named_as_a_change_in_something_is_that_something(sentence, measured):
    # "change in knee pain at 12 months" was read as "change": the "in" ended it.
    assert findings.outcome([sentence], sentence.lower())[0] == measured


@pytest.mark.parametrize("sentence", [
    "Placebo-controlled trials at low risk of bias show little or no effect on pain.",
    "Exosome serum probably makes little or no difference to scar grade.",
    "The injections had no effect on hair density at 24 weeks.",
])
def test_little_or_no_effect_is_no_clear_difference(sentence):
    # GRADE's own wording for a null result: it was read as no result, or as
    # "improved" from a hopeful sentence elsewhere in the abstract.
    text = f"Exosomes were tested in adults. Pain was reduced in some patients. {sentence}"
    assert findings.direction(sentences(text))[0] == "no clear difference"


@pytest.mark.parametrize("result, direction", [
    ("At six months, three of five patients had complete healing; one did not improve.", "improved"),
    ("Three patients exhibited complete healing, while one reported no improvement.", "improved"),
    ("Two patients did not improve and the other ten healed.", "improved"),
    ("The exosome group did not improve more than the placebo group.", "no clear difference"),
])
def test_one_person_who_did_not_improve_is_not_the_studys_result(result, direction):
    # In a study without a comparison group, "one did not improve" tells one
    # person's course; it made a trial where three of five healed "no clear difference".
    text = f"Five patients with refractory perianal fistula were treated with exosomes. {result}"
    found = suggest(Paper(title="Exosomes for perianal fistula: a phase I trial", abstracts=[Abstract("en", text)]))
    assert found["direction"].value == direction


@pytest.mark.parametrize("allocation", [
    "According to a random number table, patients were divided into a PRP group and a control group, 15 each.",
    "Thirty patients were randomly divided into an exosome group and a control group.",
])
def test_allocation_by_a_random_number_table_is_a_randomised_trial(allocation):
    # Chinese trials' own wording (随机数字表法), in their English abstracts too:
    # with "control group" alone the trial was taken for a non-randomised study.
    text = f"Thirty patients with hair loss after transplantation were studied. {allocation} Survival was higher with PRP."
    found = suggest(Paper(title="Platelet-rich plasma after hair transplantation", abstracts=[Abstract("en", text)]))
    assert found["study_design"].value == "randomised controlled trial"


def test_harms_of_hair_and_laser_treatments_are_named_with_their_counts():
    # A trial that argues against the treatment: its folliculitis (9 people)
    # was missing from the patient sheet, which named only the contact dermatitis.
    text = ("One hundred and twenty adults were randomly assigned to exosome serum or vehicle. Hair density did not "
            "differ between groups. Adverse events were more frequent with exosome serum: folliculitis occurred in 9 "
            "patients and contact dermatitis in 4 patients. Blistering developed in 2 patients after microneedling.")
    found = suggest(Paper(title="Exosome serum for hair loss", abstracts=[Abstract("en", text)]))
    assert found["adverse_events"].value == ("inflamed hair follicles (folliculitis) (9); "
                                             "skin reaction to the product (contact dermatitis) (4); blisters (2)")
    assert harms.name_zh("folliculitis") == "毛囊發炎（毛囊炎）"


def test_a_side_effect_that_grew_worse_is_not_a_worse_result_in_chinese():
    # "感染加重" (an infection grew worse) made a trial that helped read as "worse".
    sentences = ["治疗后观察组瘢痕评分明显改善", "观察组2例出现感染加重，经处理后好转"]
    assert chinese_reading.direction(sentences) == ("improved", sentences[0])
    assert chinese_reading.direction(["治疗后观察组病情加重"]) == ("worse", "治疗后观察组病情加重")
    assert chinese_reading.direction(["治疗后观察组瘙痒加重"]) == ("worse", "治疗后观察组瘙痒加重")  # an outcome


def test_a_side_effect_that_grew_worse_in_some_people_is_not_a_worse_result():
    text = ("Forty patients were treated. Scar scores improved in the exosome group. "
            "Swelling worsened in two patients after the second session.")
    assert findings.direction(sentences(text))[0] == "improved"
    eczema = "Forty patients were randomised. Itch worsened in the exosome group compared with vehicle."
    assert findings.direction(sentences(eczema))[0] == "worse"  # itch is the trial's outcome here


def test_a_vitiligo_flare_where_the_skin_was_injured_is_a_named_harm():
    text = ("Twenty patients with stable vitiligo received microneedling with exosomes. Repigmentation of more than "
            "50% occurred in 11 patients. Koebner phenomenon occurred in 2 patients at the treated sites.")
    found = suggest(Paper(title="Exosomes for vitiligo", abstracts=[Abstract("en", text)]))
    assert found["adverse_events"].value == "new patches where the skin was injured (Koebner phenomenon) (2)"


@pytest.mark.parametrize("sentence, measured", [
    ("由皮肤科医师评定MASI评分", "MASI評分"),
    ("末次治疗后12周采用ECCA评分评价疗效", "ECCA評分"),
    ("于3、7、14 d观察创面愈合率", "創面癒合率"),
    ("治疗前后测量溃疡面积", "潰瘍面積"),
])
def test_what_a_chinese_abstract_measured_leaves_out_how_it_was_measured(sentence, measured):
    # "評定MASI評分", "採用ECCA評分", "觀察創面癒合率" were given as the measures.
    assert chinese_reading.outcome([sentence])[0] == measured


def test_a_chinese_trial_better_than_placebo_has_its_result():
    # "毛发密度增加多于安慰剂组" (hair density rose more than with placebo) was no result.
    sentences = ["将80例患者随机分为外泌体组和安慰剂组", "外泌体组毛发密度增加多于安慰剂组，差异有统计学意义（P＜0.05）"]
    assert chinese_reading.direction(sentences) == ("improved", sentences[1])

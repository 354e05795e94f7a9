"""A cue the paper denies is no cue: "no survey was done" makes no survey of a
randomised trial, "patients will not be recontacted" plans nothing, "neither
randomised nor blinded" is no randomised trial. The true cues stay cues."""

import pytest

from exodesk.evidence import negation
from exodesk.evidence.counts import sample_size, sample_size_zh
from exodesk.evidence.guarded import lowered
from exodesk.evidence.suggest import suggest
from exodesk.model import Paper
from exodesk.text.abstracts import make_abstract

from . import abstracts

# The notes a denied cue used to turn wrong; the other fields are other readers' (test_suggest_abstracts.py).
FIELDS = ("study_design", "evidence_level", "sample_size", "direction")
WANT = {
    # Was a survey (not graded, no sample size, "not tested").
    "rct_denies_survey": {
        "study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 96,
        "direction": "no clear difference"},
    # Lost its 212 (as planned people) and took the 203 who completed.
    "rct_patients_not_recontacted": {
        "study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 212,
        "direction": "no clear difference"},
    # Was a randomised trial, level 2.
    "neither_randomised_nor_blinded": {
        "study_design": "non-randomised controlled study", "evidence_level": "3", "sample_size": 83,
        "direction": "improved"},
    # Was a randomised trial (from the placebo-controlled trials it is unlike) of the 29 who completed:
    # "had not responded to" two courses made its enrolment sentence look like a survey's.
    "single_arm_without_control": {
        "study_design": "phase II clinical trial (single arm)", "evidence_level": "4", "sample_size": 32,
        "direction": "improved"},
    # Was a survey: no sample size, "not tested".
    "case_series_instead_of_survey": {
        "study_design": "case series", "evidence_level": "4", "sample_size": 27, "direction": "worse"},
    # Was a systematic review, level "as its studies", no sample size.
    "rct_no_earlier_review": {
        "study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 120,
        "direction": "no clear difference"},
    # Was a survey: no sample size, "not tested".
    "chinese_rct_not_survey": {
        "study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 86,
        "direction": "no clear difference"},
    # Was a randomised trial, level 2.
    "chinese_single_arm_not_randomised": {
        "study_design": "single-arm trial", "evidence_level": "4", "sample_size": 35, "direction": "improved"},
    # "There was no improvement in SCORAD", "neither itch nor sleep loss improved": was "improved".
    "rct_no_improvement": {
        "study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 78,
        "direction": "no clear difference"},
    # "MASI评分较对照组无明显改善": was "improved".
    "chinese_no_improvement": {
        "study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 64,
        "direction": "no clear difference"},
}


@pytest.mark.parametrize("name", sorted(WANT))
def test_a_denied_cue_does_not_make_the_notes(name):
    found = suggest(abstracts.ALL[name]())
    assert {field: found[field].value for field in FIELDS if field in found} == WANT[name]


def paper(title, text, language="en"):
    return Paper(title=title, abstracts=[make_abstract(text, language)])


TRUE_CUES = [
    pytest.param(
        paper("Exosome facials: views of dermatologists",
              "We conducted a cross-sectional survey of 1,024 clinicians in Hong Kong. Most had been asked about "
              "exosome facials by their patients."),
        {"study_design": "survey / cross-sectional study", "evidence_level": "not graded",
         "direction": "not tested"},
        id="survey"),
    pytest.param(
        paper("Exosome gel for venous leg ulcers",
              "We will recruit 120 patients with venous leg ulcers, who will be randomised to exosome gel or "
              "placebo gel. The primary outcome will be complete closure at 12 weeks."),
        {"study_design": "study protocol (no results yet)", "evidence_level": "not graded",
         "direction": "not tested"},
        id="protocol"),
    pytest.param(
        paper("Exosome serum after laser for melasma",
              "In this non-randomised study, 60 patients with melasma were enrolled and compared with a control "
              "group given laser alone. MASI fell more with the serum."),
        {"study_design": "non-randomised controlled study", "evidence_level": "3", "sample_size": 60,
         "direction": "improved"},
        id="non-randomised"),
    pytest.param(
        paper("Exosome cream for eczema",
              "Sixty-four adults with eczema were randomly assigned to exosome cream or vehicle. There was no "
              "significant difference in EASI between the groups."),
        {"study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 64,
         "direction": "no clear difference"},
        id="no-significant-difference"),
    pytest.param(
        paper("Exosome injections for keloids",
              "Patients were not randomised: 40 patients chose exosome injections and 20 patients had steroid "
              "injections as the control group. Keloid volume decreased more with exosomes."),
        {"study_design": "non-randomised controlled study", "evidence_level": "3", "sample_size": 40,
         "direction": "improved"},
        id="not-randomised"),
    pytest.param(
        paper("Exosome injections for keloids: an open-label study",
              "Eighteen patients with keloids were treated without a control group. Keloid volume decreased by "
              "a median of 31% at 6 months."),
        {"study_design": "single-arm trial", "evidence_level": "4", "sample_size": 18, "direction": "improved"},
        id="without-a-control-group"),
]


@pytest.mark.parametrize(("source", "want"), TRUE_CUES)
def test_the_true_cues_stay_cues(source, want):
    found = suggest(source)
    assert {field: found[field].value for field in FIELDS if field in found} == want


@pytest.mark.parametrize(("text", "cue"), [
    ("No survey was done.", "survey"),
    ("This was not a cross-sectional survey.", "cross-sectional"),
    ("The study was neither randomised nor blinded.", "randomised"),
    ("The study was neither randomised nor double-blind.", "double-blind"),
    ("Patients were treated without a control group.", "control group"),
    ("Rather than a survey, we ran a trial.", "survey"),
    ("Instead of a questionnaire survey, we reviewed charts.", "survey"),
    ("Unlike earlier randomised trials, ours was small.", "randomised"),
    ("We didn't use a questionnaire.", "questionnaire"),
    ("Patients will not be recontacted.", "will"),
    ("A formal survey of patients was not performed.", "survey"),
    ("A randomised trial is needed.", "randomised"),
    ("No systematic review or meta-analysis has examined them.", "meta-analysis"),
])
def test_denied(text, cue):
    low = lowered(text)
    at = low.index(cue)
    assert negation.denied(low, at, at + len(cue))


@pytest.mark.parametrize(("text", "cue"), [
    ("A cross-sectional survey of 1,024 clinicians.", "survey"),
    ("We will recruit 120 patients.", "will"),
    ("In this non-randomised study, 60 patients were enrolled.", "non-randomised"),
    ("No patient in the randomised group withdrew.", "randomised"),  # "no" is the patient's
    ("There was no difference between randomised groups.", "randomised"),
    ("No adverse events occurred; patients were randomised.", "randomised"),
    ("Forty patients with no prior treatment were randomised.", "randomised"),
    ("Twenty patients without exosomes formed the control group.", "control group"),
    ("Unlike the control group, the exosome group improved.", "control group"),
    ("Results were compared with a control group not given exosomes.", "control group"),
    ("The trial was not only randomised but also blinded.", "randomised"),
])
def test_not_denied(text, cue):
    low = lowered(text)
    at = low.index(cue)
    assert not negation.denied(low, at, at + len(cue))


@pytest.mark.parametrize(("sentence", "want"), [
    ("There was no improvement in itch or EASI with exosomes.", "no clear difference"),
    ("Neither EASI nor itch improved with exosomes.", "no clear difference"),
    ("Scar scores were not reduced by exosomes.", "no clear difference"),
    ("No patient worsened during follow-up.", None),
    ("No patient worsened; scar scores improved.", "improved"),
    ("Scar scores improved, with no worsening of itch.", "improved"),
    ("Unlike placebo, exosomes reduced scar scores.", "improved"),
    ("Scar scores improved in the exosome group but not in the placebo group.", "improved"),
    ("There was no significant difference in scar scores.", "no clear difference"),
    ("治疗后两组症状无明显改善", "no clear difference"),
    ("观察组红斑未见明显改善", "no clear difference"),
    ("两组均未见病情加重", None),
    ("观察组明显改善，对照组无明显改善", "improved"),
])
def test_a_denied_result_is_no_result_of_its_own(sentence, want):
    if sentence.isascii():
        source = paper("Exosomes for acne scars: a randomised trial",
                       f"Forty patients with acne scars were randomly assigned to exosomes or saline. {sentence}")
    else:
        source = paper("外泌体治疗痤疮瘢痕", f"将40例患者随机分为两组。{sentence}。", "zh-Hans")
    found = suggest(source).get("direction")
    assert (found.value, found.support) == (want, sentence) if want else found is None


def test_counts_in_a_sentence_denying_a_plan_or_survey_are_the_sample():
    assert sample_size(["The 212 enrolled participants will not be recontacted."]).value == 212
    assert sample_size(["No questionnaire was sent to the 48 patients treated."]).value == 48
    assert sample_size(["In total, 240 participants will be randomised."]) is None
    assert sample_size_zh(["本研究未采用问卷，共纳入患者86例"]).value == 86
    assert sample_size_zh(["共有120名受访者完成问卷调查"]) is None


@pytest.mark.parametrize(("text", "cue", "want"), [
    ("本研究不是问卷调查", "问卷", True),
    ("未进行问卷调查", "问卷", True),
    ("本研究没有随机分组", "随机", True),
    ("仍需随机对照试验证实", "随机", True),
    ("将80例患者随机分为两组", "随机", False),
    ("无严重不良反应，采用问卷评价满意度", "问卷", False),  # another clause
])
def test_denied_in_chinese(text, cue, want):
    assert negation.denied_zh(text, text.index(cue)) is want

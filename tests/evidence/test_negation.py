"""A cue the paper denies is no cue: "no survey was done" surveyed no one,
"patients will not be recontacted" plans nothing, "neither randomised nor
blinded" is no randomised trial. The true cues stay cues."""

import pytest

from exodesk.evidence import negation
from exodesk.evidence.counts import sample_size, sample_size_zh
from exodesk.evidence.guarded import lowered


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
    ("Results were compared with a control group not given exosomes.", "control group"),
    ("The trial was not only randomised but also blinded.", "randomised"),
])
def test_not_denied(text, cue):
    low = lowered(text)
    at = low.index(cue)
    assert not negation.denied(low, at, at + len(cue))


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

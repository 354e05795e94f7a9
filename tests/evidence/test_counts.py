"""People counts: numbers in words read whole or not at all; people planned,
surveyed or pooled are no sample; Chinese counts."""

import re

import pytest

from exodesk.evidence import counts, designs
from exodesk.evidence.counts import counts_in, number_value, sample_size, sample_size_zh
from exodesk.evidence.guarded import lowered

from .seed_papers import seed_papers


@pytest.mark.parametrize(("words", "value"), [
    ("five", 5), ("twenty-four", 24), ("one hundred and twenty", 120), ("four thousand three hundred and eleven", 4311),
    ("2,048", 2048), ("twenty eleven", None), ("hundred", None), ("eleven thousand", 11000),
])
def test_number_words(words, value):
    assert number_value(words) == value


def test_a_big_number_in_words_is_read_whole_or_not_at_all():
    assert [c.value for c in counts_in(["Four thousand three hundred and eleven patients were analysed."])] == [4311]
    assert counts_in(["Four thousand, three hundred and eleven patients were analysed."]) == []
    assert [c.value for c in counts_in(["Twelve men and ten women took part."])] == [12, 10]


@pytest.mark.parametrize("sentence", [
    "We will recruit 120 participants from three clinics.",
    "In total, 240 participants will be randomised.",
    "A total of 1,024 participants completed an online questionnaire.",
    "Twelve trials involving 742 patients were included.",
])
def test_people_planned_surveyed_or_pooled_are_no_sample(sentence):
    assert sample_size([sentence]) is None


def test_every_count_holds_a_people_word_after_a_space():
    """A sentence is searched for counts only when it holds one (and a number)."""
    texts = [abstract.text for paper in seed_papers().values() for abstract in paper.abstracts]
    texts += ["Twelve\tmen and 3\u00a0women", "n = 4 (four healthy\nvolunteers)", "Five of 20 cases", "ten-patient"]
    for text in texts:
        low = lowered(text)
        for m in counts._COUNT.regex.finditer(low):
            assert counts._PEOPLE_AFTER_SPACE.in_text(m.group(0)), m.group(0)
            assert counts._DIGIT.search(m.group(0)) or counts._IN_WORDS.may_match(m.group(0)), m.group(0)


def test_people_words_after_each_white_space_are_found_where_the_plain_alternation_finds_them():
    plain = re.compile(r"\s(?:" + counts.PEOPLE + r")")
    texts = [abstract.text for paper in seed_papers().values() for abstract in paper.abstracts]
    texts += [f"{n} {word}." for n in ("12", "a") for word in counts.PEOPLE.split("|")]
    texts += ["12 mental health workers", "three menopausal women", "the cased samples", "4\tpatients",
              "4\u00a0patients", "4\u3000women", "4\u2009men", "four\npeople", "4patients"]
    for text in texts:
        low = lowered(text)
        assert counts._PEOPLE_AFTER_SPACE.in_text(low) == bool(plain.search(low)), text


def test_chinese_counts():
    assert sample_size_zh(["共纳入患者60例", "治愈18例"]).value == 60
    assert sample_size_zh(["将80例患者随机分为两组，各40例"]).value == 80
    assert sample_size_zh(["拟纳入120名受试者"]) is None


@pytest.mark.parametrize(("label", "design_id"), [
    ("study protocol (no results yet)", designs.PROTOCOL), ("protocol for a randomised trial", designs.PROTOCOL),
    ("survey / cross-sectional study", designs.SURVEY), ("cross-sectional questionnaire", designs.SURVEY),
    ("randomised controlled trial", designs.RCT), ("not randomised, two groups", designs.NON_RANDOMISED),
])
def test_design_of_reads_the_new_labels(label, design_id):
    assert designs.design_of(label).id == design_id


def test_plans_and_surveys_never_count_as_evidence_of_effect():
    for design_id in (designs.PROTOCOL, designs.SURVEY):
        design = designs.by_id(design_id)
        assert (design.level, design.primary) == ("not graded", False)

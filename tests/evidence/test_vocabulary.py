"""The conditions vocabulary: look-ups by any name, and finding conditions in text."""

import json
from importlib import resources

import pytest

from exodesk.evidence.vocabulary import find_in_text, load, lookup


@pytest.mark.parametrize("name", [
    "systemic sclerosis", "Systemic Sclerosis", "scleroderma", "SSc", "ssc", "systemic-sclerosis",
    "系統性硬化症", "系统性硬化症", "硬皮病", " Systemic  sclerosis. ",
])
def test_every_spelling_of_systemic_sclerosis(name):
    assert lookup(name).id == "systemic-sclerosis"


@pytest.mark.parametrize(("name", "condition_id"), [
    ("Crohn's disease", "crohns-disease"), ("Crohn’s disease", "crohns-disease"), ("crohns disease", "crohns-disease"),
    ("克隆氏症", "crohns-disease"), ("克罗恩病", "crohns-disease"), ("IBD", "inflammatory-bowel-disease"),
    ("肛瘻", "perianal-fistula"), ("肛瘘", "perianal-fistula"), ("anal fistula", "perianal-fistula"),
    ("lichen sclerosis", "vulvar-lichen-sclerosus"), ("hair loss", "androgenetic-alopecia"),
    ("photoaging", "skin-ageing"), ("暗瘡", "acne-vulgaris"), ("痤疮", "acne-vulgaris"), ("keloid", "hypertrophic-scars-keloids"),
    ("DFU", "diabetic-foot-ulcer"), ("濕疹", "atopic-dermatitis"), ("牛皮癬", "psoriasis"),
])
def test_synonyms_abbreviations_and_chinese_names(name, condition_id):
    assert lookup(name).id == condition_id


def test_unknown_names_find_nothing():
    assert [lookup(n) for n in ("multiple sclerosis", "", "   ", "cancer")] == [None, None, None, None]


def found(text):
    return [(m.condition.id, list(m.words)) for m in find_in_text(text)]


def test_longer_names_win_and_unrelated_sclerosis_is_not_lichen_sclerosus():
    text = "Vulvar lichen sclerosis, systemic sclerosis and multiple sclerosis; atrophic acne scars, not lichen planus."
    assert found(text) == [
        ("vulvar-lichen-sclerosus", ["Vulvar lichen sclerosis"]),
        ("systemic-sclerosis", ["systemic sclerosis"]),
        ("acne-scars", ["atrophic acne scars"]),
    ]


def test_short_abbreviations_match_only_with_their_capitals_as_whole_words():
    assert found("Patients with SSc and IBD") == [
        ("systemic-sclerosis", ["SSc"]), ("inflammatory-bowel-disease", ["IBD"]),
    ]
    assert found("the ssc buffer, ibd-like, SScore, MSCs") == []


def test_a_name_inside_another_is_found_where_the_vocabulary_says_so():
    assert found("Five patients with refractory perianal Crohn’s disease fistulas.") == [
        ("perianal-fistula", ["perianal Crohn’s disease fistulas"]),
        ("crohns-disease", ["Crohn’s disease"]),
    ]


def test_chinese_text_in_either_script():
    assert found("间充质干细胞治疗系统性硬化症；外陰硬化性苔蘚") == [
        ("systemic-sclerosis", ["系统性硬化症"]), ("vulvar-lichen-sclerosus", ["外陰硬化性苔蘚"]),
    ]


def test_plurals_and_hyphens():
    assert found("Keloids and diabetic foot-ulcers; skin-ageing") == [
        ("hypertrophic-scars-keloids", ["Keloids"]),
        ("diabetic-foot-ulcer", ["diabetic foot-ulcers"]),
        ("skin-ageing", ["skin-ageing"]),
    ]


def test_every_condition_has_names_and_usual_treatments_in_both_languages():
    raw = json.loads((resources.files("exodesk.resources") / "conditions.json").read_text(encoding="utf-8"))
    assert raw["last_checked"]
    ids = [c.id for c in load()]
    assert len(ids) == len(set(ids))
    for condition in load():
        assert condition.en and condition.zh_hant, condition.id
        assert condition.treatments.get("en") and condition.treatments.get("zh-Hant"), condition.id
        assert len(condition.treatments["en"]) == len(condition.treatments["zh-Hant"]), condition.id
        assert lookup(condition.en) == condition and lookup(condition.zh_hant) == condition, condition.id

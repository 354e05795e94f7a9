"""The conditions vocabulary: look-ups by any name, and finding conditions in text."""

import json
import re
from importlib import resources

import pytest

from exodesk.evidence.vocabulary import find_in_text, load, lookup
from exodesk.handouts.readability import grade
from exodesk.text.chinese import chinese_script, to_traditional_hk


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


def test_no_chinese_name_is_ascii():
    """find_in_text searches only a text that is not ASCII for Chinese names."""
    for condition in load():
        for name in condition.chinese_spellings():
            assert not name.isascii(), (condition.id, name)


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


def _sentences(text: str, language: str) -> list[str]:
    ends = r"(?<=[。！？])" if language == "zh-Hant" else r"(?<=[.!?])\s+"
    return [s for s in re.split(ends, text.strip()) if s]


def test_every_condition_is_described_in_two_sentences_in_both_languages():
    for condition in load():
        assert set(condition.about) == {"en", "zh-Hant"}, condition.id
        for language, text in condition.about.items():
            assert len(_sentences(text, language)) == 2, (condition.id, language)
        chinese = condition.about["zh-Hant"]
        # Hong Kong written Chinese, with the character forms s2hk gives.
        assert chinese_script(chinese) == "zh-Hant" and to_traditional_hk(chinese) == chinese, condition.id
        assert chinese.endswith("。") and not any(c.isascii() and c.isalpha() for c in chinese), condition.id


CLAIMS_EN = re.compile(r"\b(?:cure[sd]?|proven|safe|effective|guarantee[sd]?)\b", re.IGNORECASE)
CLAIMS_ZH = ("根治", "治癒", "有效", "安全", "證實", "保證")


def test_about_texts_are_plain_and_make_no_claims():
    for condition in load():
        english = condition.about["en"]
        assert not CLAIMS_EN.search(english), condition.id
        assert not any(word in condition.about["zh-Hant"] for word in CLAIMS_ZH), condition.id
        # The name is the word being explained: the grade is of the words around it.
        names = {p.strip() for n in (condition.en, *condition.synonyms) for p in re.split(r"[()]", n) if p.strip()}
        for name in sorted(names, key=len, reverse=True):
            english = re.sub(re.escape(name), "it", english, flags=re.IGNORECASE)
        assert grade(english) <= 6, (condition.id, grade(english))


@pytest.mark.parametrize(("name", "condition_id"), [
    # Mainland wordings (Simplified)
    ("痤疮瘢痕", "acne-scars"), ("萎缩性瘢痕", "acne-scars"), ("特应性皮炎", "atopic-dermatitis"),
    ("创面修复", "wound-healing"), ("糖尿病足溃疡", "diabetic-foot-ulcer"), ("糖尿病创面", "diabetic-foot-ulcer"),
    ("系统性硬化病", "systemic-sclerosis"), ("系统性红斑狼疮", "systemic-lupus-erythematosus"),
    ("酒糟鼻", "rosacea"), ("酒渣鼻", "rosacea"), ("色素沉积", "hyperpigmentation"), ("皮肤衰老", "skin-ageing"),
    ("炎性肠病", "inflammatory-bowel-disease"), ("压力性损伤", "chronic-wounds"), ("慢性创面", "chronic-wounds"),
    ("雄激素源性脱发", "androgenetic-alopecia"), ("病理性瘢痕", "hypertrophic-scars-keloids"),
    ("硬化萎缩性苔藓", "vulvar-lichen-sclerosus"), ("肥胖纹", "striae"), ("皮瓣坏死", "skin-flap-reconstruction"),
    # Taiwan wordings
    ("乾癬", "psoriasis"), ("異位性皮膚炎", "atopic-dermatitis"), ("全身性硬化症", "systemic-sclerosis"),
    ("硬皮症", "systemic-sclerosis"), ("全身性紅斑狼瘡", "systemic-lupus-erythematosus"), ("酒皶鼻", "rosacea"),
    ("色素沉澱", "hyperpigmentation"), ("潰瘍性大腸炎", "inflammatory-bowel-disease"), ("發炎性腸病", "inflammatory-bowel-disease"),
    ("克隆氏病", "crohns-disease"), ("肛門廔管", "perianal-fistula"), ("硬化性苔癬", "vulvar-lichen-sclerosus"),
    ("慢性單純性苔癬", "lichen-simplex-chronicus"), ("神經性皮膚炎", "lichen-simplex-chronicus"),
    ("反向性痤瘡", "hidradenitis-suppurativa"), ("放射線皮膚炎", "radiation-dermatitis"), ("肥厚性疤痕", "hypertrophic-scars-keloids"),
    ("雄性素性禿髮", "androgenetic-alopecia"), ("圓形禿", "alopecia-areata"), ("尋常性痤瘡", "acne-vulgaris"),
    ("過敏性接觸性皮膚炎", "allergic-contact-dermatitis"),
    # Hong Kong wordings and ones shared by all three
    ("圓禿", "alopecia-areata"), ("蟹足腫", "hypertrophic-scars-keloids"), ("瘢痕疙瘩", "hypertrophic-scars-keloids"),
    ("白癜風", "vitiligo"), ("妊娠紋", "striae"), ("萎縮紋", "striae"), ("黃褐斑", "melasma"), ("肝斑", "melasma"),
    ("蝴蝶斑", "melasma"), ("特應性皮膚炎", "atopic-dermatitis"), ("輻射性皮炎", "radiation-dermatitis"),
])
def test_mainland_taiwan_and_hong_kong_names(name, condition_id):
    assert lookup(name).id == condition_id


@pytest.mark.parametrize(("text", "expected"), [
    ("目的：探讨间充质干细胞外泌体治疗痤疮瘢痕的疗效", [("acne-scars", ["痤疮瘢痕"])]),
    ("人脐带间充质干细胞外泌体改善系统性硬化病小鼠皮肤纤维化", [("systemic-sclerosis", ["系统性硬化病"])]),
    ("脂肪干细胞外泌体促进糖尿病创面愈合及压力性损伤修复", [
        ("diabetic-foot-ulcer", ["糖尿病创面"]), ("chronic-wounds", ["压力性损伤"]),
    ]),
    ("臍帶間充質幹細胞胞外體治療乾癬與異位性皮膚炎之療效", [("psoriasis", ["乾癬"]), ("atopic-dermatitis", ["異位性皮膚炎"])]),
    ("细胞外囊泡用于炎性肠病、慢性溃疡性结肠炎", [("inflammatory-bowel-disease", ["炎性肠病", "慢性溃疡性结肠炎"])]),
    ("外泌体减轻酒糟鼻及黄褐斑患者的色素沉积", [
        ("rosacea", ["酒糟鼻"]), ("melasma", ["黄褐斑"]), ("hyperpigmentation", ["色素沉积"]),
    ]),
])
def test_chinese_wordings_are_found_in_abstract_sentences(text, expected):
    assert found(text) == expected


def test_general_words_are_not_names():
    # 白斑 alone is leukoplakia as often as vitiligo (口腔白斑, 外陰白斑); 痘印 are marks, not scars.
    assert found("口腔白斑與外陰白斑；痘印；創面；安全性") == []


def test_each_name_finds_its_own_condition_and_no_other():
    """No name sits inside another condition's name, nor holds one."""
    for condition in load():
        for name in condition.chinese_spellings():
            assert found(name) == [(condition.id, [name])], name
        for name in (condition.en, *condition.synonyms):
            assert found(name)[0][0] == condition.id, name

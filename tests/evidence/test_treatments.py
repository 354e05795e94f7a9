"""The treatment vocabulary: which words name exosome treatment, and which do not."""

import json
from importlib import resources

import pytest

from exodesk.evidence import treatments
from exodesk.evidence.treatments import default, find, is_treatment, load


def test_the_clinics_treatment_is_exosomes_with_names_in_both_languages():
    treatment = default()
    assert (treatment.id, treatment.en, treatment.zh_hant) == ("exosomes", "exosome treatment", "外泌體治療")
    assert treatment in load()
    raw = json.loads((resources.files("exodesk.resources") / "treatments.json").read_text(encoding="utf-8"))
    assert "exosome-like" in raw["about"] and raw["default"] == "exosomes"


@pytest.mark.parametrize(("text", "expected"), [
    ("Mesenchymal stem cell-derived exosomes promoted wound closure in diabetic rats.", ["exosomes"]),
    ("Umbilical cord MSC exosome (MSC-Exos) injection in 5 patients; hUCMSC-Exos were lyophilised.",
     ["exosome", "MSC-Exos", "Exos"]),
    ("Small extracellular vesicles (sEVs) from adipose stem cells; EVs were given weekly.",
     ["extracellular vesicles", "sEVs", "EVs"]),
    ("Exosomes were isolated by ultracentrifugation; exosomes and EXOSOMES alike.", ["Exosomes"]),
    ("Exosomal miR-21-5p from ADSCs accelerated re-epithelialisation.", ["Exosomal"]),
    ("Treatment with the MSC secretome and micro-vesicles", ["secretome", "micro-vesicles"]),
    ("Adipose-derived stem cell conditioned medium (ADSC-CM) after fractional laser; hMSC-CM as a spray.",
     ["conditioned medium", "ADSC-CM", "hMSC-CM"]),
    ("Topical extracellular-vesicle gel; MSC-EV-loaded hydrogel", ["extracellular-vesicle", "MSC-EV"]),
    ("Lyophilized exosome powder was applied after microneedling.", ["exosome"]),
])
def test_english_sentences_that_name_the_treatment(text, expected):
    assert find(text) == expected


@pytest.mark.parametrize("text", [
    "Intravenous infusion of umbilical cord mesenchymal stem cells in 20 patients with lupus.",
    "Platelet-rich plasma (PRP) versus fat grafting for atrophic acne scars.",
    "A randomised trial of a Chinese herbal medicine decoction for psoriasis.",
    "Hyaluronic acid filler and botulinum toxin; fractional CO2 laser.",
    "Mindfulness-based stress reduction for atopic dermatitis.",
    "Classically conditioned itch responses; results conditioned on age; air-conditioned wards.",
    "Every patient was seen every week; the ev value; EV-D68 and EV-A71 enterovirus outbreaks.",
    "Lesions of 2 CM; 5 cm margins; hiPSC-CMs beat in culture.",
    "Ginger exosome-like nanovesicles and grapefruit exosome like vesicles (ELNs) in mice.",
    "exosomer, nonvesicular, vesicles, secretory granules, MVs and MV",
    "",
])
def test_sentences_that_do_not_name_it(text):
    assert find(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("目的：探讨人脐带间充质干细胞外泌体治疗痤疮瘢痕的疗效。", ["外泌体"]),
    ("脂肪干细胞来源的细胞外囊泡及条件培养基促进创面愈合", ["细胞外囊泡", "条件培养基"]),
    ("間充質幹細胞外泌體凍乾粉用於雷射術後；臍帶幹細胞胞外囊泡", ["外泌體", "胞外囊泡"]),
    ("臍帶間充質幹細胞胞外體治療乾癬之療效；外泌小體", ["胞外體", "外泌小體"]),
    ("細胞外小囊泡與微囊泡；幹細胞分泌組", ["細胞外小囊泡", "微囊泡", "分泌組"]),
    ("條件培養液 (conditioned media) 與 MSC-Exos", ["條件培養液", "conditioned media", "MSC-Exos"]),
])
def test_chinese_sentences_in_either_script_and_taiwan_wording(text, expected):
    assert find(text) == expected


@pytest.mark.parametrize("text", [
    "间充质干细胞移植治疗系统性硬化病",  # the cells, not what they release
    "富血小板血浆联合中药治疗痤疮瘢痕",  # PRP and Chinese medicine
    "人參類外泌體奈米囊泡；生薑外泌体样纳米囊泡",  # exosome-like, from plants
    "自體脂肪移植；玻尿酸；肉毒桿菌素",
])
def test_chinese_sentences_that_do_not_name_it(text):
    assert find(text) == []


@pytest.mark.parametrize(("intervention", "expected"), [
    ("MSC-derived exosomes", True),
    ("umbilical cord MSC exosomes", True),
    ("外泌體", True),
    ("外泌体", True),
    ("ADSC-CM", True),
    ("human adipose stem cell conditioned media", True),
    ("mindfulness-based stress reduction", False),
    ("Chinese herbal medicine", False),
    ("mesenchymal stem cells", False),
    ("platelet-rich plasma", False),
    ("", False),
])
def test_is_treatment_on_notes_interventions(intervention, expected):
    assert is_treatment(intervention) is expected


def test_another_treatment_is_matched_by_its_own_words():
    prp = treatments.Treatment(id="prp", en="platelet-rich plasma", zh_hant="富血小板血漿",
                               terms=("platelet-rich plasma",), abbreviations=("PRP",), terms_zh=("富血小板血漿",))
    assert find("PRP or platelet rich plasmas; 富血小板血浆; exosomes", prp) == ["PRP", "platelet rich plasmas", "富血小板血浆"]
    assert is_treatment("MSC exosomes", prp) is False


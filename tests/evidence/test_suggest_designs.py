"""Suggestions for abstracts written for each study design, and the rule that a
person's own entries are never overwritten."""

import pytest

from exodesk.evidence import treatments
from exodesk.evidence.suggest import confirm, suggest, suggest_notes
from exodesk.model import Notes, Paper
from exodesk.text.abstracts import make_abstract


def paper(title, abstract, publication_type=None):
    return Paper(title=title, publication_type=publication_type, abstracts=[make_abstract(abstract, "en")])


CASES = [
    pytest.param(
        paper(
            "Topical exosome cream for moderate atopic dermatitis: a randomized, double-blind, placebo-controlled trial",
            "BACKGROUND: Topical treatments for atopic dermatitis often lose effect over time. "
            "METHODS: Sixty-four adults with moderate atopic dermatitis were randomly assigned to a cream containing "
            "adipose stem cell-derived exosomes or a vehicle cream twice daily for 8 weeks. "
            "RESULTS: EASI-75 was reached by 14 of 32 patients in the exosome group and 6 of 32 in the vehicle group. "
            "Mild adverse events were reported in 3 patients, all in the exosome group. "
            "CONCLUSIONS: Exosome cream improved eczema severity over 8 weeks; longer trials are needed.",
        ),
        {"study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 64,
         "adverse_events": "side effects (3)", "conditions": ["atopic-dermatitis"],
         "outcome": "eczema severity (EASI score)", "direction": "improved"},
        id="rct",
    ),
    pytest.param(
        paper(
            "Fractional CO2 laser with or without topical exosomes for atrophic acne scars",
            "In this randomized split-face trial, 28 women with atrophic acne scars received three sessions of "
            "fractional CO2 laser to both cheeks; one randomly assigned side also received topical exosomes. "
            "Scar grading improved more on the exosome side at 12 weeks. Transient erythema and oedema lasted "
            "a median of 3 days; no serious adverse events occurred. In conclusion, exosomes may add to the "
            "effect of fractional laser on acne scars.",
        ),
        {"study_design": "randomised controlled trial", "evidence_level": "2", "sample_size": 28,
         "adverse_events": "no serious adverse events reported; redness; swelling", "conditions": ["acne-scars"],
         "outcome": "acne scar grade", "direction": "improved"},
        id="split-face-randomised",
    ),
    pytest.param(
        paper(
            "Extracellular vesicle therapy for diabetic foot ulcers: a systematic review and meta-analysis",
            "Following PRISMA, we searched five databases for randomized controlled trials of extracellular "
            "vesicle dressings in diabetic foot ulcers. Twelve trials involving 742 patients were included. "
            "Complete wound closure was more frequent with vesicle dressings (risk ratio 1.6). "
            "The certainty of the evidence was low because of risk of bias.",
            "Systematic Review",
        ),
        {"study_design": "systematic review / meta-analysis", "evidence_level": "1",
         "conditions": ["diabetic-foot-ulcer"], "outcome": "wound closure", "direction": "improved"},
        id="systematic-review",
    ),
    pytest.param(
        paper(
            "Exosome scalp injections in androgenetic alopecia: a single-centre case series",
            "We retrospectively reviewed 15 consecutive patients with androgenetic alopecia aged 24 to 58 years "
            "who had four monthly scalp injections of exosomes. Hair density rose by a mean of 12 hairs per "
            "square centimetre at 4 months. No adverse effects were observed during follow-up. "
            "These results suggest a possible role for exosomes in pattern hair loss.",
        ),
        {"study_design": "case series", "evidence_level": "4", "sample_size": 15,
         "adverse_events": "none reported", "conditions": ["androgenetic-alopecia"], "outcome": "hair density"},
        id="case-series",
    ),
    pytest.param(
        paper(
            "Repigmentation of stable vitiligo after microneedling with exosomes",
            "We report a 34-year-old woman with stable vitiligo of the hands for 6 years. She received six "
            "sessions of microneedling with topical exosomes 4 weeks apart. About half of the white patches "
            "regained colour. No side effects were noted.",
            "Case Reports",
        ),
        {"study_design": "case report", "evidence_level": "4", "sample_size": 1,
         "adverse_events": "none reported", "conditions": ["vitiligo"],
         "outcome": "repigmentation (return of skin colour)", "direction": "improved"},
        id="case-report",
    ),
    pytest.param(
        paper(
            "Umbilical cord MSC exosomes speed up skin wound healing in diabetic mice",
            "Full-thickness excisional wounds were made on the backs of 36 diabetic mice, which were treated with "
            "exosomes or saline. In vitro, exosomes promoted fibroblast migration. Wound closure was faster "
            "with exosomes at day 14. Our findings support further study of exosomes for wound healing.",
        ),
        {"study_design": "preclinical study (animal or laboratory)", "evidence_level": "5",
         "conditions": ["wound-healing"], "outcome": "wound closure", "direction": "not tested"},
        id="preclinical-mouse",
    ),
    pytest.param(
        paper(
            "Exosome serum after picosecond laser for melasma: a prospective controlled study",
            "In this prospective, non-randomized study, sixty patients with melasma were enrolled: 40 chose "
            "laser plus exosome serum and 20 had laser alone as the control group. mMASI fell more with the "
            "serum at 12 weeks. Two patients in the serum group developed mild irritation as a side effect "
            "that was reported to the investigators. Overall, exosome serum may help laser treatment of melasma.",
        ),
        {"study_design": "non-randomised controlled study", "evidence_level": "3", "sample_size": 60,
         "adverse_events": "skin irritation (2)", "conditions": ["melasma"],
         "outcome": "melasma severity (MASI score)"},
        id="non-randomised",
    ),
    pytest.param(
        paper(
            "Intradermal MSC-derived exosomes for plaque psoriasis: an open-label phase 1/2 study",
            "This open-label, single-arm phase 1/2 trial enrolled 24 participants with plaque psoriasis, who "
            "received three intradermal doses. PASI fell by a median of 41% at week 12. Two participants had "
            "transient injection-site pain, and no serious adverse events were reported. Larger controlled "
            "trials are warranted.",
        ),
        {"study_design": "phase I/II clinical trial (single arm)", "evidence_level": "4", "sample_size": 24,
         "adverse_events": "no serious adverse events reported; pain at the injection site (2)",
         "conditions": ["psoriasis"], "outcome": "psoriasis severity (PASI score)", "direction": "improved"},
        id="phase-1-2-single-arm",
    ),
]


@pytest.mark.parametrize(("source", "want"), CASES)
def test_suggestions_for_each_design(source, want):
    found = {field: s.value for field, s in suggest(source).items()}
    # Every case is a paper about exosomes: its intervention names them.
    assert treatments.is_treatment(found.pop("intervention"))
    assert found == want


@pytest.mark.parametrize(("source", "want"), CASES)
def test_each_suggestion_carries_supporting_words_from_the_paper(source, want):
    text = (source.title + " " + source.abstracts[0].text).casefold()
    for field, suggestion in suggest(source).items():
        assert suggestion.support, field
        if field in ("sample_size", "adverse_events", "outcome", "direction") and suggestion.value != "not tested":
            for words in suggestion.support.split(" … "):  # a harm's sentences
                assert words.casefold() in text, field


def test_a_persons_entries_are_never_overwritten():
    source = CASES[0].values[0]
    mine = Notes(study_design="cohort study", sample_size=70, free_notes="read in full <2024>")
    notes = suggest_notes(source, mine)
    assert (notes.study_design, notes.sample_size, notes.free_notes) == ("cohort study", 70, "read in full <2024>")
    assert notes.adverse_events == "side effects (3)"
    assert set(notes.suggested) == {"evidence_level", "adverse_events", "conditions", "outcome", "direction",
                                    "intervention"}
    assert mine == Notes(study_design="cohort study", sample_size=70, free_notes="read in full <2024>")


def test_confirming_clears_the_suggestion_mark_and_keeps_the_values():
    notes = suggest_notes(CASES[0].values[0])
    confirmed = confirm(notes, "sample_size")
    assert confirmed.sample_size == 64 and "sample_size" not in confirmed.suggested
    assert "study_design" in confirmed.suggested
    assert confirm(notes).suggested == {}


def test_ages_durations_and_sizes_are_not_patients():
    source = paper("Vesicles 30-100 nm in a 4 weeks course",
                   "Vesicles of 30-100 nm were given for 4 weeks to people aged 35 years. No counts here.")
    assert "sample_size" not in suggest(source)

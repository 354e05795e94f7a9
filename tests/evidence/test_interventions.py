"""The intervention: the treatment's own words when it is what people were
given, another intervention's words when the paper is about something else."""

import pytest

from exodesk.evidence import interventions
from exodesk.evidence.suggest import sentences

from . import abstracts

WANT = {
    "rct_no_benefit": "adipose stem cell-derived exosome cream",
    "split_face_acne_scars": "umbilical cord MSC-derived exosomes",
    "tcm_protocol": "Chinese herbal medicine",
    "mindfulness_protocol": "mindfulness-based stress reduction",
    "meta_analysis_4311": "mesenchymal stem cell-derived extracellular vesicles",
    "mouse_psoriasis": "exosomes from human umbilical cord MSCs",
    "single_arm_harms_listed": "intralesional exosome injection",
    "chinese_no_difference": "富血小板血漿",
}


@pytest.mark.parametrize("name", sorted(WANT))
def test_the_intervention_in_the_papers_words(name):
    paper = abstracts.ALL[name]()
    text = paper.abstracts[0].text
    zh = [s for s in text.replace("。", "\n").splitlines() if s] if paper.abstracts[0].language.startswith("zh") else []
    found = interventions.suggest(paper.title, [] if zh else sentences(text), zh)
    assert found is not None and found[0] == WANT[name]


def test_nothing_when_no_intervention_is_named():
    assert interventions.suggest("Skin ageing in Hong Kong women", ["We describe skin ageing."]) is None

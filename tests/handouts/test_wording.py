"""The clinic's own fixed wording: laid over the shipped wording, checked before it is kept."""

from exodesk.handouts import texts as shipped
from exodesk.handouts.content import build_handout
from exodesk.handouts.wording import (
    clinic_texts,
    load_edits,
    merged,
    problems,
    save_edits,
)
from handouts.entries import CLINIC, PRODUCED, SITUATIONS


def test_edits_replace_only_what_the_clinic_changed(tmp_path):
    path = tmp_path / "wording.json"
    save_edits({"en": {"questions": ["Who made the product?"], "regulation": {"last_checked": "2027-01-05"},
                       "title": "ignored: not an editable part"}}, path)
    assert load_edits(path) == {"en": {"questions": ["Who made the product?"],
                                       "regulation": {"last_checked": "2027-01-05"}}}
    texts = clinic_texts(path)
    expected = shipped.load("en")
    expected["questions"] = ["Who made the product?"]
    expected["regulation"]["last_checked"] = "2027-01-05"
    assert texts == {"en": expected, "zh-Hant": shipped.load("zh-Hant")}


def test_a_damaged_file_gives_the_shipped_wording(tmp_path):
    path = tmp_path / "wording.json"
    path.write_text("{not json", encoding="utf-8")
    assert clinic_texts(path) == {lang: shipped.load(lang) for lang in shipped.LANGUAGES}


def test_the_clinics_usual_treatments_replace_the_vocabularys():
    words = merged("en", {"treatments": {"psoriasis": ["Creams with vitamin D", "Light treatment"]}})
    handout = build_handout(condition="psoriasis", entries=SITUATIONS["reviews_only"], clinic=CLINIC,
                            produced=PRODUCED, texts={"en": words})
    (usual,) = [s for s in handout.parts[0].sections if s.key == "usual"]
    assert usual.blocks[1].items == ["Creams with vitamin D", "Light treatment"]


def test_problems_names_an_unknown_placeholder_and_a_bad_date():
    assert problems("en", {"questions": ["Fine question?"]}) == []
    assert problems("zh-Hant", {"regulation": {"paragraphs": ["我們在{day}核對。"], "last_checked": "5/1/2027"}}) == [
        "regulation checked: '5/1/2027' is not a date (YYYY-MM-DD)",
        "a placeholder in braces is not one ExoDesk fills in: 'day'",
    ]

"""The printed handout: text read back from the PDF, fonts, language, metadata."""

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader

from exodesk.evidence.vocabulary import lookup
from exodesk.handouts.content import build_handout
from exodesk.handouts.pdf import render_pdf
from exodesk.handouts.references import vancouver
from exodesk.handouts.texts import load
from exodesk.model import IMPROVED

from .entries import (
    CLINIC,
    PHRASES,
    PRODUCED,
    SITUATIONS,
    entry,
    pdf_pages,
    pdf_text,
    squeeze,
)


def render(entries, language="en", **options):
    paper = options.pop("paper", "a4")
    handout = build_handout(condition="psoriasis", entries=entries, clinic=CLINIC, language=language,
                            produced=PRODUCED, **options)
    return handout, render_pdf(handout, paper=paper, invariant=True)


@pytest.mark.parametrize("situation", list(SITUATIONS))
def test_the_certainty_phrase_for_each_evidence_situation(situation):
    english, chinese = PHRASES[situation]
    _, data = render(SITUATIONS[situation], "both")
    text = pdf_text(data)
    for sentence in re.split(r"(?<=\.) ", english):  # each a key point or part of one
        assert sentence in text
    for sentence in re.split(r"(?<=。)", chinese):
        assert squeeze(sentence) in squeeze(text)


def test_every_required_section_is_printed_in_each_language():
    for language in ("en", "zh-Hant"):
        _, data = render(SITUATIONS["one_small_uncontrolled"], language)
        text = squeeze(pdf_text(data))
        words = load(language)
        name = lookup("psoriasis").name(language)
        title = words["title"].format(condition=name)
        headings = [h.format(condition=name) for h in words["headings"].values()]
        missing = [h for h in [title, *headings, *words["table_header"], *words["questions"]] if squeeze(h) not in text]
        assert missing == [], language


def test_both_languages_each_with_its_references():
    entries = SITUATIONS["several_rcts"]
    _, data = render(entries, "both")
    text = pdf_text(data)
    assert "What the studies in people found" in text and "人體研究有甚麼發現" in squeeze(text)
    references = [vancouver(paper) for paper, _ in entries]
    assert references[0] == ("Lee A, Chan TM. A study of exosomes in psoriasis by Lee. J Dermatol Res. "
                             "2023 Mar;12(2):101-9. doi:10.1000/lee.2023")
    for reference in references:
        assert text.count(reference) == 2  # each language's part stands alone


def test_text_a_person_typed_prints_exactly_as_written():
    paper, notes = entry("Tse", 2024, "case series", 12, "4", IMPROVED, harms="none reported (0 of 12 patients)")
    notes.summary_en = "Redness fell in <50% of people & itch eased — \"fast\""
    notes.summary_zh = "「紅腫」減少 <一半> & 痕癢減輕"
    _, data = render([(paper, notes)], "both")
    text = pdf_text(data)
    assert "Redness fell in <50% of people & itch eased — \"fast\"" in text
    assert "「紅腫」減少<一半>&痕癢減輕" in squeeze(text)
    assert "&amp;" not in text and "&lt;" not in text


def fonts_of(data):
    reader = PdfReader(io.BytesIO(data))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return fonts


def test_every_font_is_embedded_as_a_subset_including_chinese():
    _, data = render(SITUATIONS["several_rcts"], "both")
    fonts = fonts_of(data)
    assert fonts and all(fonts.values()), fonts
    assert any("DroidSansFallback" in name for name in fonts)
    assert all("+" in name for name in fonts)  # subset prefix, e.g. AAAAAA+ExoDeskSans
    assert len(data) < 300_000


def test_language_metadata_and_paper_size():
    handout, data = render(SITUATIONS["one_small_uncontrolled"], "zh-Hant", paper="letter")
    reader = PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == "zh-Hant-HK"
    assert reader.metadata.title == "外泌體療法與銀屑病（牛皮癬）：研究結果說明"
    assert reader.metadata.author == "Harbour Skin Clinic"
    assert [float(v) for v in reader.pages[0].mediabox] == [0, 0, 612, 792]
    _, english = render(SITUATIONS["one_small_uncontrolled"], "en")
    english_reader = PdfReader(io.BytesIO(english))
    assert english_reader.trailer["/Root"]["/Lang"] == "en"
    assert [float(v) for v in english_reader.pages[0].mediabox] == pytest.approx([0, 0, 595.2756, 841.8898])


def test_each_language_numbers_its_own_two_pages():
    _, data = render(SITUATIONS["several_rcts"], "both")
    pages = pdf_pages(data)
    assert len(pages) == 4
    assert ["Page 1 of 2" in pages[0], "Page 2 of 2" in pages[1]] == [True, True]
    assert ["第1頁，共2頁" in squeeze(pages[2]), "第2頁，共2頁" in squeeze(pages[3])] == [True, True]


def test_every_sheet_prints_a_draft_banner_on_every_page_until_approved():
    paper, notes = entry("Wong", 2024, "phase I clinical trial (single arm)", 5, "4", IMPROVED)
    for page in pdf_pages(render([(paper, notes)], "both")[1]):
        assert "Draft — not yet approved by a clinician" in page or "草稿——尚未經醫生批核" in squeeze(page)
    handout, approved = render([(paper, notes)], "both", approved_by="Dr Chan")
    assert not handout.draft and "Draft" not in pdf_text(approved) and "草稿" not in pdf_text(approved)
    notes.suggested = {"sample_size": "Five patients"}
    handout, refused = render([(paper, notes)], "both", approved_by="Dr Chan")
    assert handout.draft and "Draft" in pdf_text(refused)


def test_a_suggestion_in_a_field_the_sheet_does_not_print_does_not_block_approval():
    paper, notes = entry("Wong", 2024, "case series", 5, "4", IMPROVED)
    notes.suggested = {"tags": "from keywords"}
    handout, _ = render([(paper, notes)], approved_by="Dr Chan")
    assert handout.draft is False


def test_the_same_handout_gives_the_same_bytes():
    assert render(SITUATIONS["several_rcts"], "both")[1] == render(SITUATIONS["several_rcts"], "both")[1]


def test_the_clinic_logo_is_drawn_when_given(tmp_path):
    from PIL import Image as PILImage

    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (120, 60), "#0b4f6c").save(logo)
    with_logo = dataclasses.replace(CLINIC, logo_path=str(logo))
    handout = build_handout(condition="psoriasis", entries=[], clinic=with_logo, produced=PRODUCED)
    page = PdfReader(io.BytesIO(render_pdf(handout, invariant=True))).pages[0]
    assert len(page.images) == 1
    _, plain = render([])
    assert len(PdfReader(io.BytesIO(plain)).pages[0].images) == 0

"""The printed handout: text read back from the PDF, fonts, language, metadata."""

import dataclasses
import io

import pytest
from pypdf import PdfReader

from exodesk.evidence.vocabulary import lookup
from exodesk.handouts.content import build_handout
from exodesk.handouts.pdf import render_pdf
from exodesk.handouts.references import vancouver
from exodesk.handouts.texts import load

from .entries import CLINIC, PHRASES, PRODUCED, SITUATIONS, entry, pdf_text, squeeze


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
    assert english in text
    assert squeeze(chinese) in squeeze(text)


def test_every_required_section_is_printed_in_each_language():
    for language in ("en", "zh-Hant"):
        _, data = render(SITUATIONS["one_small_uncontrolled"], language)
        text = squeeze(pdf_text(data))
        words = load(language)
        title = words["title"].format(condition=lookup("psoriasis").name(language))
        headings = [h.format(condition=lookup("psoriasis").name(language)) for h in words["headings"].values()]
        missing = [h for h in [title, *headings, *words["table_header"], *words["questions"]] if squeeze(h) not in text]
        assert missing == [], language


def test_both_languages_in_one_sheet_with_the_references_once():
    entries = SITUATIONS["several_rcts"]
    _, data = render(entries, "both")
    text = pdf_text(data)
    assert "What the studies found" in text and "研究有甚麼發現" in text
    references = [vancouver(paper) for paper, _ in entries]
    assert references[0] == ("Lee A, Chan TM. A study of exosomes in psoriasis by Lee. J Dermatol Res. "
                             "2023 Mar;12(2):101-9. doi:10.1000/lee.2023")
    for reference in references:
        assert text.count(reference) == 1


def test_text_a_person_typed_prints_exactly_as_written():
    paper, notes = entry("Tse", 2024, "case series", 12, "4", harms="none reported (0 of 12 patients)")
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


def test_page_numbers_on_every_page():
    _, data = render(SITUATIONS["several_rcts"], "en")
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) > 1
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page.extract_text()


def test_unconfirmed_suggestions_print_a_draft_banner_on_every_page():
    paper, notes = entry("Wong", 2024, "phase I clinical trial (single arm)", 5, "4")
    notes.suggested = {"sample_size": "Five patients"}
    _, data = render([(paper, notes)], "both")
    for page in PdfReader(io.BytesIO(data)).pages:
        text = page.extract_text()
        assert "Draft — not yet reviewed by a clinician" in text and "草稿——尚未經醫生審閱" in squeeze(text)
    _, approved = render([(paper, notes)], "both", approved=True)
    _, confirmed = render([(paper, dataclasses.replace(notes, suggested={}))], "both")
    assert "Draft" not in pdf_text(approved) and "Draft" not in pdf_text(confirmed)


def test_a_suggestion_in_a_field_the_sheet_does_not_print_is_no_draft():
    paper, notes = entry("Wong", 2024, "case series", 5, "4")
    notes.suggested = {"tags": "from keywords"}
    handout, _ = render([(paper, notes)])
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

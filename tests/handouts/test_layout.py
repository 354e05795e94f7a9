"""The printed sheet's layout, read back from the PDF: two pages a language on
A4 and Letter for any number of papers, no heading left at a page's foot, no
table row split across pages (HANDOUTS.md §6)."""

import shutil
import subprocess

import pytest

from exodesk.demo import create_demo_library
from exodesk.evidence.suggest import confirm
from exodesk.handouts.content import TABLE, build_handout
from exodesk.handouts.pdf import PAGES_PER_LANGUAGE, fitted
from exodesk.handouts.selection import candidates
from exodesk.library import Library

from .entries import CLINIC, PRODUCED, many_studies, pdf_pages, squeeze

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")


def page_lines(pdf: bytes) -> list[list[str]]:
    """Each page's lines as pdftotext lays them out, without the page furniture."""
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    pages = text.decode("utf-8").split("\f")
    return [[line.strip() for line in page.splitlines() if line.strip()][1:-1] for page in pages if page.strip()]


def check_layout(handout, paper: str) -> tuple:
    handout, pdf = fitted(handout, paper=paper)
    pages = page_lines(pdf)
    assert len(pages) == PAGES_PER_LANGUAGE * len(handout.parts), (paper, handout.language, handout.rows)
    for number, part in enumerate(handout.parts):
        own = pages[number * PAGES_PER_LANGUAGE:(number + 1) * PAGES_PER_LANGUAGE]
        headings = {squeeze(section.heading) for section in part.sections} | {squeeze(part.references_heading)}
        for lines in own:
            assert squeeze(lines[-1]) not in headings, f"a heading left at the foot of a page: {lines[-1]}"
            assert len(lines) > 5, "a page holding only a line or two"
        # In the order drawn, where a table cell's lines come together.
        page_texts = [squeeze(text) for text in pdf_pages(pdf)[number * PAGES_PER_LANGUAGE:
                                                               (number + 1) * PAGES_PER_LANGUAGE]]
        rows = [row for s in part.sections for b in s.blocks if b.kind == TABLE for row in b.rows]
        for row in rows:  # each row whole on one page
            cells = [squeeze(cell) for cell in row]
            assert any(all(cell in page for cell in cells) for page in page_texts), row
    return handout, pdf


# The demo library, a file as `--demo` makes it: what is tested here is the sheet's layout.
@pytest.fixture(scope="module")
def seed_library(tmp_path_factory):
    return create_demo_library(tmp_path_factory.mktemp("demo"))


SEED_CONDITIONS = ["perianal-fistula", "crohns-disease", "inflammatory-bowel-disease", "systemic-sclerosis",
                   "psoriasis", "atopic-dermatitis", "wound-healing", "vitiligo", "acne-vulgaris", "melasma"]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("condition", SEED_CONDITIONS)
def test_every_seed_condition_makes_two_pages_a_language(seed_library, condition, paper):
    with Library(seed_library) as library:
        entries = [(c.paper, c.notes) for c in candidates(library, condition)]
    handout = build_handout(condition=condition, entries=entries, clinic=CLINIC, language="both", produced=PRODUCED)
    check_layout(handout, paper)


def test_the_seed_trial_confirmed_fills_the_fistula_table_in_our_words(seed_library):
    with Library(seed_library) as library:
        (candidate,) = [c for c in candidates(library, "perianal-fistula")]
    entries = [(candidate.paper, confirm(candidate.notes))]
    handout = build_handout(condition="perianal fistula", entries=entries, clinic=CLINIC, language="both",
                            produced=PRODUCED, approved_by="Dr Chan")
    handout, pdf = check_layout(handout, "a4")
    assert not handout.draft and handout.rows == 1
    text = squeeze("".join(pdf_pages(pdf)))
    assert squeeze("Complete fistula closure: 3 of 5 people.") in text
    assert "demonstrates" not in text and "satisfactory" not in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("count", [200, 5000])
def test_two_pages_a_language_however_many_papers(count, paper):
    handout = build_handout(condition="psoriasis", entries=many_studies(count), clinic=CLINIC, language="both",
                            produced=PRODUCED)
    fitted_handout, _ = check_layout(handout, paper)
    assert fitted_handout.rows >= 1
    text = fitted_handout.text("en")
    assert f"of the {fitted_handout.certainty.people_studies} studies in people we found" in text


def test_a_chinese_study_name_keeps_its_year_whole_and_a_long_one_still_fits_its_column():
    # Chinese wrapping breaks anywhere: "王小明等 2023" came out "王小明等 202" / "3".
    from exodesk.handouts.pdf import _COLUMNS, _study_style, _Styles
    from exodesk.handouts.references import short_name
    from exodesk.model import Author, Paper

    styles, column = _Styles("zh-Hant"), _COLUMNS[0] * 480
    paper = Paper(title="外泌体", date="2023", authors=[Author(literal="王小明"), Author(literal="李华")])
    assert short_name(paper, "zh-Hant") == "王小明等 2023"
    assert _study_style(short_name(paper, "zh-Hant"), styles, column) is styles.study_cell
    group = Paper(title="外泌体", date="2023", authors=[Author(literal="中华医学会皮肤性病学分会外泌体临床应用专家组")])
    assert _study_style(short_name(group, "zh-Hant"), styles, column) is styles.cell  # wider than the column

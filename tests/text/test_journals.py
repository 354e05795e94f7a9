"""One judge says whether a journal's name is abbreviated, for every reader."""

import pytest
from first_page import write_first_page
from importers.golden import read

from exodesk.text.journals import is_abbreviated, reads_as_abbreviated_journal

ABSTRACT = (
    "Extracellular vesicles released by mesenchymal stem cells carry microRNAs and proteins that "
    "reduced fibroblast proliferation and collagen deposition in cell culture and in two animal "
    "models of hypertrophic scarring; no study in patients was found."
)


@pytest.mark.parametrize(("journal", "expected"), [
    ("Int J Mol Sci", True),
    ("Gastroenterol. Rep.", True),
    ("Gastroenterol Rep (Oxf)", True),
    ("J Cosmet Dermatol", True),
    ("Aesthet Surg J", True),
    ("Journal of Cosmetic Dermatology", False),
    ("Aesthetic Surgery Journal", False),
    ("Stem Cells", False),
    ("Science (New York, N.Y.)", False),
    ("", False),
    (None, False),
])
def test_abbreviated_names_are_told_from_written_out_ones(journal, expected):
    assert is_abbreviated(journal) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("J Dermatol Sci", True),
    ("Int Wound J", True),
    ("Stem Cells Transl Med", True),
    ("Exp Dermatol", True),
    ("Okafor C", False),
    ("Ma XY", False),
    ("Ann Smith", False),  # a listed word alone
    ("Ulrich Stevens", False),  # names that end like "Dermatol", "Histochem"
    ("Journal of Cosmetic Dermatology", False),
])
def test_a_line_only_an_abbreviated_journal_would_be_is_told_from_a_persons_name(line, expected):
    assert reads_as_abbreviated_journal(line) is expected


@pytest.mark.parametrize(("journal", "field"), [
    ("Aesthetic Surgery Journal", "journal"), ("Stem Cells", "journal"), ("Stem Cell Res Ther", "journal_abbrev")])
def test_a_citation_line_a_pdf_and_a_ris_file_put_one_name_in_the_same_field(tmp_path, journal, field):
    text = tmp_path / "abstract.txt"
    text.write_text(f"Department of Dermatology, Queen Mary Hospital, Hong Kong.\n"
                    f"{journal}. 2023 Apr 1;14(1):57. doi: 10.1186/s13287-023-03281-2.\n{ABSTRACT}\n",
                    encoding="utf-8")
    ris = tmp_path / "record.ris"
    ris.write_text(f"TY  - JOUR\nTI  - Vesicles against scars\nJO  - {journal}\nPY  - 2023\n"
                   f"DO  - 10.1186/s13287-023-03281-2\nER  - \n", encoding="utf-8")
    pdf = write_first_page(tmp_path / "article.pdf", journal_line=f"{journal}. 2023;14(1):57-63.",
                           title="Vesicles against scars")
    fields = {}
    for path in (text, ris, pdf):
        importer, record = read(path)
        paper = record["papers"][0]
        fields[importer] = {name: paper[name] for name in ("journal", "journal_abbrev") if paper[name]}
    assert fields == dict.fromkeys(("plain-text", "ris", "pdf"), {field: journal})

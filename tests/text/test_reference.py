"""Recommended Citations read back in the three styles repositories print."""

from exodesk.model import Author, Section
from exodesk.text.abstracts import sections_from_paragraphs
from exodesk.text.reference import Reference, parse_reference

VANCOUVER = (
    "Dukharan V, Gutierrez Mendoza D, García Lira JR, Schlesinger T. The Role of Exosomes in "
    "Medical Dermatology: Literature Review and Update. Journal of Cosmetic Dermatology. 2025; "
    "24(1). doi: 10.1111/jocd.16761."
)


def test_vancouver_keeps_multi_word_family_names():
    assert parse_reference(VANCOUVER) == Reference(
        style="vancouver",
        text=VANCOUVER,
        authors=[
            Author(family="Dukharan", given="V"),
            Author(family="Gutierrez Mendoza", given="D"),
            Author(family="García Lira", given="JR"),
            Author(family="Schlesinger", given="T"),
        ],
        title="The Role of Exosomes in Medical Dermatology: Literature Review and Update",
        journal="Journal of Cosmetic Dermatology",
        date="2025",
        volume="24",
        issue="1",
        doi="10.1111/jocd.16761",
    )


def test_vancouver_et_al_marks_the_list_cut_short():
    found = parse_reference("Kwon HH, Yang SH, et al. Exosomes for acne scars. Acta Derm Venereol. 2020;100(18):adv00310.")
    assert (found.authors, found.authors_truncated, found.journal, found.pages) == (
        [Author(family="Kwon", given="HH"), Author(family="Yang", given="SH")], True,
        "Acta Derm Venereol", "adv00310",
    )


def test_apa_with_ampersand_pages_and_doi_link():
    text = (
        "Leung, G. H., Gutierrez Mendoza, D., & Alvarez, J.-T. (2024). Exosome-based therapy for "
        "alopecia: A pilot study? Dermatologic Surgery, 50(6), 552–558. https://doi.org/10.1097/DSS.0000000000004127"
    )
    assert parse_reference(text) == Reference(
        style="apa",
        text=text,
        authors=[Author("Leung", "GH"), Author("Gutierrez Mendoza", "D"), Author("Alvarez", "J-T")],
        title="Exosome-based therapy for alopecia: A pilot study?",
        journal="Dermatologic Surgery",
        date="2024",
        volume="50",
        issue="6",
        pages="552–558",
        doi="10.1097/dss.0000000000004127",
    )


def test_apa_thesis_with_full_date_and_omitted_authors():
    text = "Wong, K. H., Lee, A., . . . Cho, Y. (2022, March 3). Exosome facials [Master's thesis, University of Hong Kong]. HKU Scholars Hub."
    found = parse_reference(text)
    assert (found.title, found.date, found.journal, found.authors_truncated, len(found.authors)) == (
        "Exosome facials", "2022-03-03", None, True, 3,
    )


def test_bepress_style_names_in_full():
    text = 'Chen, Mei Ling; Wong, Ka Ho; and Lam, Hiu Tung, "Exosomes in Scars" (2023). Dissertations. 412.'
    assert parse_reference(text) == Reference(
        style="bepress",
        text=text,
        authors=[Author("Chen", "Mei Ling"), Author("Wong", "Ka Ho"), Author("Lam", "Hiu Tung")],
        title="Exosomes in Scars",
        date="2023",
    )


def test_text_in_no_known_style_is_not_guessed():
    assert parse_reference("See the publisher's website for the full citation.") is None


def test_sections_with_headings_on_their_own_lines_or_leading():
    assert sections_from_paragraphs(["Background", "Why.", "Case presentation: A woman.", "More."]) == [
        Section("Background", "Why."),
        Section("Case presentation", "A woman. More."),
    ]
    # An abstract that does not start with a heading is not structured.
    assert sections_from_paragraphs(["Exosomes are vesicles.", "Results: none."]) == []


def test_a_cited_title_ending_in_et_al_keeps_its_stop_as_every_reader_keeps_it():
    text = "Chen X, Li Y. Reply to Wang et al. Journal of Cosmetic Dermatology. 2025; 24(1)."
    assert parse_reference(text) == Reference(
        style="vancouver", text=text, authors=[Author(family="Chen", given="X"), Author(family="Li", given="Y")],
        title="Reply to Wang et al.", journal="Journal of Cosmetic Dermatology", date="2025", volume="24", issue="1")

"""Formatted references for the seeds, checked by hand against each style's rules."""

import pytest

from exodesk.export.cite import format_references, format_references_html
from exodesk.formats import CITATION_STYLES
from export.seed_papers import seed_papers

# NLM Citing Medicine (Vancouver): "Family Initials", six authors then "et al.",
# the journal's abbreviation when the paper has one, "Year Mon Day;Vol(Issue):Pages.",
# then the DOI and PubMed ids. Nothing the seed lacks is filled in (seed 000
# has no title or authors; 003 and 004 no volume or pages).
VANCOUVER = [
    "1. Int J Mol Sci. 2024 Jul 16;25(14):7794. doi:10.3390/ijms25147794",
    "2. Han L, et al. Removing the stumbling block of exosome applications in clinical and translational "
    "medicine: expand production and improve accuracy. Stem Cell Res Ther. 2023 Apr 1;14(1):57. "
    "doi:10.1186/s13287-023-03288-6",
    "3. Dukharan V, Shah M, Broughton L, Stegura C, Samman L, Schur N, et al. The Role of Exosomes in "
    "Medical Dermatology: Literature Review and Update. Journal of Cosmetic Dermatology. "
    "2025 Jan 10;24(1). doi:10.1111/jocd.16761",
    "4. Zhuang X, Hu X, Zhang S, Li X, Yuan X, Wu Y. Mesenchymal Stem Cell-Based Therapy as a New "
    "Approach for the Treatment of Systemic Sclerosis. Clinical Reviews in Allergy & Immunology. "
    "2023 Jun 1. doi:10.1007/s12016-021-08892-z",
    "5. Nazari H, Alborzi F, Heirani-Tabasi A, Hadizadeh A, Asbagh RA, Behboudi B, et al. Evaluating the "
    "safety and efficacy of mesenchymal stem cell-derived exosomes for treatment of refractory perianal "
    "fistula in IBD patients: clinical trial phase I. Gastroenterol Rep (Oxf). 2022 Dec 9. "
    "doi:10.1093/gastro/goac075 PubMed PMID: 36518984; PubMed Central PMCID: PMC9733972.",
]


def test_seeds_in_vancouver():
    assert format_references(seed_papers(), "vancouver") == VANCOUVER


def test_seed_in_ama_lists_three_authors_then_et_al_and_an_online_date():
    assert format_references(seed_papers()[4:], "ama") == [
        "1. Nazari H, Alborzi F, Heirani-Tabasi A, et al. Evaluating the safety and efficacy of mesenchymal "
        "stem cell-derived exosomes for treatment of refractory perianal fistula in IBD patients: clinical "
        "trial phase I. Gastroenterol Rep (Oxf). Published online December 9, 2022. doi:10.1093/gastro/goac075"
    ]


def test_seed_in_apa_lists_authors_with_ampersand_and_doi_link():
    assert format_references(seed_papers()[3:4], "apa") == [
        "Zhuang, X., Hu, X., Zhang, S., Li, X., Yuan, X., & Wu, Y. (2023). Mesenchymal Stem Cell-Based "
        "Therapy as a New Approach for the Treatment of Systemic Sclerosis. Clinical Reviews in Allergy & "
        "Immunology. https://doi.org/10.1007/s12016-021-08892-z"
    ]
    assert format_references_html(seed_papers()[3:4], "apa") == [
        "Zhuang, X., Hu, X., Zhang, S., Li, X., Yuan, X., &amp; Wu, Y. (2023). Mesenchymal Stem Cell-Based "
        "Therapy as a New Approach for the Treatment of Systemic Sclerosis. <i>Clinical Reviews in Allergy "
        "&amp; Immunology</i>. https://doi.org/10.1007/s12016-021-08892-z"
    ]


def test_every_shipped_style_formats_and_an_unknown_one_is_refused():
    for style in CITATION_STYLES:
        assert len(format_references(seed_papers(), style)) == 5
    with pytest.raises(ValueError, match="unknown citation style"):
        format_references(seed_papers(), "no-such-style")
    assert format_references([], "vancouver") == []

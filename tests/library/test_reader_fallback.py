"""A reader that only guessed a file, and refuses it, hands it to the next
reader that guessed it; a claimed format's refusal stands."""

from pathlib import Path

import pytest

from exodesk.importers import Source, choose
from exodesk.importers.registry import other_guesses
from exodesk.library import import_paths
from exodesk.library.importing import IMPORTED_WITH_GAPS, REFUSED

HERE = Path(__file__).parent
# A journal's own site saved as text: labels alone on their lines ("Abstract",
# "Keywords", "Publisher") make it look a little like a repository record, its
# authors are one a line and its DOI is printed bare.
PAGE = HERE / "fixtures" / "pages" / "journal-site-refused-by-first-guess.txt"


@pytest.fixture
def library(new_library):
    return new_library


def test_a_page_the_first_guess_refuses_is_read_by_the_next(library):
    source = Source(path=PAGE, data=PAGE.read_bytes())
    first, score, _ = choose(source)
    assert (first.NAME, score < 0.5) == ("digital-commons", True)  # the guess that refuses it
    (result,) = import_paths(library, [PAGE], suggest=False)
    assert (result.status, result.importer) == (IMPORTED_WITH_GAPS, "page-text")
    paper = library.get(result.paper_ids[0])
    assert paper.title == ("Autologous platelet-rich plasma injections for patchy alopecia areata: "
                           "a randomized, placebo-controlled trial")
    assert [(a.family, a.given) for a in paper.authors] == [("Hosseini", "Maryam"), ("Karimi", "Reza"),
                                                             ("Ahmadi", "Sara")]
    assert paper.doi == "10.22038/rcm.2023.71234.1456"
    assert paper.abstract("en").text.startswith("Background: Alopecia areata is an autoimmune form of hair loss")


def test_the_generic_reader_is_never_the_fallback():
    source = Source(path=PAGE, data=PAGE.read_bytes())
    first, _, _ = choose(source)
    assert [r.NAME for r in other_guesses(source, first)] == ["page-text"]  # generic guessed it too (0.1)


def test_a_claimed_format_that_refuses_is_not_read_by_another(library, tmp_path):
    # RIS's own structure, but no record a person could find: RIS says why.
    path = tmp_path / "empty.ris"
    path.write_text("TY  - JOUR\nLA  - en\nER  - \n", encoding="utf-8")
    (result,) = import_paths(library, [path], suggest=False)
    assert (result.status, result.importer) == (REFUSED, "ris")
    assert "no title, DOI, PubMed id or link" in result.reason

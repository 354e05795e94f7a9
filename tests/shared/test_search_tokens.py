"""A shared library's search finds what the file library's finds, letter for
letter: the server's terms are cut and folded as FTS5's unicode61 does
(lower case, accents off), not more (no full-width letters made narrow, no
ligature split, no ß made ss)."""

import pytest

from exodesk.library import Library
from exodesk.model import Paper

TITLES = [
    "ＭＳＣ外泌體治療", "ﬁbrosis after burns", "Straße clinic cohort", "Café au lait macules", "TNF-α in psoriasis",
    "10 µm vesicles", "Ἀσκληπιός", "Йод and Tiếng Việt", "CD63² marker", "İstanbul trial", "NAÏVE T cells",
    "Øresund registry", "Ǆemal's keloids",
]
QUERIES = [
    "MSC", "ＭＳＣ", "ｍｓｃ", "fibrosis", "ﬁbrosis", "strasse", "straße", "STRASSE", "cafe", "café", "CAFÉ", "tnf α",
    "α", "µm", "μm", "ΜΜ", "σ", "ς", "cd63", "cd632", "istanbul", "i̇stanbul", "naive", "oresund", "øresund", "dzemal",
    "ǆemal", "tieng viet", "ασκληπιοσ", "ἀσκληπιός", "йод", "иод",
]


@pytest.fixture
def libraries(new_library):
    file_library = Library(memory=True)
    for library in (new_library, file_library):
        with library.transaction():
            for title in TITLES:
                library.insert_paper(Paper(title=title))
    yield new_library, file_library
    file_library.close()


def test_every_query_finds_what_the_file_library_finds(libraries):
    library, file_library = libraries
    assert {q: library.search_ids(q, order_by="id") for q in QUERIES} == {
        q: file_library.search_ids(q, order_by="id") for q in QUERIES}

"""A shared library sorts as the file library does, whatever the server's
locale: SQLite compares text byte by byte and folds only A-Z for NOCASE,
where a server set up in English sorts as a dictionary does (ignoring case,
accents and hyphens)."""

import pytest

from exodesk.library import Filters, Library, columns
from exodesk.library.shared import connection
from exodesk.library.shared.store import SharedLibrary
from exodesk.model import Author, Notes, Paper

TITLES = ["Éclat of exosomes", "ébène", "zeta", "Alpha", "beta", "a-b", "ab", "A c", "外泌體", None]
DESIGNS = ["case series", "Case-control study", "cohort", "RCT", "case-control study", "", "Cohort", "ab", "a-c", ""]


def fill(library):
    with library.transaction():
        for n, (title, design) in enumerate(zip(TITLES, DESIGNS, strict=True)):
            library.insert_paper(
                Paper(title=title, date=str(2000 + n % 3), journal=title and title.upper(),
                      authors=[Author(family=(title or "Ω")[::-1])]),
                Notes(study_design=design, conditions=[design.replace(" ", "-").lower()] if design else [],
                      tags=[design] if design else []))
    return library


@pytest.fixture
def dictionary_library(postgres_server):
    # As a server set up in English: ICU's en-US order, and lower() folding every letter.
    with postgres_server.admin() as admin:
        admin.execute("DROP DATABASE IF EXISTS english")
        admin.execute("CREATE DATABASE english TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' "
                      "LOCALE 'C.utf8'")
    library = fill(SharedLibrary(postgres_server.url("english")))
    yield library
    library.close()
    connection.close_pools()


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("order_by", sorted(columns.SORTS))
def test_every_order_is_the_file_librarys(dictionary_library, order_by, descending):
    expected = fill(Library(memory=True)).search_ids("", order_by=order_by, descending=descending)
    assert dictionary_library.search_ids("", order_by=order_by, descending=descending) == expected


def test_the_filters_offer_their_values_in_the_file_librarys_order(dictionary_library):
    assert dictionary_library.facets() == fill(Library(memory=True)).facets()


def test_each_offered_value_filters_the_papers_the_file_library_filters(dictionary_library):
    # SQLite's LIKE folds A-Z: the tag "case-control study" also finds "Case-control study".
    file_library = fill(Library(memory=True))
    offered = file_library.facets()
    for filters in [*(Filters(tag=t) for t in offered["tags"]), *(Filters(condition=c) for c in offered["conditions"]),
                    *(Filters(design=d) for d in offered["designs"]), Filters(tag="COHORT")]:
        assert dictionary_library.search_ids("", filters) == file_library.search_ids("", filters), filters

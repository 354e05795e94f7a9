"""The values the window's filters offer, read from the library."""

from exodesk.model import Notes, Paper


def test_facets_list_what_the_live_library_holds(new_library):
    library = new_library
    with library.transaction():
        a = library.insert_paper(Paper(title="A", date="2019"), Notes(conditions=["acne-scars", "alopecia"],
                                                                      tags=["read"], evidence_level="4",
                                                                      study_design="case series"))
        library.insert_paper(Paper(title="B", date="2023"), Notes(conditions=["alopecia"], evidence_level="2"))
        gone = library.insert_paper(Paper(title="C", date="2025"), Notes(conditions=["melasma"], tags=["old"]))
    library.move_to_trash([gone])
    assert library.facets() == {
        "conditions": ["acne-scars", "alopecia"],
        "tags": ["read"],
        "designs": ["case series"],
        "levels": ["2", "4"],
        "years": [2019, 2023],
    }
    assert a == 1

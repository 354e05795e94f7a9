from exodesk.model import Notes, Paper


def test_basic(new_library):
    lib = new_library
    p = Paper(title="Exosomes in wound healing", date="2021")
    i = lib.insert_paper(p)
    assert lib.get(i).title == "Exosomes in wound healing"
    assert lib.search_ids("exo wound") == [i]
    assert lib.search_ids("healing") == [i]
    assert lib.search_ids("zebra") == []
    lib.save_notes(i, Notes(tags=["a"]))
    assert lib.notes(i).tags == ["a"]
    assert lib.count() == 1

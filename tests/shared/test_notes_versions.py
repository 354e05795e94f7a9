"""Two people editing one paper's notes: the second save, based on notes
that have changed since, is refused with the first person's notes, on
either engine, so no edit is overwritten unseen."""

import pytest

from exodesk.library.store import NotesConflict
from exodesk.model import Notes, Paper


def test_a_save_based_on_notes_changed_since_is_refused_with_theirs(new_library):
    paper_id = new_library.insert_paper(Paper(title="Exosomes in wound healing", date="2021"))
    assert new_library.notes_version(paper_id) == 0
    shown_to_both = new_library.notes_version(paper_id)
    assert new_library.save_notes(paper_id, Notes(tags=["reception"]), based_on=shown_to_both) == 1

    with pytest.raises(NotesConflict) as conflict:
        new_library.save_notes(paper_id, Notes(tags=["consulting room"]), based_on=shown_to_both)

    assert conflict.value.theirs.tags == ["reception"] and conflict.value.version == 1
    assert new_library.notes(paper_id).tags == ["reception"]
    # Having seen theirs, the person saves on top of it.
    assert new_library.save_notes(paper_id, Notes(tags=["reception", "consulting room"]), based_on=1) == 2
    assert new_library.search_ids("consulting") == [paper_id]


def test_saves_without_a_version_still_count_up(new_library):
    paper_id = new_library.insert_paper(Paper(title="A paper"))
    new_library.save_notes(paper_id, Notes(tags=["a"]))
    new_library.save_notes(paper_id, Notes(tags=["b"]))
    assert new_library.notes_version(paper_id) == 2

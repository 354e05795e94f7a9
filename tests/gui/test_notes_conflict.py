"""Two workstations change one paper's notes: the second to save sees both
versions side by side and chooses; nothing is overwritten unseen."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from exodesk.gui.conflict_dialog import NotesConflictDialog
from exodesk.library.shared.store import SharedLibrary
from exodesk.model import Notes, Paper


def answer_conflict(qtbot, button_name: str, seen: list) -> None:
    """When the conflict dialog shows, note what it shows and press one of its buttons."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NotesConflictDialog):
            QTimer.singleShot(20, look)
            return
        table = dialog.table
        seen.append([tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())])
        getattr(dialog, button_name).click()

    QTimer.singleShot(0, look)


def window_and_reception(open_window, shared_location):
    reception = SharedLibrary(shared_location)
    paper_id = reception.insert_paper(Paper(title="Exosomes for chronic wounds", date="2022"))
    window = open_window(shared_location)
    window.select_papers([paper_id])
    assert window.notes_editor.paper_id == paper_id
    return window, reception, paper_id


def test_keep_mine_saves_mine_over_theirs_once_seen(open_window, shared_location, qtbot):
    window, reception, paper_id = window_and_reception(open_window, shared_location)
    with reception:
        reception.save_notes(paper_id, Notes(free_notes="seen at reception"), based_on=0)

        window.notes_editor.free_notes.setPlainText("seen in room 2")
        seen: list = []
        answer_conflict(qtbot, "keep_mine", seen)
        window.notes_editor.flush()

        assert seen == [[("Notes", "seen at reception", "seen in room 2")]]
        assert reception.notes(paper_id).free_notes == "seen in room 2"
        assert reception.notes_version(paper_id) == 2
        # The editor now holds the saved version: the next edit saves without asking again.
        window.notes_editor.free_notes.setPlainText("seen in room 2, twice")
        window.notes_editor.flush()
        assert reception.notes(paper_id).free_notes == "seen in room 2, twice"
        assert window.unsaved.journal.entries == {}


def test_take_theirs_shows_theirs_and_saves_nothing_of_mine(open_window, shared_location, qtbot):
    window, reception, paper_id = window_and_reception(open_window, shared_location)
    with reception:
        reception.save_notes(paper_id, Notes(tags=["reception"], free_notes="theirs"), based_on=0)

        window.notes_editor.free_notes.setPlainText("mine")
        seen: list = []
        answer_conflict(qtbot, "take_theirs", seen)
        window.notes_editor.flush()

        assert seen == [[("Notes", "theirs", "mine"), ("Tags", "reception", "")]]
        assert reception.notes(paper_id).free_notes == "theirs" and reception.notes_version(paper_id) == 1
        assert window.notes_editor.free_notes.toPlainText() == "theirs"
        assert window.notes_editor.tags.text() == "reception"
        window.notes_editor.free_notes.setPlainText("theirs, and mine after")
        window.notes_editor.flush()
        assert reception.notes(paper_id).free_notes == "theirs, and mine after"
        assert reception.notes(paper_id).tags == ["reception"]


def test_after_suggesting_the_editor_knows_the_version_it_shows(window, demo_path, qtbot):
    from exodesk.library import Library

    from .conftest import paper_with_doi
    from .test_suggestions_and_conditions import TRIAL_DOI

    paper_id = paper_with_doi(window.library, TRIAL_DOI)
    window.library.save_notes(paper_id, Notes())
    window.select_papers([paper_id])
    window.notes_editor.suggest_button.click()
    with Library(demo_path) as other:  # a second program on the same library saves after the suggestion
        other.save_notes(paper_id, Notes(free_notes="theirs"))
        window.notes_editor.free_notes.setPlainText("mine")
        seen: list = []
        answer_conflict(qtbot, "take_theirs", seen)
        window.notes_editor.flush()
        assert len(seen) == 1 and other.notes(paper_id).free_notes == "theirs"


def test_the_two_versions_are_shown_in_words_not_codes(qtbot):
    from exodesk.gui.conflict_dialog import differences

    theirs = Notes(evidence_level="2", conditions=["acne-scars"], sample_size=12)
    mine = Notes(evidence_level="not graded", conditions=[], sample_size=12, tags=["room 2"])
    assert differences(theirs, mine) == [
        ("evidence_level", "Level 2", "not graded"),
        ("conditions", "acne scars", ""),
        ("tags", "", "room 2"),
    ]

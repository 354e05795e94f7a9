"""Other workstations' new papers and confirmed notes show in the window
within seconds, without reloading and without losing what is being typed."""

from exodesk.library.shared.store import SharedLibrary
from exodesk.model import Notes, Paper

SECONDS = 5000  # the window looks every 1.5 s; a loaded machine is slower


def test_a_paper_imported_elsewhere_shows_in_the_table(open_window, shared_location, qtbot):
    window = open_window(shared_location)
    assert window.model.rowCount() == 0
    with SharedLibrary(shared_location) as reception:
        paper_id = reception.insert_paper(Paper(title="Imported at reception", date="2023"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=SECONDS)
    assert window.model.paper_id(0) == paper_id
    assert window.counts.text() == "Papers shown: 1 of 1"


def test_notes_confirmed_elsewhere_show_in_the_editor(open_window, shared_location, qtbot):
    with SharedLibrary(shared_location) as room:
        paper_id = room.insert_paper(Paper(title="Exosomes for burns", date="2021"))
        window = open_window(shared_location)
        window.select_papers([paper_id])
        room.save_notes(paper_id, Notes(outcome="wound closure", tags=["confirmed"]), based_on=0)
        qtbot.waitUntil(lambda: window.notes_editor.outcome.toPlainText() == "wound closure", timeout=SECONDS)
        assert window.notes_editor.tags.text() == "confirmed"
        # Based on what it now shows: the window's next save asks nothing.
        window.notes_editor.free_notes.setPlainText("seen")
        window.notes_editor.flush()
        assert room.notes(paper_id).free_notes == "seen" and room.notes(paper_id).outcome == "wound closure"


def test_typing_in_progress_is_kept_when_the_table_refreshes(open_window, shared_location, qtbot):
    with SharedLibrary(shared_location) as reception:
        paper_id = reception.insert_paper(Paper(title="Exosomes for acne scars", date="2020"))
        window = open_window(shared_location)
        window.select_papers([paper_id])
        editor = window.notes_editor.free_notes
        editor.setFocus()
        qtbot.keyClicks(editor, "half a sent")
        reception.insert_paper(Paper(title="Another paper", date="2024"))
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=SECONDS)
        qtbot.keyClicks(editor, "ence")
        assert editor.toPlainText() == "half a sentence"
        assert window.current_paper_id() == paper_id
        window.notes_editor.flush()
        assert reception.notes(paper_id).free_notes == "half a sentence"

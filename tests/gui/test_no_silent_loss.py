"""Nothing typed is lost in silence: a library that refuses a save, fields that save
themselves, and a library changed by another process while the window is open."""

import sqlite3
import subprocess
import sys

import pytest

from exodesk.library import Library
from exodesk.library.backup import list_backups, make_backup
from exodesk.library.handouts import handout_history
from exodesk.library.journal import NOTES, PAPER, Journal, journal_path
from exodesk.model import Notes

from .conftest import BILINGUAL_DOI, paper_with_doi, shown_ids

LOCKED = "another program is writing to the library"


def hold_write_lock(path):
    """Another program in the middle of a write (an import, a second window)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


@pytest.fixture
def lock():
    """Locks a window's library; the lock ends with the test at the latest."""
    held = []

    def lock_(window):
        held.append(hold_write_lock(window.library.path))
        return held[-1]

    yield lock_
    for other in held:
        if other.in_transaction:
            other.rollback()
        other.close()


def release(other):
    other.rollback()


def empty_notes(window):
    """The bilingual seed's paper, chosen, with empty notes (a person starting afresh)."""
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.library.save_notes(paper_id, Notes())
    window.select_papers([paper_id])
    return paper_id


def test_notes_typed_while_the_library_is_locked_stay_are_kept_and_saved_later(window, lock, qtbot):
    paper_id = empty_notes(window)
    locked = lock(window)
    editor = window.notes_editor
    editor.free_notes.setFocus()
    qtbot.keyClicks(editor.free_notes, "Ask about cost")
    journal = journal_path(window.library.path)
    qtbot.waitUntil(journal.exists)

    assert Journal(window.library.path).pending(NOTES, paper_id).values() == {"free_notes": "Ask about cost"}
    assert editor.free_notes.toPlainText() == "Ask about cost"
    assert editor.status.text() == (
        f"Not saved yet: {LOCKED}. What you typed stays here and ExoDesk tries again.")
    assert window.unsaved.banner.text() == (
        f"Not saved yet: an edit to one paper ({LOCKED}). It is kept beside the library, and "
        "ExoDesk tries again every few seconds.")
    assert window.unsaved.banner.isVisible()
    assert window.library.notes(paper_id).free_notes != "Ask about cost"
    # Another paper and back: what was typed is shown, not the older saved notes.
    window.select_papers([next(i for i in shown_ids(window) if i != paper_id)])
    window.select_papers([paper_id])
    assert editor.free_notes.toPlainText() == "Ask about cost"

    release(locked)
    qtbot.waitUntil(lambda: window.library.notes(paper_id).free_notes == "Ask about cost", timeout=10000)
    assert not journal.exists()
    assert (editor.status.text(), window.unsaved.banner.isVisible()) == ("Saved", False)


def test_edits_kept_when_the_window_closed_are_saved_at_the_next_start(open_window, demo_path, lock, qtbot):
    window = open_window(demo_path)
    paper_id = empty_notes(window)
    other = lock(window)
    window.notes_editor.intervention.setFocus()
    qtbot.keyClicks(window.notes_editor.intervention, "umbilical cord MSC exosomes")
    window.close()  # at once, and the library still locked
    release(other)
    assert Journal(demo_path).pending(NOTES, paper_id).values() == {"intervention": "umbilical cord MSC exosomes"}

    again = open_window(demo_path)
    qtbot.waitUntil(lambda: again.library.notes(paper_id).intervention == "umbilical cord MSC exosomes")
    assert not journal_path(demo_path).exists()


@pytest.mark.parametrize(("error", "reason"), [
    ("database or disk is full", "the disk is full"),
    ("attempt to write a readonly database", "the library's file or folder is read-only"),
])
def test_a_full_disk_or_read_only_library_is_named_and_the_text_kept(window, qtbot, monkeypatch, error, reason):
    paper_id = empty_notes(window)

    def refuse(*_args, **_options):
        raise sqlite3.OperationalError(error)

    monkeypatch.setattr(window.library, "save_notes", refuse)
    window.notes_editor.outcome.setFocus()
    qtbot.keyClicks(window.notes_editor.outcome, "scar depth")
    window.search_box.setFocus()  # leaving the editor saves at once
    assert window.notes_editor.status.text() == (
        f"Not saved yet: {reason}. What you typed stays here and ExoDesk tries again.")
    assert window.notes_editor.outcome.toPlainText() == "scar depth"
    assert Journal(window.library.path).pending(NOTES, paper_id).reason == reason
    assert window.undo_stack.count() == 0  # nothing was done, so nothing to undo


def test_a_field_saves_itself_after_a_pause_in_typing(window, qtbot):
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)  # the file gives no title
    window.select_papers([paper_id])
    title = window.detail.editors["title"]
    title.setFocus()
    qtbot.keyClicks(title, "Exosomes in skin repair")
    qtbot.waitUntil(lambda: window.library.get(paper_id).title == "Exosomes in skin repair")
    # The person goes on typing where they were.
    assert (title.hasFocus(), title.cursorPosition()) == (True, len("Exosomes in skin repair"))
    qtbot.keyClicks(title, " and scars")
    qtbot.waitUntil(lambda: window.library.get(paper_id).title == "Exosomes in skin repair and scars")
    assert title.text() == "Exosomes in skin repair and scars"
    assert window.detail.title.text() == "Exosomes in skin repair and scars"

    assert window.undo_stack.count() == 1  # one step for the typing in one field
    window.undo()
    assert window.library.get(paper_id).title is None


def test_a_field_typed_while_the_library_is_locked_is_kept_marked_and_saved_later(window, lock, qtbot):
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.select_papers([paper_id])
    locked = lock(window)
    authors = window.detail.editors["authors"]
    authors.setFocus()
    qtbot.keyClicks(authors, "Chen, Mei-Ling; Wong, Ka Ho")
    qtbot.waitUntil(journal_path(window.library.path).exists)
    assert [a.natural() for a in Journal(window.library.path).pending(PAPER, paper_id).values()["authors"]] == [
        "Mei-Ling Chen", "Ka Ho Wong"]
    assert authors.toolTip() == f"Not saved yet: {LOCKED}"

    release(locked)
    qtbot.waitUntil(lambda: [a.natural() for a in window.library.get(paper_id).authors] == [
        "Mei-Ling Chen", "Ka Ho Wong"], timeout=10000)
    assert authors.toolTip() == "Family, Given; Family, Given; …"


RIS = """TY  - JOUR
AU  - Chen, Mei-Ling
AU  - Wong, Ka Ho
TI  - Adipose stem cell exosomes for atrophic acne scars: a split-face pilot study
JO  - Journal of Cosmetic Dermatology
PY  - 2023
VL  - 22
IS  - 4
SP  - 1187
EP  - 1195
AB  - Twelve patients with atrophic acne scars received fractional laser followed by topical exosomes on one side of the face.
ER  - \n"""


def exodesk(*args):
    """The command line in a process of its own, as a person would run it beside the window."""
    code = "import sys; from exodesk.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300,
                          check=False)  # the tests read the exit status


def test_a_command_line_import_and_restore_while_the_window_is_open(window, demo_path, tmp_path, qtbot):
    backup = make_backup(window.library.db.conn, demo_path)
    record = tmp_path / "scars.ris"
    record.write_text(RIS, encoding="utf-8")

    chosen = shown_ids(window)[1:3]
    window.select_papers(chosen)

    done = exodesk("--library", str(demo_path), "import", str(record))
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.model.rowCount() == 6)
    titles = [window.model.data(window.model.index(row, 0)) for row in range(6)]
    assert "Adipose stem cell exosomes for atrophic acne scars: a split-face pilot study" in titles
    assert (window.selected_ids(), window.current_paper_id()) == (chosen, chosen[0])  # the person's place kept

    done = exodesk("--library", str(demo_path), "restore", backup.name)
    assert done.returncode == 0, done.stderr
    (aside,) = [b.path for b in list_backups(demo_path) if "before-restore" in b.path.name]
    # Typed at once, before the window has looked: the save must not go into the file set aside.
    paper_id = paper_with_doi(window.library, BILINGUAL_DOI)
    window.select_papers([paper_id])
    window.notes_editor.free_notes.setFocus()
    qtbot.keyClicks(window.notes_editor.free_notes, "Typed after the restore")
    window.search_box.setFocus()

    qtbot.waitUntil(lambda: window.model.rowCount() == 5)
    qtbot.waitUntil(lambda: not journal_path(demo_path).exists())
    with Library(demo_path, backup=False) as restored:
        assert (restored.count(), restored.notes(paper_id).free_notes) == (5, "Typed after the restore")
    with Library(aside, backup=False) as set_aside:
        assert set_aside.count() == 6
        assert set_aside.notes(paper_id).free_notes != "Typed after the restore"
    assert window.undo_stack.count() <= 1  # no step left that would write into the file set aside


def test_an_edit_for_a_paper_no_longer_there_is_offered_back_not_dropped(open_window, demo_path, qtbot):
    Journal(demo_path).keep(NOTES, 999, {"free_notes": "Patient asked about the 2023 trial"}, reason="the disk is full")
    window = open_window(demo_path)
    qtbot.waitUntil(lambda: "the paper is no longer in the library" in window.unsaved.banner.text())
    assert window.unsaved.banner.text() == (
        "Not saved yet: an edit to one paper (the paper is no longer in the library). It is kept beside "
        "the library, and ExoDesk tries again every few seconds.")
    assert window.unsaved.show_button.isVisible()
    assert window.unsaved.edits_text() == "#999 — free_notes: Patient asked about the 2023 trial"
    assert journal_path(demo_path).exists()

    window.unsaved.discard_all()  # the person chose to, after reading them
    assert not journal_path(demo_path).exists()
    assert not window.unsaved.banner.isVisible()


def test_a_step_asked_for_before_the_window_saw_a_restore_is_refused_and_says_why(window, demo_path, qtbot):
    backup = make_backup(window.library.db.conn, demo_path)
    paper_id = shown_ids(window)[0]
    window.select_papers([paper_id])
    done = exodesk("--library", str(demo_path), "restore", backup.name)
    assert done.returncode == 0, done.stderr
    (aside,) = [b.path for b in list_backups(demo_path) if "before-restore" in b.path.name]

    window.delete_selected()  # at once: the window has not looked at the file since
    assert window.statusBar().currentMessage() == (
        "Not done: the library file was replaced by another program (a restore?). "
        "ExoDesk is opening it again; then do it again.")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("The library file was replaced"))
    for path in (aside, demo_path):
        with Library(path, backup=False) as library:
            assert library.count(trash=True) == 0
    window.delete_selected()  # asked again, on the library as it is now
    assert window.library.count(trash=True) == 1


def test_an_undo_the_library_refuses_says_so_and_changes_nothing(window, lock, qtbot):
    paper_id = empty_notes(window)
    window.notes_editor.outcome.setFocus()
    qtbot.keyClicks(window.notes_editor.outcome, "scar depth")
    window.search_box.setFocus()
    assert window.library.notes(paper_id).outcome == "scar depth"
    lock(window)
    window.undo()
    assert window.statusBar().currentMessage() == (
        f"Not done, nothing was changed: {LOCKED}.")
    assert (window.library.notes(paper_id).outcome, window.notes_editor.outcome.toPlainText()) == (
        "scar depth", "scar depth")


def test_open_handout_windows_work_on_the_library_a_restore_left(window, demo_path, qtbot, tmp_path):
    backup = make_backup(window.library.db.conn, demo_path)
    window.handouts.show_dialog("perianal-fistula")
    window.handouts.show_history()
    dialog, history = window.handouts.dialog, window.handouts.history
    qtbot.waitUntil(lambda: dialog.chosen_entries() != [], timeout=20000)
    done = exodesk("--library", str(demo_path), "restore", backup.name)
    assert done.returncode == 0, done.stderr

    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("The library file was replaced"))
    assert dialog.library is window.library and history.library is window.library
    qtbot.waitUntil(lambda: dialog.chosen_entries() != [], timeout=20000)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30000)
    dialog.save_to(tmp_path / "sheet.pdf")  # recorded in the library as it is now, not the closed one
    with Library(demo_path, backup=False) as restored:
        assert len(handout_history(restored)) == 1

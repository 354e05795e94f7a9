"""The Handout dialog and history on a shared library: a staff login's
approval is refused in the dialog with the server's one line and nothing is
written or recorded (the draft still can be); a clinician's is recorded with
the login, which the history shows; a server lost while recording keeps the
sheet in the dialog and says it was not recorded. The detail pane names who
last changed a paper's notes."""

import pytest
from postgres_server import database_of
from PySide6.QtPrintSupport import QPrinter
from shared_logins import CLINICIAN_LOGIN, STAFF_LOGIN, Workstations, approvals

from exodesk.demo import seed_files
from exodesk.evidence.suggest import confirm
from exodesk.gui import handout_dialog
from exodesk.gui.detail import DetailPane
from exodesk.gui.handout_dialog import HandoutDialog
from exodesk.gui.handout_history import HandoutHistory
from exodesk.library.importing import import_paths
from exodesk.library.shared import database
from exodesk.library.shared.store import SharedLibrary
from exodesk.model import Notes, Paper
from exodesk.settings import Settings

from .conftest import paper_with_doi

NAZARI_DOI = "10.1093/gastro/goac075"  # seed 004, the perianal fistula trial


@pytest.fixture
def workstations(postgres_server, shared_location):
    workstations = Workstations(postgres_server, shared_location)
    yield workstations
    workstations.close()


@pytest.fixture
def approved_dialog(qtbot, shared_location, workstations):
    """The dialog on the shared library as the login given, with an
    approvable sheet approved by "Dr Wong": the seeds imported and the
    trial's notes confirmed by the server's owner."""
    with SharedLibrary(shared_location) as owner:
        import_paths(owner, seed_files(), suggest=True)
        paper_id = paper_with_doi(owner, NAZARI_DOI)
        owner.save_notes(paper_id, confirm(owner.notes(paper_id)))
    Settings().update(clinic_name="Harbour Skin Clinic", clinic_contact="2345 6789")

    def open_(login):
        dialog = HandoutDialog(workstations.open(login), Settings(), condition_id="perianal fistula")
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
            dialog.show()
        dialog.approver.setText("Dr Wong")
        with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
            dialog.approve.setChecked(True)
        assert not dialog.preview.handout.draft
        return dialog

    return open_


def test_a_staff_login_is_told_only_a_clinician_may_approve_and_can_save_the_draft(approved_dialog, qtbot,
                                                                                     tmp_path):
    dialog = approved_dialog(STAFF_LOGIN)
    out = tmp_path / "fistula.pdf"

    assert dialog.save_to(out) is None

    assert dialog.status.text() == (
        f"The handout was not recorded: only a clinician may approve a handout; {STAFF_LOGIN} is not one. "
        "Without the approval it can be saved or printed as a draft.")
    assert not out.exists() and approvals(dialog.library) == []
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # printing is refused alike, before any page
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) is None
    assert not (tmp_path / "printed.pdf").exists() and approvals(dialog.library) == []
    assert dialog.save_button.isEnabled()  # the sheet is still there
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        dialog.approve.setChecked(False)
    assert dialog.save_to(out) is not None
    assert approvals(dialog.library) == [(None, None)]


def test_a_clinicians_approval_is_recorded_and_the_history_shows_the_login(approved_dialog, qtbot, tmp_path):
    dialog = approved_dialog(CLINICIAN_LOGIN)

    dialog.save_to(tmp_path / "fistula.pdf")

    assert dialog.status.text().endswith("and recorded in the handout history.")
    history = HandoutHistory(dialog.library)
    qtbot.addWidget(history)
    assert history.list.topLevelItem(0).text(3) == f"Dr Wong ({CLINICIAN_LOGIN})"


def test_a_server_lost_while_recording_keeps_the_sheet_and_says_it_was_not_approvals(
        approved_dialog, postgres_server, shared_location, tmp_path, monkeypatch):
    dialog = approved_dialog(CLINICIAN_LOGIN)
    name = database_of(shared_location)
    record = handout_dialog.record_handout

    def server_gone_then_record(library, **sheet):
        with postgres_server.admin() as admin:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        postgres_server.cut(shared_location)
        return record(library, **sheet)

    out = tmp_path / "fistula.pdf"
    with monkeypatch.context() as patched:
        patched.setattr(database, "RECONNECT_SECONDS", 1)
        patched.setattr(handout_dialog, "record_handout", server_gone_then_record)

        assert dialog.save_to(out) is None

    status = dialog.status.text()
    assert status.startswith(f"Saved to {out}, but not recorded in the handout history: The shared library at ")
    assert status.endswith("the change in hand was not saved. The sheet is kept here: save or print it again "
                           "to record it.")
    with postgres_server.admin() as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    assert dialog.save_button.isEnabled() and dialog.save_to(out) is not None
    assert approvals(dialog.library) == [("Dr Wong", CLINICIAN_LOGIN)]


def test_the_detail_pane_names_the_login_that_last_changed_the_notes(workstations, qtbot):
    staff, clinician = workstations.open(STAFF_LOGIN), workstations.open(CLINICIAN_LOGIN)
    paper_id = staff.insert_paper(Paper(title="Exosomes in wound healing", date="2021"))
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.show_paper(staff.get(paper_id), changed_by=staff.changed_by(paper_id))
    assert not pane.changed_by.isVisible()  # no notes yet

    clinician.save_notes(paper_id, Notes(tags=["dressing"]), based_on=0)
    pane.show_paper(staff.get(paper_id), changed_by=staff.changed_by(paper_id))

    assert pane.changed_by.isVisible() and pane.changed_by.text() == f"Notes last changed by {CLINICIAN_LOGIN}"

"""Approving a sheet on a shared library is a clinician's act, checked by the
server against its roles: a staff login gets one clear line and nothing is
recorded; a clinician's approval records the login beside the typed name.
Each change records who made it, and a sheet cut off by a lost connection is
recorded once."""

import argparse
import json

import pytest
from shared_logins import CLINICIAN_LOGIN, STAFF_LOGIN, Workstations, approvals

from exodesk import cli
from exodesk.library.faults import NOT_ALLOWED
from exodesk.library.handouts import check_approval, handout_history, record_handout
from exodesk.library.store import ChangedBy, Library, LibraryError
from exodesk.model import Notes, Paper

SNAPSHOT = {"condition": "perianal-fistula", "language": "en", "paper_ids": [], "notes": [],
            "review_by": "2027-12-01"}
PDF = b"%PDF-1.4 a sheet"


@pytest.fixture
def workstations(postgres_server, shared_location):
    workstations = Workstations(postgres_server, shared_location)
    yield workstations
    workstations.close()


def test_a_staff_login_cannot_approve_a_sheet_and_nothing_is_recorded(workstations):
    staff = workstations.open(STAFF_LOGIN)

    with pytest.raises(LibraryError) as refused:
        record_handout(staff, snapshot=SNAPSHOT, pdf=PDF, approved_by="Dr Wong")
    # A window asks before it prints: the same answer, from the server's own rule.
    with pytest.raises(LibraryError) as asked:
        check_approval(staff, snapshot=SNAPSHOT, approved_by="Dr Wong")

    assert refused.value.kind == asked.value.kind == NOT_ALLOWED
    assert str(refused.value) == str(asked.value) == (
        f"The handout was not recorded: only a clinician may approve a handout; {STAFF_LOGIN} is not one")
    assert approvals(staff) == []
    # The same sheet as a draft is the staff's to keep.
    record_handout(staff, snapshot=SNAPSHOT, pdf=PDF)
    assert approvals(staff) == [(None, None)]


def test_a_clinician_approves_and_the_login_is_recorded_beside_the_typed_name(workstations):
    clinician = workstations.open(CLINICIAN_LOGIN)
    check_approval(clinician, snapshot=SNAPSHOT, approved_by="Dr Wong")
    assert approvals(clinician) == []  # asking records nothing

    handout_id = record_handout(clinician, snapshot=SNAPSHOT, pdf=PDF, approved_by="Dr Wong")

    assert approvals(clinician) == [("Dr Wong", CLINICIAN_LOGIN)]
    assert [(h["id"], h["approved_by"], h["approved_login"]) for h in handout_history(clinician)] == [
        (handout_id, "Dr Wong", CLINICIAN_LOGIN)]


def test_a_sheet_cut_off_after_its_insert_is_recorded_exactly_once(workstations, shared_location, postgres_server,
                                                                   monkeypatch):
    library = workstations.open(CLINICIAN_LOGIN)
    send = library.db.execute
    cuts = []

    def cut_after_the_insert(sql, params=None):
        cursor = send(sql, params)
        if sql.startswith("INSERT INTO handouts") and not cuts:
            cuts.append(postgres_server.cut(shared_location))
        return cursor

    monkeypatch.setattr(library.db, "execute", cut_after_the_insert)

    handout_id = record_handout(library, snapshot=SNAPSHOT, pdf=PDF, approved_by="Dr Wong")

    assert cuts and cuts[0] >= 1
    assert library.db.execute("SELECT id, approved_by, approved_login FROM handouts").fetchall() == [
        (handout_id, "Dr Wong", CLINICIAN_LOGIN)]


def test_each_change_names_the_login_that_made_it(workstations):
    staff, clinician = workstations.open(STAFF_LOGIN), workstations.open(CLINICIAN_LOGIN)
    paper_id = staff.insert_paper(Paper(title="Exosomes in wound healing", date="2021"))
    assert staff.changed_by(paper_id) == ChangedBy(paper=STAFF_LOGIN, notes=None)

    clinician.save_notes(paper_id, Notes(tags=["dressing"]), based_on=0)
    staff.edit_paper(paper_id, {"title": "Exosomes in chronic wound healing"})

    assert clinician.changed_by(paper_id) == ChangedBy(paper=STAFF_LOGIN, notes=CLINICIAN_LOGIN)
    with pytest.raises(KeyError):
        staff.changed_by(paper_id + 1)


def test_a_file_library_knows_no_logins(tmp_path):
    with Library(tmp_path / "library.sqlite") as library:
        paper_id = library.insert_paper(Paper(title="Exosomes in wound healing"))
        assert library.changed_by(paper_id) is None


def test_show_json_names_who_last_changed_the_paper_and_its_notes(workstations, capsys):
    staff, clinician = workstations.open(STAFF_LOGIN), workstations.open(CLINICIAN_LOGIN)
    paper_id = staff.insert_paper(Paper(title="Exosomes in wound healing", date="2021"))
    clinician.save_notes(paper_id, Notes(tags=["dressing"]), based_on=0)

    assert cli.cmd_show(staff, argparse.Namespace(id=paper_id, json=True)) == 0

    assert json.loads(capsys.readouterr().out)["changed_by"] == {"paper": CLINICIAN_LOGIN, "notes": CLINICIAN_LOGIN}

"""Setting up a shared library (`exodesk library init`): the tables and the
server's own roles, given to the clinic's logins. Staff may import and
annotate; only a clinician may approve a handout, and the server records
which login did."""


import psycopg
import pytest
from postgres_server import database_of
from test_cli import SEEDS, run

from exodesk.library import LibraryError
from exodesk.library.handouts import record_handout
from exodesk.library.locations import open_library
from exodesk.library.shared import connection
from exodesk.library.shared.schema import CLINICIAN_ROLE, MIGRATIONS, STAFF_ROLE
from exodesk.model import Notes

SEED = SEEDS[0]
LOGINS = ("reception", "dr_lin")
SHEET = {"condition": "scleroderma", "language": "en", "paper_ids": [1], "review_by": "2027-06-01", "notes": [{}]}



@pytest.fixture
def empty_database(postgres_server):
    """An empty database and two logins on the tests' server; all gone afterwards
    (roles are the whole server's, not one database's)."""
    url = postgres_server.new_database()
    with postgres_server.admin() as admin:
        for login in LOGINS:
            admin.execute(f"CREATE ROLE {login} LOGIN")
    yield url
    connection.close_pools()
    with postgres_server.admin() as admin:
        admin.execute(f'DROP DATABASE "{database_of(url)}" WITH (FORCE)')
        for role in (*LOGINS, CLINICIAN_ROLE, STAFF_ROLE):
            admin.execute(f"DROP ROLE IF EXISTS {role}")


def memberships(url: str) -> list[tuple[str, str]]:
    with psycopg.connect(url) as db:
        return db.execute(
            "SELECT r.rolname, m.rolname FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE r.rolname LIKE 'exodesk%' ORDER BY 1, 2").fetchall()


def test_init_makes_the_tables_and_roles_and_running_it_again_changes_nothing(capsys, empty_database,
                                                                            postgres_server):
    argv = ("library", "init", empty_database, "--clinician", "dr_lin", "--staff", "reception")
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"tables: ready (migrations {', '.join(name for name, _ in MIGRATIONS)})",
                                f"role {STAFF_ROLE}: made; privileges granted",
                                f"role {CLINICIAN_ROLE}: made; privileges granted",
                                f"login dr_lin: given {CLINICIAN_ROLE}",
                                f"login reception: given {STAFF_ROLE}"]
    granted = memberships(empty_database)
    assert granted == [(CLINICIAN_ROLE, "dr_lin"), (STAFF_ROLE, CLINICIAN_ROLE), (STAFF_ROLE, "reception")]

    code, again, _err = run(capsys, *argv)
    assert code == 0 and "already there" in again and memberships(empty_database) == granted

    # A table a later version adds, made by the login that ran init, is the staff's too.
    with psycopg.connect(empty_database) as db:
        db.execute("CREATE TABLE later_version (id BIGSERIAL PRIMARY KEY, note TEXT)")
    with psycopg.connect(postgres_server.url(database_of(empty_database), user="reception")) as db:
        assert db.execute("INSERT INTO later_version(note) VALUES ('x') RETURNING id").fetchone() == (1,)


def test_staff_import_and_annotate_but_only_a_clinician_approves_and_is_recorded(capsys, empty_database,
                                                                                  postgres_server):
    assert run(capsys, "library", "init", empty_database, "--clinician", "dr_lin", "--staff", "reception")[0] == 0
    reception = postgres_server.url(database_of(empty_database), user="reception")
    dr_lin = postgres_server.url(database_of(empty_database), user="dr_lin")

    assert run(capsys, "--library", reception, "import", SEED)[0] == 0
    with open_library(reception) as library:
        library.save_notes(1, Notes(tags=["reception"]))
        assert record_handout(library, snapshot=SHEET, pdf=b"%PDF draft") == 1  # a draft needs no clinician
        with pytest.raises(LibraryError, match="only a clinician may approve a handout"):
            record_handout(library, snapshot=SHEET, pdf=b"%PDF", approved_by="Reception desk")
    with open_library(dr_lin) as library:
        assert library.notes(1).tags == ["reception"]
        approved = record_handout(library, snapshot=SHEET, pdf=b"%PDF", approved_by="Dr Lin")

    with psycopg.connect(empty_database) as db:
        assert db.execute("SELECT approved_by, approved_login FROM handouts WHERE id = %s",
                          [approved]).fetchone() == ("Dr Lin", "dr_lin")
        assert db.execute("SELECT changed_by FROM notes WHERE paper_id = 1").fetchone() == ("reception",)
        assert db.execute("SELECT count(*) FROM handouts").fetchone() == (2,)


def test_a_login_not_on_the_server_is_named_and_nothing_is_changed(capsys, empty_database):
    code, out, err = run(capsys, "library", "init", empty_database, "--clinician", "dr_lim")
    assert (code, out) == (2, "")
    assert err == ("exodesk: there is no login dr_lim on the server; make each first "
                   "(CREATE ROLE dr_lim LOGIN PASSWORD '...'), then run init again\n")
    assert memberships(empty_database) == []


def test_init_wants_a_server(capsys, tmp_path):
    code, out, err = run(capsys, "library", "init", tmp_path / "library.sqlite")
    assert (code, out) == (2, "")
    assert err.startswith(f"exodesk: '{tmp_path / 'library.sqlite'}' is not a server's address")


def test_a_sheet_approved_by_staff_is_neither_recorded_nor_written(capsys, empty_database, postgres_server, tmp_path):
    assert run(capsys, "library", "init", empty_database, "--clinician", "dr_lin", "--staff", "reception")[0] == 0
    sheet = ["handout", "scleroderma", "--clinic", "Harbour Clinic", "--contact", "2345 6789"]
    for login, output in (("reception", tmp_path / "by-reception.pdf"), ("dr_lin", tmp_path / "by-dr-lin.pdf")):
        location = postgres_server.url(database_of(empty_database), user=login)
        code, _out, err = run(capsys, "--library", location, *sheet, "--approved-by", login, "-o", output)
        if login == "reception":
            assert (code, output.exists()) == (1, False)
            assert err == ("exodesk: The handout was not recorded: only a clinician may approve a handout; reception "
                           "is not one, and the sheet was not written (without --approved-by it is a draft)\n")
        else:
            assert (code, output.exists()) == (0, True), err
    with psycopg.connect(empty_database) as db:
        assert db.execute("SELECT approved_by, approved_login FROM handouts").fetchall() == [("dr_lin", "dr_lin")]

"""The command line on a shared library: --library and $EXODESK_LIBRARY take
a server's address as they take a file, every command runs there, and a
server that cannot be reached is one line naming it (never its password)."""

import psycopg
from test_cli import SEEDS, run

# A fixture: the window's arguments each time it would open (no real window).
from test_cli import windows as windows
from test_cli_process import exodesk

from exodesk.library.locations import open_library


def test_commands_run_on_the_library_at_an_address(capsys, shared_location, tmp_path):
    assert run(capsys, "--library", shared_location, "import", *SEEDS)[0] == 0
    code, listed, _err = run(capsys, "--library", shared_location, "list")
    assert code == 0 and len(listed.splitlines()) == len(SEEDS)
    # The same papers through the environment, as a workstation set up once has it.
    file_library = tmp_path / "library.sqlite"
    assert run(capsys, "--library", file_library, "--create", "import", *SEEDS)[0] == 0
    assert run(capsys, "--library", file_library, "list")[1] == listed


def test_exodesk_library_in_the_environment_may_be_an_address(capsys, shared_location, monkeypatch, tmp_path):
    monkeypatch.setenv("EXODESK_LIBRARY", shared_location)
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "import", SEEDS[0])[0] == 0
    code, out, err = run(capsys, "list")
    assert (code, err) == (0, "") and len(out.splitlines()) == 1
    with open_library(shared_location) as library:  # on the server, not in a file named after the address
        assert library.count() == 1
    assert list(tmp_path.iterdir()) == []


def test_a_server_that_cannot_be_reached_is_one_line_with_the_reason_without_the_password(tmp_path):
    location = f"postgresql://clinic:s3cret@/library?host={tmp_path}&port=5999"
    for argv in (["--library", location, "list"], ["--library", location, "check"],
                 ["library", "copy", location, tmp_path / "copy.sqlite"], ["library", "init", location]):
        done = exodesk(*argv)  # a process of its own: what the driver logs must not reach the terminal either
        assert (done.returncode, done.stdout) == (2, "")
        assert done.stderr == (f"exodesk: The shared library at postgresql://clinic@/library?host={tmp_path}&port=5999"
                               f" could not be reached: connection is bad: connection to server on socket "
                               f'"{tmp_path}/.s.PGSQL.5999" failed: No such file or directory\n')
    assert list(tmp_path.iterdir()) == []


def test_create_is_refused_for_a_server_with_what_makes_one(capsys, shared_location, windows):
    for argv in (["list"], []):
        code, out, err = run(capsys, "--library", shared_location, "--create", *argv)
        assert (code, out) == (2, "")
        assert err == (f"exodesk: --create is for a library file; a shared library's tables are made on its "
                       f"server by `exodesk library init {shared_location}`\n")
    assert windows == []


def test_the_window_is_given_the_address_as_it_was_typed(capsys, shared_location, windows, monkeypatch):
    assert run(capsys, "--library", shared_location)[0] == 0
    monkeypatch.setenv("EXODESK_LIBRARY", shared_location)
    assert run(capsys)[0] == 0
    assert windows == [["--library", shared_location]] * 2


def test_check_reads_everything_that_applies_on_a_server(capsys, shared_location):
    assert run(capsys, "--library", shared_location, "import", *SEEDS[:3])[0] == 0
    code, out, _err = run(capsys, "--library", shared_location, "check")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == f"library: {shared_location}"
    assert "SQLite's integrity check does not apply" in lines[2]
    assert lines[-1] == "result: ok"

    # A kept file damaged on the server, and a paper missing from the search index, are found.
    with psycopg.connect(shared_location, autocommit=True) as db:
        db.execute("UPDATE files SET content = 'garbled'::bytea WHERE hash = (SELECT min(hash) FROM files)")
        db.execute("DELETE FROM search WHERE paper_id = 1")
    code, out, _err = run(capsys, "--library", shared_location, "check")
    assert code == 1
    assert "its kept copy is damaged" in out and "search index: 1 papers are missing from it" in out

    code, out, _err = run(capsys, "--library", shared_location, "check", "--repair")
    assert "repaired: search index rebuilt from the records" in out
    assert "search index" not in out.replace("repaired: search index", "")

"""Backups of a shared library: `exodesk backup` dumps the server's database
with pg_dump, `exodesk restore` puts a dump back with pg_restore after
dumping the library as it is; the password never reaches a command line."""

import stat
import subprocess
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from test_cli import SEEDS, run

from exodesk.library.locations import open_library
from exodesk.library.shared import backup


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def with_password(location: str, password: str) -> str:
    parts = urlsplit(location)
    return urlunsplit(parts._replace(netloc=f"{parts.username}:{password}@{parts.netloc.split('@')[1]}"))


def test_a_dump_is_made_and_restored_and_the_library_as_it_was_is_kept(capsys, shared_location, data_folder):
    assert run(capsys, "--library", shared_location, "import", *SEEDS[:2])[0] == 0
    code, out, err = run(capsys, "--library", shared_location, "backup")
    assert (code, err) == (0, "")
    made = Path(out.removeprefix("backed up to ").strip())
    assert made.parent == data_folder / "ExoDesk" / "backups" and made.suffix == ".dump"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600

    assert run(capsys, "--library", shared_location, "import", *SEEDS[2:])[0] == 0
    listed = run(capsys, "--library", shared_location, "restore")[1]
    assert listed.split()[:2] == ["1", made.name]

    code, out, err = run(capsys, "--library", shared_location, "restore", "1")
    assert (code, err) == (0, ""), err
    assert out.startswith(f"restored {made.name}; the library as it was is kept as ")
    with open_library(shared_location) as library:
        assert library.count() == 2 and library.search_ids("") == [1, 2]
    aside = Path(out.rsplit(" ", 1)[1].strip())
    assert "before-restore" in aside.name and aside.is_file()
    assert len(run(capsys, "--library", shared_location, "restore")[1].splitlines()) == 2


def test_the_password_goes_in_the_environment_never_on_the_command_line(capsys, shared_location, data_folder,
                                                                        monkeypatch):
    started = []
    real = subprocess.run

    def recorded(command, **options):
        started.append((command, options["env"]))
        return real(command, **options)

    monkeypatch.setattr(subprocess, "run", recorded)
    location = with_password(shared_location, "s3cret")  # the tests' server trusts its socket: any password does
    code, out, err = run(capsys, "--library", location, "backup")
    assert code == 0, err
    [(command, environment)] = started
    assert Path(command[0]).name == "pg_dump" and "s3cret" not in " ".join(command) + out + err
    assert environment["PGPASSWORD"] == "s3cret"


def test_without_pg_dump_the_message_names_the_package(capsys, shared_location, data_folder, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(backup, "PROGRAM_FOLDERS", str(tmp_path / "none" / "*"))
    code, out, err = run(capsys, "--library", shared_location, "backup")
    assert (code, out) == (1, "")
    assert err == (f"exodesk: {shared_location} is not backed up: pg_dump was not found: a shared library is "
                   "backed up with PostgreSQL's client programs; install them (Debian or Ubuntu: apt install "
                   "postgresql-client; elsewhere PostgreSQL's installer) and try again\n")

"""The library, its backups and the logs are their owner's only, and the
single-instance channel lives where no other user can reach it."""
# SQLite only: the permissions of the library's files on the disk.

import datetime
import logging
import os
import stat
import tempfile
from pathlib import Path

import pytest

from exodesk import logs
from exodesk.library import Library, import_paths
from exodesk.library.backup import list_backups, make_backup

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))



def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def usual_umask():
    previous = os.umask(0o022)  # files readable by everyone unless the program says otherwise
    yield
    os.umask(previous)


@pytest.mark.usefixtures("usual_umask")
def test_the_library_its_journal_and_its_backups_are_the_owners_only(tmp_path):
    path = tmp_path / "data" / "ExoDesk" / "library.sqlite"
    with Library(path) as lib:
        import_paths(lib, SEEDS[:1])
        assert {name: mode(f"{path}{name}") for name in ("", "-wal", "-shm")} == {
            "": 0o600, "-wal": 0o600, "-shm": 0o600}
        made = make_backup(lib.db.conn, path, now=datetime.datetime(2024, 1, 2))
    assert (mode(path.parent), mode(path.parent.parent)) == (0o700, 0o700)  # folders it made
    assert (mode(made.parent), mode(made)) == (0o700, 0o600)
    Library(path).close()  # the day's backup, due as the newest is old
    assert [mode(b.path) for b in list_backups(path)] == [0o600, 0o600]  # the daily one too


@pytest.mark.usefixtures("usual_umask")
def test_a_library_left_readable_by_others_is_made_private_when_opened(tmp_path):
    path = tmp_path / "library.sqlite"
    Library(path, backup=False).close()
    os.chmod(path, 0o644)
    Library(path, backup=False).close()
    assert mode(path) == 0o600


@pytest.mark.usefixtures("usual_umask")
def test_the_log_is_the_owners_only(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    path = logs.setup_logging()
    try:
        logs.log.info("a line")
        assert (mode(path.parent), mode(path)) == (0o700, 0o600)
    finally:
        for handler in list(logs.log.handlers):
            if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
                logs.log.removeHandler(handler)
                handler.close()


def test_the_single_instance_channel_is_in_a_folder_only_this_user_can_enter(tmp_path, monkeypatch, qapp):
    from exodesk.gui import single_instance

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    # Someone else got there first and left the folder open to all: never used.
    taken = tmp_path / f"exodesk-{os.geteuid()}"
    taken.mkdir()
    os.chmod(taken, 0o777)

    name = single_instance.server_name(tmp_path / "library.sqlite")
    folder = Path(name).parent
    assert folder.is_absolute() and folder != taken and folder != Path(tempfile.gettempdir())
    status = os.lstat(folder)
    assert (status.st_uid, stat.S_IMODE(status.st_mode)) == (os.geteuid(), 0o700)
    server = single_instance.InstanceServer(name)
    try:
        assert server.server.isListening() and server.server.fullServerName() == name
    finally:
        server.server.close()


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX's")
@pytest.mark.usefixtures("usual_umask")
def test_the_settings_file_is_its_owners_only(tmp_path):
    from exodesk.settings import Settings

    path = tmp_path / "config" / "settings.json"
    Settings(path).update(clinic_name="Harbour Skin Clinic")
    assert (mode(path), mode(path.parent)) == (0o600, 0o700)
    assert Settings(path)["clinic_name"] == "Harbour Skin Clinic"

"""The installed app's log file and crash handler."""

import logging
import os
import platform
import subprocess
import sys
import textwrap
import threading

import pytest

from exodesk import logs


@pytest.fixture
def log_folder(tmp_path, monkeypatch):
    """A private log folder; the handlers and hooks are put back afterwards."""
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    handlers = list(logs.log.handlers)
    yield tmp_path / "logs"
    for handler in logs.log.handlers:
        if handler not in handlers:
            handler.close()
    logs.log.handlers[:] = handlers


def test_log_records_go_to_a_file_in_the_log_folder(log_folder):
    path = logs.setup_logging()
    assert path == log_folder / "exodesk.log"
    logging.getLogger("exodesk.library").warning("Backup folder is full")
    for handler in logs.log.handlers:
        handler.flush()
    lines = path.read_text(encoding="utf-8").splitlines()
    system = platform.uname()
    assert lines[0].endswith(f" INFO exodesk: ExoDesk {logs.__version__} on Python {platform.python_version()}, "
                             f"{system.system} {system.release} {system.machine}")
    assert lines[1].endswith("WARNING exodesk.library: Backup folder is full")


def test_setting_up_twice_adds_no_second_handler(log_folder):
    logs.setup_logging()
    count = len(logs.log.handlers)
    logs.setup_logging()
    assert len(logs.log.handlers) == count


def test_an_uncaught_exception_is_logged_and_the_callback_gets_the_path(tmp_path):
    # A real uncaught exception ends a real interpreter, so run one.
    script = textwrap.dedent(
        """
        from exodesk import logs
        logs.install_crash_handler(show=lambda path: print("SHOWN", path, flush=True))
        def import_the_library():
            raise ValueError("the library file is locked")
        import_the_library()
        """
    )
    env = {**_environment(), logs.LOG_DIR_ENV: str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 1
    assert done.stdout == f"SHOWN {tmp_path / 'exodesk.log'}\n"
    log_text = (tmp_path / "exodesk.log").read_text(encoding="utf-8")
    assert "CRITICAL exodesk: Unexpected error\nTraceback (most recent call last):" in log_text
    assert "in import_the_library" in log_text
    assert log_text.rstrip().endswith("ValueError: the library file is locked")


def test_an_exception_in_another_thread_is_logged_and_shown(log_folder):
    shown = []
    path = logs.install_crash_handler(show=shown.append)

    def import_in_background():
        raise RuntimeError("disk full while importing")

    worker = threading.Thread(target=import_in_background)
    worker.start()
    worker.join()
    assert shown == [log_folder / "exodesk.log"]
    assert path == shown[0]
    assert path.read_text(encoding="utf-8").rstrip().endswith("RuntimeError: disk full while importing")


def test_a_failing_callback_is_logged_too(log_folder, capsys):
    def broken_dialog(path):
        raise OSError("no display")

    path = logs.install_crash_handler(show=broken_dialog)
    try:
        raise KeyError("paper 7")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    text = path.read_text(encoding="utf-8")
    assert "KeyError: 'paper 7'" in text
    assert "ERROR exodesk: Could not tell the user about the error above" in text
    assert text.rstrip().endswith("OSError: no display")
    assert "KeyError: 'paper 7'" in capsys.readouterr().err


def _environment():
    return {k: v for k, v in os.environ.items() if k != logs.LOG_DIR_ENV}

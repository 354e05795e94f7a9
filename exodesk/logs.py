"""Logs for the installed app, and a crash handler that keeps what went wrong.

A double-clicked app has no terminal: an error that only printed a traceback
would vanish with the window. So the app logs to a rotating file in the
platform's user log folder, and an unexpected exception is written there before
anything else happens; the window then tells the user where the file is.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from exodesk import APP_NAME, __version__, owner_only

LOG_FILE = "exodesk.log"
# Lets tests and the packaged-build smoke test keep their logs to themselves.
LOG_DIR_ENV = "EXODESK_LOG_DIR"
# One megabyte a file and five old files: weeks of normal use, bounded on disk.
MAX_BYTES = 1_000_000
BACKUPS = 5

log = logging.getLogger("exodesk")


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_FILE


def setup_logging(*, level: int = logging.INFO) -> Path:
    """Send the app's log records to the rotating file; returns its path.

    Calling it again for the same file adds no second handler.
    """
    path = log_path()
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path.absolute():
            return path
    owner_only.make_folder(path.parent)
    handler = _OwnerOnlyHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(min(log.level or level, level))
    # The system from uname alone: platform.platform() also reads Python's own
    # program file for the C library's version, 5 ms at every command's start.
    system = platform.uname()
    log.info("ExoDesk %s on Python %s, %s %s %s", __version__, platform.python_version(), system.system,
             system.release, system.machine)
    return path


class _OwnerOnlyHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner may read: they name the
    files imported and the errors met, patients' conditions among them."""

    def _open(self):
        owner_only.create_file(Path(self.baseFilename))
        return super()._open()


def install_crash_handler(show: Callable[[Path], None] | None = None) -> Path:
    """Log every uncaught exception (main thread, other threads, Qt slots) and
    then call show(log path) so the user learns where the details are.

    Without show, a one-line notice goes to the terminal, if there is one.
    Returns the log file's path.
    """
    path = setup_logging()

    def handle(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
        for handler in log.handlers:
            handler.flush()
        # A windowed build on Windows has no stderr at all.
        if sys.stderr is not None:
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        if show is None:
            if sys.stderr is not None:
                print(f"exodesk: an unexpected error was written to {path}", file=sys.stderr)
            return
        try:
            show(path)
        except Exception:
            log.exception("Could not tell the user about the error above")

    def handle_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            handle(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = handle
    threading.excepthook = handle_thread
    return path

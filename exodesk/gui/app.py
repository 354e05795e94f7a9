"""Start the window: `exodesk [--demo] [--library PATH|URL] [FILE...]`.

Start-up imports only what the first window needs; dialogs, printing and the
importers load when first used.
"""

from __future__ import annotations

import argparse
import importlib.resources
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from exodesk import APP_NAME, __version__
from exodesk.settings import Settings

ORGANISATION = APPLICATION = APP_NAME


class Application(QApplication):
    """ExoDesk's QApplication, which also takes the files macOS asks it to open.

    A double-click in the Finder (or a file dropped on the Dock icon) does not
    come as an argument: it comes as a QFileOpenEvent, at start-up before the
    window exists as well as later. Files that come before the window are kept
    and handed to it once it is shown; a burst of files (several chosen in the
    Finder) is gathered into one import.
    """

    GATHER_MS = 100  # the Finder sends one event per file, in quick succession

    def __init__(self, argv: list[str]):
        super().__init__(argv)
        self.waiting: list[str] = []
        self._window = None
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(self.GATHER_MS)
        self._gather.timeout.connect(self._deliver)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = event.file() or event.url().toLocalFile()
            if path and path not in self.waiting:
                self.waiting.append(path)
                self._gather.start()
            return True
        return super().event(event)

    def open_files_in(self, window) -> None:
        """From now on opened files go to `window.imports.receive` (None: keep
        them until there is a window again); those that came before go at once."""
        self._window = window
        if window is None:
            return
        # A closed and deleted window can no longer take files.
        window.destroyed.connect(lambda: self._forget(window))
        if self.waiting:
            self._gather.start()

    def _forget(self, window) -> None:
        if self._window is window:
            self.open_files_in(None)

    def _deliver(self) -> None:
        if self._window is None or not self.waiting:
            return
        paths, self.waiting = self.waiting, []
        self._window.imports.receive(paths)


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="exodesk", add_help=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--library", type=_location)
    parser.add_argument("files", nargs="*")
    args, _qt_options = parser.parse_known_args(argv)
    return args


def interface_language(settings: Settings) -> str:
    """"en" or "zh_Hant": the preference, else the system's language."""
    chosen = settings["language"]
    if chosen:
        return chosen
    # Any Chinese locale gets the Traditional Chinese interface: it is the only Chinese one.
    return "zh_Hant" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translators(app: QApplication, language: str) -> None:
    if language != "zh_Hant":
        return
    folder = importlib.resources.files("exodesk.resources") / "translations"
    ours = QTranslator(app)
    if ours.load(str(folder / "exodesk_zh_Hant.qm")):
        app.installTranslator(ours)
    # Qt's own texts (OK, Cancel, the file dialogs) in Traditional Chinese.
    qt = QTranslator(app)
    if qt.load("qtbase_zh_TW", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def window_state() -> QSettings:
    """Window geometry, splitters and columns: kept by Qt, apart from preferences."""
    return QSettings(ORGANISATION, APPLICATION)


def make_application(argv: list[str], settings: Settings) -> QApplication:
    running = QApplication.instance()
    # A QApplication (a test's) may be running already; the program makes an Application.
    app = running if isinstance(running, QApplication) else Application([sys.argv[0] if sys.argv else "exodesk", *argv])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("exodesk")
    icons = importlib.resources.files("exodesk.resources") / "icons"
    for name in ("exodesk.svg", "exodesk.png"):
        if (icons / name).is_file():
            app.setWindowIcon(QIcon(str(icons / name)))
            break
    install_translators(app, interface_language(settings))
    return app


def _location(text: str) -> Path | str:
    """A library file's path, or a shared library's server address as it is."""
    from exodesk.library.locations import is_shared

    return text if is_shared(text) else Path(text)


def library_path(args: argparse.Namespace, settings: Settings) -> Path | str:
    if args.demo:
        from exodesk.demo import create_demo_library

        return create_demo_library()
    if args.library:
        return args.library
    if settings["library_path"]:
        return _location(settings["library_path"])
    from exodesk.library import default_library_path

    return default_library_path()


def open_window(argv: list[str], *, state: QSettings | None = None):
    """Build the application and window: (app, window, exit code); the window is
    None when another instance took the files or the library cannot be opened."""
    settings = Settings()
    args = parse_arguments(argv)
    app = make_application(argv, settings)
    path = library_path(args, settings)
    files = [str(Path(f).resolve()) for f in args.files]

    from exodesk.gui import single_instance

    name = single_instance.server_name(path)
    handed = single_instance.hand_over(name, files)
    if handed == single_instance.HANDED_OVER:
        return app, None, 0
    read_only = handed == single_instance.NO_ANSWER

    from exodesk.gui.main_window import MainWindow
    from exodesk.gui.operations import open_for_window
    from exodesk.library import LibraryError
    from exodesk.library.locations import is_shared

    try:
        # The day's backup waits until the window is shown (Backups.start_daily).
        library = open_for_window(path)
    except LibraryError as error:
        if is_shared(path):  # a server's address: the form, to correct it or give the password
            library = _ask_for_shared(settings, str(path), str(error))
        elif error.damaged:
            library = _offer_restore(Path(path), str(error))
        else:  # a read-only folder or a full disk is not damage: a restore would not help
            from exodesk.gui.shown import show_message

            show_message(None, QMessageBox.Icon.Critical, APPLICATION, str(error))
            library = None
        if library is None:
            return app, None, 2
    window = MainWindow(library, settings=settings, state=state or window_state(), read_only=read_only)
    if not read_only:
        # The window is its parent: it listens as long as the window is open.
        server = single_instance.InstanceServer(name, window)
        server.files_received.connect(window.imports.receive)
    window.show()
    window.backups.start_daily()
    if files:
        QTimer.singleShot(0, lambda: window.imports.start(files))
    if isinstance(app, Application):
        # The Finder's open-file events, those that came while starting included.
        app.open_files_in(window)
    return app, window, 0


def _ask_for_shared(settings: Settings, location: str, reason: str):
    """A shared library that could not be opened (server out of reach, a password
    not kept, a mistyped address): the Open Shared Library form, filled with the
    address and saying why; the library opened there, or None."""
    from exodesk.gui.shared_dialog import OpenSharedDialog

    dialog = OpenSharedDialog(settings, location=location, problem=reason)
    if dialog.exec() != OpenSharedDialog.DialogCode.Accepted:
        return None
    return dialog.library


def _offer_restore(path: Path, reason: str):
    """A library that cannot be opened: offer its backups; the restored library, or None."""
    from exodesk.gui.restore_dialog import RestoreDialog, restore_chosen
    from exodesk.gui.shown import show_message
    from exodesk.library import LibraryError
    from exodesk.library.backup import BackupError, list_backups
    from exodesk.library.locations import open_library

    if not list_backups(path):
        show_message(None, QMessageBox.Icon.Critical, APPLICATION, reason)
        return None
    dialog = RestoreDialog(path, reason=reason)
    chosen = dialog.chosen() if dialog.exec() == RestoreDialog.DialogCode.Accepted else None
    if chosen is None:
        return None
    try:
        restore_chosen(path, chosen)
        return open_library(path)
    except (BackupError, LibraryError) as error:
        show_message(None, QMessageBox.Icon.Critical, APPLICATION, str(error))
        return None


def _show_crash(log_path) -> None:
    QMessageBox.critical(
        None, APPLICATION,
        QCoreApplication.translate("app", "ExoDesk met an unexpected error. What was saved is in your library; edits not "
                                          "saved yet are kept beside it and offered at the next start.\n"
                                          "Details were written to:\n{0}").format(log_path),
    )


def run(argv: list[str]) -> int:
    from exodesk import logs, smoke

    logs.install_crash_handler(show=_show_crash)
    app, window, code = open_window(argv)
    if window is None:
        return code
    smoke.window_shown(title=window.windowTitle(), papers=window.library.count())
    delay = smoke.quit_after_ms()
    if delay is not None:  # the packaged app's smoke test: show, then close by itself
        QTimer.singleShot(delay, app.quit)
    code = app.exec()
    if isinstance(app, Application):
        app.open_files_in(None)
    window.library.close()
    return code

"""Opening files with ExoDesk: `exodesk FILE`, and the Finder's open-file event.

On macOS a double-clicked file reaches the program as a QFileOpenEvent sent to
the application, before the window exists (the app is starting for it) or
while it runs. Both must end with the paper in the library and the import
report on screen.
"""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from exodesk import logs, smoke
from exodesk.gui import app as app_module
from exodesk.gui.app import Application
from exodesk.gui.tasks import Job
from exodesk.library import Library

from .conftest import BILINGUAL_DOI, SEEDS, paper_with_doi

REPORT_TIMEOUT_MS = 20000


@pytest.fixture
def state(tmp_path):
    return QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def app(qapp):
    assert isinstance(qapp, Application)
    qapp.open_files_in(None)  # no window left over from another test
    qapp.waiting.clear()
    yield qapp
    qapp.open_files_in(None)
    qapp.waiting.clear()


@pytest.fixture
def start(qtbot, tmp_path, state):
    """Opens the window as `exodesk --library new.sqlite ARGS...` does."""
    windows = []

    def start_(*args):
        _app, window, code = app_module.open_window(["--library", str(tmp_path / "new.sqlite"), *args], state=state)
        assert code == 0
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield start_
    for window in windows:
        window.close()
        window.library.close()


def open_event(app, target):
    """What the Finder's double-click sends: a path, or a file URL."""
    QCoreApplication.sendEvent(app, QFileOpenEvent(target))


def wait_for_report(qtbot, window):
    qtbot.waitUntil(lambda: window.imports.report is not None and window.imports.report.isVisible(), timeout=REPORT_TIMEOUT_MS)
    return window.imports.report.summary.text()


def test_a_file_opened_before_the_window_exists_is_imported_once_it_is_shown(qtbot, app, start):
    open_event(app, str(SEEDS[0]))
    assert app.waiting == [str(SEEDS[0])]  # kept: no window to take it yet
    window = start()
    assert wait_for_report(qtbot, window) == "Files: 1 — 1 imported with gaps"
    assert (app.waiting, window.library.count()) == ([], 1)
    assert window.current_paper_id() == paper_with_doi(window.library, BILINGUAL_DOI)


def test_files_opened_in_the_running_window_are_imported_together(qtbot, app, start):
    window = start()
    qtbot.waitExposed(window)
    assert window.library.count() == 0
    # Several files chosen in the Finder: one event each, in a burst, as a path or a URL.
    open_event(app, str(SEEDS[1]))
    open_event(app, QUrl.fromLocalFile(str(SEEDS[2])))
    open_event(app, str(SEEDS[1]))  # the same file twice in one burst counts once
    assert wait_for_report(qtbot, window) == "Files: 2 — 2 imported"
    assert window.library.count() == 2


def test_a_file_opened_after_the_window_is_gone_waits_for_the_next_one(qtbot, app, tmp_path, state):
    _app, window, _code = app_module.open_window(["--library", str(tmp_path / "gone.sqlite")], state=state)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.jobs.task(Job.FACETS) is not None and not window.jobs.task(Job.FACETS).running())
    window.close()
    window.library.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: app._window is None)
    open_event(app, str(SEEDS[3]))
    qtbot.wait(3 * Application.GATHER_MS)
    assert app.waiting == [str(SEEDS[3])]


def test_a_file_named_on_the_command_line_is_imported_and_reported(qtbot, app, start):
    window = start(str(SEEDS[0]))
    assert wait_for_report(qtbot, window) == "Files: 1 — 1 imported with gaps"
    assert paper_with_doi(window.library, BILINGUAL_DOI) == window.current_paper_id()


def test_run_with_a_file_imports_it_and_closes_the_library(qtbot, app, tmp_path, state, monkeypatch):
    """`exodesk --library L FILE` from start to exit, as the installed app runs it."""
    monkeypatch.setattr(app_module, "window_state", lambda: state)
    monkeypatch.setattr(logs, "install_crash_handler", lambda show: None)  # keep pytest's own hooks
    monkeypatch.delenv(smoke.QUIT_AFTER_ENV, raising=False)
    seen = []
    polls = iter(range(REPORT_TIMEOUT_MS // 50))  # never hang the suite

    def quit_once_reported():
        reports = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ImportReport" and w.isVisible()]
        if reports:
            seen.append(reports[0].summary.text())
        if reports or next(polls, None) is None:
            app.quit()
        else:
            QTimer.singleShot(50, quit_once_reported)

    QTimer.singleShot(50, quit_once_reported)
    library_path = tmp_path / "run.sqlite"
    before = set(QApplication.topLevelWidgets())
    code = app_module.run(["--library", str(library_path), str(SEEDS[0])])
    # Closed without a second quit: a late one would stop the event loops of later tests.
    app.setQuitOnLastWindowClosed(False)
    try:
        for widget in set(QApplication.topLevelWidgets()) - before:
            widget.close()
            widget.deleteLater()
        qtbot.wait(10)
    finally:
        app.setQuitOnLastWindowClosed(True)
    assert code == 0
    assert seen == ["Files: 1 — 1 imported with gaps"]
    library = Library(library_path)
    try:
        assert (library.count(), paper_with_doi(library, BILINGUAL_DOI)) == (1, 1)
    finally:
        library.close()

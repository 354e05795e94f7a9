"""The window on a shared library (PostgreSQL): the same window, its
background jobs opening the same server address, and the file-only features
saying plainly that they do not apply."""

from PySide6.QtWidgets import QMessageBox

from exodesk.gui import shown as shown_module
from exodesk.library.locations import shown
from exodesk.library.shared.store import SharedLibrary

from .conftest import SEEDS


def test_the_window_imports_into_a_shared_library_on_its_workers(open_window, shared_location, qtbot):
    window = open_window(shared_location)
    assert window.windowTitle() == f"ExoDesk — {shown(shared_location)}"
    window.imports.start(SEEDS)
    qtbot.waitUntil(lambda: window.imports.report is not None, timeout=30000)
    assert window.imports.report.summary.text() == "Files: 5 — 4 imported, 1 imported with gaps"
    assert window.model.rowCount() == 5
    with SharedLibrary(shared_location) as elsewhere:  # on the server, not in a file beside the window
        assert elsewhere.count() == 5
    # The filter lists are read on a worker too: the seeds' conditions are offered.
    qtbot.waitUntil(lambda: window.filter_bar.condition.count() > 1, timeout=20000)


def test_restoring_a_file_backup_says_it_does_not_apply_to_a_shared_library(open_window, shared_location,
                                                                            monkeypatch):
    window = open_window(shared_location)
    said = []
    monkeypatch.setattr(shown_module, "show_message", lambda parent, icon, title, text: said.append((icon, text)))
    assert window.menu_actions.restore_backup.isEnabled()
    assert not window.backups.restore(choose=lambda: None, restart=lambda: None)
    assert said == [(QMessageBox.Icon.Information,
                     "A shared library is restored on its server, from the server's backups (pg_dump), by the "
                     "person who keeps the server: restoring a file backup does not apply to it.")]
    assert window.library.is_open()


def test_the_window_starts_on_a_server_address_from_the_command_line_or_the_settings(shared_location, tmp_path,
                                                                                    qtbot):
    from PySide6.QtCore import QSettings

    from exodesk.gui import app as app_module
    from exodesk.settings import Settings

    state = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    _app, window, code = app_module.open_window(["--library", shared_location], state=state)
    qtbot.addWidget(window)
    assert code == 0 and window.library.shared and window.library.location == shared_location
    window.library.close()

    Settings().update(library_path=shared_location)
    _app, window, code = app_module.open_window([], state=state)
    qtbot.addWidget(window)
    assert code == 0 and window.library.location == shared_location
    window.library.close()


def test_the_window_names_who_last_changed_the_shown_papers_notes(open_window, shared_location):
    from postgres_server import SUPERUSER

    from exodesk.model import Notes, Paper

    with SharedLibrary(shared_location) as elsewhere:
        paper_id = elsewhere.insert_paper(Paper(title="Exosomes in wound healing", date="2021"))
        elsewhere.save_notes(paper_id, Notes(tags=["dressing"]))
    window = open_window(shared_location)
    window.select_papers([paper_id])
    assert window.detail.changed_by.text() == f"Notes last changed by {SUPERUSER}"

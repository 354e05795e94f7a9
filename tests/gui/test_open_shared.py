"""File ▸ Open Shared Library…: the connection form, filled as a person would,
against the tests' own server. The password goes to the keyring (a fake one
here, in memory) when asked, never into the settings or the logs."""

import os
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from exodesk.gui.shared_dialog import OpenSharedDialog
from exodesk.library.shared.connection import KEYRING_SERVICE, account
from exodesk.settings import Settings

from .conftest import SEEDS

PASSWORD = "correct horse 42"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self):
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    yield fake
    keyring.set_keyring(before)


def fill_form(postgres_server, database: str, *, port: int = 5432, remember: bool = True, then=None):
    """When the form shows, fill it in and press Open; `then(dialog)` looks at it afterwards."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OpenSharedDialog):
            QTimer.singleShot(20, look)
            return
        dialog.host.setText(str(postgres_server.socket))
        dialog.port.setValue(port)
        dialog.database.setText(database)
        dialog.user.setText("exodesk_test")
        dialog.password.setText(PASSWORD)
        dialog.remember.setChecked(remember)
        dialog.open_button.click()
        if then is not None:
            then(dialog)

    QTimer.singleShot(0, look)


def test_the_form_opens_the_shared_library_and_keeps_the_password_only_in_the_keyring(
        open_window, tmp_path, shared_location, postgres_server, memory_keyring, qtbot):
    from postgres_server import database_of

    window = open_window(tmp_path / "own.sqlite")
    window.imports.start(SEEDS[:1])
    qtbot.waitUntil(lambda: window.imports.report is not None, timeout=20000)
    window.imports.report.close()

    fill_form(postgres_server, database_of(shared_location))
    shared = window.open_shared_library()
    qtbot.addWidget(shared)

    assert shared.library.shared and shared.library.count() == 0
    assert not window.isVisible() and shared.isVisible()
    remembered = f"postgresql://exodesk_test@/{database_of(shared_location)}?host={postgres_server.socket}" \
                 "&port=5432&sslmode=prefer"
    assert Settings()["shared_address"] == Settings()["library_path"] == remembered
    assert memory_keyring.kept == {(KEYRING_SERVICE, account(remembered)): PASSWORD}
    assert PASSWORD not in shared.windowTitle()
    shared.close()
    written = [Path(os.environ["EXODESK_CONFIG"]).rglob("*"), Path(os.environ["EXODESK_LOG_DIR"]).rglob("*")]
    for path in (p for found in written for p in found if p.is_file()):
        assert PASSWORD not in path.read_text(encoding="utf-8", errors="replace"), path
    shared.library.close()

    # Next time the form offers the same address; the password field is empty.
    form = OpenSharedDialog(Settings())
    qtbot.addWidget(form)
    assert (form.host.text(), form.port.value(), form.database.text(), form.user.text(), form.password.text(),
            form.tls.currentData()) == (str(postgres_server.socket), 5432, database_of(shared_location),
                                        "exodesk_test", "", "prefer")


def test_an_unreachable_server_is_said_in_one_paragraph_and_the_form_stays(
        open_window, tmp_path, shared_location, postgres_server, memory_keyring, qtbot):
    from postgres_server import database_of

    window = open_window(tmp_path / "own.sqlite")
    said = []

    def answer(dialog):
        said.append((dialog.isVisible(), dialog.problem.text()))
        dialog.reject()

    fill_form(postgres_server, database_of(shared_location), port=1, then=answer)
    assert window.open_shared_library() is None

    ((still_open, text),) = said
    assert still_open and "\n" not in text and PASSWORD not in text
    assert text.startswith(f"The shared library at postgresql://exodesk_test@/{database_of(shared_location)}"
                           f"?host={postgres_server.socket}&port=1&sslmode=prefer could not be reached: ")
    assert memory_keyring.kept == {} and Settings()["shared_address"] == ""
    assert window.isVisible() and not window.library.shared


def test_starting_on_a_shared_library_that_cannot_be_opened_offers_the_form_with_the_reason(
        tmp_path, shared_location, postgres_server, memory_keyring, qtbot):
    from postgres_server import database_of
    from PySide6.QtCore import QSettings

    from exodesk.gui import app as app_module

    state = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    wrong_port = f"postgresql://exodesk_test@/{database_of(shared_location)}?host={postgres_server.socket}&port=1"
    seen = []

    def cancel(dialog):
        seen.append((dialog.port.value(), dialog.database.text(), dialog.problem.text()))
        dialog.reject()

    def first_look() -> None:  # the form as it comes up at start, before anything is typed
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, OpenSharedDialog):
            cancel(dialog)
        elif dialog is not None:  # any other window in its place (a bare error message) is closed
            seen.append(type(dialog).__name__)
            dialog.close()
        else:
            QTimer.singleShot(20, first_look)

    QTimer.singleShot(0, first_look)
    _app, window, code = app_module.open_window(["--library", wrong_port], state=state)
    assert (window, code) == (None, 2)  # cancelled: no window, as before
    assert len(seen) == 1 and isinstance(seen[0], tuple), f"not the form: {seen}"
    ((port, database, problem),) = seen
    assert (port, database) == (1, database_of(shared_location))
    assert problem.startswith(f"The shared library at {wrong_port} could not be reached: ")

    # Corrected in the form (the right port), the window opens on the library.
    fill_form(postgres_server, database_of(shared_location))
    _app, window, code = app_module.open_window(["--library", wrong_port], state=state)
    qtbot.addWidget(window)
    assert code == 0 and window.library.shared and window.library.count() == 0
    assert "port=5432" in window.library.location
    window.library.close()

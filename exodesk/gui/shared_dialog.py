"""File ▸ Open Shared Library…: the form that connects to a clinic's server.

The address (host, port, database, login name, TLS mode) is remembered in the
settings for next time, never the password: that one goes, if the person asks,
into the system keyring (shared/connection.py), or is kept in memory for this
run only. A server that cannot be reached is said in one paragraph under the
form, which stays open to correct it.
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from exodesk.gui.shown import plain, show_message
from exodesk.library.faults import first_line
from exodesk.settings import Settings

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "exodesk"
TLS_MODES = ("prefer", "require")
ERROR_STYLE = "color: #a61b1b;"


def address(host: str, port: int, database: str, user: str, tls: str, password: str = "") -> str:
    """A postgresql:// address; a host starting with / is the folder of the server's Unix socket."""
    login = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
    query = {"sslmode": tls}
    server = ""
    if host.startswith("/"):
        query = {"host": host, "port": str(port), **query}
    else:
        server = f"[{host}]" if ":" in host else host
        server += f":{port}" if port != DEFAULT_PORT else ""
    return f"postgresql://{login}@{server}/{quote(database, safe='')}?{urlencode(query, safe='/')}"


def parts(location: str) -> dict:
    """The form's fields from a remembered address (empty ones left out)."""
    split = urlsplit(location)
    query = {k: v[-1] for k, v in parse_qs(split.query).items()}
    found: dict = {"host": query.get("host") or split.hostname or "", "user": unquote(split.username or ""),
             "database": unquote(split.path.lstrip("/")), "tls": query.get("sslmode", "prefer")}
    port = query.get("port") or split.port
    if port:
        found["port"] = int(port)
    return {k: v for k, v in found.items() if v not in ("", None)}


class OpenSharedDialog(QDialog):
    """`library` is the opened library once the person pressed Open and it worked."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, location: str = "",
                 problem: str = ""):
        """`location`: to fill the form with instead of the remembered one; `problem`: why it is asked."""
        super().__init__(parent)
        self.settings = settings
        self.library = None
        self.setWindowTitle(self.tr("Open Shared Library"))
        intro = QLabel(self.tr("A library on the clinic's PostgreSQL server, shared by its workstations. "
                               "Your IT person gives you these details."))
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("server name or address"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(DEFAULT_DATABASE)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.tls = QComboBox()
        self.tls.addItem(self.tr("Encrypted when the server offers it"), "prefer")
        self.tls.addItem(self.tr("Always encrypted (refuse otherwise)"), "require")

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.tr("Connection:"), self.tls)
        self.problem = plain(QLabel())
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._fill(location or settings["shared_address"])
        if problem:
            self._say(problem)

    def _fill(self, remembered: str) -> None:
        found = parts(remembered) if remembered else {}
        self.host.setText(found.get("host", ""))
        self.port.setValue(found.get("port", DEFAULT_PORT))
        self.database.setText(found.get("database", DEFAULT_DATABASE))
        self.user.setText(found.get("user", ""))
        self.tls.setCurrentIndex(max(0, self.tls.findData(found.get("tls", "prefer"))))

    def location(self, *, with_password: bool) -> str:
        return address(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                       self.user.text().strip(), self.tls.currentData(),
                       self.password.text() if with_password else "")

    def try_open(self) -> None:
        """Open the library; on success remember the address (and the password if asked)."""
        from exodesk.gui.operations import open_for_window
        from exodesk.library import LibraryError

        missing = [name for name, field in ((self.tr("server"), self.host), (self.tr("database"), self.database),
                                            (self.tr("user name"), self.user)) if not field.text().strip()]
        if missing:
            self._say(self.tr("Fill in: %s.") % ", ".join(missing))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.library = open_for_window(self.location(with_password=True))
        except LibraryError as error:
            self._say(str(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        plain_address = self.location(with_password=False)
        kept = not self.password.text() or (self.remember.isChecked() and self._keep_password(plain_address))
        # ExoDesk starts on it next time only if it can log in without asking.
        self.settings.update(shared_address=plain_address, **({"library_path": plain_address} if kept else {}))
        self.accept()

    def _keep_password(self, plain_address: str) -> bool:
        from exodesk.library.shared.connection import save_password

        try:
            save_password(plain_address, self.password.text())
        except Exception as error:  # no keyring on this system, or it refused: the library is open anyway
            show_message(self, QMessageBox.Icon.Warning, self.tr("Open Shared Library"), self.tr(
                "The password could not be kept in the system keyring (%s). The library is open; next "
                "time, open it again from File ▸ Open Shared Library….") % first_line(error))
            return False
        return True

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


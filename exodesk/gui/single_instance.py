"""One library, one writer: a second ExoDesk hands its files to the first.

The first window on a library listens on a local socket named after the
library's path. A second start on the same library connects, passes the
files it was asked to import, waits for a short answer and quits; the first
window comes forward and imports them. When something listens but does not
answer (a hung first instance), the second opens the library read-only.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

HANDED_OVER = "handed over"
NOBODY = "nobody listening"
NO_ANSWER = "no answer"
TIMEOUT_MS = 2000


def server_name(library_path: Path) -> str:
    key = str(Path(library_path).resolve()).casefold()
    return "exodesk-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def hand_over(name: str, files: list[str]) -> str:
    """Pass `files` to the instance listening on `name`; says how it went."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(500):
        return NOBODY
    socket.write(json.dumps({"files": files}).encode("utf-8") + b"\n")
    socket.flush()
    socket.waitForReadyRead(TIMEOUT_MS)
    answered = socket.readAll().data().startswith(b"ok")
    socket.disconnectFromServer()
    return HANDED_OVER if answered else NO_ANSWER


class InstanceServer(QObject):
    """Listens for later starts; emits the files each one hands over."""

    files_received = Signal(list)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            # A socket file left by a crashed instance (nobody answered on it).
            QLocalServer.removeServer(name)
            self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        socket = self.server.nextPendingConnection()
        buffer = bytearray()

        def read() -> None:
            buffer.extend(socket.readAll().data())
            if not buffer.endswith(b"\n"):
                return
            try:
                files = [str(f) for f in json.loads(buffer.decode("utf-8")).get("files", [])]
            except (ValueError, AttributeError):
                files = []
            socket.write(b"ok\n")  # the caller hangs up once it has read this
            socket.flush()
            self.files_received.emit(files)

        socket.readyRead.connect(read)
        socket.disconnected.connect(socket.deleteLater)
        if socket.bytesAvailable():
            read()  # the message came with the connection

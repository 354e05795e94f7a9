"""One library, one writer: a second ExoDesk hands its files to the first.

The first window on a library listens on a local socket named after the
library's path, in a folder only this user can reach (another account on the
machine could otherwise take the name first, close the second start and
receive the paths of the files it hands over). A second start on the same library connects, passes the
files it was asked to import, waits for a short answer and quits; the first
window comes forward and imports them. When something listens but does not
answer (a hung first instance), the second opens the library read-only.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from exodesk import APP_NAME
from exodesk.library.locations import is_shared, shown

HANDED_OVER = "handed over"
NOBODY = "nobody listening"
NO_ANSWER = "no answer"
TIMEOUT_MS = 2000
MAX_MESSAGE_BYTES = 4 * 1024 * 1024  # the paths of thousands of files


# A Unix socket's path must fit in 104 bytes (macOS; 108 on Linux).
MAX_SOCKET_PATH = 100


def server_name(library_path: Path | str) -> str:
    """The channel's name: on POSIX a socket's full path in a private folder,
    on Windows a pipe that Qt limits to this user (UserAccessOption). Empty
    when no private folder can be had: then there is no channel at all."""
    # A server's library: one window per address on this computer, as per file.
    key = shown(library_path) if is_shared(library_path) else str(Path(library_path).resolve()).casefold()
    name = "exodesk-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]
    if os.name != "posix":
        return name
    folder = private_folder()
    return str(folder / name) if folder else ""


def private_folder() -> Path | None:
    """A folder of this user's that no one else may enter: the session's
    runtime folder (XDG_RUNTIME_DIR), else one in the temporary folder, else
    one in the user data folder. A folder of that name that someone else
    made, or left open to others, is never used."""
    import platformdirs

    uid = os.geteuid()
    candidates = [Path(os.environ["XDG_RUNTIME_DIR"]) / "exodesk"] if os.environ.get("XDG_RUNTIME_DIR") else []
    candidates += [Path(tempfile.gettempdir()) / f"exodesk-{uid}",
                   Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "run"]
    for folder in candidates:
        if len(str(folder)) + 30 > MAX_SOCKET_PATH:
            continue
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            status = os.lstat(folder)
        except OSError:
            continue
        if stat.S_ISDIR(status.st_mode) and status.st_uid == uid and not status.st_mode & 0o077:
            return folder
    return None


def hand_over(name: str, files: list[str]) -> str:
    """Pass `files` to the instance listening on `name`; says how it went."""
    if not name:
        return NOBODY
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(500):
        return NOBODY
    socket.write(json.dumps({"files": files}).encode("utf-8") + b"\n")
    socket.flush()
    socket.waitForReadyRead(TIMEOUT_MS)
    answered = bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return HANDED_OVER if answered else NO_ANSWER


class InstanceServer(QObject):
    """Listens for later starts; emits the files each one hands over."""

    files_received = Signal(list)

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        if not name:
            return  # no private place for the channel: later starts open their own window
        if not self.server.listen(name):
            # A socket file left by a crashed instance (nobody answered on it).
            QLocalServer.removeServer(name)
            self.server.listen(name)

    def _connected(self) -> None:
        socket = self.server.nextPendingConnection()
        buffer = bytearray()

        def read() -> None:
            buffer.extend(socket.readAll().data())
            if len(buffer) > MAX_MESSAGE_BYTES:
                socket.abort()
                return
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

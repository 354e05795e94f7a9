"""Background work: one helper that runs a function on a worker thread.

The function never touches a widget and opens its own Library (a SQLite
connection belongs to the thread that made it). It reports progress through
the callback it is given and returns a result object; the callbacks passed to
`run_task` are called on the main thread, where the views decide what to
refresh.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, function: Callable, parent: QObject | None):
        super().__init__(parent)
        self.function = function
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self.function(
                progress=lambda i, n, what: self.progressed.emit(i, n, str(what)),
                cancelled=self.cancel_event.is_set,
            )
        except Exception as error:  # a bug in the work: reported, never silent
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.succeeded.emit(result)


class Task:
    """A handle on running work: cancel it, or wait for it (tests, quitting)."""

    def __init__(self, worker: _Worker):
        self._worker = worker

    def cancel(self) -> None:
        self._worker.cancel_event.set()

    def wait(self, milliseconds: int = -1) -> bool:
        try:
            return self._worker.wait() if milliseconds < 0 else self._worker.wait(milliseconds)
        except RuntimeError:  # finished and already deleted
            return True

    def running(self) -> bool:
        try:
            return self._worker.isRunning()
        except RuntimeError:
            return False


def run_task(
    function: Callable[..., Any],
    *,
    parent: QObject,
    on_done: Callable[[Any], None],
    on_progress: Callable[[int, int, str], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> Task:
    """Run `function(progress=, cancelled=)` on a worker thread."""
    worker = _Worker(function, parent)
    worker.succeeded.connect(on_done)
    if on_progress:
        worker.progressed.connect(on_progress)
    if on_error:
        worker.failed.connect(on_error)
    worker.finished.connect(worker.deleteLater)
    worker.start()
    return Task(worker)

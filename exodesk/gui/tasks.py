"""Background work: one helper that runs a function on a worker thread.

The function never touches a widget and opens its own Library (a SQLite
connection belongs to the thread that made it). It reports progress through
the callback it is given and returns a result object; the callbacks passed to
`run_task` are called on the main thread, where the views decide what to
refresh. The window runs its work through `Jobs` (one slot for each kind of
job, all stopped together when it closes) and shows a wait with
`progress_dialog`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget


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


class Job(Enum):
    """The kinds of background work the window runs, at most one of each at a time."""

    IMPORT = auto()
    WORK = auto()  # suggesting, exporting or formatting references, under a progress dialog
    FACETS = auto()
    BACKUP = auto()
    LOOKUP = auto()
    RECONNECT = auto()  # does a shared library's server answer again?


class Jobs:
    """The window's background work: one slot per kind of job."""

    def __init__(self, parent: QObject):
        self._parent = parent
        self._tasks: dict[Job, Task] = {}

    def task(self, job: Job) -> Task | None:
        return self._tasks.get(job)

    def running(self, job: Job) -> bool:
        task = self._tasks.get(job)
        return task is not None and task.running()

    def start(
        self,
        job: Job,
        function: Callable[..., Any],
        *,
        on_done: Callable[[Any], None],
        on_progress: Callable[[int, int, str], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> Task:
        task = run_task(function, parent=self._parent, on_done=on_done, on_progress=on_progress, on_error=on_error)
        self._tasks[job] = task
        return task

    def stop_all(self) -> None:
        """Cancel every running job and wait for it (quitting)."""
        for task in self._tasks.values():
            if task.running():
                task.cancel()
                task.wait()


def progress_dialog(label: str, *, title: str, parent: QWidget, delay_ms: int, plain_label: bool = False) -> QProgressDialog:
    """A window-modal progress dialog that stays open until closed, shown
    only when the work takes longer than `delay_ms`. A `plain_label` shows
    its text as it is (file names are not markup)."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
    if plain_label:
        from exodesk.gui.shown import plain

        dialog.setLabel(plain(QLabel(label)))
    if title:
        dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog

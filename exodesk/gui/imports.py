"""Imports from the window: File ▸ Import, a drop anywhere on it, files handed
over by another start; a progress dialog while they are read, then the report."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from exodesk.formats import DIALOG_PATTERNS
from exodesk.gui import shown
from exodesk.gui.import_report import ImportReport
from exodesk.gui.tasks import Job, progress_dialog
from exodesk.library.importing import IMPORTED, IMPORTED_WITH_GAPS, MERGED

if TYPE_CHECKING:
    from exodesk.gui.main_window import MainWindow

# The patterns of Import Files' filter (the words around them are translated).
IMPORT_FILTER = DIALOG_PATTERNS


def dropped_paths(mime: QMimeData | None) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class Imports(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.progress: QProgressDialog | None = None
        self.report: ImportReport | None = None
        self._queued: list[str] = []

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import files"), "", self.import_filter())
        if paths:
            self.start(paths)

    def import_filter(self) -> str:
        """The file types Import Files offers, named in the interface's language."""
        return (self.tr("Saved pages and references (%1)").replace("%1", IMPORT_FILTER) + ";;"
                + self.tr("All files (*)"))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder"))
        if folder:
            self.start([folder])

    def start(self, paths: list) -> None:
        window = self.window
        paths = [str(p) for p in paths]
        if not paths:
            return
        if window.read_only:
            QMessageBox.information(window, self.tr("Read-only"), self.tr("This library is open read-only."))
            return
        if window.jobs.running(Job.IMPORT):
            self._queued.extend(paths)  # imported when the running import ends
            return
        from exodesk.gui.operations import import_files, location_of

        window.notes_editor.flush()
        self.progress = progress_dialog(self.tr("Reading files…"), title=self.tr("Import"), parent=window,
                                        delay_ms=300, plain_label=True)  # it names each file read
        task = window.jobs.start(Job.IMPORT, partial(import_files, location_of(window.library), paths),
                                 on_done=self._done, on_progress=self.show_progress, on_error=self._failed)
        self.progress.canceled.connect(task.cancel)

    def show_progress(self, index: int, total: int, path: str) -> None:
        assert self.progress is not None
        # One file (a 10,000-record export takes seconds) moves no bar: a busy one.
        self.progress.setMaximum(total if total > 1 else 0)
        self.progress.setValue(index)
        self.progress.setLabelText(self.tr("Reading %1 of %2: %3").replace("%1", str(index + 1))
                                   .replace("%2", str(total)).replace("%3", shown.elide(Path(path).name)))

    def _failed(self, message: str) -> None:
        if self.progress is not None:
            self.progress.close()
        shown.show_message(self.window, QMessageBox.Icon.Critical, self.tr("Import"),
                           self.tr("The import stopped: %s") % message)
        self._next()

    def _done(self, results: list) -> None:
        cancelled = self.progress is not None and self.progress.wasCanceled()
        if self.progress is not None:
            self.progress.close()
        new_ids = sorted({i for r in results if r.status in (IMPORTED, IMPORTED_WITH_GAPS, MERGED)
                          for i in r.paper_ids})
        self.window.reveal_papers(new_ids, search_again=True)
        self.window.refresh_facets()
        if self.report is not None:
            self.report.close()
        # Not modal: a person goes back and forth between the report and the papers.
        self.report = ImportReport(results, cancelled=cancelled, parent=self.window)
        self.report.show_papers.connect(self.window.reveal_papers)
        self.report.show()
        self._next()

    def _next(self) -> None:
        if self._queued:
            queued, self._queued = self._queued, []
            QTimer.singleShot(0, lambda: self.start(queued))

    def receive(self, paths: list[str]) -> None:
        """Another start of ExoDesk handed over: come forward and import its files."""
        window = self.window
        window.showNormal() if window.isMinimized() else window.show()
        window.raise_()
        window.activateWindow()
        if paths:
            self.start(paths)

    # -- drag and drop -------------------------------------------------------

    def watch_drops(self) -> None:
        """A drop anywhere on the window imports, even on a field that takes drops itself."""
        for widget in self.window.findChildren(QWidget):
            if widget.acceptDrops():
                widget.installEventFilter(self)
                if isinstance(widget, QAbstractScrollArea):
                    widget.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Drag enter, drag move and drop events are all QDropEvents.
        if isinstance(event, QDropEvent) and dropped_paths(event.mimeData()):
            if event.type() == QEvent.Type.Drop:
                self.drop(event)
            else:
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    def drag_entered(self, event: QDropEvent) -> None:
        if dropped_paths(event.mimeData()) and not self.window.read_only:
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.start(paths))

"""File ▸ Export… and Edit ▸ Copy Citation: the chosen papers written to a
file, or their references put on the clipboard."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from exodesk import APP_NAME
from exodesk.formats import DEFAULT_FORMAT
from exodesk.gui import shown

if TYPE_CHECKING:
    from exodesk.export import Exported
    from exodesk.gui.main_window import MainWindow

# More references than this are formatted on a worker (about 5 ms each).
FEW_REFERENCES = 20


class Exports(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.last_export: Path | None = None

    def choose(self) -> None:
        from exodesk.export import SUFFIXES
        from exodesk.gui.export_dialog import (
            LIBRARY,
            SELECTION,
            ExportDialog,
            file_filter,
        )

        window, state = self.window, self.window.state
        if window.work.busy():
            return
        window.notes_editor.flush()
        dialog = ExportDialog(selected=len(window.selected_ids()), shown=window.model.rowCount(),
                              total=window.library.count(), fmt=str(state.value("export/format", DEFAULT_FORMAT)), parent=window)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        fmt, scope = dialog.chosen_format(), dialog.scope()
        folder = str(state.value("export/folder", ""))
        name = f"{APP_NAME}{SUFFIXES[fmt]}"
        suggested = str(Path(folder) / name) if folder else name
        path, _ = QFileDialog.getSaveFileName(window, self.tr("Export papers"), suggested, file_filter(fmt))
        if not path:
            return
        if not path.lower().endswith(SUFFIXES[fmt]):
            path += SUFFIXES[fmt]
        state.setValue("export/format", fmt)
        state.setValue("export/folder", str(Path(path).parent))
        if scope == SELECTION:
            ids = window.selected_ids()
        elif scope == LIBRARY:
            ids = window.library.all_ids()
        else:
            ids = list(window.model.ids)  # in the order the table shows them
        self.export_to(ids, fmt, Path(path))

    def export_to(self, ids: list[int], fmt: str, path: Path) -> None:
        """Write the papers to a file on a worker; the status bar says when done."""
        from exodesk.gui.operations import export_papers, location_of

        self.window.work.start(partial(export_papers, location_of(self.window.library), ids, fmt, path),
                               self.tr("Exporting…"), lambda exported: self._exported(exported, path))

    def _exported(self, exported: Exported | None, path: Path) -> None:
        window = self.window
        window.work.end()
        if exported is None:  # cancelled: the old file, if any, is untouched
            return
        self.last_export = path
        window.statusBar().showMessage(
            self.tr("Papers exported: %1 — saved as %2").replace("%1", f"{exported.written:,}")
            .replace("%2", str(path)), 10000)
        if exported.skipped:
            lines = "\n".join(s.line() for s in exported.skipped[:20])
            shown.show_message(window, QMessageBox.Icon.Warning, self.tr("Export"),
                               self.tr("%1 papers were left out of the export:").replace("%1", str(len(exported.skipped)))
                               + "\n" + lines)

    def copy_citation(self, style: str) -> None:
        """The chosen papers' references in a citation style, on the clipboard
        as plain text and as HTML (word processors keep the italics). A few
        are formatted at once; more on a worker, as citeproc takes about 5 ms
        a paper (most of a minute for ten thousand)."""
        window = self.window
        ids = window.papers_to_act_on()
        if not ids or window.work.busy():
            return
        if len(ids) > FEW_REFERENCES:
            from exodesk.gui.operations import format_citations, location_of

            window.work.start(partial(format_citations, location_of(window.library), ids, style),
                              self.tr("Formatting references…"), self._formatted)
            return
        from exodesk.export.cite import formatted

        self._copy(*formatted([window.library.get(i) for i in ids], style))

    def _formatted(self, references: tuple[list[str], list[str]]) -> None:
        self.window.work.end()
        if references[0]:  # (nothing when cancelled)
            self._copy(*references)

    def _copy(self, text: list[str], html: list[str]) -> None:
        mime = QMimeData()
        mime.setText("\n".join(text))
        mime.setHtml("".join(f"<p>{line}</p>" for line in html))
        QGuiApplication.clipboard().setMimeData(mime)
        self.window.statusBar().showMessage(self.tr("References copied: %1").replace("%1", f"{len(text):,}"), 5000)

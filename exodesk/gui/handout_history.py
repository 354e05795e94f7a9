"""Handout history: every saved or printed handout, which are past their
review-by date or rest on notes changed since, and an exact reprint of any.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from exodesk.evidence import vocabulary
from exodesk.gui import shown
from exodesk.gui.handout_output import ask_and_print, ask_save_path, file_name
from exodesk.gui.shown import show_message
from exodesk.handouts.preview import paper_of
from exodesk.library import Library
from exodesk.library.handouts import handout_history, reprint

OVERDUE_FILL = QColor("#fde2e1")
CHANGED_FILL = QColor("#fff1c2")
LANGUAGES = {"en": "English", "zh-Hant": "繁體中文", "both": "English + 繁體中文"}


def local_time(at: str) -> str:
    """The record's UTC stamp in the computer's own time, to the minute."""
    try:
        return dt.datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def _approval(record: dict) -> str:
    """The name typed, and on a shared library the server's login that approved."""
    if record["approved_by"] and record["approved_login"]:
        return f"{record['approved_by']} ({record['approved_login']})"
    return record["approved_by"] or ""


class HandoutHistory(QDialog):
    def __init__(self, library: Library, parent=None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.library = library
        self.today = today
        self.records: list[dict] = []
        self.setWindowTitle(self.tr("Handout history"))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Condition"), self.tr("Language"), self.tr("Made"),
                                   self.tr("Approved by"), self.tr("Review by"), self.tr("State")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.save_selected())
        note = shown.side_note(self.tr("Reprints are the recorded PDF, byte for byte: the sheet as it was made, "
                                       "with its date. Make a new handout to use today's notes."))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        close = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save_selected)
        self.print_button.clicked.connect(self.print_selected)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        self.records = handout_history(self.library, today=self.today)
        self.list.clear()
        for record in self.records:
            self.list.addTopLevelItem(self._item(record))
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self._selection_changed()

    def _item(self, record: dict) -> QTreeWidgetItem:
        try:
            condition = vocabulary.by_id(record["condition"])
            name = f"{condition.en} — {condition.zh_hant}"
        except KeyError:
            name = record["condition"]  # a condition since removed from the vocabulary
        states = []
        if record["overdue"]:
            states.append(self.tr("past its review-by date"))
        if record["notes_changed"]:
            states.append(self.tr("notes changed since: %n paper(s)", "", len(record["notes_changed"])))
        item = QTreeWidgetItem([
            name,
            LANGUAGES.get(record["language"], record["language"]),
            local_time(record["at"]),
            _approval(record) or self.tr("not approved (draft)"),
            record["review_by"],
            "; ".join(states) or self.tr("current"),
        ])
        fill = OVERDUE_FILL if record["overdue"] else CHANGED_FILL if record["notes_changed"] else None
        if fill is not None:
            for column in range(item.columnCount()):
                item.setBackground(column, fill)
        item.setData(0, Qt.ItemDataRole.UserRole, record["id"])
        return item

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _selected_record(self) -> dict | None:
        wanted = self.selected_id()
        return next((r for r in self.records if r["id"] == wanted), None)

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        self.save_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)

    def save_selected(self) -> None:
        record = self._selected_record()
        if record is None:
            return
        condition = record["condition"]
        path = ask_save_path(self, file_name(condition, record["language"], record["at"][:10]))
        if path is None:
            return
        try:
            path.write_bytes(reprint(self.library, record["id"]))
        except OSError as error:
            show_message(self, QMessageBox.Icon.Warning, self.tr("Save PDF"), self.tr("The file could not be written: %1")
                                .replace("%1", str(error)))

    def print_selected(self) -> None:
        record = self._selected_record()
        if record is not None:
            pdf = reprint(self.library, record["id"])
            ask_and_print(self, pdf, paper=paper_of(pdf), title=record["condition"])

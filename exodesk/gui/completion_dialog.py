"""Complete from Crossref / PubMed: the proposed fields, each with a checkbox.

Only fields the paper lacks are listed; the person ticks off what to keep and
the window applies the accepted ones as one undoable step. `completion_message`
words a look-up that found nothing to propose (offline, unknown id…) in the
person's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from exodesk.gui.shown import BLOCK, elide, plain, tooltip
from exodesk.lookup import Completion
from exodesk.lookup.http import (
    NOT_FOUND,
    OFFLINE,
    REFUSED,
    SECURE_CONNECTION,
    TIMED_OUT,
)
from exodesk.model import PAPER_FIELDS, Abstract, Author

SHOWN_CHARACTERS = 300  # a long abstract is cut in the list; the tooltip holds it all


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompletionDialog", text)


def field_label(name: str) -> str:
    if name.startswith("abstract:"):
        return _tr("Abstract (%1)").replace("%1", name.removeprefix("abstract:"))
    return _tr(PAPER_FIELDS[name].label) if name in PAPER_FIELDS else name


def value_text(value) -> str:
    if value in (None, "", []):
        return _tr("(empty)")
    if isinstance(value, Abstract):
        return value.text
    if isinstance(value, list):
        return "; ".join(v.display() if isinstance(v, Author) else str(v) for v in value)
    return str(value)


def failure_text(failure) -> str:
    service = failure.service
    if failure.kind == OFFLINE:
        text = _tr("ExoDesk could not reach %1: you seem to be offline.")
    elif failure.kind == NOT_FOUND:
        text = _tr("%1 has no record of %2.")
    elif failure.kind == TIMED_OUT:
        text = _tr("%1 did not answer in time; try again later.")
    elif failure.kind == SECURE_CONNECTION:
        text = _tr("ExoDesk reached %1 but could not make a secure connection: the computer's clock, "
                   "a proxy or a security program may be in the way.")
    elif failure.kind == REFUSED:
        text = _tr("%1 answered with an error (%2); try again later.").replace("%2", failure.detail)
    else:
        text = _tr("%1's answer could not be read.")
    return text.replace("%1", service).replace("%2", failure.identifier)


def completion_message(completion: Completion) -> str:
    """Why nothing is proposed, ending as the person needs to hear: nothing changed."""
    if completion.answered:
        return _tr("%1 had nothing to add: the fields it knows are filled already.").replace(
            "%1", _tr(" and ").join(completion.answered))
    if completion.failures:
        text = " ".join(failure_text(f) for f in completion.failures)
    elif completion.set_aside:
        text = _tr("The online record names another paper (a different DOI or PMID), so it was not used.")
    else:
        text = _tr("This paper has no DOI or PubMed id to look up.")
    return text + " " + _tr("Nothing was changed.")


class CompletionDialog(QDialog):
    def __init__(self, completion: Completion, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complete from Crossref / PubMed"))
        self.changes = completion.changes
        intro = self.tr("%1 can fill these empty fields. Untick any you do not want; nothing already "
                        "filled or typed by a person is changed.").replace("%1", self.tr(" and ").join(completion.answered))
        self.summary = plain(QLabel(intro))
        self.summary.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Field"), self.tr("Now"), self.tr("Proposed"), self.tr("From")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        for change in self.changes:
            proposed = value_text(change.proposed)
            shown = proposed if len(proposed) <= SHOWN_CHARACTERS else proposed[:SHOWN_CHARACTERS] + "…"
            item = QTreeWidgetItem([field_label(change.field), elide(value_text(change.current), SHOWN_CHARACTERS), shown,
                                    {"crossref": "Crossref", "pubmed": "PubMed"}.get(change.source, change.source)])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(2, tooltip(proposed))
            item.setForeground(1, Qt.GlobalColor.gray)
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the proposed value takes the room
        # A server's own words (an error's detail) are shown as written.
        self.notes = plain(QLabel(elide(" ".join(failure_text(f) for f in completion.failures), BLOCK)))
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(completion.failures))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Fill Ticked Fields"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(lambda *_: self.apply_button.setEnabled(bool(self.accepted_changes())))
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.list, self.notes, self.buttons):
            layout.addWidget(widget)
        self.resize(820, 420)

    def item(self, field: str) -> QTreeWidgetItem:
        return self._row([c.field for c in self.changes].index(field))

    def accepted_changes(self) -> list:
        return [change for row, change in enumerate(self.changes)
                if self._row(row).checkState(0) == Qt.CheckState.Checked]

    def _row(self, row: int) -> QTreeWidgetItem:
        item = self.list.topLevelItem(row)
        assert item is not None  # one row per change, made with the dialog
        return item

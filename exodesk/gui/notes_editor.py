"""The evidence notes editor: what a clinician records about one paper.

There is no Save button. Changes are saved a moment after typing stops, when
focus leaves a field, when another paper is chosen and when the window
closes, so nothing typed is lost. A save the library refuses leaves the text
where it is, marked as not saved yet, while the window keeps it and tries
again (gui/unsaved.py). Each save is one undo step (typing in the same field
merges into one). A field holding an unconfirmed suggestion is
marked, with the words of the paper that support it shown beneath, until a
person confirms it or edits it.
"""

from __future__ import annotations

import copy
import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exodesk.evidence import designs
from exodesk.gui import core_words
from exodesk.gui.conditions import ConditionsField
from exodesk.gui.core_words import FIELD_LABELS, LEVELS
from exodesk.gui.shown import plain, tooltip
from exodesk.model import DIRECTIONS, NOTE_FIELDS, Notes

AUTOSAVE_MS = 800

# Offered in the lists (the core's designs, one name each); a person may type any other value.
DESIGNS = tuple(d.label for d in designs.DESIGNS)

SUGGESTED_STYLE = "background: #fff3c4;"
# Supporting words longer than this are cut short under the field (whole in the tooltip).
SUPPORT_CHARS = 160


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]


class NotesEditor(QWidget):
    """Edits one paper's Notes; asks the window to save through `save_requested`."""

    # (paper_id, before, after): the window pushes an undo command that saves.
    save_requested = Signal(int, object, object)
    # The person asks for suggestions from the abstract for the empty fields.
    suggest_requested = Signal()
    # Everything typed is about to be saved: the window saves the detail pane's fields too.
    flushing = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.paper_id: int | None = None
        self.stored = Notes()  # what the library holds for this paper
        self.version: int | None = None  # the stored notes' version: a save is based on it
        self.marks: dict[str, str] = {}  # suggestions not yet confirmed
        self.read_only = False
        self.waiting = False  # a worker is writing notes: no typing until it is done
        # paper_id -> (fields not saved yet, why): set by the window (gui/unsaved.py).
        self.pending = lambda _paper_id: ({}, "")
        self._saved_text = ""
        self._unsaved_shown = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

        self.heading = QLabel(self.tr("Evidence notes"))
        self.heading.setStyleSheet("font-weight: 600; font-size: 13pt;")
        self.suggest_button = QPushButton(self.tr("Suggest from abstract"))
        self.suggest_button.setToolTip(self.tr(
            "Fill the empty fields with values read from the title and abstract, "
            "marked as suggestions until you confirm them"))
        self.suggest_button.clicked.connect(self.suggest_requested)
        self.review_banner = QWidget()
        banner = QHBoxLayout(self.review_banner)
        banner.setContentsMargins(6, 4, 6, 4)
        self.review_banner.setStyleSheet(SUGGESTED_STYLE)
        self.review_label = QLabel(self.tr("Suggested values are marked: check them, then confirm."))
        self.review_label.setWordWrap(True)
        self.confirm_all = QPushButton(self.tr("Confirm all"))
        self.confirm_all.clicked.connect(lambda: self.confirm(None))
        banner.addWidget(self.review_label, 1)
        banner.addWidget(self.confirm_all)

        self.widgets: dict[str, QWidget] = {}
        self.confirm_buttons: dict[str, QToolButton] = {}
        self.support_labels: dict[str, QLabel] = {}
        self.design = self._combo(DESIGNS, core_words.design_name)
        self.level = self._combo(LEVELS, core_words.level_name)
        self.sample_size = QLineEdit()
        self.sample_size.setValidator(QIntValidator(0, 10_000_000, self))
        self.sample_size.setPlaceholderText(self.tr("number of patients"))
        self.conditions = ConditionsField()
        self.intervention = QLineEdit()
        self.intervention.setPlaceholderText(self.tr("what the people were given"))
        self.outcome = self._text(2)
        self.outcome.setPlaceholderText(self.tr("what was measured, in a few words"))
        self.outcome_zh = QLineEdit()
        self.direction = self._combo(DIRECTIONS, core_words.direction_name)
        self.responders = QLineEdit()
        self.responders.setValidator(QIntValidator(0, 10_000_000, self))
        self.responders.setPlaceholderText(self.tr("how many had the outcome"))
        self.adverse_events = self._text(2)
        self.summary_en = self._text(3)
        self.summary_zh = self._text(3)
        self.free_notes = self._text(3)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A row for each declared notes field, in the declaration's order; each
        # has the attribute of its name above (the two choosers are shorter).
        shorter = {"study_design": self.design, "evidence_level": self.level}
        for name in NOTE_FIELDS:
            widget = shorter.get(name) or getattr(self, name)
            label = self.tr(FIELD_LABELS[name])
            self.widgets[name] = widget
            widget.setObjectName(f"notes_{name}")
            button = QToolButton()
            button.setText(self.tr("Confirm"))
            button.setToolTip(self.tr("Confirm this suggestion"))
            button.clicked.connect(lambda _=False, n=name: self.confirm(n))
            button.hide()
            self.confirm_buttons[name] = button
            support = QLabel()
            support.setObjectName(f"support_{name}")
            support.setWordWrap(True)
            support.setStyleSheet("color: #7a5c00; font-size: 9pt;")
            support.setTextFormat(Qt.TextFormat.PlainText)
            support.hide()
            self.support_labels[name] = support
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(widget, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            field = QVBoxLayout()
            field.setContentsMargins(0, 0, 0, 0)
            field.setSpacing(1)
            field.addLayout(line)
            field.addWidget(support)
            form.addRow(label, field)

        self.status = plain(QLabel())  # it may quote why a save was refused
        self.status.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.suggest_button)
        layout.addLayout(top)
        layout.addWidget(self.review_banner)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.review_banner.hide()

        for name, widget in self.widgets.items():
            self._watch(name, widget)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.setEnabled(False)

    # -- building -------------------------------------------------------

    def _combo(self, items, name_of) -> QComboBox:
        combo = ValueCombo(name_of)
        combo.setEditable(True)
        for value in ("", *items):
            combo.add_value(value)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Long designs must not widen the pane beyond a narrow window.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _text(self, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # Tab moves on, as in a form
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def _watch(self, name: str, widget: QWidget) -> None:
        if isinstance(widget, ConditionsField):
            widget.edited.connect(lambda n=name: self._edited(n))
        elif isinstance(widget, QComboBox):
            widget.editTextChanged.connect(lambda _t, n=name: self._edited(n))
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t, n=name: self._edited(n))
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda n=name: self._edited(n))

    # -- reading and writing the widgets --------------------------------

    def _value(self, name: str):
        widget = self.widgets[name]
        if isinstance(widget, ConditionsField):
            return widget.ids()
        if isinstance(widget, QComboBox):
            return widget.currentText().strip()
        if isinstance(widget, QLineEdit):
            text = widget.text().strip()
            if name in ("sample_size", "responders"):
                return int(text) if text.isdigit() else None
            if name in ("conditions", "tags"):
                return _split_list(text)
            return text
        assert isinstance(widget, QPlainTextEdit)  # the fields are combo boxes, lines and texts
        return widget.toPlainText().strip()

    def _set_value(self, name: str, value) -> None:
        widget = self.widgets[name]
        if isinstance(widget, ConditionsField):
            widget.set_ids(value or [])
            return
        if isinstance(value, list):
            value = ", ".join(value)
        text = "" if value is None else str(value)
        if isinstance(widget, QComboBox):
            widget.setEditText(text)
            line = widget.lineEdit()
            if line is not None:
                line.setCursorPosition(0)  # show a long value from its start
        elif isinstance(widget, QLineEdit):
            widget.setText(text)
        elif isinstance(widget, QPlainTextEdit) and widget.toPlainText() != text:
            widget.setPlainText(text)

    def current(self) -> Notes:
        """The notes as the widgets show them now."""
        notes = copy.deepcopy(self.stored)
        for name in self.widgets:
            setattr(notes, name, self._value(name))
        notes.suggested = dict(self.marks)
        return notes

    def show_notes(self, paper_id: int | None, notes: Notes | None, version: int | None = None) -> None:
        """Show another paper's notes (the current ones are saved first); `version` is theirs."""
        if paper_id != self.paper_id:
            self.flush()
        self.paper_id = paper_id
        self.version = version
        self.stored = copy.deepcopy(notes) if notes else Notes()
        self.marks = dict(self.stored.suggested)
        for name, widget in self.widgets.items():
            widget.blockSignals(True)
            self._set_value(name, getattr(self.stored, name))
            widget.blockSignals(False)
        self._show_marks()
        self.setEnabled(paper_id is not None and not self.read_only and not self.waiting)
        self._saved_text = self.tr("Saved %s") % _local_time(self.stored.updated) if self.stored.updated else ""
        self._unsaved_shown = False
        if paper_id is not None:
            self.show_unsaved(paper_id, *self.pending(paper_id))
        else:
            self._show_status()

    def show_unsaved(self, paper_id: int | None, fields: dict, reason: str) -> None:
        """Show the values typed that the library does not hold yet, and say so."""
        if paper_id != self.paper_id or paper_id is None:
            return
        for name, value in fields.items():
            if name == "suggested" and value != self.stored.suggested:
                self.stored.suggested, self.marks = dict(value), dict(value)
                self._show_marks()
            if name not in self.widgets:
                continue
            shown = self._value(name)
            # A field typed in since its last save keeps what is typed (saved at the next pause).
            if shown == getattr(self.stored, name) and shown != value:
                widget = self.widgets[name]
                widget.blockSignals(True)
                self._set_value(name, value)
                widget.blockSignals(False)
            setattr(self.stored, name, value)  # handed over: saved by the window when it can be
        if not fields and self._unsaved_shown:
            self._saved_text = self.tr("Saved")  # saved at last
        self._show_status(reason if fields else None)

    def _show_status(self, unsaved: str | None = None) -> None:
        self._unsaved_shown = unsaved is not None
        if unsaved is None:
            self.status.setStyleSheet("color: #666;")
            self.status.setText(self._saved_text)
            return
        self.status.setStyleSheet("color: #a61b1b; font-weight: 600;")
        self.status.setText(self.tr("Not saved yet: %s. What you typed stays here and ExoDesk "
                                    "tries again.") % unsaved)

    def _show_marks(self) -> None:
        for name, widget in self.widgets.items():
            reason = self.marks.get(name)
            widget.setStyleSheet(SUGGESTED_STYLE if reason is not None else "")
            widget.setToolTip(tooltip(self.tr("Suggested from: %s") % core_words.sentence(reason)) if reason else "")
            self.confirm_buttons[name].setVisible(reason is not None)
            self._show_support(name, reason)
        self.review_banner.setVisible(bool(self.marks))
        # Wrapped labels changed their text: heights for the pane's width must be
        # worked out again, or a long one overlaps the field above it.
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
        self.updateGeometry()

    def _show_support(self, name: str, reason: str | None) -> None:
        """The supporting words beneath a suggested field, so a person can judge it."""
        label = self.support_labels[name]
        if reason is None:
            label.hide()
            return
        value = self._value(name)
        if reason and isinstance(value, str) and reason.strip() == value:
            text = self.tr("Suggested: the abstract's own words")
        else:
            reason = core_words.sentence(reason)
            words = reason if len(reason) <= SUPPORT_CHARS else reason[: SUPPORT_CHARS - 1].rstrip() + "…"
            text = self.tr("Suggested from: “%s”") % words if reason else self.tr("Suggested")
        label.setText(text)
        label.setToolTip(tooltip(reason))
        label.show()

    # -- saving ---------------------------------------------------------

    def _edited(self, name: str) -> None:
        if self.paper_id is None:
            return
        # A person who changes a suggested value has looked at it.
        if name in self.marks:
            del self.marks[name]
            self._show_marks()
        if not self.pending(self.paper_id)[0]:
            self.status.setText(self.tr("Editing…"))
        self._timer.start()

    def flush(self) -> None:
        """Save now what the widgets show, if it differs from what is saved."""
        self._timer.stop()
        self.flushing.emit()
        if self.paper_id is None or self.read_only:
            return
        after = self.current()
        if _same(self.stored, after):
            return
        before, self.stored = self.stored, copy.deepcopy(after)
        self._saved_text = self.tr("Saved")
        self.save_requested.emit(self.paper_id, before, after)
        fields, reason = self.pending(self.paper_id)
        self._show_status(reason if fields else None)

    def confirm(self, name: str | None) -> None:
        """Confirm one suggested field (or all): the mark goes, the value stays."""
        self.flush()
        if self.paper_id is None or not self.marks:
            return
        self.marks = {} if name is None else {k: v for k, v in self.marks.items() if k != name}
        self._show_marks()
        self.flush()

    def _focus_changed(self, old, _new) -> None:
        if old is not None and self.isAncestorOf(old):
            self.flush()


class ValueCombo(QComboBox):
    """A list of the core's values shown by their names in the interface's
    language: the box shows 隨機對照試驗 while the notes keep (and read back)
    the value "randomised controlled trial"; a value typed by hand stays as typed."""

    def __init__(self, name_of, parent=None):
        super().__init__(parent)
        self.name_of = name_of
        self._values: dict[str, str] = {}  # name shown -> value kept

    def add_value(self, value: str) -> None:
        name = self.name_of(value) if value else ""
        self._values[name] = value
        self.addItem(name, value)

    def currentText(self) -> str:
        text = super().currentText()
        return self._values.get(text, text)

    def setEditText(self, text: str) -> None:
        name = self.name_of(text) if text else ""
        self._values.setdefault(name, text)
        super().setEditText(name)


def _local_time(stamp: str) -> str:
    try:
        return datetime.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _same(a: Notes, b: Notes) -> bool:
    return {**a.to_dict(), "updated": ""} == {**b.to_dict(), "updated": ""}

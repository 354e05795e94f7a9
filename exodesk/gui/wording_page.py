"""Preferences ▸ Handout wording: the clinic's own regulatory statements,
questions and usual treatments per language, with the dates they were checked.

Only what differs from the shipped wording is stored (handouts/wording.py), so
"Reset to shipped wording" simply forgets the language's edits.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from exodesk.evidence import vocabulary
from exodesk.gui import shown
from exodesk.handouts import texts as shipped
from exodesk.handouts.wording import load_edits, merged, problems, save_edits


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by an empty line; lines within one are joined."""
    blocks, current = [], []
    for line in text.splitlines() + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    return blocks


def _iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class WordingPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.edits = load_edits()
        self.language = "en"
        self._condition_id = ""
        self._treatments: dict[str, dict[str, list[str]]] = {}

        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("English"), "en")
        self.language_box.addItem(self.tr("Traditional Chinese"), "zh-Hant")
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.checked = _date_edit()
        today = QPushButton(self.tr("Checked today"))
        today.clicked.connect(lambda: self.checked.setDate(QDate.currentDate()))
        checked_row = QHBoxLayout()
        checked_row.addWidget(self.checked)
        checked_row.addWidget(today)
        checked_row.addStretch(1)

        self.regulation = QPlainTextEdit()
        self.regulation.setTabChangesFocus(True)
        self.regulation_checked = _date_edit()
        self.registration_unknown = QLineEdit()
        self.registration_known = QLineEdit()
        self.procedure = QPlainTextEdit()
        self.procedure.setTabChangesFocus(True)
        self.procedure.setFixedHeight(70)
        self.procedure.setPlaceholderText(self.tr(
            "How the treatment is given here, how many sessions and what it costs. Empty: the sheet asks "
            "patients to ask you."))
        self.questions = QPlainTextEdit()
        self.questions.setTabChangesFocus(True)
        for text in (self.regulation, self.questions):
            text.setMinimumHeight(110)
        self.condition_box = QComboBox()
        for condition in sorted(vocabulary.load(), key=lambda c: c.en.casefold()):
            self.condition_box.addItem(f"{condition.en} — {condition.zh_hant}", condition.id)
        self.condition_box.currentIndexChanged.connect(self._condition_changed)
        self.treatments = QPlainTextEdit()
        self.treatments.setTabChangesFocus(True)
        self.treatments.setFixedHeight(80)
        self.reset_button = QPushButton(self.tr("Reset to Shipped Wording"))
        self.reset_button.clicked.connect(self.reset_language)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a4161a;")
        self.problem_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Wording for"), self.language_box)
        form.addRow(self.tr("Last checked by a clinician"), checked_row)
        form.addRow(self.tr("Regulatory statements\n(empty line between paragraphs)"), self.regulation)
        regulation_row = QHBoxLayout()
        regulation_row.addWidget(self.regulation_checked)
        regulation_row.addStretch(1)
        form.addRow(self.tr("Regulatory facts checked on"), regulation_row)
        form.addRow(self.tr("Registration not known"), self.registration_unknown)
        form.addRow(self.tr("Registration known"), self.registration_known)
        form.addRow(self.tr("At this clinic\n(sessions, cost)"), self.procedure)
        form.addRow(self.tr("Questions to ask\n(one per line)"), self.questions)
        form.addRow(self.tr("Usual treatments for"), self.condition_box)
        form.addRow(self.tr("(one per line)"), self.treatments)
        note = shown.side_note(self.tr("Words in braces, like {date} or {registration}, are filled in by ExoDesk. "
                                       "Keep sentences short, and never write proven, cure, safe or guaranteed."))
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addLayout(bottom)
        self._show(self.language)

    # -- one language in the fields ---------------------------------------

    def _show(self, language: str) -> None:
        words = merged(language, self.edits.get(language))
        regulation = words["regulation"]
        self.checked.setDate(QDate.fromString(words.get("last_checked", ""), "yyyy-MM-dd"))
        self.regulation.setPlainText("\n\n".join(regulation["paragraphs"]))
        self.regulation_checked.setDate(QDate.fromString(regulation.get("last_checked", ""), "yyyy-MM-dd"))
        self.registration_unknown.setText(regulation["registration_unknown"])
        self.registration_known.setText(regulation["registration_known"])
        self.procedure.setPlainText(words.get("procedure", ""))
        for line in (self.registration_unknown, self.registration_known):
            line.setCursorPosition(0)  # show the start of a long sentence
        self.questions.setPlainText("\n".join(words["questions"]))
        self._treatments[language] = dict(words.get("treatments", {}))
        self._condition_id = ""
        self._condition_changed()

    def _shipped_treatments(self, condition_id: str) -> list[str]:
        return list(vocabulary.by_id(condition_id).treatments.get(self.language, ()))

    def _condition_changed(self, *_args) -> None:
        lists = self._treatments.setdefault(self.language, {})
        if self._condition_id:
            lists[self._condition_id] = _lines(self.treatments.toPlainText())
        self._condition_id = self.condition_box.currentData()
        shown = lists.get(self._condition_id, self._shipped_treatments(self._condition_id))
        self.treatments.setPlainText("\n".join(shown))

    def _collect(self) -> None:
        """The fields' values become this language's edits: only what differs from shipped."""
        self._condition_changed()  # keeps the condition shown
        words = shipped.load(self.language)
        regulation = dict(words["regulation"])
        regulation.update(
            paragraphs=_paragraphs(self.regulation.toPlainText()),
            last_checked=_iso(self.regulation_checked),
            registration_unknown=self.registration_unknown.text().strip(),
            registration_known=self.registration_known.text().strip(),
        )
        values = {
            "last_checked": _iso(self.checked),
            "regulation": regulation,
            "procedure": self.procedure.toPlainText().strip(),
            "questions": _lines(self.questions.toPlainText()),
        }
        edits = {key: value for key, value in values.items() if value != words.get(key)}
        treatments = {cid: items for cid, items in self._treatments.get(self.language, {}).items()
                      if items != self._shipped_treatments(cid)}
        if treatments:
            edits["treatments"] = treatments
        if edits:
            self.edits[self.language] = edits
        else:
            self.edits.pop(self.language, None)

    def _language_changed(self, _index: int) -> None:
        self._collect()
        self.language = self.language_box.currentData()
        self._show(self.language)

    def reset_language(self) -> None:
        """The shipped wording for the language shown (kept only when Preferences is closed with OK)."""
        self.edits.pop(self.language, None)
        self._treatments.pop(self.language, None)
        self._show(self.language)

    # -- saving ------------------------------------------------------------

    def save(self) -> bool:
        """Store the edits; False (with the reason shown) when a sheet could not be made with them."""
        self._collect()
        found = []
        for language, edits in self.edits.items():
            found += [f"{language}: {p}" for p in problems(language, edits)]
        if found:
            self.problem_label.setText(self.tr("Not saved: %1").replace("%1", "; ".join(found)))
            self.problem_label.show()
            return False
        self.problem_label.hide()
        save_edits(self.edits)
        return True

"""Conditions by name: the vocabulary's English and Chinese names in the window.

Notes store condition ids ("systemic-sclerosis"); people see and type names.
The chooser finds a condition by any of its names, synonyms, abbreviations
or Chinese spellings as one types ("SSc", "scleroderma", "系統性硬化症").
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from exodesk.evidence import vocabulary
from exodesk.gui.language import shown_language

ID_ROLE = Qt.ItemDataRole.UserRole
# What typing is matched against: the spelling alone, not the names it leads
# to, so "scler" offers the names with "scler" in them, not every synonym of them.
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1


def condition_name(condition_id: str, language: str | None = None) -> str:
    """A condition's name; an id the vocabulary does not know, as written."""
    try:
        return vocabulary.by_id(condition_id).name(language or shown_language())
    except KeyError:
        return condition_id.replace("-", " ")


def _both_names(condition: vocabulary.Condition, language: str) -> str:
    other = "en" if language.startswith("zh") else "zh-Hant"
    return f"{condition.name(language)} · {condition.name(other)}"


def completion_model(language: str, parent=None) -> QStandardItemModel:
    """One row per way of naming a condition, each pointing to its id."""
    model = QStandardItemModel(parent)
    for condition in vocabulary.load():
        both = _both_names(condition, language)
        spellings = [condition.en, condition.zh_hant, *condition.synonyms, *condition.abbreviations,
                     *sorted(condition.chinese_spellings())]
        seen = set()
        for spelling in spellings:
            if spelling in seen:
                continue
            seen.add(spelling)
            if spelling in (condition.en, condition.zh_hant):
                if spelling != condition.name(language):
                    continue  # the other language's name is in the same row
                text, match = both, f"{condition.en} {condition.zh_hant}"
            else:
                text, match = f"{spelling} → {both}", spelling
            item = QStandardItem(text)
            item.setData(condition.id, ID_ROLE)
            item.setData(match, MATCH_ROLE)
            model.appendRow(item)
    return model


class ConditionsField(QWidget):
    """Chosen conditions as names with a remove mark, and a box to add more."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: list[str] = []
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.RichText)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.chosen.linkActivated.connect(self._link)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Add a condition: type any name, e.g. SSc, 硬皮病"))
        self.completer: QCompleter | None = None  # made when first needed: see _ensure_completer
        self.entry.textEdited.connect(self._ensure_completer)
        self.entry.returnPressed.connect(self._typed)
        self.entry.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.chosen)
        layout.addWidget(self.entry)
        self._show()

    # -- the value --------------------------------------------------------

    def ids(self) -> list[str]:
        return list(self._ids)

    def set_ids(self, ids: list[str]) -> None:
        self._ids = list(ids)
        self.entry.clear()
        self._show()

    def add(self, condition_id: str) -> None:
        if condition_id not in self._ids:
            self._ids.append(condition_id)
            self._show()
            self.edited.emit()
        QTimer.singleShot(0, self.entry.clear)  # after the completer has written its text

    def remove(self, condition_id: str) -> None:
        if condition_id in self._ids:
            self._ids.remove(condition_id)
            self._show()
            self.edited.emit()

    # -- showing ----------------------------------------------------------

    def _show(self) -> None:
        remove = html.escape(self.tr("Remove"))
        parts = [
            f'<span style="background-color:#e3ebf6;">&nbsp;{_unbroken(condition_name(i))}&nbsp;'
            f'<a href="remove:{html.escape(i)}" title="{remove}" style="text-decoration:none;">✕</a>&nbsp;</span>'
            for i in self._ids
        ]
        self.chosen.setText(" ".join(parts))
        self.chosen.setVisible(bool(self._ids))
        self.chosen.setToolTip("\n".join(_both_names(vocabulary.by_id(i), shown_language())
                                         for i in self._ids if _known(i)))

    def setStyleSheet(self, sheet: str) -> None:  # the suggestion mark goes on the box
        self.entry.setStyleSheet(sheet)
        self.chosen.setStyleSheet(sheet)

    def styleSheet(self) -> str:
        return self.entry.styleSheet()

    def setToolTip(self, text: str) -> None:
        self.entry.setToolTip(text)

    def toolTip(self) -> str:
        return self.entry.toolTip()

    # -- input ------------------------------------------------------------

    def _ensure_completer(self) -> None:
        """The list of every spelling takes ~0.1 s to build (Chinese script
        conversion), so it is made when the box is first used, not at start-up."""
        if self.completer is not None:
            return
        self.completer = QCompleter(completion_model(shown_language(), self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.setCompletionRole(MATCH_ROLE)
        popup = self.completer.popup()
        if popup is not None:
            popup.setMinimumWidth(380)  # room for "synonym → name · 中文名"
        self.completer.activated[QModelIndex].connect(self._completed)  # type: ignore[index]  # the stubs know no overloaded signals
        self.entry.setCompleter(self.completer)

    def _link(self, link: str) -> None:
        if link.startswith("remove:"):
            self.remove(link[len("remove:"):])

    def _completed(self, index) -> None:
        condition_id = index.data(ID_ROLE)
        if condition_id:
            self.add(condition_id)

    def _typed(self) -> None:
        """Enter on typed words: the condition they name, if the vocabulary knows it."""
        text = self.entry.text().strip()
        if not text:
            return
        popup = self.completer.popup() if self.completer is not None else None
        if popup is not None and popup.isVisible():
            return  # the completer's own choice follows
        condition = vocabulary.lookup(text.split(" → ")[0]) or vocabulary.lookup(text.split(" · ")[0])
        if condition is None:
            self.entry.setToolTip(self.tr("No condition by that name in the vocabulary"))
            return
        self.add(condition.id)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.entry and event.type() == event.Type.FocusIn:
            self._ensure_completer()
        # Backspace in an empty box takes back the last condition, as in tag fields.
        if (watched is self.entry and event.type() == event.Type.KeyPress
                and event.key() == Qt.Key.Key_Backspace and not self.entry.text() and self._ids):
            self.remove(self._ids[-1])
            return True
        return super().eventFilter(watched, event)


def _unbroken(name: str) -> str:
    """A name that wraps as a whole, never across its own words."""
    return html.escape(name).replace(" ", "&nbsp;")


def _known(condition_id: str) -> bool:
    try:
        vocabulary.by_id(condition_id)
    except KeyError:
        return False
    return True


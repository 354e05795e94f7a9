"""Imported and fetched text as the window shows it: plain, and of a bounded size.

Qt guesses rich text for a label or tooltip whose text looks like HTML, so a
title holding tags was drawn as HTML (nested tables froze the window for
minutes on hover). Text that came from a file or a server goes through here:
labels and message boxes are set to plain text; tooltips, which have no text
format of their own, are escaped inside a fixed rich-text wrapper. A field of
megabytes (a 10 MB DOI, a million authors) is cut for display only — the
library keeps it whole.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

LINE = 500  # a title, a DOI, a journal, a file name: a few lines at most
TIP = 2000  # a tooltip
BLOCK = 20_000  # an abstract, a reason, a reference: many times a real one
NAMES = 100  # authors named in the byline
ITEMS = 500  # captions or references listed


def elide(text: str | None, limit: int = LINE) -> str:
    """The text, cut at `limit` characters with an ellipsis."""
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tooltip(text: str | None, limit: int = TIP) -> str:
    """A tooltip that shows `text` as written, tags and all."""
    if not text:
        return ""
    return f'<p style="white-space:pre-wrap">{escape(elide(text, limit))}</p>'


def side_note(text: str = "") -> QLabel:
    """A wrapped note in grey: what a form or list means, beside it."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


def plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def some(items: list, limit: int) -> tuple[list, int]:
    """The first `limit` items and how many are left out."""
    return items[:limit], max(len(items) - limit, 0)


def more(left_out: int) -> str:
    return QCoreApplication.translate("Shown", "and %1 more").replace("%1", f"{left_out:,}")


def message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box whose text (naming a file, quoting a server) is shown as plain text."""
    box = QMessageBox(icon, title, elide(text, BLOCK), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """message(), shown and waited for, as QMessageBox.critical() and its like do."""
    message(parent, icon, title, text).exec()


def proper_case(name: str) -> str:
    """A name typed all in capitals ("WINTER GEORGE D") as people write it
    ("Winter George D"): initials after the first word stay capitals, and a
    name with any small letter (McDonald, van Gogh, 陳大文) is left as it is."""
    if name.upper() != name or name.lower() == name:
        return name
    words = name.split(" ")
    return " ".join(word if index and len(word.rstrip(".")) <= 2 else word.title()
                    for index, word in enumerate(words))


def bring_forward(dialog: QWidget | None) -> bool:
    """Bring forward a dialog that is open, if it is: a second Ctrl+Shift+H
    raises the handout window instead of opening another."""
    if dialog is None or not dialog.isVisible():
        return False
    dialog.showNormal() if dialog.isMinimized() else dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return True

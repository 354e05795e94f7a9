"""Handouts from the window: the New Handout dialog, the handout history, and a
paper's right-click menu offering a handout for each condition it treats."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPoint
from PySide6.QtWidgets import QMenu

from exodesk.gui import shown

if TYPE_CHECKING:
    from exodesk.gui.handout_dialog import HandoutDialog
    from exodesk.gui.handout_history import HandoutHistory
    from exodesk.gui.main_window import MainWindow
    from exodesk.library import Library


class Handouts(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.dialog: HandoutDialog | None = None
        self.history: HandoutHistory | None = None
        self.paper_menu: QMenu | None = None
        self.paper_menu_paper: int | None = None

    def library_replaced(self, library: Library) -> None:
        """The library file was replaced (a restore): an open handout window
        works on the file as it is now, its papers and records read again,
        instead of the closed one set aside."""
        if self.dialog is not None:
            self.dialog.library = library
            self.dialog.reread()
        if self.history is not None:
            self.history.library = library
            self.history.refresh()

    def show_dialog(self, condition_id: str | None = None) -> None:
        from exodesk.gui.handout_dialog import HandoutDialog

        window = self.window
        window.notes_editor.flush()  # the sheet uses the notes as just typed
        if self.dialog is not None and shown.bring_forward(self.dialog):
            if condition_id:
                self.dialog.choose_condition(condition_id)
            return
        self.dialog = HandoutDialog(window.library, window.settings, window, condition_id=condition_id)
        self.dialog.show()

    def show_history(self) -> None:
        from exodesk.gui.handout_history import HandoutHistory

        if self.history is not None and shown.bring_forward(self.history):
            self.history.refresh()  # a sheet made since is listed
            return
        self.history = HandoutHistory(self.window.library, self.window)
        self.history.show()

    def show_paper_menu(self, index: QModelIndex, point: QPoint) -> None:
        """Right-click a paper (or press the menu key): a handout for each
        condition its notes (or, where they name none, ExoDesk's suggestions)
        link it to."""
        from exodesk.evidence import vocabulary
        from exodesk.evidence.suggest import suggest_notes

        window, actions = self.window, self.window.menu_actions
        paper_id = window.model.paper_id(index.row())
        menu = self.paper_menu
        if paper_id is None or (menu is not None and menu.isVisible() and self.paper_menu_paper == paper_id):
            return
        menu = QMenu(window)
        linked = suggest_notes(window.library.get(paper_id), window.library.notes(paper_id)).conditions
        for condition_id in [] if window.read_only else linked:
            try:
                condition = vocabulary.by_id(condition_id)
            except KeyError:
                continue
            menu.addAction(self.tr("Handout for %1…").replace("%1", f"{condition.en} — {condition.zh_hant}"),
                           partial(self.show_dialog, condition_id))
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(actions.handout)
        menu.addSeparator()
        menu.addAction(actions.delete)
        menu.addAction(actions.restore)
        self.paper_menu = menu
        self.paper_menu_paper = paper_id
        menu.popup(point)

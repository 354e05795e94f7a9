"""The window's actions and its menu bar: File, Edit, View, Handouts, Help.

Each action calls a part of the window; this module only names, binds and
arranges them, and disables what a read-only library cannot do.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from exodesk.formats import CITATION_STYLES, DEFAULT_STYLE

if TYPE_CHECKING:
    from exodesk.gui.main_window import MainWindow


class Actions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        read_only = window.read_only
        self.open_shared = self._action(self.tr("Open &Shared Library…"), window.open_shared_library)
        self.import_files = self._action(self.tr("&Import Files…"), window.imports.choose_files,
                                         keys=QKeySequence.StandardKey.Open, fallback="Ctrl+O")
        self.import_folder = self._action(self.tr("Import &Folder…"), window.imports.choose_folder)
        self.export = self._action(self.tr("&Export…"), window.exports.choose,
                                   keys=QKeySequence.StandardKey.SaveAs, fallback="Ctrl+Shift+S")
        self.print = self._action(self.tr("&Print Paper…"), window.print_paper,
                                  keys=QKeySequence.StandardKey.Print, fallback="Ctrl+P")
        self.preferences = self._action(self.tr("Prefere&nces…"), window.show_preferences,
                                        keys=QKeySequence.StandardKey.Preferences, fallback="Ctrl+,",
                                        role=QAction.MenuRole.PreferencesRole)
        self.quit = self._action(self.tr("&Quit"), window.close, keys=QKeySequence.StandardKey.Quit,
                                 fallback="Ctrl+Q", role=QAction.MenuRole.QuitRole)
        self.restore_backup = self._action(self.tr("Restore from &Backup…"), window.backups.restore)
        # On a shared library it says why it does not apply there.
        self.restore_backup.setEnabled(not read_only and (window.library.path is not None or window.library.shared))

        self.undo = self._action(self.tr("&Undo"), window.undo, keys=QKeySequence.StandardKey.Undo)
        self.redo = self._action(self.tr("&Redo"), window.redo, keys=QKeySequence.StandardKey.Redo)
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        window.undo_stack.canUndoChanged.connect(self.undo.setEnabled)
        window.undo_stack.canRedoChanged.connect(self.redo.setEnabled)
        self.find = self._action(self.tr("&Find"), window.search.focus, keys=QKeySequence.StandardKey.Find)
        self.delete = self._action(self.tr("&Move to Trash"), window.delete_selected,
                                   keys=QKeySequence.StandardKey.Delete)
        # Delete acts on the table only, so it never swallows a Delete typed in a field.
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.table.addAction(self.delete)
        self.restore = self._action(self.tr("Res&tore from Trash"), window.restore_selected)
        self.confirm = self._action(self.tr("Co&nfirm Suggestions"), lambda: window.notes_editor.confirm(None))
        # The one action that goes online, and only when chosen.
        self.complete = self._action(self.tr("Com&plete from Crossref / PubMed…"),
                                     lambda: window.completion.start(None))
        self.complete.setEnabled(False)
        self.suggest = self._action(self.tr("&Suggest from Abstract"), lambda: window.suggestions.suggest())  # noqa: PLW0108 - not given triggered's checked
        self.cite: dict[str, QAction] = {}
        for style in CITATION_STYLES.values():  # their labels are translated in this context
            self.cite[style.name] = self._action(self.tr(style.menu), partial(window.exports.copy_citation, style.name))
        # The clinic's own style (the handouts') on the usual copy-with-format key.
        self.cite[DEFAULT_STYLE].setShortcut(QKeySequence("Ctrl+Shift+C"))

        group = QActionGroup(self)
        self.views: list[QAction] = []
        for index, text in enumerate((self.tr("&Library"), self.tr("&Trash"))):
            action = QAction(text, self, checkable=True)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(partial(window.views.setCurrentIndex, index))
            group.addAction(action)
            self.views.append(action)
        self.views[0].setChecked(True)
        window.views.currentChanged.connect(lambda i: self.views[i].setChecked(True))
        traditional = window.detail.traditional
        self.traditional = QAction(traditional.text(), self, checkable=True)
        self.traditional.setChecked(traditional.isChecked())
        self.traditional.toggled.connect(traditional.setChecked)
        traditional.toggled.connect(self.traditional.setChecked)

        self.handout = self._action(self.tr("&New Handout…"), lambda: window.handouts.show_dialog())  # noqa: PLW0108 - triggered's checked is no condition
        self.handout.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.handout.setEnabled(not read_only)  # a handout made is recorded in the library
        self.handout_history = self._action(self.tr("Handout &History…"), window.handouts.show_history)
        self.about = self._action(self.tr("&About ExoDesk"), window.show_about, role=QAction.MenuRole.AboutRole)

        for action in (self.import_files, self.import_folder, self.delete, self.restore, self.confirm, self.suggest):
            action.setEnabled(not read_only)
        self.restore.setEnabled(False)

    def _action(self, text: str, slot: Callable[[], object], *, keys: QKeySequence.StandardKey | None = None,
                fallback: str = "", role: QAction.MenuRole | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if keys is not None:
            sequences = QKeySequence.keyBindings(keys)
            action.setShortcuts(sequences or [QKeySequence(fallback)])
        if role is not None:
            action.setMenuRole(role)
        return action

    def fill_menu_bar(self) -> None:
        window = self.window
        bar = window.menuBar()
        _add(bar.addMenu(self.tr("&File")), self.open_shared, None, self.import_files, self.import_folder, self.export, None,
             self.print, None, self.restore_backup, self.preferences, None, self.quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        _add(edit_menu, self.undo, self.redo, None, self.find, None, self.delete, self.restore, None,
             self.suggest, self.confirm, self.complete, None)
        _add(edit_menu.addMenu(self.tr("Copy &Citation")), *self.cite.values())

        view_menu = bar.addMenu(self.tr("&View"))
        _add(view_menu, *self.views, None)
        columns_menu = view_menu.addMenu(self.tr("&Columns"))
        columns_menu.aboutToShow.connect(lambda: window.columns.fill_menu(columns_menu))
        view_menu.addAction(self.traditional)

        _add(bar.addMenu(self.tr("Hand&outs")), self.handout, self.handout_history)
        _add(bar.addMenu(self.tr("&Help")), self.about)


def _add(menu: QMenu, *actions: QAction | None) -> None:
    """The actions in order; None is a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)

"""The main work by keyboard: Tab leaves the table for the notes, arrows move in
it, the menu key opens the current paper's menu, mnemonics are unique, every
action sits once in a menu, and an open dialog is raised, not opened twice."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from .conftest import shown_ids


def focused():
    return QApplication.focusWidget()


def test_tab_leaves_the_table_for_the_notes_and_arrows_move_in_it(window, qtbot):
    window.table.setFocus()
    first = window.current_paper_id()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.current_paper_id() == shown_ids(window)[1] != first
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert window.current_paper_id() == shown_ids(window)[1]  # Tab chose no other paper
    assert focused() is window.notes_editor.design
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # the suggested design's Confirm button
    assert focused() is window.notes_editor.confirm_buttons["study_design"]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is window.notes_editor.level
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is window.table
    # From the search box, Tab crosses the filters to the table.
    window.search_box.setFocus()
    for _ in range(20):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if focused() is window.table:
            break
    assert focused() is window.table


def test_the_menu_key_opens_the_menu_of_the_current_paper(window, qtbot):
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = shown_ids(window)[-1]
    assert window.current_paper_id() == last
    # The pointer rests on the first row; the menu is for the paper the keyboard chose.
    QTest.mouseMove(window.table.viewport(), window.table.visualRect(window.model.index(0, 0)).center())
    qtbot.keyClick(window.table, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: window.handouts.paper_menu is not None and window.handouts.paper_menu.isVisible())
    assert window.handouts.paper_menu_paper == last
    window.handouts.paper_menu.close()
    qtbot.keyClick(window.table, Qt.Key.Key_Up)
    qtbot.keyClick(window.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.handouts.paper_menu is not None and window.handouts.paper_menu.isVisible())
    assert window.handouts.paper_menu_paper == shown_ids(window)[-2]
    window.handouts.paper_menu.close()


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def menus(window) -> list[tuple[str, list[QAction]]]:
    """(name, actions) of the menu bar and of each menu under it, submenus filled as when opened."""
    found = [("menu bar", window.menuBar().actions())]
    stack = [a.menu() for a in window.menuBar().actions()]
    while stack:
        menu = stack.pop()
        menu.aboutToShow.emit()
        found.append((menu.title(), menu.actions()))
        stack += [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]
    return found


def repeated_mnemonics(window) -> dict:
    repeated = {}
    for name, actions in menus(window):
        keys = [mnemonic(a.text()) for a in actions if not a.isSeparator() and mnemonic(a.text())]
        doubles = sorted({k for k in keys if keys.count(k) > 1})
        if doubles:
            repeated[name] = doubles
    return repeated


def test_each_menu_gives_each_mnemonic_once_and_each_shortcut_sits_once_in_a_menu(window):
    assert repeated_mnemonics(window) == {}
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar == ["&File", "&Edit", "&View", "Hand&outs", "&Help"]
    in_menus = [a for _name, actions in menus(window) for a in actions if not a.menu() and not a.isSeparator()]
    with_keys = [a for a in window.findChildren(QAction) if a.shortcuts()]
    assert [a.text() for a in with_keys if in_menus.count(a) != 1] == []
    keys = [k.toString() for a in with_keys for k in a.shortcuts()]
    assert sorted({k for k in keys if keys.count(k) > 1}) == []


@pytest.mark.usefixtures("chinese_interface")
def test_each_menu_gives_each_mnemonic_once_in_chinese(window):
    assert repeated_mnemonics(window) == {}


def open_dialogs(kind) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_a_second_ctrl_shift_h_raises_the_handout_window_instead_of_opening_another(window, qtbot):
    from exodesk.gui.handout_dialog import HandoutDialog
    from exodesk.gui.handout_history import HandoutHistory

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(open_dialogs(HandoutDialog)) == 1)
    first = window.handouts.dialog
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(50)
    assert open_dialogs(HandoutDialog) == [first]
    window.menu_actions.handout_history.trigger()
    window.menu_actions.handout_history.trigger()
    assert len(open_dialogs(HandoutHistory)) == 1
    for dialog in open_dialogs(HandoutDialog) + open_dialogs(HandoutHistory):
        dialog.close()

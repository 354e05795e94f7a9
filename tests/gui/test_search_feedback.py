"""A search says what else it looked for, and an empty result says what was
searched and offers the way back to the whole library."""

import pytest
from PySide6.QtCore import Qt

from exodesk.model import Notes

from .conftest import shown_ids


def wait_for_search(window, qtbot, text: str) -> None:
    qtbot.waitUntil(lambda: window.model.query == text)


def test_a_synonym_search_says_what_it_also_searched(window, qtbot):
    qtbot.keyClicks(window.search_box, "scleroderma")
    wait_for_search(window, qtbot, "scleroderma")
    assert window.search.note.isVisible()
    assert window.search.note.text() == "Also searched: systemic sclerosis"
    assert not window.search.clear_button.isVisible()
    assert window.model.rowCount() >= 1


def test_an_empty_result_says_what_was_searched_and_clears_by_keyboard(window, qtbot):
    qtbot.keyClicks(window.search_box, "zebrafish")
    wait_for_search(window, qtbot, "zebrafish")
    assert window.model.rowCount() == 0
    assert window.search.note.text() == "No paper matches “zebrafish”."
    window.filter_bar.needs_review.setChecked(True)
    assert window.search.note.text() == "No paper matches “zebrafish” with the filters chosen."
    button = window.search.clear_button
    assert button.isVisible()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.search_box.text() == "" and not window.filter_bar.needs_review.isChecked()
    assert window.model.rowCount() == 5
    assert not window.search.note.isVisible()


def test_filters_alone_that_match_nothing_say_so(window, qtbot):
    first = shown_ids(window)[0]
    window.library.save_notes(first, Notes(tags=["read"]))
    window.filter_bar.set_facets(window.library.facets())
    bar = window.filter_bar
    bar.tag.setCurrentIndex(bar.tag.findData("read"))
    bar.needs_review.setChecked(True)
    assert window.model.rowCount() == 0
    assert window.search.note.text() == "No paper matches the filters chosen."


@pytest.mark.usefixtures("chinese_interface")
def test_the_chinese_interface_names_what_it_also_searched(window, qtbot):
    window.search_box.setText("硬皮病")  # typed through an input method
    wait_for_search(window, qtbot, "硬皮病")
    assert window.search.note.text() == "同時搜尋：系統性硬化症"

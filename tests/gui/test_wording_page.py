"""Preferences ▸ Handout wording: the clinic's edits reach the printed sheet; reset brings back the shipped wording."""

from handouts.entries import pdf_text

from exodesk.gui.preferences import PreferencesDialog
from exodesk.handouts import texts as shipped
from exodesk.handouts.wording import load_edits
from exodesk.settings import Settings

NEW_QUESTION = "Can I see the letter that shows the product's HK number?"


def open_page(qtbot):
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    return dialog, dialog.wording


def test_edited_questions_and_treatments_reach_the_handout_pdf(qtbot, open_dialog_on_demo):
    dialog, page = open_page(qtbot)
    page.questions.setPlainText(page.questions.toPlainText() + "\n" + NEW_QUESTION)
    page.condition_box.setCurrentIndex(page.condition_box.findData("perianal-fistula"))
    page.treatments.setPlainText("Seton drainage\nFistula surgery")
    page.checked.setDate(page.checked.date().addDays(5))
    dialog.accept()
    edits = load_edits()
    assert edits["en"]["questions"] == [*shipped.load("en")["questions"], NEW_QUESTION]
    assert edits["en"]["treatments"] == {"perianal-fistula": ["Seton drainage", "Fistula surgery"]}
    assert edits["en"]["last_checked"] == "2026-12-10"  # the shipped date, 5 days on
    assert "zh-Hant" not in edits  # nothing changed there

    handout = open_dialog_on_demo("perianal fistula")
    text = pdf_text(handout.preview.pdf)
    assert NEW_QUESTION in text
    assert "Seton drainage" in text and "Fistula surgery" in text
    assert handout.preview.handout.snapshot["texts_checked"] == {"en": "2026-12-10"}


def test_reset_brings_back_the_shipped_wording(qtbot):
    dialog, page = open_page(qtbot)
    page.questions.setPlainText(NEW_QUESTION)
    page.language_box.setCurrentIndex(page.language_box.findData("zh-Hant"))
    page.questions.setPlainText("我可以看看產品的註冊證明嗎？")
    dialog.accept()
    assert set(load_edits()) == {"en", "zh-Hant"}

    dialog, page = open_page(qtbot)
    assert page.questions.toPlainText() == NEW_QUESTION  # English is shown first
    page.reset_button.click()
    assert page.questions.toPlainText() == "\n".join(shipped.load("en")["questions"])
    dialog.accept()
    assert load_edits() == {"zh-Hant": {"questions": ["我可以看看產品的註冊證明嗎？"]}}


def test_a_placeholder_exodesk_does_not_fill_is_refused_with_the_reason(qtbot):
    dialog, page = open_page(qtbot)
    page.registration_known.setText("Our product: {registraton}.")
    dialog.accept()
    assert dialog.tabs.currentWidget() is page and page.problem_label.isVisibleTo(dialog)
    assert page.problem_label.text() == (
        "Not saved: en: a placeholder in braces is not one ExoDesk fills in: 'registraton'")
    assert load_edits() == {}

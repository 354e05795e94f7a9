"""The Handout dialog on the demo library: papers, live preview, approval, save, print."""

import datetime as dt
import io

import pytest
from handouts.entries import pdf_text
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from exodesk.handouts.preview import page_count
from exodesk.handouts.readability import handout_grade
from exodesk.library import Library
from exodesk.library.handouts import handout_history, reprint
from exodesk.settings import Settings

from .conftest import paper_with_doi

NAZARI_DOI = "10.1093/gastro/goac075"  # seed 004, the phase I perianal fistula trial
DRAFT_LINE = "Draft — not yet approved by a clinician"


@pytest.fixture
def library(demo_path):
    with Library(demo_path) as library:
        yield library


def rows(dialog):
    tree = dialog.papers
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())] for r in range(tree.topLevelItemCount())]


def wait_for_new_preview(qtbot, dialog, change):
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        change()


def test_perianal_fistula_lists_its_paper_and_previews_every_page(open_dialog_on_demo):
    dialog = open_dialog_on_demo("perianal fistula")
    library = dialog.library
    nazari = library.get(paper_with_doi(library, NAZARI_DOI))
    assert dialog.condition_id() == "perianal-fistula"
    # The demo's notes hold only suggestions, so the link itself is a suggestion.
    assert rows(dialog) == [[f"Nazari et al. 2022 · {nazari.title}", "phase I clinical trial (single arm)",
                             "4", "5", "suggestion", "yes"]]
    assert dialog.papers.topLevelItem(0).background(4).color() == QColor("#fff1c2")

    preview = dialog.preview
    assert len(preview.pages) == page_count(preview.pdf) == len(dialog.page_labels) == 2  # two pages a language
    for label in dialog.page_labels:
        image = label.pixmap().toImage()
        blank = QImage(image.size(), image.format())
        blank.fill(QColor("white"))
        assert not image.isNull() and image != blank  # the page has something drawn on it
    assert dialog.pages_count.text() == "2 page(s)"
    assert preview.handout.draft
    assert dialog.draft_label.text().startswith("Draft — it cannot be approved")
    assert DRAFT_LINE in pdf_text(preview.pdf)
    assert [dialog.warnings_list.item(i).text() for i in range(dialog.warnings_list.count())] == [
        "Settle first: the clinic's name is not set (Preferences ▸ Clinic)",
        "Settle first: the clinic's contact (telephone) is not set (Preferences ▸ Clinic)",
        # Fields by the names the notes give them, not the program's.
        "Settle first: Nazari et al. 2022: suggested, not yet confirmed: Study design, Evidence level, Patients, "
        "Conditions, Intervention, Outcome measured, Result, People with the outcome, Adverse events",
    ]
    assert dialog.grade_label.text() == (
        f"Reading grade of the English text: {handout_grade(preview.handout):.1f} (grade 8 or lower is the aim).")
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()


def test_any_spelling_or_synonym_chooses_the_condition(open_dialog_on_demo, qtbot):
    dialog = open_dialog_on_demo()
    line = dialog.condition_box.lineEdit()
    for typed, wanted in (("SSc", "systemic-sclerosis"), ("肛瘻", "perianal-fistula"), ("scleroderma", "systemic-sclerosis")):
        line.setText(typed)
        line.editingFinished.emit()
        assert dialog.condition_id() == wanted, typed
    line.setText("no such illness")
    line.editingFinished.emit()
    assert dialog.condition_hint.isVisibleTo(dialog)
    assert dialog.condition_hint.text() == "No condition in the vocabulary is called “no such illness”."


def test_unticking_the_paper_gives_the_no_studies_sheet(open_dialog_on_demo, qtbot):
    dialog = open_dialog_on_demo("perianal-fistula")
    wait_for_new_preview(qtbot, dialog, lambda: dialog.papers.topLevelItem(0).setCheckState(0, Qt.CheckState.Unchecked))
    text = pdf_text(dialog.preview.pdf)
    assert "We found no studies of this treatment in people with perianal fistula." in text
    assert DRAFT_LINE in text  # every sheet is a draft until a clinician approves it
    assert "We cannot say" not in text and "Until it is tested in people with perianal fistula" in text


def test_approval_is_refused_until_notes_and_clinic_are_settled_then_saved_and_recorded(
        open_dialog_on_demo, qtbot, tmp_path):
    from exodesk.evidence.suggest import confirm

    Settings().update(clinic_name="Harbour Skin Clinic", clinic_contact="2345 6789")
    dialog = open_dialog_on_demo("perianal fistula")
    library = dialog.library
    assert not dialog.approve.isEnabled()  # approving needs a name
    dialog.approver.setText("Dr Chan Tai Man")
    # The seed trial's notes are suggestions nobody confirmed: the sheet cannot be approved.
    assert dialog.preview.handout.blockers and not dialog.approve.isEnabled()
    assert dialog.draft_label.text().startswith("Draft — it cannot be approved")
    paper_id = paper_with_doi(library, NAZARI_DOI)
    library.save_notes(paper_id, confirm(dialog.candidates[0].notes))
    dialog = open_dialog_on_demo("perianal fistula")  # the notes read again, now confirmed
    library = dialog.library
    dialog.approver.setText("Dr Chan Tai Man")
    assert dialog.preview.handout.blockers == [] and dialog.approve.isEnabled()
    wait_for_new_preview(qtbot, dialog, lambda: dialog.approve.setChecked(True))
    assert not dialog.preview.handout.draft
    assert dialog.draft_label.text() == "Approved by Dr Chan Tai Man: the sheet prints without the draft line."

    out = tmp_path / "fistula.pdf"
    record_id = dialog.save_to(out)
    text = pdf_text(out.read_bytes())
    assert DRAFT_LINE not in text
    assert "Exosome treatment for perianal fistula: what the research shows" in text
    (record,) = handout_history(library)
    assert {k: record[k] for k in ("id", "condition", "language", "approved_by", "overdue")} == {
        "id": record_id, "condition": "perianal-fistula", "language": "en", "approved_by": "Dr Chan Tai Man",
        "overdue": False,
    }
    assert reprint(library, record_id) == out.read_bytes()


def test_both_languages_on_letter_paper(open_dialog_on_demo, qtbot):
    dialog = open_dialog_on_demo("perianal fistula")
    wait_for_new_preview(qtbot, dialog, lambda: dialog.language_box.setCurrentIndex(dialog.language_box.findData("both")))
    wait_for_new_preview(qtbot, dialog, lambda: dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter")))
    reader = PdfReader(io.BytesIO(dialog.preview.pdf))
    assert [round(float(p.mediabox.width)) for p in reader.pages] == [612] * len(reader.pages)
    assert "肛瘻" in pdf_text(dialog.preview.pdf).replace(" ", "")
    assert len(dialog.page_labels) == len(reader.pages)


def test_printing_to_a_pdf_printer_paints_every_page_and_records_it(open_dialog_on_demo, tmp_path):
    dialog = open_dialog_on_demo("perianal fistula")
    library = dialog.library
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)
    dialog.print_to(printer)
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == len(dialog.preview.pages)
    assert all(page.images for page in printed.pages)  # each page carries the drawn sheet
    (record,) = handout_history(library)
    assert record["approved_by"] is None
    assert dialog.status.text() == "Sent to the printer and recorded in the handout history."


def test_right_click_on_a_paper_offers_a_handout_for_its_conditions(window, qtbot):
    paper_id = paper_with_doi(window.library, NAZARI_DOI)
    window.select_papers([paper_id])
    rect = window.table.visualRect(window.model.index(window.model.position(paper_id), 0))
    point = window.table.viewport().mapTo(window, rect.center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, pos=point)
    qtbot.waitUntil(lambda: window.handouts.paper_menu is not None and window.handouts.paper_menu.isVisible())
    texts = [a.text() for a in window.handouts.paper_menu.actions() if a.text()]
    assert texts[:3] == ["Handout for perianal fistula — 肛瘻…", "Handout for inflammatory bowel disease — 炎症性腸病…",
                         "Handout for Crohn's disease — 克隆氏症…"]
    window.handouts.paper_menu.actions()[0].trigger()
    with qtbot.waitSignal(window.handouts.dialog.preview_ready, timeout=20000):
        pass
    assert window.handouts.dialog.condition_id() == "perianal-fistula"
    window.handouts.paper_menu.close()
    window.handouts.dialog.close()


def test_history_marks_overdue_and_changed_notes_and_reprints_exactly(qtbot, library, tmp_path, monkeypatch):
    from exodesk.gui import handout_history as history_module
    from exodesk.handouts.content import Clinic, build_handout
    from exodesk.handouts.pdf import render_pdf
    from exodesk.library.handouts import record_handout

    paper_id = paper_with_doi(library, NAZARI_DOI)
    entries = [(library.get(paper_id), library.notes(paper_id))]
    old = build_handout(condition="perianal-fistula", entries=entries, clinic=Clinic(name="Harbour Skin Clinic"),
                        produced=dt.date(2024, 3, 1))
    old_pdf = render_pdf(old, invariant=True)
    old_id = record_handout(library, snapshot=old.snapshot, pdf=old_pdf, approved_by="Dr Wong")
    new = build_handout(condition="perianal-fistula", entries=entries, clinic=Clinic(name="Harbour Skin Clinic"),
                        language="zh-Hant", produced=dt.date(2026, 11, 1))
    record_handout(library, snapshot=new.snapshot, pdf=render_pdf(new, invariant=True))

    window = history_module.HandoutHistory(library, today=dt.date(2026, 11, 23))
    qtbot.addWidget(window)
    table = window.list
    shown = [[table.topLevelItem(r).text(c) for c in (0, 1, 3, 4, 5)] for r in range(table.topLevelItemCount())]
    assert shown == [
        ["perianal fistula — 肛瘻", "繁體中文", "not approved (draft)", "2027-11-01", "current"],
        ["perianal fistula — 肛瘻", "English", "Dr Wong", "2025-03-01", "past its review-by date"],
    ]
    assert table.topLevelItem(1).background(0).color() == history_module.OVERDUE_FILL

    notes = library.notes(paper_id)
    notes.free_notes = "Checked the trial registry."
    library.save_notes(paper_id, notes)
    window.refresh()
    assert [table.topLevelItem(r).text(5) for r in range(2)] == [
        "notes changed since: 1 paper(s)", "past its review-by date; notes changed since: 1 paper(s)"]
    assert table.topLevelItem(0).background(0).color() == history_module.CHANGED_FILL

    table.setCurrentItem(table.topLevelItem(1))
    out = tmp_path / "again.pdf"
    monkeypatch.setattr(history_module, "ask_save_path", lambda parent, name: out)
    window.save_selected()
    assert out.read_bytes() == old_pdf
    assert window.selected_id() == old_id

"""File ▸ Export… and Edit ▸ Copy Citation, driven through the window."""

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from exodesk.export.cite import format_references_html
from exodesk.formats import EXPORT_FORMATS
from exodesk.gui.export_dialog import ExportDialog, file_filter
from exodesk.gui.tasks import Job
from exodesk.importers import Source, choose
from exodesk.library.importing import ALREADY, IMPORTED, MERGED, REFUSED, FileResult

from .conftest import paper_with_doi

TRIAL_DOI = "10.1093/gastro/goac075"
REVIEW_DOI = "10.1007/s12016-021-08892-z"
TITLES = [
    "Evaluating the safety and efficacy of mesenchymal stem cell-derived exosomes for treatment of refractory "
    "perianal fistula in IBD patients: clinical trial phase I",
    "Mesenchymal Stem Cell-Based Therapy as a New Approach for the Treatment of Systemic Sclerosis",
]


def export_through_the_dialog(window, qtbot, monkeypatch, fmt, target, scope=None):
    """Choose File ▸ Export…, pick the format (and papers) in the dialog and the file in the save dialog."""
    seen = {}

    def exec_(dialog):
        seen["offered"] = dialog.scope()
        if scope:
            dialog.scope_buttons[scope].setChecked(True)
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), ""))
    window.exports.last_export = None
    window.menu_actions.export.trigger()
    qtbot.waitUntil(lambda: window.exports.last_export is not None, timeout=10000)
    return seen["offered"]


def titles_in(path):
    source = Source(path=path, data=path.read_bytes())
    return sorted(p.title or "" for p in choose(source)[0].parse(source).papers)


def test_the_export_dialog_offers_every_declared_format_and_its_file_filter(qtbot):
    dialog = ExportDialog(selected=2, shown=5, total=5, fmt="bibtex")
    qtbot.addWidget(dialog)
    offered = [(dialog.format.itemData(i), dialog.format.itemText(i)) for i in range(dialog.format.count())]
    assert offered == [(f.name, f.label) for f in EXPORT_FORMATS.values()]
    assert dialog.chosen_format() == "bibtex"
    assert (file_filter("bibtex"), file_filter("csl-json")) == ("BibTeX (*.bib)", "CSL-JSON (*.json)")


@pytest.mark.usefixtures("chinese_interface")
def test_the_export_dialog_names_the_formats_in_chinese(qtbot):
    dialog = ExportDialog(selected=0, shown=5, total=5)
    qtbot.addWidget(dialog)
    assert dialog.chosen_format() == "ris"
    assert [dialog.format.itemText(i) for i in range(dialog.format.count())] == [
        "RIS — EndNote、Zotero、Mendeley、Reference Manager", "BibTeX — LaTeX、JabRef",
        "CSL-JSON — Zotero、引文處理程式", "CSV — Excel 及其他試算表（UTF-8，保留中文）"]


@pytest.mark.parametrize(("fmt", "importer", "suffix"), [
    ("ris", "ris", ".ris"), ("bibtex", "bibtex", ".bib"), ("csl-json", "csl-json", ".json")])
def test_exported_selection_reads_back_with_the_same_titles(window, qtbot, monkeypatch, tmp_path, fmt, importer, suffix):
    window.select_papers([paper_with_doi(window.library, d) for d in (TRIAL_DOI, REVIEW_DOI)])
    target = tmp_path / f"chosen{suffix}"
    assert export_through_the_dialog(window, qtbot, monkeypatch, fmt, target) == "selection"
    assert window.exports.last_export == target  # the format's ending added to the name typed
    source = Source(path=target, data=target.read_bytes())
    reader, _score, _errors = choose(source)
    assert importer == reader.NAME
    assert sorted(p.title for p in reader.parse(source).papers) == sorted(TITLES)
    assert window.statusBar().currentMessage() == f"Papers exported: 2 — saved as {target}"


def test_csv_export_has_one_byte_order_mark_and_the_chinese_text(window, qtbot, monkeypatch, tmp_path):
    window.select_papers([paper_with_doi(window.library, d) for d in (TRIAL_DOI, REVIEW_DOI)])
    target = tmp_path / "chosen.csv"
    export_through_the_dialog(window, qtbot, monkeypatch, "csv", target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not data.startswith(b"\xef\xbb\xbf" * 2)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert sorted(r["title"] for r in rows) == sorted(TITLES)
    assert "系统性硬化症" in next(r["abstract_zh"] for r in rows if r["title"] == TITLES[1])


def test_export_of_the_shown_papers_and_of_the_whole_library(window, qtbot, monkeypatch, tmp_path):
    window.search_box.setText("fistula")
    window.apply_search()
    assert window.model.rowCount() == 1
    target = tmp_path / "shown.ris"
    assert export_through_the_dialog(window, qtbot, monkeypatch, "ris", target) == "shown"
    assert titles_in(target) == [TITLES[0]]
    target = tmp_path / "all.ris"
    export_through_the_dialog(window, qtbot, monkeypatch, "ris", target, scope="library")
    assert titles_in(target) == sorted(p.title or "" for p in map(window.library.get, window.library.all_ids()))


def test_a_damaged_record_is_left_out_of_a_window_export_and_named(window, qtbot, monkeypatch, tmp_path):
    from exodesk.gui import shown as shown_module

    warned = []
    monkeypatch.setattr(shown_module, "show_message", lambda parent, icon, title, text: warned.append(text))
    damaged = paper_with_doi(window.library, REVIEW_DOI)
    window.library.db.execute("UPDATE papers SET data = '{\"title\": ' WHERE id = ?", [damaged])
    window.library.db.conn.commit()
    target = tmp_path / "all.ris"
    export_through_the_dialog(window, qtbot, monkeypatch, "ris", target, scope="library")
    others = [i for i in window.library.all_ids() if i != damaged]
    assert len(titles_in(target)) == len(others)  # the others are all there
    assert TITLES[1] not in titles_in(target)
    assert window.statusBar().currentMessage() == f"Papers exported: {len(others)} — saved as {target}"
    assert len(warned) == 1 and f"#{damaged}" in warned[0] and "damaged" in warned[0]


def test_copy_citation_puts_vancouver_text_and_html_on_the_clipboard(window):
    paper_id = paper_with_doi(window.library, TRIAL_DOI)
    window.select_papers([paper_id])
    window.menu_actions.cite["vancouver"].trigger()
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == (
        "1. Nazari H, Alborzi F, Heirani-Tabasi A, Hadizadeh A, Asbagh RA, Behboudi B, et al. Evaluating the safety "
        "and efficacy of mesenchymal stem cell-derived exosomes for treatment of refractory perianal fistula in IBD "
        "patients: clinical trial phase I. Gastroenterol Rep (Oxf). 2022 Dec 9. doi:10.1093/gastro/goac075 PubMed "
        "PMID: 36518984; PubMed Central PMCID: PMC9733972.")
    assert format_references_html([window.library.get(paper_id)], "vancouver")[0] in mime.html()
    window.menu_actions.cite["apa"].trigger()
    assert QApplication.clipboard().text().startswith("Nazari, H., Alborzi, F., Heirani-Tabasi, A.")


def test_many_references_are_formatted_on_a_worker_and_copied_when_done(window, qtbot, monkeypatch):
    from exodesk.export.cite import format_references
    from exodesk.gui import exports

    monkeypatch.setattr(exports, "FEW_REFERENCES", 2)  # the demo library has five papers
    ids = window.library.all_ids()
    window.select_papers(ids)
    QApplication.clipboard().clear()
    window.menu_actions.cite["vancouver"].trigger()
    assert window.jobs.task(Job.WORK) is not None  # not formatted on the window's thread
    qtbot.waitUntil(lambda: QApplication.clipboard().text() != "", timeout=20000)
    papers = [window.library.get(i) for i in window.selected_ids()]
    assert QApplication.clipboard().text() == "\n".join(format_references(papers, "vancouver"))
    assert QApplication.clipboard().mimeData().html().count("<p>") == len(ids)
    assert window.statusBar().currentMessage() == f"References copied: {len(ids)}"


@pytest.mark.usefixtures("chinese_interface")
def test_the_import_report_speaks_chinese_in_the_chinese_interface(qapp):
    from exodesk.gui.import_report import ImportReport

    results = [FileResult(Path("a.ris"), IMPORTED, "", "ris", [1]), FileResult(Path("b.txt"), MERGED, "", "plain-text", [1]),
               FileResult(Path("c.txt"), ALREADY, "this exact file was imported before", "", [2]),
               FileResult(Path("d.png"), REFUSED, "an image, style or script file, not a paper")]
    report = ImportReport(results)
    assert [report.list.topLevelItem(i).text(1) for i in range(4)] == ["已匯入", "已合併", "已在文獻庫中", "未能匯入"]
    assert report.text().splitlines() == [
        "檔案：4 個 — 1 已匯入、1 已合併、1 已在文獻庫中、1 未能匯入",
        "各檔案的詳情以英文列出。",
        "a.ris: 已匯入 (#1)",
        "b.txt: 已合併 (#1)",
        "c.txt: 已在文獻庫中 (#2): this exact file was imported before",
        "d.png: 未能匯入: an image, style or script file, not a paper",
    ]


def test_a_cancelled_export_writes_nothing_and_names_no_paper_damaged(window, tmp_path):
    from exodesk.gui.operations import export_papers

    target = tmp_path / "kept.ris"
    target.write_text("the file from before", encoding="utf-8")
    result = export_papers(window.library.path, window.library.all_ids(), "ris", target,
                           progress=lambda *a: None, cancelled=lambda: True)
    assert result is None
    assert target.read_text(encoding="utf-8") == "the file from before"

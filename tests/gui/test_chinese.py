"""The Chinese interface shows the core's values and sentences in Chinese too:
designs, levels, results, suggestions, the handout's checks, the file filter.
A value or sentence the core adds without a translation fails here."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from exodesk.evidence import designs
from exodesk.gui.table import COLUMNS
from exodesk.handouts.content import Clinic, build_handout
from exodesk.handouts.relevance import judge
from exodesk.model import Author, Notes, Paper

from .conftest import paper_with_doi, shown_ids

NAZARI_DOI = "10.1093/gastro/goac075"
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.usefixtures("chinese_interface")
def test_every_value_the_notes_offer_has_a_chinese_name():
    from exodesk.gui import core_words

    unnamed = [v for v in core_words.values() if not HAN.search(core_words.value_name(v))]
    assert unnamed == []
    assert core_words.design_name(designs.single_arm_label("I")) == "第 I 期臨床試驗（單組）"


def sheet_checks(condition: str, entries) -> list[str]:
    """Every check, certainty step and reason a sheet for `condition` gives, in the core's English."""
    from exodesk.evidence import vocabulary

    handout = build_handout(condition=condition, entries=entries, clinic=Clinic())
    found = vocabulary.lookup(condition)
    reasons = [judge(p, n, found).reason for p, n in entries]
    return [*handout.warnings, *handout.certainty.reasons, *(r for r in reasons if r)]


@pytest.mark.usefixtures("chinese_interface")
def test_the_handouts_checks_certainty_and_reasons_all_read_in_chinese():
    from exodesk.gui import core_words

    def paper(n: int, title: str, abstract: str = "") -> Paper:
        from exodesk.model import Abstract

        return Paper(title=title, authors=[Author(f"Chan{n}", "Tai Man")], date="2023", journal="Skin",
                     abstracts=[Abstract("en", abstract)] if abstract else [])

    sentence = "We measured whether the scars looked better to the patients after three months of treatment."
    entries = [
        (paper(1, "Exosomes for acne scars: a randomised trial"),
         Notes(study_design="randomised controlled trial", conditions=["acne-scars"], intervention="exosomes",
               sample_size=20, outcome=sentence, suggested={"study_design": "randomised", "sample_size": "20"})),
        (paper(2, "Exosome gel in acne scars"),
         Notes(conditions=["acne-scars"], intervention="exosome gel", sample_size=12)),
        (paper(3, "Acne scars after lasers", "Acne scars treated with exosomes after laser resurfacing."),
         Notes(study_design="case series", intervention="", sample_size=8)),
        (paper(4, "Laser alone for acne scars"),
         Notes(study_design="case series", conditions=["acne-scars"], intervention="fractional laser",
               sample_size=30, direction="improved")),
        (paper(5, "Hair growth with exosomes"), Notes(study_design="case report", conditions=["alopecia"])),
    ]
    checks = sheet_checks("acne scars", entries) + sheet_checks("acne scars", [])
    assert len(checks) >= 8
    assert core_words.untranslated(checks) == []
    assert all(HAN.search(core_words.sentence(c)) for c in checks)
    # Field names read as the notes name them.
    (pending,) = [c for c in checks if "not yet confirmed" in c]
    assert core_words.sentence(pending).endswith("建議值尚未確認：研究設計、病人數目")


@pytest.mark.usefixtures("chinese_interface")
def test_filters_table_and_notes_show_designs_and_levels_in_chinese(window, qtbot):
    library = window.library
    trial = paper_with_doi(library, NAZARI_DOI)  # its notes say "phase I clinical trial (single arm)"
    other = next(i for i in shown_ids(window) if i != trial)
    library.save_notes(other, Notes(study_design="single-arm trial", evidence_level="4"))
    bar = window.filter_bar
    bar.set_facets(library.facets())  # as the worker reading them hands them over
    # One design, one name: both labels of the single-arm trial under 單組試驗.
    assert [bar.design.itemText(i) for i in range(bar.design.count())] == ["所有研究設計", "單組試驗", "敘述性綜述"]
    assert [bar.level.itemText(i) for i in range(bar.level.count())] == ["所有證據等級", "第 4 級", "未分級"]
    bar.design.setFocus()
    qtbot.keyClick(bar.design, Qt.Key.Key_Down)  # 單組試驗
    assert sorted(shown_ids(window)) == sorted([trial, other])
    column = [c[0] for c in COLUMNS].index("design")
    assert {window.model.index(r, column).data() for r in range(2)} == {"第 I 期臨床試驗（單組）", "單組試驗"}
    bar.clear()

    # The notes' lists show Chinese names and keep the core's values.
    editor = window.notes_editor
    window.select_papers([trial])
    assert editor.design.lineEdit().text() == "第 I 期臨床試驗（單組）"
    window.select_papers([other])
    assert editor.design.lineEdit().text() == "單組試驗"
    assert editor.direction.itemText(1) == "有改善"
    editor.design.setFocus()
    for key in [Qt.Key.Key_Up] * 12 + [Qt.Key.Key_Down] * 2:  # the list's top, then two down
        qtbot.keyClick(editor.design, key)
    assert editor.design.lineEdit().text() == "隨機對照試驗"
    qtbot.keyClick(editor.design, Qt.Key.Key_Tab)
    assert library.notes(other).study_design == "randomised controlled trial"


@pytest.mark.usefixtures("chinese_interface")
def test_suggestions_and_the_import_filter_read_in_chinese(window):
    window.select_papers([paper_with_doi(window.library, NAZARI_DOI)])
    support = window.notes_editor.support_labels["evidence_level"].text()
    assert support == "建議依據：「單組試驗：牛津 CEBM 2011 證據等級 4」"
    assert window.imports.import_filter().startswith("已儲存的網頁及參考文獻 (*.ris ")
    assert window.imports.import_filter().endswith(";;所有檔案 (*)")
    assert QApplication.translate("CoreWords", "not graded") == "未分級"

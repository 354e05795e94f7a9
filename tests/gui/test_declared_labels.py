"""The window's table, detail form, completion list and printed notes take
their columns and fields from the core's declarations, and every label the
core declares reads in Chinese where the window shows it."""

import importlib.resources
import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from exodesk.gui.printing import paper_html
from exodesk.library import columns
from exodesk.model import NOTE_FIELDS, PAPER_FIELDS, Notes, Paper


def test_the_table_shows_the_declared_columns_at_their_widths(window):
    headers = [window.model.headerData(i, Qt.Orientation.Horizontal) for i in range(window.model.columnCount())]
    assert headers == [c.label for c in columns.SHOWN]
    window.table.default_widths()
    assert [window.table.columnWidth(i) for i in range(len(headers))] == [c.width for c in columns.SHOWN]


def test_every_declared_label_has_a_chinese_translation_where_it_is_shown():
    # Labels declared in the core are out of lupdate's sight: the .ts file must
    # hold each one in the context that translates it.
    ts = importlib.resources.files("exodesk.resources") / "translations" / "exodesk_zh_Hant.ts"
    held = {(context.findtext("name"), message.findtext("source"))
            for context in ET.parse(str(ts)).getroot().iter("context") for message in context.iter("message")}
    shown = {
        "PaperTable": [c.label for c in columns.SHOWN],
        "DetailPane": [r.label for r in PAPER_FIELDS.values() if r.edit],
        "CompletionDialog": [r.label for r in PAPER_FIELDS.values() if r.look_up],
        "NotesEditor": [r.label for r in NOTE_FIELDS.values()],
    }
    assert [(context, label) for context, labels in shown.items() for label in labels
            if (context, label) not in held] == []


def test_a_printed_paper_shows_the_filled_notes_under_their_declared_labels(qapp):
    html = paper_html(Paper(title="T"), Notes(sample_size=12, conditions=["acne-scars"], tags=["a", "b"],
                                              direction="improved", outcome="scar depth", free_notes="kept"))
    rows = re.findall(r"<tr><td><b>(.*?)</b></td><td>(.*?)</td></tr>", html)
    assert rows == [("Patients", "12"), ("Conditions", "acne scars"),
                    ("Outcome measured", "scar depth"), ("Notes", "kept"), ("Tags", "a, b")]


def test_the_notes_editor_has_a_row_for_each_declared_field_in_order(window):
    widgets = window.notes_editor.widgets
    assert list(widgets) == list(NOTE_FIELDS)
    assert [w.objectName() for w in widgets.values()] == [f"notes_{name}" for name in NOTE_FIELDS]
    assert all(isinstance(w, QWidget) and w.isVisibleTo(window.notes_editor) for w in widgets.values())

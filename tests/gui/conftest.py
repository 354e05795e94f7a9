"""A real main window on a fresh demo library, with its own settings and state."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from exodesk.demo import create_demo_library
from exodesk.library import Library
from exodesk.library.locations import open_library
from exodesk.settings import Settings

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
# Seed 000's DOI (ground truth): its file holds an English and a Simplified Chinese abstract.
BILINGUAL_DOI = "10.3390/ijms25147794"


@pytest.fixture(autouse=True)
def own_config(tmp_path, monkeypatch):
    monkeypatch.setenv("EXODESK_CONFIG", str(tmp_path / "config"))


@pytest.fixture
def demo_path(tmp_path):
    return create_demo_library(tmp_path)


@pytest.fixture
def open_window(qtbot, tmp_path):
    """Opens a window on a library's path or server address; the same state file each time, as a restart would."""
    from exodesk.gui.main_window import MainWindow

    windows = []

    def open_(path):
        state = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
        window = MainWindow(open_library(path), settings=Settings(), state=state)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(10)  # the first event-loop turn: facets, first row selected
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.library.close()


@pytest.fixture
def window(open_window, demo_path):
    return open_window(demo_path)


def paper_with_doi(library, doi):
    (paper_id,) = [r[0] for r in library.db.execute("SELECT id FROM papers WHERE doi = ?", [doi])]
    return paper_id


def shown_ids(window):
    return [window.model.paper_id(row) for row in range(window.model.rowCount())]


@pytest.fixture
def open_dialog_on_demo(qtbot, demo_path):
    """Opens the Handout dialog on the demo library, waiting for its first preview."""
    from exodesk.gui.handout_dialog import HandoutDialog

    libraries = []

    def open_(condition=None):
        library = Library(demo_path)
        libraries.append(library)
        dialog = HandoutDialog(library, Settings(), condition_id=condition)
        qtbot.addWidget(dialog)
        dialog.show()
        if condition:
            with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
                pass
        return dialog

    yield open_
    for library in libraries:
        library.close()


@pytest.fixture
def chinese_interface(qapp):
    """The Traditional Chinese translation installed, as a Chinese-language start does."""
    import importlib.resources

    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(importlib.resources.files("exodesk.resources") / "translations" / "exodesk_zh_Hant.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def as_read(text: str) -> str:
    """What a person reads of a label's or tooltip's text, as Qt draws it:
    rich text when Qt guesses it is, otherwise the text as it is."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    if not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()

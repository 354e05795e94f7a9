"""Starting the app: arguments, the interface language, the compiled translation."""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from exodesk.gui import app as app_module
from exodesk.gui.tasks import Job
from exodesk.settings import Settings


def test_arguments_give_demo_library_and_files():
    args = app_module.parse_arguments(["--library", "lib.sqlite", "a.ris", "b.html", "-platform", "offscreen"])
    assert (args.demo, str(args.library), args.files) == (False, "lib.sqlite", ["a.ris", "b.html"])


def test_the_language_preference_wins_over_the_system(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    settings.update(language="zh_Hant")
    assert app_module.interface_language(settings) == "zh_Hant"
    settings.update(language="en")
    assert app_module.interface_language(settings) == "en"


def test_the_traditional_chinese_translation_is_compiled_and_complete(qapp):
    translator = QTranslator()
    import importlib.resources

    qm = importlib.resources.files("exodesk.resources") / "translations" / "exodesk_zh_Hant.qm"
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Actions", "&File") == "檔案(&F)"
        assert QCoreApplication.translate("DetailPane", "Show Simplified Chinese in Traditional characters (Hong Kong)") \
            == "以繁體字（香港）顯示簡體中文"
        assert QCoreApplication.translate("PaperTable", "Evidence level") == "證據等級"
    finally:
        QApplication.removeTranslator(translator)


def test_open_window_starts_on_the_given_library_and_imports_files(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from .conftest import SEEDS

    state = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    _app, window, code = app_module.open_window(["--library", str(tmp_path / "new.sqlite"), str(SEEDS[0])], state=state)
    qtbot.addWidget(window)
    assert code == 0
    qtbot.waitUntil(lambda: window.imports.report is not None, timeout=20000)
    assert window.imports.report.summary.text() == "Files: 1 — 1 imported with gaps"
    window.close()
    window.library.close()


def test_every_interface_text_has_a_traditional_chinese_translation():
    import importlib.resources
    import xml.etree.ElementTree as ET

    ts = importlib.resources.files("exodesk.resources") / "translations" / "exodesk_zh_Hant.ts"
    messages = list(ET.parse(str(ts)).getroot().iter("message"))
    untranslated = [m.find("source").text for m in messages
                    if m.find("translation").get("type") == "unfinished"
                    or not "".join(m.find("translation").itertext()).strip()]
    assert (len(messages) > 100, untranslated) == (True, [])


def test_the_days_backup_is_made_off_the_main_thread_once_the_window_is_shown(qtbot, tmp_path, monkeypatch):
    # At 100,000 papers the check and the copy take seconds: opening must not wait for them.
    import threading

    from PySide6.QtCore import QSettings

    from exodesk.demo import create_demo_library
    from exodesk.library import backup

    path = create_demo_library(tmp_path)
    made_on = []
    make_backup = backup.make_backup

    def recording(connection, library_path, **kwargs):
        made_on.append(threading.current_thread() is threading.main_thread())
        return make_backup(connection, library_path, **kwargs)

    monkeypatch.setattr(backup, "make_backup", recording)
    state = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    _app, window, _code = app_module.open_window(["--library", str(path)], state=state)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(made_on), timeout=20000)
    window.jobs.task(Job.BACKUP).wait()
    assert made_on == [False]
    assert len(backup.list_backups(path)) == 1
    window.close()
    window.library.close()


def test_damage_found_by_the_days_check_is_shown_with_the_way_back(qtbot, window, monkeypatch):
    from exodesk.gui import operations
    from exodesk.gui import shown as shown_module

    shown = []
    monkeypatch.setattr(operations, "daily_backup", lambda path, **kwargs: operations.BackupOutcome(
        [], "The library at x is damaged (database disk image is malformed)."))
    monkeypatch.setattr(shown_module, "show_message", lambda parent, icon, title, text: shown.append(text))
    window.backups.start_daily()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "damaged" in shown[0] and "Restore from Backup" in shown[0]


@pytest.mark.parametrize(("kind", "offered"), [("read-only", False), ("disk full", False), ("damaged", True)])
def test_only_a_damaged_library_is_offered_a_restore_on_open(qtbot, tmp_path, monkeypatch, kind, offered):
    from exodesk.gui import operations as operations_module
    from exodesk.gui import shown as shown_module
    from exodesk.library import LibraryError

    def refuse(*args, **kwargs):
        raise LibraryError(f"The library cannot be opened ({kind})", kind=kind)

    restores, shown = [], []
    monkeypatch.setattr(operations_module, "open_library", refuse)
    monkeypatch.setattr(app_module, "_offer_restore", lambda path, reason: restores.append(reason))
    monkeypatch.setattr(shown_module, "show_message", lambda parent, icon, title, text: shown.append(text))
    state = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    _app, window, code = app_module.open_window(["--library", str(tmp_path / "library.sqlite")], state=state)
    assert (window, code) == (None, 2)
    assert (len(restores), len(shown)) == ((1, 0) if offered else (0, 1))

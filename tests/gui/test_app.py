"""Starting the app: arguments, the interface language, the compiled translation."""

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from exodesk.gui import app as app_module
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
        assert QCoreApplication.translate("MainWindow", "&File") == "檔案(&F)"
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
    qtbot.waitUntil(lambda: window.report is not None, timeout=20000)
    assert window.report.summary.text() == "Files: 1 — 1 imported"
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

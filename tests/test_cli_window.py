"""How the command line hands over to the window: --version, --quit-after."""

import sys

import pytest

from exodesk import cli, logs, smoke


def test_version_is_answered_without_opening_a_window(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"ExoDesk {cli.__version__}\n"


def test_quit_after_is_taken_out_of_the_window_arguments(monkeypatch, tmp_path):
    monkeypatch.delenv(smoke.QUIT_AFTER_ENV, raising=False)
    calls = []
    fake_app = type(sys)("exodesk.gui.app")
    fake_app.run = lambda argv: calls.append((argv, smoke.quit_after_ms())) or 0
    monkeypatch.setitem(sys.modules, "exodesk.gui.app", fake_app)
    monkeypatch.setattr(logs, "install_crash_handler", lambda show=None: None)
    page = tmp_path / "a.ris"
    page.write_text("TY  - JOUR\nER  - \n", encoding="utf-8")
    assert cli.main(["--demo", "--quit-after", "1500", str(page)]) == 0
    assert cli.main(["--quit-after=0", "--demo"]) == 0
    assert calls == [(["--demo", str(page)], 1500), (["--demo"], 0)]


def test_quit_after_must_be_a_number(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--demo", "--quit-after", "soon"])
    assert stop.value.code == 2 and "--quit-after" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["", "soon"])
def test_no_usable_delay_means_the_window_stays_open(monkeypatch, value):
    monkeypatch.setenv(smoke.QUIT_AFTER_ENV, value)
    assert smoke.quit_after_ms() is None


def test_the_window_gets_its_arguments_and_the_delay(monkeypatch, tmp_path):
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path))
    monkeypatch.delenv(smoke.QUIT_AFTER_ENV, raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    calls = []
    fake_app = type(sys)("exodesk.gui.app")
    fake_app.run = lambda argv: calls.append((argv, smoke.quit_after_ms())) or 0
    monkeypatch.setitem(sys.modules, "exodesk.gui.app", fake_app)
    handlers = list(logs.log.handlers)
    try:
        assert cli.main(["--demo", "--quit-after", "800"]) == 0
    finally:
        for handler in logs.log.handlers[len(handlers):]:
            handler.close()
        logs.log.handlers[:] = handlers
    assert calls == [(["--demo"], 800)]
    assert (tmp_path / "exodesk.log").exists()

"""The command line as a person meets it: every option does its job, and every
mistake is one plain line and an exit status, never a traceback or a window."""

import dataclasses
import sys
from pathlib import Path

import pytest

from exodesk import cli
from exodesk.export.cite import format_references
from exodesk.formats import CITATION_STYLES, EXPORT_FORMATS
from exodesk.library import Library

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def windows(monkeypatch):
    """The window's arguments each time the command line would open it (no real window)."""
    opened = []
    fake_app = type(sys)("exodesk.gui.app")
    fake_app.run = lambda argv: opened.append(argv) or 0
    monkeypatch.setitem(sys.modules, "exodesk.gui.app", fake_app)
    monkeypatch.setattr("exodesk.logs.install_crash_handler", lambda show=None: None)
    return opened


@pytest.fixture
def library_path(tmp_path, capsys):
    path = tmp_path / "library.sqlite"
    assert cli.main(["--library", str(path), "--create", "import", *map(str, SEEDS)]) == 0
    capsys.readouterr()
    return path


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


# -- what opens the window, and what does not --------------------------------

def test_a_mistyped_command_is_an_error_with_a_hint_not_a_window(windows, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "lst") == (2, "", "exodesk: unknown command 'lst': did you mean list? "
                                         "(exodesk --help lists the commands)\n")
    assert run(capsys, "frobnicate")[0] == 2
    assert windows == []


def test_a_missing_file_is_an_error_not_a_window(windows, capsys, tmp_path):
    missing = tmp_path / "saved-page.html"
    assert run(capsys, SEEDS[0], missing) == (2, "", f"exodesk: no such file or folder: {missing}\n")
    assert windows == []


def test_files_that_exist_open_the_window_on_the_library_given(windows, capsys, library_path):
    assert run(capsys, "--library", library_path, SEEDS[0])[0] == 0
    assert run(capsys)[0] == 0
    assert windows == [["--library", str(library_path), str(SEEDS[0])], []]


def test_after_a_double_dash_a_file_may_have_a_commands_name(windows, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list").write_bytes(SEEDS[4].read_bytes())
    assert run(capsys, "--", "list")[0] == 0
    assert windows == [["list"]]


def test_without_a_display_the_window_explains_in_one_line_before_qt_starts(windows, capsys, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli.sys, "platform", "linux")
    code, out, err = run(capsys)
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert "no display" in err and "DISPLAY" in err and "xvfb" in err
    assert windows == []


def test_a_system_library_missing_for_the_x11_window_is_named_before_qt_starts(windows, capsys, monkeypatch):
    import ctypes

    monkeypatch.setenv("DISPLAY", ":0")
    for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli.sys, "platform", "linux")
    loaded = []

    def cdll(path):
        loaded.append(Path(path).name)
        raise OSError("libxcb-cursor.so.0: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(ctypes, "CDLL", cdll)
    assert run(capsys) == (2, "", "exodesk: the window cannot start: the system library libxcb-cursor.so.0 is "
                                  "missing; install it (on Debian or Ubuntu: apt install libxcb-cursor0)\n")
    assert loaded == ["libQt6XcbQpa.so.6"] and windows == []


def test_a_missing_qt_system_library_is_named_with_what_to_install():
    error = "libglib-2.0.so.0: cannot open shared object file: No such file or directory"
    assert cli._missing_library(error) == (
        "the system library libglib-2.0.so.0 is missing; install it (on Debian or Ubuntu: apt install libglib2.0-0)")
    assert cli._missing_library("No module named 'PySide6'") == "No module named 'PySide6'"


def test_help_lists_every_mode_command_and_option(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--help"])
    assert stop.value.code == 0
    text = capsys.readouterr().out
    for word in ("--demo", "--quit-after MS", "exodesk FILE...", "--library FILE", "--create", "--version", *cli.COMMANDS):
        assert word in text, word


def test_window_options_do_not_go_with_a_command(capsys, library_path):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--library", str(library_path), "--demo", "list"])
    assert stop.value.code == 2
    assert "--demo and --quit-after are for the window" in capsys.readouterr().err


# -- which library -------------------------------------------------------------

def test_a_library_path_that_does_not_exist_is_refused_unless_create_is_given(windows, capsys, tmp_path):
    typo = tmp_path / "Libary" / "library.sqlite"
    for argv in (["list"], ["import", SEEDS[0]], []):
        code, _out, err = run(capsys, "--library", typo, *argv)
        assert code == 2
        assert err == f"exodesk: there is no library at {typo}; check the path, or add --create to make a new one there\n"
    assert not typo.parent.exists() and windows == []
    assert run(capsys, "--library", typo, "--create", "list") == (0, "", f"exodesk: made a new library at {typo}\n")
    assert run(capsys, "--library", typo, "list") == (0, "", "")
    fresh = tmp_path / "for-the-window.sqlite"
    assert run(capsys, "--library", fresh, "--create")[2] == f"exodesk: made a new library at {fresh}\n"
    assert fresh.exists() and windows == [["--library", str(fresh)]]


def test_the_default_library_is_made_the_first_time_and_says_where(capsys, tmp_path, monkeypatch):
    path = tmp_path / "data" / "library.sqlite"
    monkeypatch.setenv("EXODESK_LIBRARY", str(path))
    assert run(capsys, "list") == (0, "", f"exodesk: made a new library at {path}\n")
    assert run(capsys, "list") == (0, "", "")


def test_a_folder_given_as_the_library_is_refused(capsys, tmp_path):
    code, _out, err = run(capsys, "--library", tmp_path, "list")
    assert code == 2 and "is a folder; --library takes the library's file" in err


def test_a_daily_backup_that_fails_is_reported(capsys, library_path, monkeypatch):
    from exodesk.library import backup

    def full_disk(db, path):
        raise backup.BackupError("the backup could not be written: the disk is full")

    monkeypatch.setattr(backup, "make_backup", full_disk)
    monkeypatch.setattr(backup, "backup_due", lambda path: True)
    code, out, err = run(capsys, "--library", library_path, "list")
    assert code == 0 and len(out.splitlines()) == 5
    assert err == "exodesk: warning: No backup was made today: the backup could not be written: the disk is full\n"


# -- import -------------------------------------------------------------------

def test_import_lines_say_what_each_file_lacks_and_a_gap_is_no_failure(capsys, tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    code, out, err = run(capsys, "--library", path, "--create", "import", "--no-suggest", SEEDS[0], SEEDS[1])
    assert code == 0
    assert out.splitlines() == [f"{SEEDS[0]}: imported with gaps (#1): missing: title, authors",
                                f"{SEEDS[1]}: imported (#2)"]
    assert err.splitlines()[-1] == "-- 2 files: 1 imported with gaps, 1 imported"
    with Library(path) as library:
        assert library.notes(1).suggested == {}  # --no-suggest


def test_imported_with_gaps_is_amber_only_in_a_terminal(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(cli.sys.stdout, "isatty", lambda: True, raising=False)
    out = run(capsys, "--library", tmp_path / "a.sqlite", "--create", "import", SEEDS[0], SEEDS[1])[1]
    assert out.splitlines() == [f"\033[33m{SEEDS[0]}: imported with gaps (#1): missing: title, authors\033[0m",
                                f"{SEEDS[1]}: imported (#2)"]
    monkeypatch.setenv("NO_COLOR", "1")
    out = run(capsys, "--library", tmp_path / "b.sqlite", "--create", "import", SEEDS[0])[1]
    assert "\033" not in out


def test_import_of_a_missing_file_names_it_and_imports_the_rest(capsys, tmp_path):
    missing = tmp_path / "gone.ris"
    code, out, _err = run(capsys, "--library", tmp_path / "l.sqlite", "--create", "import", missing, SEEDS[4])
    assert code == 1
    assert out.splitlines() == [f"{missing}: refused: no such file or folder", f"{SEEDS[4]}: imported (#1)"]


def test_an_unexpected_error_is_one_line_naming_the_log(capsys, library_path, monkeypatch):
    def broken(library, args):
        raise RuntimeError("a bug")

    monkeypatch.setitem(cli.COMMANDS, "list", dataclasses.replace(cli.COMMANDS["list"], run=broken))
    code, _out, err = run(capsys, "--library", library_path, "list")
    assert code == 1 and len(err.splitlines()) == 1
    assert err.startswith("exodesk: list failed (RuntimeError: a bug); the details are in ")


# -- show, export, cite, handout ----------------------------------------------

def test_show_prints_a_paper_and_refuses_an_unknown_number(capsys, library_path):
    code, out, _err = run(capsys, "--library", library_path, "show", 1)
    assert code == 0 and out.splitlines()[:1] == ["(no title)"] and "missing: title, authors" in out
    assert run(capsys, "--library", library_path, "show", 99) == (1, "", "exodesk: no paper 99\n")


# How a file of each declared export format starts.
STARTS = {"ris": "TY  - ", "bibtex": "@", "csl-json": "[", "csv": "\ufefftitle,"}


def test_every_declared_export_format_is_tried_below_and_named_in_the_help(capsys):
    assert list(STARTS) == list(EXPORT_FORMATS)
    with pytest.raises(SystemExit):
        cli.main(["export", "--help"])
    assert "--format FORMAT ris, bibtex, csl-json or csv" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(("fmt", "start"), STARTS.items())
def test_export_writes_each_format_to_a_file_whole(capsys, library_path, tmp_path, fmt, start):
    out_file = tmp_path / f"papers.{fmt}"
    code, _out, err = run(capsys, "--library", library_path, "export", "--format", fmt, "-o", out_file)
    assert (code, err) == (0, f"5 papers written to {out_file}\n")
    assert out_file.read_text(encoding="utf-8").startswith(start)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no partial file left


def test_export_chooses_papers_by_search_or_by_number(capsys, library_path):
    ids = run(capsys, "--library", library_path, "export", "--format", "csl-json", "--ids", "2,4")[1]
    assert ids.count('"id"') == 2
    found = run(capsys, "--library", library_path, "export", "--format", "ris", "--query", "perianal fistula")[1]
    assert found.count("TY  - ") == 1 and "Nazari" in found


def test_export_mistakes_are_one_line_each(capsys, library_path, tmp_path):
    base = ["--library", library_path, "export"]
    assert run(capsys, *base, "--format", "docx") == (
        2, "", "exodesk: unknown format 'docx'; choose from ris, bibtex, csl-json, csv\n")
    target = tmp_path / "no such folder" / "papers.ris"
    assert run(capsys, *base, "--format", "ris", "-o", target) == (
        1, "", f"exodesk: {target} could not be written: its folder {target.parent} does not exist\n")
    assert run(capsys, *base, "--format", "ris", "--ids", "2,77") == (
        1, "", "exodesk: no paper 77 (exodesk list shows the numbers)\n")
    with pytest.raises(SystemExit) as stop:
        cli.main([str(a) for a in base] + ["--format", "ris", "--ids", "two"])
    assert stop.value.code == 2
    assert "'two' is not a list of paper numbers such as 1,2,5" in capsys.readouterr().err


def test_list_finds_papers_by_search(capsys, library_path):
    out = run(capsys, "--library", library_path, "list", "perianal", "fistula")[1]
    assert len(out.splitlines()) == 1 and "Nazari" in out


@pytest.mark.parametrize("style", CITATION_STYLES)
def test_cite_prints_each_declared_style_as_the_formatter_does(capsys, library_path, style):
    code, out, err = run(capsys, "--library", library_path, "cite", 1, 2, 3, 4, 5, "--style", style)
    with Library(library_path) as library:
        expected = format_references([library.get(i) for i in range(1, 6)], style)
    assert (code, out, err) == (0, "".join(f"{line}\n" for line in expected), "")
    # Seed 001 (paper 2) names only its first author: the styles that say so write "et al.".
    assert ("et al." in out.splitlines()[1]) == CITATION_STYLES[style].et_al


def test_cite_offers_the_declared_styles_and_the_clinics_by_default(capsys, library_path):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--library", str(library_path), "cite", "1", "--style", "no-such-style"])
    assert stop.value.code == 2
    declared = ", ".join(map(repr, CITATION_STYLES))
    assert f"invalid choice: 'no-such-style' (choose from {declared})" in capsys.readouterr().err
    assert run(capsys, "--library", library_path, "cite", 2)[1] == run(
        capsys, "--library", library_path, "cite", 2, "--style", "vancouver")[1]


def test_cite_refuses_an_unknown_number(capsys, library_path):
    assert run(capsys, "--library", library_path, "cite", 1, 42, "--style", "apa") == (1, "", "exodesk: no paper 42\n")


def test_handout_on_letter_paper_for_chosen_papers_and_its_mistakes(capsys, library_path, tmp_path):
    from pypdf import PdfReader

    pdf = tmp_path / "sheet.pdf"
    code, _out, err = run(capsys, "--library", library_path, "handout", "perianal fistula", "--paper", "letter",
                          "--ids", "5", "--lang", "zh-Hant", "-o", pdf)
    assert code == 0 and "1 of 1 papers on topic" in err
    # The checks name the notes' fields as the window does, never by their stored names.
    assert "suggested, not yet confirmed: Study design, Evidence level, Patients" in err
    assert "study_design" not in err
    width, height = PdfReader(pdf).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)
    assert run(capsys, "--library", library_path, "handout", "perianal fistula", "--ids", "5,60", "-o", pdf) == (
        1, "", "exodesk: no paper 60 (exodesk list shows the numbers)\n")
    target = tmp_path / "missing" / "sheet.pdf"
    assert run(capsys, "--library", library_path, "handout", "perianal fistula", "-o", target)[0:2] == (1, "")
    assert not target.parent.exists()

"""The command as a new process, as a person starts it from a terminal."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def exodesk(*argv, env=None, cwd=None):
    environment = {**os.environ, **(env or {})}
    for name, value in (env or {}).items():
        if value is None:
            environment.pop(name)
    # A hang guard only: each of these takes a second or two.
    return subprocess.run([sys.executable, "-m", "exodesk", *map(str, argv)], check=False, capture_output=True,
                          text=True, env=environment, cwd=cwd, timeout=120)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a display is always there on Windows and macOS")
def test_without_a_display_plain_exodesk_says_what_is_missing_and_exits(tmp_path):
    done = exodesk(env={"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None,
                        "EXODESK_LIBRARY": str(tmp_path / "library.sqlite")})
    assert done.returncode == 2
    assert done.stdout == "" and len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith("exodesk: no display to open the window on")


def test_a_mistyped_command_exits_with_a_hint(tmp_path):
    done = exodesk("lst", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "exodesk: unknown command 'lst': did you mean list? (exodesk --help lists the commands)\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_import_of_a_folder_with_a_pipe_and_a_newline_in_a_name_ends_and_reports_each(tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    os.mkfifo(folder / "a-pipe")
    (folder / "b.txt\nc.txt: imported (#7)").write_bytes(SEEDS[4].read_bytes())
    done = exodesk("--library", tmp_path / "library.sqlite", "--create", "import", folder)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        f"{folder}/a-pipe: refused: skipped: a named pipe (FIFO), not a file; it was not opened",
        f"{folder}/b.txt\\nc.txt: imported (#7): imported (#1)",
    ]
    assert "Traceback" not in done.stderr


def test_many_files_read_by_forked_workers_give_what_one_process_gives(tmp_path, monkeypatch):
    from exodesk.library import Library, import_paths, parallel

    folder = tmp_path / "pages"
    folder.mkdir()
    for number in range(parallel.MANY_FILES + 20):  # enough for workers to read them ahead
        seed = SEEDS[number % len(SEEDS)]
        text = seed.read_text(encoding="utf-8").replace("10.", f"10.{number}", 1)
        (folder / f"{number:03d}-{seed.name}").write_text(text, encoding="utf-8")
    done = exodesk("--library", tmp_path / "by-command.sqlite", "--create", "import", "--no-suggest", folder)
    assert done.returncode == 0, done.stderr
    monkeypatch.setattr(parallel, "MANY_FILES", 10**9)
    with Library(tmp_path / "here.sqlite", backup=False) as library:
        here = [result.line() for result in import_paths(library, [folder])]
    assert done.stdout.splitlines() == here


def test_a_command_ends_at_once_yet_says_everything_and_runs_the_exit_handlers(tmp_path):
    """entry() ends a command's process without Python's slow clean-up: what
    it printed into a pipe (block-buffered) still arrives, whole and in order,
    and the exit handlers (the log's among them) still run."""
    library = tmp_path / "library.sqlite"
    code = ("import atexit, sys; atexit.register(lambda: print('exit handlers ran', file=sys.stderr)); "
            "from exodesk.cli import entry; sys.argv[0] = 'exodesk'; entry()")
    done = subprocess.run([sys.executable, "-c", code, "--library", str(library), "--create", "import",
                           *map(str, SEEDS)], check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert [line.split(": ")[0] for line in done.stdout.splitlines()] == list(map(str, SEEDS))
    assert done.stderr.splitlines()[-1] == "exit handlers ran"
    listed = exodesk("--library", library, "list")
    assert (listed.returncode, len(listed.stdout.splitlines())) == (0, len(SEEDS))


def test_a_command_that_fails_ends_with_its_status(tmp_path):
    done = exodesk("--library", tmp_path / "library.sqlite", "--create", "show", "99")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.splitlines()[-1] == "exodesk: no paper 99"


def test_output_into_a_reader_that_stops_early_ends_quietly(tmp_path):
    """`exodesk export … | head -1`: once the reader has gone, the command ends
    without a word, as Unix tools do (it said "exodesk: Broken pipe")."""
    library = tmp_path / "library.sqlite"
    assert exodesk("--library", library, "--create", "import", *SEEDS).returncode == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line is written
    with os.fdopen(write_end, "wb") as closed_pipe:
        done = subprocess.run([sys.executable, "-m", "exodesk", "--library", str(library), "export", "--format", "ris"],
                              check=False, stdout=closed_pipe, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.stderr == ""
    assert done.returncode == 1  # not all of it was written

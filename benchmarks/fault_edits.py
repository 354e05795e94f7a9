"""Window edits under faults: a locked library, and kill -9 soon after typing.

    python benchmarks/fault_edits.py [--rounds 50] [--seed 1] [--only locked|full|kill]

locked: one window on a demo library. In each round another connection holds the
library's write lock while keys are typed into a notes field or a detail-pane field
(alternately); the edit must stay in its editor, be kept in the journal beside the
library, and be saved once the lock ends (after 0.2-2 s more), by the window's own
retry. full (root only: it mounts a 16 MB tmpfs): the same with the disk filled to
the last byte instead of the lock, so that neither the library nor the journal can be
written; the edit must stay in the window and be saved once space is freed. kill: in each round a window process types a line into a notes field or the
Title field and is killed (SIGKILL) 1.0-3.0 s after the last key; what was typed
must then be in the library or in its journal. After every round SQLite's integrity
check must pass. Prints the rounds, the edits lost, and how long the window took to
save a kept edit after the lock ended.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# PySide6 6.12 on Python 3.11 (where None is not yet immortal) drops a reference to None
# in many calls; this loop calls processEvents thousands of times, and without spare
# references the interpreter aborts ("deallocating None") long before the rounds end.
_SPARE_NONE_REFERENCES = [None] * 5_000_000

_WINDOW = """
import sys
sys.path.insert(0, sys.argv[6])
from fault_edits import typing_at_the_end
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from exodesk.gui.app import Application
from exodesk.gui.main_window import MainWindow
from exodesk.library import Library
from exodesk.settings import Settings

app = Application([])
path, folder, field, text = sys.argv[1:5]
window = MainWindow(Library(path, backup=False), settings=Settings(),
                    state=QSettings(folder + "/state.ini", QSettings.Format.IniFormat))
window.show()
app.processEvents()
window.select_papers([int(sys.argv[5])])
QTest.keyClicks(typing_at_the_end(window, field), text)
print("typed", flush=True)
app.exec()
"""


def typing_at_the_end(window, field: str):
    """The notes' free text or the Title field, focused, its cursor after the text."""
    widget = window.notes_editor.free_notes if field == "notes" else window.detail.editors["title"]
    widget.setFocus()
    if field == "notes":
        widget.moveCursor(widget.textCursor().MoveOperation.End)
    else:
        widget.end(False)
    return widget


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as db:
        result = db.execute("PRAGMA integrity_check").fetchone()[0]
    db.close()
    return result


def read(path: Path, paper_id: int, field: str):
    """The value the library holds, read without writing anything (the disk may be full)."""
    import json

    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if field == "notes":
            row = db.execute("SELECT data FROM notes WHERE paper_id = ?", [paper_id]).fetchone()
            return json.loads(row[0]).get("free_notes", "") if row else ""
        return json.loads(db.execute("SELECT data FROM papers WHERE id = ?", [paper_id]).fetchone()[0]).get("title")
    finally:
        db.close()


def stored(path: Path, paper_id: int, field: str):
    """The value the library holds (read by a connection of its own), or the journal's."""
    from exodesk.library import Library
    from exodesk.library.journal import NOTES, PAPER, Journal

    with Library(path, backup=False) as library:
        value = library.notes(paper_id).free_notes if field == "notes" else library.get(paper_id).title
    kept = Journal(path).pending(NOTES if field == "notes" else PAPER, paper_id)
    name = "free_notes" if field == "notes" else "title"
    return value, (kept.fields.get(name) if kept else None)


def wait(app, condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return condition()


class Lock:
    """Another connection holding the library's write lock."""

    def __init__(self, path: Path):
        self.other = sqlite3.connect(path, isolation_level=None)
        self.other.execute("BEGIN IMMEDIATE")

    def end(self) -> None:
        self.other.rollback()
        self.other.close()


class FullDisk:
    """The library's file system filled to the last byte."""

    def __init__(self, path: Path):
        self.filler = path.parent / "filler"
        with open(self.filler, "ab", buffering=0) as out:
            for size in (65536, 1):  # then the last few bytes
                try:
                    while True:
                        out.write(b"\0" * size)
                except OSError:
                    pass

    def end(self) -> None:
        self.filler.unlink()


def fault_rounds(rounds: int, rng: random.Random, folder: Path, fault) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from exodesk.demo import create_demo_library
    from exodesk.gui.app import Application
    from exodesk.gui.main_window import MainWindow
    from exodesk.library import Library
    from exodesk.library.journal import journal_path
    from exodesk.settings import Settings

    app = Application.instance() or Application([])
    path = create_demo_library(folder)
    window = MainWindow(Library(path, backup=False), settings=Settings(),
                        state=QSettings(str(folder / "state.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    ids = window.library.all_ids()
    lost, not_kept, on_disk, got_through, saved_after, bad = 0, 0, 0, 0, [], 0
    for number in range(rounds):
        paper_id = rng.choice(ids)
        field = ("notes", "title")[number % 2]
        window.select_papers([paper_id])
        app.processEvents()
        widget = typing_at_the_end(window, field)
        before = widget.toPlainText() if field == "notes" else widget.text()
        cause = fault(path)
        text = f" round {number} {rng.randrange(10**6)}"
        QTest.keyClicks(widget, text)
        expected = (before + text).strip()
        # A save may still get through: SQLite writes into the pages its WAL file already has.
        kept = wait(app, lambda: bool(window.unsaved.journal.entries) or read(path, paper_id, field) == expected, 10)  # noqa: B023 - wait() calls it within this round
        shown = widget.toPlainText() if field == "notes" else widget.text()
        not_kept += not kept or shown.strip() != expected
        got_through += not window.unsaved.journal.entries
        on_disk += journal_path(path).exists()
        wait(app, lambda: False, rng.uniform(0.2, 2.0))
        cause.end()
        ended = time.monotonic()
        done = wait(app, lambda: stored(path, paper_id, field)[0] == expected, 20)  # noqa: B023 - wait() calls it within this round
        saved_after.append(time.monotonic() - ended)
        lost += not done
        bad += integrity(path) != "ok"
        window.search_box.setFocus()
        app.processEvents()
    window.close()
    window.library.close()
    return {"rounds": rounds, "lost": lost, "neither saved nor kept": not_kept, "saved all the same": got_through,
            "journal on disk": on_disk,
            "integrity failures": bad,
            "saved after the fault ended (median, max s)": (round(statistics.median(saved_after), 2),
                                                            round(max(saved_after), 2))}


def full_disk_rounds(rounds: int, rng: random.Random, folder: Path):
    """fault_rounds on a small file system of its own (mounting one needs root)."""
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode:
        return f"not run: {mounted.stderr.strip() or 'mount failed'}"
    try:
        return fault_rounds(rounds, rng, folder, FullDisk)
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def kill_rounds(rounds: int, rng: random.Random, folder: Path) -> dict:
    from exodesk.demo import create_demo_library
    from exodesk.library import Library

    path = create_demo_library(folder)
    with Library(path, backup=False) as library:
        ids = library.all_ids()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXODESK_CONFIG": str(folder / "config")}
    lost, bad, lost_at = 0, 0, []
    for number in range(rounds):
        paper_id = rng.choice(ids)
        field = ("notes", "title")[number % 2]
        before = stored(path, paper_id, field)[0] or ""
        text = f" kill {number} {rng.randrange(10**6)}"
        child = subprocess.Popen([sys.executable, "-c", _WINDOW, str(path), str(folder), field, text, str(paper_id),
                                  str(Path(__file__).parent)],
                                 env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert child.stdout.readline().strip() == "typed"
        delay = rng.uniform(1.0, 3.0)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        value, kept = stored(path, paper_id, field)
        expected = (before + text).strip()
        if expected not in (value, kept):
            lost += 1
            lost_at.append(round(delay, 2))
        bad += integrity(path) != "ok"
    return {"rounds": rounds, "lost": lost, "lost at (s after the last key)": lost_at, "integrity failures": bad}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=("locked", "full", "kill"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["EXODESK_CONFIG"] = str(Path(folder) / "config")
        for name in ("locked", "full", "kill"):
            (Path(folder) / name).mkdir()
        started = time.monotonic()
        if args.only in (None, "locked"):
            print("locked database during window edits:",
                  fault_rounds(args.rounds, rng, Path(folder) / "locked", Lock))
        if args.only in (None, "full"):
            print("full disk during window edits:", full_disk_rounds(args.rounds, rng, Path(folder) / "full"))
        if args.only in (None, "kill"):
            print("kill -9 1-3 s after typing:", kill_rounds(args.rounds, rng, Path(folder) / "kill"))
        print(f"took {time.monotonic() - started:.0f} s", flush=True)
    # At exit the spare references would go before PySide's last calls: leave without that.
    os._exit(0)


if __name__ == "__main__":
    main()

"""Import a 10,000-record bibliography file in the real window (offscreen).

    python benchmarks/bench_gui_import.py [FILE ...]

Without FILE, the MEDLINE and BibTeX files of bench_formats.py (written to
benchmarks/out/ first if missing). For each file, a fresh window on a new demo
library imports it as a drop does (worker thread, notes suggested), and the
script prints the time from the import's start to its results reaching the
window, and from there to the window showing them: the new papers selected
and counted, the import report open.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from offscreen import child_or_main, run_child  # noqa: E402

FILES = [HERE / "out" / "bench.nbib", HERE / "out" / "bench.bib"]


def child(file: str, folder: str) -> None:
    """Runs in a fresh process; prints the figures as JSON."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from exodesk.demo import create_demo_library
    from exodesk.gui.main_window import MainWindow
    from exodesk.library import Library
    from exodesk.settings import Settings

    app = QApplication([])
    state = QSettings(str(Path(folder) / "state.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Library(create_demo_library(Path(folder))), settings=Settings(), state=state)
    window.resize(1366, 768)
    window.show()
    marks: dict[str, float] = {}
    import_done = window.imports._done

    def done(results: list) -> None:
        marks["results"] = time.perf_counter()
        import_done(results)
        window.table.viewport().repaint()
        marks["shown"] = time.perf_counter()
        print(json.dumps({"import": marks["results"] - marks["start"], "show": marks["shown"] - marks["results"],
                          "selected": len(window.selected_ids()), "report": window.imports.report.text().splitlines()[1]}))
        app.quit()

    window.imports._done = done

    def start() -> None:
        marks["start"] = time.perf_counter()
        window.imports.start([Path(file)])

    QTimer.singleShot(200, start)
    app.exec()
    window.library.close()


def main() -> None:
    files = [Path(f) for f in sys.argv[1:]] or FILES
    if not all(f.exists() for f in files):
        subprocess.run([sys.executable, str(HERE / "bench_formats.py"), "--repeat", "1"], check=True,
                       capture_output=True)
    for file in files:
        result = run_child(__file__, str(file))
        print(f"{file.name}: import {result['import']:.2f} s, results shown in {result['show'] * 1000:.0f} ms; "
              f"{result['selected']:,} papers selected; {result['report'].split(': ', 1)[1]}")


if __name__ == "__main__":
    child_or_main(child, main)

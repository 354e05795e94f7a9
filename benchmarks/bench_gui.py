"""Open a 100,000-paper library in the real window (offscreen) and print how fast it is.

    python benchmarks/bench_gui.py --library FILE [--papers N]
    python benchmarks/bench_gui.py --hostile

Prints: process start to window shown, to first rows painted, the time to
apply a search (typed query to repainted table), to sort by year, to scroll
to the end of the table and back, and to filter by a condition (chosen in
the filter bar, whose lists a worker fills) and clear the filter again.
The library is generated first (generate_library.py) when FILE does not exist.

With --hostile: a small library holding a paper with a 10 MB DOI, one with a
million authors and one whose title is nested tables, styles and a link; prints
the time to the window's first rows, to show each of those papers, and to
build and show the hostile title's tooltip.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_library import large_library  # noqa: E402
from offscreen import child_or_main, run_child  # noqa: E402

TARGETS = {"window shown": 0.8, "first rows shown": 1.0, "search": 0.1, "sort by year": 0.5,
           "scroll to the end": 0.1, "filter by condition": 0.1}
QUERIES = ["exosome", "psoriasis collagen", "外泌體", "Chan", '"exo', "AND ("]


def hostile_child(folder: str) -> None:
    """Runs in a fresh process; prints seconds as JSON."""
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtWidgets import QApplication, QToolTip

    from exodesk.gui import app as app_module
    from exodesk.library import Library
    from exodesk.model import Author, Paper

    title = "<table><tr><td>" * 40 + "<style>*{font-size:400px}</style><a href='x'>Exosomes</a>" \
        + "</td></tr></table>" * 40
    path = Path(folder) / "hostile.sqlite"
    with Library(path, backup=False) as library, library.transaction():
        ids = {"10 MB DOI": library.insert_paper(Paper(title="A", doi="10.1000/" + "9" * 10_000_000, date="2024")),
               "a million authors": library.insert_paper(Paper(
                   title="B", authors=[Author(f"Family{i}", "Ann") for i in range(1_000_000)], date="2024")),
               "hostile title": library.insert_paper(Paper(title=title, date="2024"))}
    start = time.perf_counter()
    state = QSettings(str(Path(folder) / "state.ini"), QSettings.Format.IniFormat)
    qt_app, window, _code = app_module.open_window(["--library", str(path)], state=state)
    window.table.viewport().repaint()
    qt_app.processEvents()
    figures = {"window with them opened": time.perf_counter() - start}
    for name, paper_id in ids.items():
        start = time.perf_counter()
        window.select_papers([paper_id])
        window.repaint()
        qt_app.processEvents()
        figures[f"shows the paper with {name}"] = time.perf_counter() - start
    start = time.perf_counter()
    index = window.model.index(window.model.position(ids["hostile title"]), 0)
    QToolTip.showText(window.table.viewport().mapToGlobal(QPoint(10, 10)), index.data(Qt.ItemDataRole.ToolTipRole),
                      window.table.viewport())
    qt_app.processEvents()
    figures["hostile title's tooltip shown"] = time.perf_counter() - start
    print(json.dumps(figures))
    window.close()
    QApplication.quit()


def child(library_path: str, folder: str) -> None:
    """Runs in a fresh process; prints timestamps (time.time()) as JSON."""
    if library_path == "--hostile":
        hostile_child(folder)
        return
    marks: dict[str, float] = {}
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    class Watch(QObject):
        def __init__(self, table):
            super().__init__()
            self.table = table

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                marks.setdefault("window shown", time.time())
                if watched is self.table.viewport() and self.table.model().rowCount():
                    marks.setdefault("first rows shown", time.time())
            return False

    from exodesk.gui import app as app_module
    from exodesk.gui.main_window import MainWindow

    # Watch the first paints of the window being built (installed before show()).
    original_show = MainWindow.show

    def show_and_watch(window):
        window._watch = Watch(window.table)
        window.installEventFilter(window._watch)
        window.table.viewport().installEventFilter(window._watch)
        original_show(window)

    MainWindow.show = show_and_watch
    state = QSettings(str(Path(folder) / "state.ini"), QSettings.Format.IniFormat)
    qt_app, window, _code = app_module.open_window(["--library", library_path], state=state)
    while "first rows shown" not in marks:
        qt_app.processEvents()

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        window.table.viewport().repaint()
        qt_app.processEvents()
        return time.perf_counter() - start

    def search(query):
        window.search_box.setText(query)
        window.apply_search()

    searches = {q: timed(lambda q=q: search(q)) for q in QUERIES}
    counts = {q: len(window.library.search_ids(q)) for q in QUERIES}
    search("")
    header = window.table.horizontalHeader()
    sorts = [timed(lambda o=o: header.setSortIndicator(2, o))
             for o in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)]
    table = window.table
    scrolls = [timed(table.scrollToBottom), timed(table.scrollToTop)]
    condition = window.filter_bar.condition
    while condition.count() <= 1:  # the filter lists come from a worker
        qt_app.processEvents()
    filters = [timed(lambda: condition.setCurrentIndex(1)), timed(lambda: condition.setCurrentIndex(0))]
    condition.setCurrentIndex(1)
    filtered = window.model.rowCount()
    print(json.dumps({"marks": marks, "searches": searches, "counts": counts, "sorts": sorts, "scrolls": scrolls,
                      "filters": filters, "filtered": filtered, "papers": window.library.count()}))
    window.close()
    QApplication.quit()


def main(argv: list[str] | None = None) -> None:
    if "--hostile" in (sys.argv[1:] if argv is None else argv):
        for name, seconds in run_child(__file__, "--hostile").items():
            print(f"{name:<40} {seconds * 1000:7.0f} ms")
        return
    library = large_library(__doc__, argv)
    started = time.time()
    result = run_child(__file__, str(library))
    figures = {
        "window shown": result["marks"]["window shown"] - started,
        "first rows shown": result["marks"]["first rows shown"] - started,
        "search": statistics.median(result["searches"].values()),
        "sort by year": max(result["sorts"]),
        "scroll to the end": result["scrolls"][0],
        "filter by condition": result["filters"][0],
    }
    print(f"library: {result['papers']} papers ({library})")
    for name, seconds in figures.items():
        print(f"{name:<18} {seconds * 1000:7.0f} ms   (target {TARGETS[name] * 1000:.0f} ms)")
    for query, seconds in result["searches"].items():
        print(f"  search {query!r:<22} {seconds * 1000:6.0f} ms  {result['counts'][query]} papers")
    print("  sort by year (asc, desc): " + ", ".join(f"{s * 1000:.0f} ms" for s in result["sorts"]))
    print(f"  scroll to the end, back to the top: {result['scrolls'][0] * 1000:.0f}, {result['scrolls'][1] * 1000:.0f} ms")
    print(f"  filter by one condition ({result['filtered']:,} papers), clear it: "
          f"{result['filters'][0] * 1000:.0f}, {result['filters'][1] * 1000:.0f} ms")


if __name__ == "__main__":
    child_or_main(child, main)

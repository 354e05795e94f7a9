"""The library's own work at scale: opening, filtering, exporting, backing up.

    python benchmarks/bench_scale.py --library FILE    # generated first (100,000 papers) if missing
    python benchmarks/bench_scale.py --library postgresql://...   # a shared library (pg_server.py)

Prints, for the library given: opening it (schema check included), what the
window's table reads before its first rows are shown, the whole table sorted by each column both ways (the first time: nothing kept),
the filtered table orders (a condition; a design and years) the first time and
again, exporting a 1,000-paper search result and the whole library to RIS
and CSV, and, for a file, a backup through the SQLite backup API. The window's own
figures (open, first rows, search, sort, scroll, filter) are bench_gui.py's;
search latency is bench_search.py's.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate_library import large_library  # noqa: E402

from exodesk.export import EXPORTERS  # noqa: E402
from exodesk.library import Filters  # noqa: E402
from exodesk.library.backup import make_backup  # noqa: E402
from exodesk.library.columns import SORTS  # noqa: E402
from exodesk.library.locations import open_library  # noqa: E402

TABLE_BLOCK = 200  # rows the window's table reads at a time (gui/table.py)


def timed(action):
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def main(argv: list[str] | None = None) -> int:
    library_path = large_library(__doc__, argv)
    rows = []
    seconds, library = timed(lambda: open_library(library_path, backup=False))
    rows.append(("open the library", seconds, f"{library.count():,} papers"))
    # What the window asks of the library before its first rows: every live
    # paper's id in the default order, then the table's first block of rows.
    seconds, shown = timed(lambda: library.rows(library.search_ids("")[:TABLE_BLOCK]))
    rows.append(("the table's first rows", seconds, f"ids in order, then {len(shown)} rows"))
    for column in SORTS:
        both = []
        for descending in (False, True):
            library._order_cache.clear()  # as after any change: the order is read anew
            both.append(timed(lambda c=column, d=descending: library.search_ids("", order_by=c, descending=d))[0])
        rows.append((f"sort by {column}", max(both), f"ascending {both[0] * 1000:.0f} ms, descending {both[1] * 1000:.0f} ms"))
    for label, filters in (("filter: one condition", Filters(condition="psoriasis")),
                           ("filter: a design and years", Filters(design="case series", year_from=2015, year_to=2020))):
        first, ids = timed(lambda f=filters: library.search_ids("", f, order_by="year"))
        again, _ = timed(lambda f=filters: library.search_ids("", f, order_by="year"))
        rows.append((label, first, f"{len(ids):,} papers; again {again * 1000:.0f} ms (kept order)"))
    found = library.search_ids("keloid")[:1000]
    everything = library.search_ids("")
    for label, ids in (("1,000 papers", found), ("the whole library", everything)):
        seconds, papers = timed(lambda ids=ids: [library.get(i) for i in ids])
        rows.append((f"read {label} for export", seconds, f"{len(papers):,} papers"))
        for fmt in ("ris", "csv"):
            seconds, text = timed(lambda fmt=fmt, papers=papers: EXPORTERS[fmt](papers))
            rows.append((f"  write {label} as {fmt.upper()}", seconds, f"{len(text.encode()) / 1048576:.1f} MB"))
    if isinstance(library_path, Path):
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "library.sqlite"
            seconds, backup = timed(lambda: make_backup(library.db.conn, copy))
            rows.append(("backup (SQLite backup API)", seconds, f"{backup.stat().st_size / 1048576:.0f} MB"))
    library.close()
    for label, seconds, note in rows:
        print(f"{label:<36} {seconds * 1000:8.0f} ms   {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Full-text search latency on a large library, as a person types.

    python benchmarks/bench_search.py [--papers 100000] [--library FILE] [--order year]
    python benchmarks/bench_search.py --library postgresql://...   # a shared library (pg_server.py)

Without --library a fresh library is generated in a temporary folder (about a
minute for 100,000 papers); with --library FILE an existing one is used, and
generated there first if the file does not exist yet (or, on a server, if the
library is empty).

Each query is timed as typed: every prefix of it is a search, as the table
searches while a person types ("e", "ex", "exo"…). Queries are English words
and phrases, author names, and Chinese in both scripts. Library.search_ids is
timed, which returns every matching id in table order: the table's default
order (when added), or another with --order (year, title, …).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate_library import generate_library, library_location, needs_generating  # noqa: E402

from exodesk.library import Library  # noqa: E402
from exodesk.library.locations import open_library  # noqa: E402

QUERIES = [
    "exosomes",
    "psoriasis",
    "mesenchymal stromal",
    "wound healing",
    "keloid fibrosis",
    "placebo randomized",
    "Chan",
    "Tanaka Yuki",
    "alopecia injection",
    "系统性硬化症",
    "系統性硬化症",
    "外泌体",
    "外泌體",
    "間充質幹細胞",
    "银屑病 患者",
    "exosomes 白癜风",
    "journal club",
    "microRNA",
]


def typed_prefixes(query: str) -> list[str]:
    """What the search box holds after each keystroke (Chinese: each character)."""
    return [query[:n] for n in range(1, len(query) + 1) if query[n - 1] != " "]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run(library: Library, repeats: int, order: str = "added") -> None:
    timings, per_query = [], {}
    for query in QUERIES:
        for text in typed_prefixes(query):
            for _ in range(repeats):
                started = time.perf_counter()
                ids = library.search_ids(text, order_by=order)
                timings.append((time.perf_counter() - started) * 1000)
            per_query[text] = (timings[-1], len(ids))
    print(f"{len(timings)} searches on {library.count():,} papers, ordered by {order}")
    print(f"median {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms, "
          f"max {max(timings):.1f} ms")
    slowest = sorted(per_query.items(), key=lambda item: -item[1][0])[:8]
    print("slowest: " + "; ".join(f"{t!r} {ms:.1f} ms ({n:,} found)" for t, (ms, n) in slowest))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--papers", type=int, default=100_000)
    parser.add_argument("--library", type=library_location)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--order", default="added", help="the table's sort column")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        location = args.library or Path(tmp) / "library.sqlite"
        if needs_generating(location):
            started = time.perf_counter()
            generate_library(location, args.papers)
            print(f"generated {args.papers:,} papers in {time.perf_counter() - started:.0f} s")
        with open_library(location, backup=False) as library:
            run(library, args.repeats, args.order)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Saved HTML pages and PDF articles read per second (parse only, no library).

    python benchmarks/bench_webpages.py

Reads the ~60 KB sample pages (PubMed, Springer/BMC, Wiley, ScienceDirect,
MDPI) and the sample PDFs from the test fixtures, many times over, through
detection and parsing exactly as an import does, and prints the rates.
Targets: at least 100 pages/s and 10 PDFs/s.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exodesk.importers import Source, choose  # noqa: E402

FIXTURES = ROOT / "tests" / "importers" / "fixtures"


def rate(paths: list[Path], rounds: int) -> tuple[float, float]:
    """(files per second, median milliseconds per file) over `rounds` passes."""
    blobs = [(p, p.read_bytes()) for p in paths]
    times = []
    for _ in range(rounds):
        for path, data in blobs:
            start = time.perf_counter()
            source = Source(path=path, data=data)  # fresh: nothing cached between runs
            importer, _score, _errors = choose(source)
            importer.parse(source)
            times.append(time.perf_counter() - start)
    return len(times) / sum(times), statistics.median(times) * 1000


def main() -> None:
    pages = [p for p in sorted(FIXTURES.glob("*-html/*.html")) if p.stat().st_size >= 55_000]
    pdfs = sorted(FIXTURES.glob("pdf/*.pdf"))
    size = sum(p.stat().st_size for p in pages) / len(pages) / 1024
    rate(pages, 2)  # warm up imports and caches of the code (not of the files)
    per_second, median = rate(pages, 40)
    print(f"saved HTML pages: {len(pages)} pages of {size:.0f} KB on average")
    print(f"  {per_second:.0f} pages/s, median {median:.2f} ms per page (target >= 100/s)")
    per_second, median = rate(pdfs, 20)
    print(f"PDF articles: {len(pdfs)} files")
    print(f"  {per_second:.0f} PDFs/s, median {median:.2f} ms per PDF (target >= 10/s)")


if __name__ == "__main__":
    main()

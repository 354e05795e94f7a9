"""Files per second importing seed-like text files into a fresh library.

    python benchmarks/bench_import.py [--count 2000] [--profile]

End to end through exodesk.library.import_paths: reading, detecting,
parsing, duplicate checks, storing the original bytes, indexing, committing.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate_library import write_seed_like_files  # noqa: E402

from exodesk.library import Library, import_paths  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        write_seed_like_files(folder, args.count)
        with Library(Path(tmp) / "library.sqlite") as library:
            profiler = cProfile.Profile() if args.profile else None
            started = time.perf_counter()
            if profiler:
                profiler.enable()
            results = import_paths(library, [folder])
            if profiler:
                profiler.disable()
            elapsed = time.perf_counter() - started
            papers = library.count()
    statuses = collections.Counter(r.status for r in results)
    importers = collections.Counter(r.importer or "-" for r in results)
    print(f"{len(results)} files in {elapsed:.2f} s: {len(results) / elapsed:,.0f} files/s")
    print(f"results: {dict(statuses)}; papers in the library: {papers}")
    print(f"read by: {dict(importers)}")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Files per second importing seed-like text files into a fresh library.

    python benchmarks/bench_import.py [--count 2000] [--repeat 3] [--profile]

End to end through exodesk.library.import_paths: reading, detecting,
parsing, duplicate checks, storing the original bytes, indexing, committing.
Each run imports the same files into a new library; the best run is shown
with all of them and its CPU time (other work on a shared machine only ever
slows a run down).
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
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        write_seed_like_files(folder, args.count)
        for run in range(args.repeat):
            with Library(Path(tmp) / f"library-{run}.sqlite", backup=False) as library:
                profiler = cProfile.Profile() if args.profile else None
                started, cpu = time.perf_counter(), time.process_time()
                if profiler:
                    profiler.enable()
                results = import_paths(library, [folder])
                if profiler:
                    profiler.disable()
                runs.append((time.perf_counter() - started, time.process_time() - cpu))
                papers = library.count()
    elapsed, cpu = min(runs)
    statuses = collections.Counter(r.status for r in results)
    importers = collections.Counter(r.importer or "-" for r in results)
    print(f"{len(results)} files: best {elapsed:.2f} s = {len(results) / elapsed:,.0f} files/s "
          f"(CPU of this process {cpu:.2f} s; runs {', '.join(f'{e:.2f}' for e, _ in runs)} s)")
    print(f"results: {dict(statuses)}; papers in the library: {papers}")
    print(f"read by: {dict(importers)}")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())

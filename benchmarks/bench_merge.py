"""Merging many records of one paper: seconds per file, linear or not.

    python benchmarks/bench_merge.py [--repeat 3] [--sizes 1000,3000,10000]

Writes RIS files whose records all share one DOI (each with its own title,
journal, year and keyword, so every record teaches the paper something and
leaves a conflict behind) and one of 10,000 distinct records, then imports
each into a new library through exodesk.library.import_paths (reading,
matching, merging, storing, indexing, committing). The best of the runs is
shown with all of them; a linear merge keeps seconds per 1,000 records flat.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from exodesk.library import Library, import_paths


def record(number: int, doi: str) -> str:
    return (
        "TY  - JOUR\n"
        f"TI  - Mesenchymal stem cell exosomes in chronic wounds, report {number}\n"
        f"AU  - Nazari, Hojjatollah\nAU  - Author{number}, Given\n"
        f"T2  - Journal of Regenerative Medicine {number % 97}\n"
        f"PY  - {2000 + number % 25}\n"
        f"DO  - {doi}\n"
        f"KW  - keyword {number}\nKW  - exosomes\n"
        f"AB  - Exosomes carry signals between cells; report {number} treated wounds.\n"
        "ER  - \n\n"
    )


def write(path: Path, count: int, *, shared: bool) -> Path:
    dois = (("10.1000/one.paper" if shared else f"10.1000/paper.{n}") for n in range(count))
    path.write_text("".join(record(n, doi) for n, doi in enumerate(dois)), encoding="utf-8")
    return path


def timed(path: Path, folder: Path, run: int) -> tuple[float, str]:
    with Library(folder / f"library-{path.stem}-{run}.sqlite", backup=False) as library:
        started = time.perf_counter()
        (result,) = import_paths(library, [path])
        return time.perf_counter() - started, f"{library.count()} papers; {result.reason}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="1000,3000,10000", help="records sharing one DOI")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = [(f"{n:,} records, one DOI", write(folder / f"shared-{n}.ris", n, shared=True))
                 for n in map(int, args.sizes.split(","))]
        cases.append(("10,000 distinct records", write(folder / "distinct-10000.ris", 10_000, shared=False)))
        print(f"{'file':<26} {'best':>8} {'per 1,000':>10}  runs")
        for label, path in cases:
            runs = [timed(path, folder, run) for run in range(args.repeat)]
            best = min(seconds for seconds, _ in runs)
            count = int(label.split()[0].replace(",", ""))
            print(f"{label:<26} {best:7.2f}s {best / count * 1000:9.3f}s  "
                  + ", ".join(f"{s:.2f}" for s, _ in runs) + f"  ({runs[0][1]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

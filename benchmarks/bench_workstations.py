"""Three workstations importing into one shared library at once.

    python benchmarks/bench_workstations.py --library postgresql://...   # a server (pg_server.py)
    python benchmarks/bench_workstations.py --library ... --copy-of DATABASE   # into a copy of a big library
    python benchmarks/bench_workstations.py --library FILE   # three processes on one SQLite file, to compare

Writes three MEDLINE files of 3,000 records (--records) that share 30 %
(--overlap) of their records, the same records in each file, spread through
it; then three processes, started together, each import one file into a new,
empty library on the server (or a fresh copy of the database named by
--copy-of), or into a new library FILE made anew, through `import_paths`, as
`exodesk import` would. Prints the time
from the start to the last import's end, the records read per second, and
the check that matters: the library holds each distinct paper once (counted,
and no DOI or PMID twice).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_formats import _record, medline  # noqa: E402
from generate_library import library_location  # noqa: E402
from pg_server import new_database  # noqa: E402

from exodesk.library.locations import open_library  # noqa: E402

STATIONS = 3


def write_files(folder: Path, records: int, overlap: float) -> tuple[list[Path], int]:
    """The stations' files and how many distinct records they hold together."""
    rng = random.Random(18)
    # Numbered (so PMIDs, DOIs) apart from generate_library.py's papers, which a copy may hold.
    shared = [_record(rng, 200_000 + n) for n in range(int(records * overlap))]
    paths = []
    for station in range(STATIONS):
        own = [_record(rng, 1_000_000 * (station + 1) + n) for n in range(records - len(shared))]
        mixed = shared + own
        random.Random(station).shuffle(mixed)
        path = folder / f"station-{station + 1}.nbib"
        path.write_text(medline(mixed), encoding="utf-8")
        paths.append(path)
    return paths, len(shared) + STATIONS * (records - len(shared))


def station(location: str, path: str, start_at: str) -> None:
    """One workstation's import (a new process), started at the agreed moment."""
    from exodesk.library.importing import import_paths

    library = open_library(library_location(location), backup=False)
    time.sleep(max(0.0, float(start_at) - time.time()))
    started = time.time()
    results = import_paths(library, [Path(path)])
    ended = time.time()
    library.close()
    print(json.dumps({"started": started, "ended": ended, "status": results[0].status,
                      "papers": len(results[0].paper_ids)}))


def check(location: Path | str) -> dict:
    """Papers in the library, and DOIs and PMIDs held by more than one live paper."""
    with open_library(location, backup=False) as library:
        twice = {column: library.db.execute(
            f"SELECT count(*) FROM (SELECT {column} FROM papers WHERE deleted IS NULL AND {column} IS NOT NULL "
            f"GROUP BY {column} HAVING count(*) > 1) AS repeated").fetchone()[0] for column in ("doi", "pmid")}
        return {"papers": library.count(), **twice}


def copy_of(address: str, template: str) -> str:
    """A fresh copy of the database `template` on the same server."""
    return new_database(address, "bench_stations", template=template)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--library", required=True, help="a server's address (any database on it), or a file")
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--overlap", type=float, default=0.3)
    parser.add_argument("--copy-of", help="import into a copy of this database instead of an empty one")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    paths, distinct = write_files(args.out, args.records, args.overlap)
    location = library_location(args.library)
    if isinstance(location, Path):
        location.unlink(missing_ok=True)
    elif args.copy_of:
        location = copy_of(location, args.copy_of)
    else:
        location = new_database(location, "bench_stations")
    open_library(location, backup=False).close()  # the tables made once, before the stations start
    before = check(location)["papers"]
    start_at = time.time() + 3  # after each process has loaded ExoDesk and connected
    processes = [subprocess.Popen([sys.executable, __file__, "--station", str(location), str(p), str(start_at)],
                                  stdout=subprocess.PIPE, text=True) for p in paths]
    reports = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in processes]
    if any(p.returncode for p in processes):
        raise SystemExit("a station failed")
    total = max(r["ended"] for r in reports) - min(r["started"] for r in reports)
    found = check(location)
    records = STATIONS * args.records
    print(f"{STATIONS} stations, {args.records:,} records each ({args.overlap:.0%} the same in all), "
          f"{distinct:,} distinct; library held {before:,} papers")
    for number, report in enumerate(reports, 1):
        print(f"  station {number}: {report['status']}, {report['papers']:,} papers, "
              f"{report['ended'] - report['started']:.2f} s")
    print(f"all three: {total:.2f} s, {records / total:,.0f} records/s")
    added = found["papers"] - before
    verdict = "no duplicates" if added == distinct and not found["doi"] and not found["pmid"] else "DUPLICATES"
    print(f"papers added {added:,} (distinct {distinct:,}); DOIs twice {found['doi']}, PMIDs twice "
          f"{found['pmid']}: {verdict}")
    return 0 if verdict == "no duplicates" else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--station"]:
        station(*sys.argv[2:5])
    else:
        sys.exit(main())

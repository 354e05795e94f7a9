"""What suggested notes cost an import: the seeds and the importer samples,
imported into fresh libraries with and without `suggest`.

    python benchmarks/bench_suggest.py [--rounds 5]

Prints, per setting, the best of the rounds in CPU seconds (the process's own
time, steadier than the wall clock on a shared machine) and the cost per
newly imported paper that suggestions add; then what `suggest_notes` alone
costs per paper read from the same files (less noisy than a difference).
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exodesk.evidence.suggest import suggest_notes  # noqa: E402
from exodesk.importers import Source, choose  # noqa: E402
from exodesk.library import Library, import_paths  # noqa: E402


def sample_files(folder: Path) -> Path:
    """The seeds and every importer sample (not their expected .json records)."""
    files = [*ROOT.glob("seeds/*.txt"),
             *(p for p in (ROOT / "tests/importers/fixtures").rglob("*") if p.is_file() and p.suffix != ".json")]
    for number, path in enumerate(sorted(files)):
        shutil.copy(path, folder / f"{number:03d}-{path.name}")
    return folder


def one_import(files: Path, suggest: bool) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp, Library(Path(tmp) / "library.sqlite") as library:
        started = time.process_time()
        results = import_paths(library, [files], suggest=suggest)
        cpu = time.process_time() - started
        return cpu, sum(len(r.paper_ids) for r in results if r.status == "imported")


def papers_in(files: Path) -> list:
    papers = []
    for path in sorted(files.iterdir()):
        source = Source(path=path, data=path.read_bytes())
        importer, _, _ = choose(source)
        if importer is not None:
            papers += importer.parse(source).papers
    return papers


def suggesting(papers: list) -> float:
    started = time.process_time()
    for paper in papers:
        suggest_notes(paper)
    return time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # a sample's deliberately broken record is reported, not printed
    with tempfile.TemporaryDirectory() as tmp:
        files = sample_files(Path(tmp))
        count = len(list(files.iterdir()))
        one_import(files, True)  # warm: imports, vocabulary, Chinese conversion tables
        best = {}
        for suggest in (False, True):
            runs = [one_import(files, suggest) for _ in range(args.rounds)]
            best[suggest] = min(runs)
            cpu, papers = best[suggest]
            print(f"suggest={suggest!s:5}: {count} files, {papers} new papers, {cpu:.3f} CPU s "
                  f"({1000 * cpu / count:.2f} ms per file)")
        read = papers_in(files)
        alone = min(suggesting(read) for _ in range(args.rounds))
    added = (best[True][0] - best[False][0]) / best[True][1]
    print(f"suggestions add {1000 * added:.2f} ms of CPU per new paper")
    print(f"suggest_notes alone: {len(read)} papers read, {1000 * alone / len(read):.3f} ms of CPU per paper")
    return 0


if __name__ == "__main__":
    sys.exit(main())

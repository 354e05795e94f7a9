"""Files per second of `exodesk import` as a new process, as a person runs it.

    python benchmarks/bench_import_files.py [--count 1000] [--repeat 3] [--no-suggest]

Two folders of seed-like text files (each kind of seed in turn, each file its
own paper: a new title, DOI, identifiers, numbers, names and abstract words):

- distinct: COUNT new papers, imported into a new library;
- duplicates: COUNT files of which 80 % are papers the library already holds
  (half of them the very same files again, half saved again on another day,
  so their bytes differ and they are read and matched), and 20 % new papers.

Each import is `python -m exodesk import` in a new process, timed from its
start to its end (starting Python and loading ExoDesk count). Python may keep
its compiled modules, as an installed program has them (PYTHONDONTWRITEBYTECODE
would compile every module at every start: 0.15 s more). Each runs REPEAT
times on a fresh copy of its library, after one run to warm up; the best run
is shown with all of them, with the CPU time of the process and its workers
(other work on a shared machine only ever slows a run down).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate_library import CONTENT_WORDS, SEEDS, TOPICS, vary_text  # noqa: E402

DESIGNS = ("a randomized controlled trial", "a prospective cohort study", "a pilot study", "a case series",
           "a systematic review and meta-analysis", "a narrative review", "a phase I trial", "an animal study")
SOURCES = ("umbilical cord", "adipose", "bone marrow", "placental", "Wharton's jelly", "dental pulp")


def title_of(path: Path) -> tuple[str, dict[str, str]]:
    """The seed's title and its other-language titles, as ExoDesk reads them."""
    from exodesk.importers import Source, choose

    source = Source(path=path, data=path.read_bytes())
    importer, _score, _errors = choose(source)
    paper = importer.parse(source).papers[0]
    return paper.title or "", dict(paper.titles)


def new_title(rng: random.Random, taken: set[str]) -> str:
    while True:
        topic = rng.choice(TOPICS)[0]
        title = (f"{rng.choice(SOURCES).capitalize()} mesenchymal stem cell exosomes "
                 f"{rng.choice(['for', 'in', 'and'])} {topic} {rng.choice(CONTENT_WORDS)}: "
                 f"{rng.choice(DESIGNS)} of {rng.choice(CONTENT_WORDS)} {rng.choice(CONTENT_WORDS)}")
        if title not in taken:
            taken.add(title)
            return title


def write_distinct(folder: Path, count: int, *, seed: int, serial_from: int = 0) -> list[Path]:
    """`count` files, each a paper of its own (title and DOI unlike any other's)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [(p, p.read_text(encoding="utf-8"), *title_of(p)) for p in SEEDS]
    taken: set[str] = set()
    written = []
    for serial in range(serial_from, serial_from + count):
        path, text, title, others = seeds[serial % len(seeds)]
        if title:
            text = text.replace(title, new_title(rng, taken))
        for other in others.values():  # a Chinese title: a few of its characters changed
            chars = list(other)
            for _ in range(3):
                chars[rng.randrange(len(chars))] = rng.choice(other)
            text = text.replace(other, "".join(chars))
        written.append(folder / f"{path.stem.split('_')[0]}-{serial:05d}.txt")
        written[-1].write_text(vary_text(text, rng, serial), encoding="utf-8")
    return written


def write_duplicates(folder: Path, imported: list[Path], count: int, *, seed: int) -> None:
    """80 % papers already imported (half the same files, half saved again), 20 % new."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    again = rng.sample(imported, int(count * 0.8))
    for number, path in enumerate(again):
        target = folder / f"again-{number:05d}-{path.name}"
        if number % 2:
            shutil.copyfile(path, target)
        else:  # the page saved on another day: the site's footer changed
            target.write_text(path.read_text(encoding="utf-8") + f"\nAccessed {rng.randint(1, 28)} Nov 2026\n",
                              encoding="utf-8")
    write_distinct(folder, count - len(again), seed=seed + 1, serial_from=10 * count)


def run_import(library: Path, folder: Path, options: list[str]) -> tuple[float, float, str]:
    """Wall time, CPU time (the process and its workers) and the command's summary line."""
    cpu = _children_cpu()
    started = time.perf_counter()
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    done = subprocess.run([sys.executable, "-m", "exodesk", "--library", str(library), "--create", "import",
                           *options, str(folder)], check=False, capture_output=True, text=True, env=environment)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"the import failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed, _children_cpu() - cpu, done.stderr.strip().splitlines()[-1]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-suggest", action="store_true", help="pass --no-suggest to the command")
    args = parser.parse_args(argv)
    options = ["--no-suggest"] if args.no_suggest else []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        distinct = write_distinct(tmp / "distinct", args.count, seed=2024)
        write_duplicates(tmp / "duplicates", distinct, args.count, seed=2025)
        base = tmp / "base.sqlite"
        run_import(base, tmp / "distinct", ["--no-suggest"])  # the library the duplicates meet
        for label, folder, library in (("distinct", tmp / "distinct", None), ("80 % duplicates", tmp / "duplicates", base)):
            runs = []
            for _ in range(args.repeat + 1):
                # One name for every run: the day's backup of the library is made
                # by the warm-up run (it is the first command of a day's work).
                target = tmp / f"{label[:8].strip()}.sqlite"
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
                if library is not None:
                    shutil.copyfile(library, target)
                runs.append(run_import(target, folder, options))
            runs = runs[1:]  # the first warms the disk cache, Python's compiled modules, the backup
            best, cpu, summary = min(runs)
            print(f"{label}: {args.count} files, best {best:.2f} s = {args.count / best:,.0f} files/s "
                  f"(runs {', '.join(f'{r[0]:.2f}' for r in runs)} s; CPU {cpu:.2f} s on {os.cpu_count()} CPUs, "
                  f"load {os.getloadavg()[0]:.1f})")
            print(f"  {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

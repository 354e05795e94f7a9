"""Time reading large bibliography files: 10,000 BibTeX entries, 10,000 MEDLINE records.

    python benchmarks/bench_formats.py [--records N] [--out DIR]
    python benchmarks/bench_formats.py --library postgresql://...   # into new libraries on that server

Writes the generated files to benchmarks/out/ and prints, per file, how long
each stage takes: detection and parsing alone; the whole import into a fresh
library (a file on disk, WAL, search index) through `import_paths`, in this
process; the `exodesk import --no-suggest` command in a new Python process, so
that starting Python and loading ExoDesk count too; and the command as it
runs by default (and as the window imports), suggesting notes for each paper.

With --library ADDRESS (a server's, see pg_server.py) the import goes into a
new, empty library on that server each time, through `import_paths` in this
process; the command stages are left out, as `exodesk import` does not take a
server's address yet.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from exodesk.importers import Source, choose  # noqa: E402
from exodesk.library.importing import import_paths  # noqa: E402
from exodesk.library.store import Library  # noqa: E402

FAMILIES = ["Nazari", "Théry", "Zhang", "Kalluri", "Müller", "García Lira", "Ahmadi Tafti", "van Balkom", "Ha", "Østergaard"]
GIVENS = ["Hojjatollah", "Clotilde", "Bin", "Raghu", "Jörg", "José Ramón", "Seyed Mohsen", "Bas", "Dae Hyun", "Søren"]
JOURNALS = [("Stem Cell Research & Therapy", "Stem Cell Res Ther"), ("Journal of Cosmetic Dermatology", "J Cosmet Dermatol"),
            ("International Journal of Molecular Sciences", "Int J Mol Sci"), ("Cells", "Cells")]
WORDS = ["exosome", "mesenchymal", "stem", "cell", "derived", "vesicles", "wound", "healing", "skin", "regeneration", "fibrosis", "trial", "safety", "efficacy"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _record(rng: random.Random, n: int) -> dict:
    authors = [(rng.choice(FAMILIES), rng.choice(GIVENS)) for _ in range(rng.randint(1, 12))]
    journal, abbrev = rng.choice(JOURNALS)
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 14))]
    return {
        "n": n, "authors": authors, "journal": journal, "abbrev": abbrev,
        "title": " ".join(words).capitalize(), "year": rng.randint(2010, 2025),
        "month": rng.randint(1, 12), "day": rng.randint(1, 28), "volume": rng.randint(1, 40),
        "issue": rng.randint(1, 12), "page": rng.randint(1, 9000),
        "abstract": " ".join(rng.choice(WORDS) for _ in range(180)).capitalize() + ".",
    }


def bibtex(records: list[dict]) -> str:
    out = []
    for r in records:
        # Some names written with LaTeX accents, as older BibTeX files have them.
        authors = " and ".join(f"{_latex(f)}, {g}" for f, g in r["authors"])
        out.append(
            f"@article{{key{r['n']},\n  title = {{{{{r['title']}}}}},\n  author = {{{authors}}},\n"
            f"  journal = {{{r['journal']}}},\n  year = {{{r['year']}}},\n  month = {MONTHS[r['month'] - 1]},\n"
            f"  volume = {{{r['volume']}}},\n  number = {{{r['issue']}}},\n  pages = {{{r['page']}--{r['page'] + 9}}},\n"
            f"  doi = {{10.1000/bench.{r['n']}}},\n  abstract = {{{r['abstract']}}},\n  keywords = {{exosome, MSC}}\n}}\n"
        )
    return "\n".join(out)


def _latex(name: str) -> str:
    return name.replace("é", "{\\'e}").replace("ü", '{\\"u}')


def medline(records: list[dict]) -> str:
    out = []
    for r in records:
        lines = [f"PMID- {30000000 + r['n']}", "OWN - NLM", f"VI  - {r['volume']}", f"IP  - {r['issue']}",
                 f"DP  - {r['year']} {MONTHS[r['month'] - 1].capitalize()} {r['day']}", f"TI  - {r['title']}.",
                 f"PG  - {r['page']}-{r['page'] + 9}", f"LID - 10.1000/bench.{r['n']} [doi]"]
        abstract = r["abstract"]
        lines.append("AB  - " + abstract[:80])
        lines += ["      " + abstract[i:i + 80] for i in range(80, len(abstract), 80)]
        for family, given in r["authors"]:
            lines += [f"FAU - {family}, {given}", f"AU  - {family} {given[0]}",
                      "AD  - Department of Dermatology, University Hospital, Hong Kong."]
        lines += ["LA  - eng", "PT  - Journal Article", f"TA  - {r['abbrev']}", f"JT  - {r['journal']}",
                  "OT  - exosome", f"SO  - {r['abbrev']}. {r['year']};{r['volume']}({r['issue']}):{r['page']}."]
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def parse_file(path: Path) -> int:
    source = Source(path=path, data=path.read_bytes())
    importer, _score, _errors = choose(source)
    return len(importer.parse(source).papers)


def import_file(path: Path) -> int:
    """The whole import into a new library file, as `exodesk import` does it."""
    with tempfile.TemporaryDirectory() as folder, Library(Path(folder) / "library.sqlite") as library:
        return import_into(library, path)


def import_into(library, path: Path) -> int:
    results = import_paths(library, [path])
    if results[0].status == "refused":
        raise SystemExit(f"{path.name} was refused: {results[0].reason}")
    return library.count()


def shared_import(address: str) -> Callable[[Path], int]:
    """The import step into a new, empty library on the server of `address`."""
    from pg_server import new_database

    from exodesk.library.shared import connection
    from exodesk.library.shared.store import SharedLibrary

    def step(path: Path) -> int:
        try:
            with SharedLibrary(new_database(address, "bench_import")) as library:
                return import_into(library, path)
        finally:
            connection.close_pools()  # the next run drops this database

    return step


COMMAND = """
import sys, tempfile
sys.path.insert(0, {root!r})
from exodesk.cli import main
with tempfile.TemporaryDirectory() as folder:
    main(["--library", folder + "/library.sqlite", "--create", "import", *{options!r}, {path!r}])
"""


def command(path: Path, options: list[str]) -> int:
    """`exodesk import` in a fresh interpreter, into a new library: start-up
    and module loading included. The count of papers comes from its report."""
    code = COMMAND.format(root=str(ROOT), path=str(path), options=options)
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return int(done.stdout.rsplit(": ", 1)[-1].split()[0])  # "...: 10000 imported"


def import_command(path: Path) -> int:
    return command(path, ["--no-suggest"])


def import_command_suggesting(path: Path) -> int:
    """As the window and `exodesk import` do by default: notes suggested for each new paper."""
    return command(path, [])


# (name, step): each step takes the file and returns how many papers it gave.
STAGES: list[tuple[str, Callable[[Path], int]]] = [
    ("detect + parse", parse_file),
    ("import", import_file),
    ("exodesk import --no-suggest", import_command),
    ("exodesk import (notes suggested)", import_command_suggesting),
]


def _cpu() -> float:
    """CPU seconds of this process and its finished children: steadier than
    wall time when other work shares the machine."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each stage; the best is shown, as other work on the machine only slows a run")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument("--library", help="a server's address: import into new libraries there")
    args = parser.parse_args()
    stages = STAGES
    if args.library:
        stages = [STAGES[0], ("import into a new shared library", shared_import(args.library))]
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(4)
    records = [_record(rng, n) for n in range(args.records)]
    files = {"bibtex": (args.out / "bench.bib", bibtex), "medline": (args.out / "bench.nbib", medline)}
    for name, (path, write) in files.items():
        path.write_text(write(records), encoding="utf-8")
        size = path.stat().st_size / 1e6
        for stage, step in stages:
            runs = []
            for _ in range(args.repeat):
                start, cpu_start = time.perf_counter(), _cpu()
                count = step(path)
                runs.append((time.perf_counter() - start, _cpu() - cpu_start))
            elapsed, cpu = min(runs)
            every = " ".join(f"{wall:.2f}" for wall, _ in runs)
            print(f"{name:8} {stage:32} {count:6d} papers  {size:5.1f} MB  best {elapsed:5.2f} s"
                  f"  {count / elapsed:6.0f} papers/s  (CPU {cpu:4.2f} s; runs {every})")


if __name__ == "__main__":
    main()

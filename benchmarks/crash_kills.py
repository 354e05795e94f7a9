"""Kill an import, or a series of notes saves, at random moments; check the library each time.

    python benchmarks/crash_kills.py [--kills 200] [--files 150] [--seed 1] [--longest 0.3]
    python benchmarks/crash_kills.py --large-file 10000 [--kills 40] [--longest 2]

Each round starts a process that imports a folder of seed-like files (or saves
notes over and over) and SIGKILLs it after a random delay. After every kill:
SQLite's integrity check passes, every file is wholly in or wholly out (its
papers, kept bytes, link and log line), the notes saved before are intact,
and every notes save the process reported finished is on disk whole. At the
end the import is run again and must complete the set. Prints the kills
survived. tests/library/test_crash.py runs a short version.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate_library import write_seed_like_files  # noqa: E402

from exodesk.library import Library, import_paths  # noqa: E402
from exodesk.library.backup import half_imported, integrity_problems  # noqa: E402
from exodesk.model import Notes  # noqa: E402

KEPT_NOTE = Notes(study_design="case series", free_notes="Written before any import; must survive.")

_IMPORT = """
import sys
from exodesk.library import Library, import_paths
library = Library(sys.argv[1], backup=False)
print("ready", flush=True)
import_paths(library, [sys.argv[2]], batch_size=int(sys.argv[3]))
print("done", flush=True)
"""

_SAVE_NOTES = """
import sys
from exodesk.library import Library
from exodesk.model import Notes
library = Library(sys.argv[1], backup=False)
ids = library.all_ids()[1:]  # paper 1 keeps the notes written before
print("ready", flush=True)
if not ids:  # every import so far was killed before its first commit
    sys.exit(0)
start = int(sys.argv[2])
for n in range(start, start + 100000):
    paper_id = ids[n % len(ids)]
    library.save_notes(paper_id, Notes(free_notes=f"edit {n}", tags=[f"t{n}"], conditions=["psoriasis"]))
    print(paper_id, n, flush=True)
"""


def prepare(folder: Path) -> tuple[Path, Path]:
    """A library holding one paper with notes, and the folder imports come from."""
    library_path = folder / "library.sqlite"
    inbox = folder / "inbox"
    first = write_seed_like_files(inbox / "first", 1, seed=0)
    with Library(library_path, backup=False) as library:
        import_paths(library, first)
        library.save_notes(1, Notes(**vars(KEPT_NOTE)))
    return library_path, inbox


def kill_at_random(script: str, args: list[str], rng: random.Random, longest: float) -> list[str]:
    """Run `script`, SIGKILL it a random time after it says "ready"; its output lines."""
    process = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0, longest))
    process.send_signal(signal.SIGKILL)
    output, _ = process.communicate()
    return output.split("\n")[:-1]  # a line cut off by the kill was never reported


def library_problems(library_path: Path) -> list[str]:
    problems = integrity_problems(library_path)
    if problems:
        return problems
    with sqlite3.connect(library_path) as db:
        problems = half_imported(db)
        row = db.execute("SELECT data FROM notes WHERE paper_id = 1").fetchone()
        if row is None or json.loads(row[0])["free_notes"] != KEPT_NOTE.free_notes:
            problems.append("the notes saved before the import were lost")
    db.close()
    return problems


def saved_notes_problems(library_path: Path, reported: list[str]) -> list[str]:
    """Every save the process reported is on disk (or a later one); columns agree."""
    problems = []
    with sqlite3.connect(library_path) as db:
        last: dict[int, int] = {}
        for line in reported:
            paper_id, n = map(int, line.split())
            last[paper_id] = n
        for paper_id, n in last.items():
            data, tags = db.execute(
                "SELECT n.data, p.tags FROM notes n JOIN papers p ON p.id = n.paper_id WHERE p.id = ?",
                [paper_id],
            ).fetchone()
            notes = json.loads(data)
            stored = int(notes["free_notes"].split()[1])
            if stored < n:
                problems.append(f"paper #{paper_id}: save {n} was reported done but {stored} is on disk")
            if tags != ",".join(notes["tags"]):
                problems.append(f"paper #{paper_id}: table columns disagree with its notes")
            found = db.execute(
                "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?", [f'"t{stored}"']
            ).fetchall()
            if (paper_id,) not in found:
                problems.append(f"paper #{paper_id}: the search index misses its saved notes")
    db.close()
    return problems


def run(kills: int, files: int, seed: int, *, longest: float = 0.3, report=print) -> tuple[int, int, int, list[str]]:
    """Rounds of killed imports and killed notes saves, in turn.

    Returns (rounds survived, processes killed, kills that landed while the
    process was still working, problems found).
    """
    rng = random.Random(seed)
    survived, killed, midway, problems = 0, 0, 0, []
    with tempfile.TemporaryDirectory() as tmp:
        library_path, inbox = prepare(Path(tmp))
        for round_number in range(kills):
            if round_number % 2 == 0:
                # New files each round (plus the last round's, already partly in).
                folder = inbox / f"round-{round_number:04d}"
                write_seed_like_files(folder, files, seed=seed * 100_000 + round_number)
                for target in (folder.parent / f"round-{round_number - 2:04d}", folder):
                    if target.exists():
                        lines = kill_at_random(_IMPORT, [str(library_path), str(target), str(rng.choice((1, 7, 50)))],
                                               rng, longest)
                        killed += 1
                        midway += "done" not in lines
                found = library_problems(library_path)
            else:
                reported = kill_at_random(_SAVE_NOTES, [str(library_path), str(round_number * 1000)], rng, longest)
                killed += 1
                midway += 1
                found = library_problems(library_path) or saved_notes_problems(library_path, reported)
            if found:
                problems += [f"kill {round_number + 1}: {p}" for p in found]
                break
            survived += 1
            if (round_number + 1) % 50 == 0:
                report(f"{round_number + 1} rounds survived")
        if not problems:
            problems += completion_problems(library_path, inbox, Path(tmp))
    return survived, killed, midway, problems


def completion_problems(library_path: Path, inbox: Path, tmp: Path) -> list[str]:
    """Re-running the import keeps every file, as one clean import does.

    (Which of two merged records gives a value depends on the order files
    came in, so the kept files are compared, not the papers' fields.)
    """
    def kept_files(library: Library) -> set[str]:
        return {r[0] for r in library.db.execute("SELECT hash FROM files")}

    with Library(library_path, backup=False) as library:
        results = import_paths(library, [inbox])
        refused = [r.line() for r in results if r.status == "refused"]
        kept = kept_files(library)
    with Library(tmp / "clean.sqlite", backup=False) as clean:
        import_paths(clean, [inbox])
        expected = kept_files(clean)
    problems = [f"refused on the re-run: {line}" for line in refused]
    if kept != expected:
        problems.append(f"after the re-run {len(kept)} files are kept, a clean import keeps {len(expected)}")
    return problems + library_problems(library_path)


def run_large_file(rounds: int, records: int, seed: int, *, longest: float = 2.0,
                   report=print) -> tuple[int, int, list[str]]:
    """Rounds of one large MEDLINE file's import, read in parts by worker
    processes, killed at random: the file must be wholly in or wholly out,
    its papers all indexed, and importing it again must complete it.

    Returns (rounds survived, kills that landed while the import was working,
    problems found).
    """
    from bench_formats import _record, medline

    rng = random.Random(seed)
    survived, midway, problems = 0, 0, []
    with tempfile.TemporaryDirectory() as tmp:
        library_path, inbox = prepare(Path(tmp))
        big = inbox / "export.nbib"
        big.write_text(medline([_record(rng, n) for n in range(records)]), encoding="utf-8")
        prepared = library_path.read_bytes()  # each round starts from it: the file is new to the library
        for round_number in range(rounds):
            for leftover in (Path(f"{library_path}-wal"), Path(f"{library_path}-shm")):
                leftover.unlink(missing_ok=True)  # the last round's, which belong to its library
            library_path.write_bytes(prepared)
            lines = kill_at_random(_IMPORT, [str(library_path), str(big), "2000"], rng, longest)
            midway += "done" not in lines
            found = library_problems(library_path)
            with sqlite3.connect(library_path) as db:
                papers = db.execute("SELECT count(*) FROM papers").fetchone()[0]
                indexed = db.execute("SELECT count(*) FROM papers_fts").fetchone()[0]
            db.close()
            if papers not in (1, 1 + records):
                found.append(f"{papers - 1} of the file's {records} papers are in the library")
            if indexed != papers:
                found.append(f"{indexed} papers in the search index, {papers} in the library")
            if found:
                problems += [f"kill {round_number + 1}: {p}" for p in found]
                break
            survived += 1
            report(f"round {round_number + 1}: {papers - 1} papers in ({'killed mid-work' if 'done' not in lines else 'done'})")
        if not problems:
            with Library(library_path, backup=False) as library:
                import_paths(library, [big])
                if library.count() != 1 + records:
                    problems.append(f"after importing it again, {library.count() - 1} of {records} papers are in")
            problems += library_problems(library_path)
    return survived, midway, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=200, help="rounds: imports and notes saves in turn")
    parser.add_argument("--files", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--longest", type=float, default=0.3,
                        help="latest kill, seconds after the process is ready (imports of 200 files or more "
                             "start worker processes first, about 0.3 s)")
    parser.add_argument("--large-file", type=int, metavar="RECORDS",
                        help="instead: kill imports of one MEDLINE file of this many records (read by workers)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.large_file:
        survived, midway, problems = run_large_file(args.kills, args.large_file, args.seed, longest=args.longest)
        print(f"rounds survived: {survived} of {args.kills}, {midway} killed mid-work ({args.large_file:,} records, "
              f"kills within {args.longest} s, seed {args.seed}, {time.perf_counter() - started:.0f} s)")
        for problem in problems:
            print("PROBLEM:", problem)
        return 1 if problems else 0
    survived, kills, midway, problems = run(args.kills, args.files, args.seed, longest=args.longest)
    print(f"rounds survived: {survived} of {args.kills}; processes killed: {kills}, {midway} of them mid-work "
          f"({args.files} new files per import round, kills within {args.longest} s, seed {args.seed}, "
          f"{time.perf_counter() - started:.0f} s)")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""A fault run: kill -9, a full disk and a locked database during notes saves and imports.

    python benchmarks/fault_run.py [--rounds 50] [--seed 1] [--only kill|full|locked]

Each round runs an editor (a process saving notes through the Library API,
printing each save it was told succeeded) and an importer (a process
importing a folder of new seed-like files) against one library, at once,
and one fault:
- kill: crash_kills.py's rounds, SIGKILL at a random moment (imports and
  notes saves in turn);
- full: the library lives on a small file system that a filler file leaves
  between 0 and 6 MB free (a tmpfs mounted for the run when this process may
  mount one, else a limit on the size of any file a worker writes,
  RLIMIT_FSIZE; the run says which);
- locked: a third process takes the write lock for 0.2-2 s at a random moment
  while the workers wait at most 0.5 s for it.
After every round: SQLite's integrity check passes, every file is wholly in or
wholly out, every save the editor was told succeeded is on disk (or a later
one), every file the importer was told is in is in, and no failure was called
damage. Then the fault is lifted, and the library must open and take a save.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import crash_kills  # noqa: E402
from generate_library import write_seed_like_files  # noqa: E402

from exodesk.library import Library, import_paths  # noqa: E402
from exodesk.library.backup import half_imported, integrity_problems  # noqa: E402
from exodesk.model import Notes  # noqa: E402

_WORKER = """
import os, resource, signal, sqlite3, sys
from pathlib import Path
from exodesk.library import Library, LibraryError, import_paths, store
from exodesk.library.faults import diagnose
from exodesk.model import Notes
mode, path, start, count, size, wait = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:6]), float(sys.argv[6])
store.BUSY_TIMEOUT_SECONDS = wait
if os.environ.get("FILE_LIMIT"):
    limit = int(os.environ["FILE_LIMIT"])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    library = Library(path, backup=False)
except LibraryError as error:
    print("open-failed", error.kind.replace(" ", "-"), flush=True)
    sys.exit(0)
if mode == "edit":
    ids = library.all_ids()
    for n in range(start, start + count):
        paper_id = ids[n % len(ids)]
        try:
            library.save_notes(paper_id, Notes(free_notes=f"edit {n} " + "x" * size, tags=[f"t{n}"]))
            print("saved", paper_id, n, flush=True)
        except (sqlite3.Error, LibraryError) as error:
            kind = getattr(error, "kind", None) or diagnose(Path(path), error)[0]
            print("failed", paper_id, n, kind.replace(" ", "-"), str(error).replace(" ", "_")[:80], flush=True)
else:
    for result in import_paths(library, [sys.argv[7]]):
        print("file", result.status.replace(" ", "-"), result.path.name, result.reason.replace(" ", "_")[:200],
              flush=True)
"""

_HOLD = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("ROLLBACK")
"""


def start_worker(args: list[str], *, file_limit: int | None = None) -> subprocess.Popen:
    # The worker limits itself: a preexec_fn is unsafe in a process with threads.
    env = {**os.environ, "FILE_LIMIT": str(file_limit or "")}
    return subprocess.Popen([sys.executable, "-c", _WORKER, *args], stdout=subprocess.PIPE, text=True, env=env)


def round_problems(library_path: Path, edits: list[str], imports: list[str], folder: Path) -> tuple[list[str], Counter]:
    """What the round lost or damaged, and a count of what its workers were told."""
    told = Counter(line.split()[0] + (":" + line.split()[3] if line.startswith("failed") else "")
                   + (":" + line.split()[1] if line.startswith("file") else "") for line in edits + imports)
    problems = integrity_problems(library_path)
    if problems:
        return problems, told
    with contextlib.closing(sqlite3.connect(library_path)) as db:
        problems += half_imported(db)
        saved: dict[int, int] = {}
        for line in edits:
            if line.startswith("saved"):
                _, paper_id, n = line.split()
                saved[int(paper_id)] = int(n)
        for paper_id, n in saved.items():
            stored = int(json.loads(db.execute("SELECT data FROM notes WHERE paper_id = ?",
                                               [paper_id]).fetchone()[0])["free_notes"].split()[1])
            if stored < n:
                problems.append(f"paper #{paper_id}: save {n} was acknowledged, {stored} is on disk")
        kept = {h for (h,) in db.execute("SELECT hash FROM files")}
        for line in imports:
            parts = line.split()
            if (parts[0] == "file" and parts[1] in ("imported", "imported-with-gaps", "merged")
                    and hashlib.sha256((folder / parts[2]).read_bytes()).hexdigest() not in kept):
                problems.append(f"{parts[2]} was reported {parts[1]} but is not in the library")
    problems += [f"a failure was called damage: {line}" for line in edits + imports if "damaged" in line]
    return problems, told


def lifted(library_path: Path) -> list[str]:
    """With the fault gone, the library opens and takes a save."""
    with Library(library_path, backup=False) as library:
        library.save_notes(library.all_ids()[0], Notes(free_notes="edit 0 after the fault"))
    return integrity_problems(library_path)


def prepare(folder: Path) -> Path:
    library_path = folder / "library.sqlite"
    with Library(library_path, backup=False) as library:
        import_paths(library, write_seed_like_files(folder / "first", 20, seed=0))
    return library_path


def run_workers(library_path: Path, inbox: Path, round_number: int, rng: random.Random, *, wait: float,
                file_limit: int | None = None, during=None) -> tuple[list[str], list[str], Path]:
    folder = inbox / f"round-{round_number:03d}"
    write_seed_like_files(folder, 12, seed=1000 + round_number)
    common = [str(library_path), str(round_number * 1000), "40", str(rng.choice((200, 4000, 20000))), str(wait)]
    editor = start_worker(["edit", *common], file_limit=file_limit)
    importer = start_worker(["import", *common, str(folder)], file_limit=file_limit)
    if during:
        during()
    edits = editor.communicate(timeout=600)[0].splitlines()
    imports = importer.communicate(timeout=600)[0].splitlines()
    return edits, imports, folder


@contextlib.contextmanager
def small_disk(folder: Path, megabytes: int):
    """A tmpfs of `megabytes` at `folder`, or None when this process may not mount one."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(folder)],
                             capture_output=True, check=False).returncode == 0
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def run_full(rounds: int, seed: int, report=print) -> tuple[int, Counter, list[str], str]:
    rng = random.Random(seed)
    told: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        disk = Path(tmp) / "disk"
        with small_disk(disk, 24) as mounted:
            how = "a 24 MB tmpfs" if mounted else "RLIMIT_FSIZE (no mount allowed here)"
            library_path = prepare(disk if mounted else Path(tmp))
            filler = disk / "filler"
            for round_number in range(rounds):
                free_wanted = rng.randint(0, 6 * 1024 * 1024)
                file_limit = None
                if mounted:
                    filler.unlink(missing_ok=True)
                    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
                    with open(filler, "wb") as handle:
                        handle.write(b"\0" * max(0, free - free_wanted))
                else:
                    file_limit = library_path.stat().st_size + free_wanted
                edits, imports, folder = run_workers(library_path, Path(tmp) / "inbox", round_number, rng,
                                                     wait=30, file_limit=file_limit)
                problems, counts = round_problems(library_path, edits, imports, folder)
                told += counts
                filler.unlink(missing_ok=True)
                problems = problems or lifted(library_path)
                if problems:
                    return round_number, told, [f"full round {round_number + 1}: {p}" for p in problems], how
                if (round_number + 1) % 10 == 0:
                    report(f"full disk: {round_number + 1} rounds")
    return rounds, told, [], how


def run_locked(rounds: int, seed: int, report=print) -> tuple[int, Counter, list[str]]:
    rng = random.Random(seed)
    told: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        library_path = prepare(Path(tmp))
        for round_number in range(rounds):
            def hold() -> None:
                time.sleep(rng.uniform(0, 0.5))
                holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(library_path), str(rng.uniform(0.2, 2))],
                                          stdout=subprocess.PIPE, text=True)
                holder.stdout.readline()
                hold.process = holder

            edits, imports, folder = run_workers(library_path, Path(tmp) / "inbox", round_number, rng, wait=0.5,
                                                 during=hold)
            hold.process.wait(timeout=60)
            problems, counts = round_problems(library_path, edits, imports, folder)
            told += counts
            problems = problems or lifted(library_path)
            if problems:
                return round_number, told, [f"locked round {round_number + 1}: {p}" for p in problems]
            if (round_number + 1) % 10 == 0:
                report(f"locked: {round_number + 1} rounds")
    return rounds, told, []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=("kill", "full", "locked"))
    args = parser.parse_args(argv)
    problems: list[str] = []
    if args.only in (None, "kill"):
        started = time.perf_counter()
        survived, killed, midway, found = crash_kills.run(args.rounds, 60, args.seed)
        problems += found
        print(f"kill -9: {survived} of {args.rounds} rounds survived, {killed} processes killed, {midway} mid-work "
              f"({time.perf_counter() - started:.0f} s)")
    if args.only in (None, "full"):
        started = time.perf_counter()
        survived, told, found, how = run_full(args.rounds, args.seed)
        problems += found
        print(f"full disk ({how}): {survived} of {args.rounds} rounds survived; workers were told: "
              f"{dict(sorted(told.items()))} ({time.perf_counter() - started:.0f} s)")
    if args.only in (None, "locked"):
        started = time.perf_counter()
        survived, told, found = run_locked(args.rounds, args.seed)
        problems += found
        print(f"locked database: {survived} of {args.rounds} rounds survived; workers were told: "
              f"{dict(sorted(told.items()))} ({time.perf_counter() - started:.0f} s)")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

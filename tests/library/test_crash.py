"""Killing ExoDesk mid-import or mid-save never damages the library or loses a note.

A short, fixed-seed run of benchmarks/crash_kills.py (which says what is
checked after each kill); the long run's figures are in benchmarks/README.md.
"""
# SQLite only: a process killed while writing a file (the server keeps its own transactions).

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from crash_kills import run  # noqa: E402


def test_twenty_rounds_of_sigkill_during_imports_and_notes_saves_lose_nothing():
    survived, killed, midway, problems = run(20, 60, seed=5, longest=0.15, report=lambda line: None)
    assert problems == []
    assert survived == 20
    # The kills must have hit work in progress, not only idle processes.
    assert midway >= 10, (killed, midway)


def test_sigkill_while_worker_processes_read_the_files_ahead_loses_nothing():
    # 250 files an import: enough that worker processes read them ahead of
    # the one storing them (library/parallel.py); kills land up to 1.5 s in,
    # after the workers have started and batches are being stored.
    survived, killed, midway, problems = run(6, 250, seed=9, longest=1.5, report=lambda line: None)
    assert problems == []
    assert survived == 6
    assert midway >= 3, (killed, midway)


def test_sigkill_during_a_large_file_read_by_workers_leaves_it_wholly_in_or_out():
    # A 1,500-record MEDLINE file (3.8 MB) is read in parts by worker processes
    # while this process stores them in one transaction: killed at any moment,
    # the library holds all of it or none, indexed, and a new import completes it.
    from crash_kills import run_large_file

    survived, midway, problems = run_large_file(4, 1500, seed=4, longest=0.6, report=lambda line: None)
    assert problems == []
    assert survived == 4
    assert midway >= 2

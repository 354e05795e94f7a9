"""How an import is made fast: the one place that says so.

    import_paths (importing.py)                      worker processes (here)
      collect_files: the files, in name order
      FilesAhead (200 files or more): what workers
      share is built first (_build_shared, if they
      are forked); they are given the library's
      file hashes and match keys    -- jobs of 16 files -->  examine_files
      (into a new library, which has none, the
      command line does all this before it makes
      the library: begin_import)
        <-- Examined: the hash, the reader, prepared papers --  examine (examine.py):
                                                                  hash (a file the library
                                                                  holds is not read); choose
                                                                  a reader; read; suggest
                                                                  notes (none for a paper
                                                                  whose key the library
                                                                  holds); prepare rows
      a batch of files (one transaction, one disk sync)
        a file (a savepoint: all of it or none)
          a file no worker read: examine here; a large
          one (2 MB) is cut by its reader's split() ------->  read_part, a part each
          _store: KeyMatcher (matching.py) finds each paper's duplicate, one
          question per key column; NewPapers inserts the new ones together (a
          new one a worker left without notes gets them here: with_suggestions);
          Merges writes each merged paper once; the search index is written at
          the batch's end (Library.index_deferred)

Workers prepare each paper's row, JSON and index text (library/prepared.py),
so what comes back is a few strings per paper, and the importing process
only stores. With one file, reading and writing overlap part by part; with
many, workers read ahead while this process stores in file order.

How workers start is decided in one place, `start_workers`: by "fork" on
Linux when this process runs a single thread (the command line), so they are
ready at once with ExoDesk already loaded; by "spawn" everywhere else. The
window imports from a thread, and a forked copy of a threaded process can hang
on a lock another thread held; macOS does not support fork with its system
libraries. Any trouble with the workers (they cannot start, one dies) and the
rest is read in this process instead: the result is the same.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from exodesk.importers import Parsed, Refused, Source
from exodesk.importers.base import RecordProblem
from exodesk.library.merge import match_keys
from exodesk.library.prepared import Prepared, prepare, stored_text
from exodesk.model import Paper

# Below this much text a file is read in this process: starting workers costs
# about a third of a second, which only a large file wins back.
PARALLEL_MIN_CHARS = 2_000_000
# Parts per worker: small enough that writing starts soon, large enough that
# sending them costs little.
PARTS_PER_WORKER = 6
MAX_WORKERS = 4
WORKER_NICENESS = 5


@dataclass
class Part:
    """Papers read from one part of a file, and what could not be read."""

    prepared: list[Prepared] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)  # numbered within the part
    warnings: list[str] = field(default_factory=list)
    records: int = 0  # records in the part; 0 when it is one single-paper file
    refusal: str = ""  # why nothing in the part could be read
    # Papers (their places in `prepared`) whose notes a worker did not suggest:
    # the library holds a paper with one of their keys, so they are most
    # likely not new (with_suggestions, should one be new after all).
    unsuggested: set[int] = field(default_factory=set)


def worth_workers(size: int) -> bool:
    """Whether a file of `size` bytes is read by workers, if its reader can split it."""
    return size >= PARALLEL_MIN_CHARS and _cores() > 1


def _cores() -> int:
    return os.cpu_count() or 1


class JobGate:
    """What workers and the importing process share to stop work safely: which
    worker is in the middle of a job, and whether work has stopped. A worker
    may be ended at once only in the middle of a job: between jobs it may be
    sending a result, and ended half-way through it would leave the pool's
    thread in the importing process waiting for the rest for ever, and that
    process unable to end. Shared memory, not a signal, so that it holds where
    ending a process sends none (Windows)."""

    def __init__(self, context, workers: int):
        self.lock = context.Lock()
        self.stopping = context.Value("b", 0, lock=False)
        self.pids = context.Array("q", workers, lock=False)  # a worker's place: its process id
        self.in_job = context.Array("b", workers, lock=False)

    def join(self) -> None:
        """In a worker, as it starts: take a place."""
        with self.lock:
            _place["at"] = list(self.pids).index(0)
            self.pids[_place["at"]] = os.getpid()

    def begin_job(self) -> bool:
        """In a worker: whether to do the job it was given (not once work has stopped)."""
        with self.lock:
            if self.stopping.value:
                return False
            self.in_job[_place["at"]] = 1
            return True

    def end_job(self) -> None:
        with self.lock:
            self.in_job[_place["at"]] = 0

    def stop(self) -> set[int] | None:
        """Stop all work: the process ids of the workers in the middle of a job,
        which can be ended at once; None when that cannot be told (a worker
        ended while it held the lock)."""
        if not self.lock.acquire(timeout=STOP_LOCK_SECONDS):
            return None
        try:
            self.stopping.value = 1
            return {pid for pid, busy in zip(self.pids, self.in_job, strict=True) if busy}
        finally:
            self.lock.release()


# In a worker: its place in the JobGate, and the gate.
_place: dict[str, int] = {"at": -1}
_gate: dict[str, JobGate | None] = {"gate": None}
STOP_LOCK_SECONDS = 1.0


class Workers:
    """Worker processes: the standard library's pool, how many processes it
    has, the processes themselves, so that `stop` can end them at once, and
    the gate that says which of them may be ended."""

    def __init__(self, pool: ProcessPoolExecutor, count: int, processes: list[multiprocessing.process.BaseProcess],
                 gate: JobGate | None = None):
        self.pool, self.count, self.processes, self.gate = pool, count, processes, gate

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        return self.pool.submit(_run_job, function, *args)

    def close(self, *, wait: bool = False) -> None:
        """No more work: what is waiting is cancelled; with `wait`, return once
        the work in hand is done and the processes have ended."""
        self.pool.shutdown(wait=wait, cancel_futures=True)

    def stop(self) -> None:
        """End the processes now, even in the middle of a file (after a cancel,
        or when the import is over): nothing they hold is needed any more.
        A worker between jobs is not ended: it does no more jobs, and the
        pool's shutdown ends it once its last result is sent (JobGate)."""
        self.close()
        busy = self.gate.stop() if self.gate is not None else None
        for process in self.processes:
            if process.is_alive() and (busy is None or process.pid in busy):
                process.terminate()


def start_workers(workers: int | None = None, *, known_files: frozenset[str] = frozenset(),
                  known_keys: frozenset[tuple[str, str]] = frozenset()) -> Workers | None:
    """Worker processes, starting now (spawned, they take about a third of a
    second to be ready, which can pass while this process decodes and
    recognises the file; forked, they are ready at once). `known_files` are
    the hashes of files already in the library, which workers do not read;
    `known_keys` the match keys of its papers, whose likely duplicates workers
    suggest no notes for."""
    workers = workers or min(_cores(), MAX_WORKERS)
    before = set(multiprocessing.active_children())
    try:
        context = _start_method()
        gate = JobGate(context, workers)
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                   initargs=(known_files, known_keys, gate))
        # A first task each: every process starts now (a pool starts them as
        # work comes), and is one of the children that were not there before.
        for _ in range(workers):
            pool.submit(_ready)
    except (OSError, ValueError, RuntimeError):  # no processes to be had here
        return None
    return Workers(pool, workers, [p for p in multiprocessing.active_children() if p not in before], gate)


def _build_shared(suggest: bool) -> None:
    """Before workers are forked to read many files of every kind: what
    reading Chinese text and suggesting notes build on first use (the Chinese
    converters' tables, the suggestion engine's modules, patterns and
    vocabularies), built once here for all of them, instead of in each worker
    on its first file (about 0.2 s of processor time each). Not for one large
    file, which may hold no Chinese."""
    from exodesk.text.chinese import chinese_script

    chinese_script(_SAMPLE_CHINESE)  # both ways (Traditional to Simplified and back)
    if suggest:  # the Hong Kong converter too
        from exodesk.evidence.suggest import suggest_notes
        from exodesk.model import Abstract

        suggest_notes(Paper(title=_SAMPLE_TITLE, abstracts=[Abstract("en", _SAMPLE_TITLE),
                                                            Abstract("zh-Hans", _SAMPLE_CHINESE)]))


# A paper the suggestion engine reads through, to build everything it uses.
_SAMPLE_TITLE = "Exosomes for acne scars in 20 patients: a randomized controlled trial."
_SAMPLE_CHINESE = "外泌体治疗痤疮疤痕的随机对照试验。"


def _start_method():
    """Fork only where it is safe: Linux, no Qt in this process (its threads
    are invisible to Python's threading module), and no other thread that
    could hold a lock at the moment of the copy. (The pool forks all its
    workers at its first task, before it starts its own thread.) The library's
    connection is copied too but never used in a worker, which touches no
    database."""
    alone = threading.current_thread() is threading.main_thread() and threading.active_count() == 1
    if sys.platform.startswith("linux") and alone and "PySide6" not in sys.modules:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


# In a worker: what the library held when the import began, "files" (the
# hashes of its files) and "keys" (its papers' match keys, merge.LOOKUP_COLUMNS).
_in_library: dict[str, frozenset] = {"files": frozenset(), "keys": frozenset()}


def known_before(file_hash: str) -> bool:
    """In a worker: whether this exact file was in the library already. Such a
    file is not read (a folder imported again costs only its hashing); the
    importing process checks again, and reads it itself if it is gone since."""
    return file_hash in _in_library["files"]


def _start_worker(known_files: frozenset[str], known_keys: frozenset[tuple[str, str]], gate: JobGate) -> None:
    _in_library.update(files=known_files, keys=known_keys)
    gate.join()
    _gate["gate"] = gate
    _end_with_parent()
    # The process that stores the papers is the one everything waits for:
    # the workers give it way, and use what processor time it leaves.
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)


def _run_job(function: Callable[..., Any], *args: Any) -> Any:
    """In a worker: a job submitted through Workers.submit, unless work has
    stopped (a job already on its way to the worker is not wanted then)."""
    gate = _gate["gate"]
    if gate is None:
        return function(*args)
    if not gate.begin_job():
        return None
    try:
        return function(*args)
    finally:
        gate.end_job()


def _end_with_parent() -> None:
    """In a worker: end when the process that started it ends, however it
    ended. A worker waiting for work never learns of a parent that was
    killed, and would wait for ever."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # returns when the parent is gone
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _ready() -> None:
    """Nothing: a first task, so that each worker starts (and loads what a
    piece needs, by unpickling this function) while it is not yet needed."""


def prepared_parts(importer: ModuleType, source: Source, *, suggest: bool = False,
                   pool: Workers | None = None) -> Iterator[Part]:
    """The file's papers, prepared, part by part in file order. With a pool of
    workers and a reader that can split the file, parts are read in the pool;
    the pool is shut down when the parts are done.

    Record numbers in each part's problems count from the start of the file.
    """
    text = source.text
    split = getattr(importer, "split", None)
    if pool is None or split is None or text is None or len(text) < PARALLEL_MIN_CHARS:
        if pool is not None:
            pool.close()
        yield read_part(importer, source, suggest=suggest, keep_papers=True)
        return
    pieces = split(text, pool.count * PARTS_PER_WORKER)
    offset = done = 0
    try:
        futures: list[Future] = [
            pool.submit(_read_piece, importer.__name__, source.path.name, piece, suggest) for piece in pieces[1:]
        ]
        # The first piece is read here, while the workers are still starting
        # (about a third of a second), so that writing starts at once.
        part = read_part(importer, Source.from_text(source.path, pieces[0]), suggest=suggest, keep_papers=True)
        offset = _renumber(part, offset)
        done += 1
        yield part
        for future in futures:
            part = future.result()
            offset = _renumber(part, offset)
            done += 1
            yield part
    except Exception:  # a worker could not start or died (BrokenProcessPool): go on here
        pass
    finally:
        pool.close(wait=True)
    for piece in pieces[done:]:
        part = read_part(importer, Source.from_text(source.path, piece), suggest=suggest)
        offset = _renumber(part, offset)
        yield part


def read_part(importer: ModuleType, source: Source, *, suggest: bool = False,
              keep_papers: bool = False) -> Part:
    """Read a file, or a part of one, and prepare its papers. Never raises for
    the file's content: a refusal, or a reader's bug, comes back as `refusal`."""
    try:
        parsed = importer.parse(source)
    except Refused as refusal:
        return Part(problems=refusal.problems, records=refusal.records, refusal=str(refusal))
    except Exception as error:  # a reader's bug must not stop the other files
        return Part(refusal=f"could not be read ({type(error).__name__}: {error})")
    return _prepared(parsed, source.path.name, importer.NAME, suggest, keep_papers)


def _read_piece(module: str, file_name: str, text: str, suggest: bool) -> Part:
    """In a worker: one piece of a large file, read by the reader's own module
    alone (the whole registry would double the worker's start)."""
    importer = importlib.import_module(module)
    with cycle_collection_paused():
        return read_part(importer, Source.from_text(Path(file_name), text), suggest=suggest)


@contextlib.contextmanager
def cycle_collection_paused():
    """A 10,000-record file makes about a million small objects while it is
    read and stored, and the cycle collector, started again and again by them,
    walked the growing heap each time: a tenth of the import. Records hold no
    reference cycles, so collection waits until the file (or a piece of it,
    in a worker) is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _prepared(parsed: Parsed, file_name: str, importer_name: str, suggest: bool, keep_papers: bool) -> Part:
    part = Part(problems=parsed.problems, warnings=parsed.warnings, records=parsed.records)
    file_name = stored_text(file_name)
    in_library = _in_library["keys"]
    for paper in parsed.papers:
        _stamp(paper, file_name, importer_name)
        notes = None
        if suggest:
            # Notes are kept for new papers only: a paper the library most
            # likely holds (a shared key) is left to with_suggestions.
            if in_library and not in_library.isdisjoint(match_keys(paper)):
                part.unsuggested.add(len(part.prepared))
            else:
                notes = _suggested(paper, part)
        part.prepared.append(prepare(paper, notes, keep_paper=keep_papers))
    return part


def with_suggestions(prepared: Prepared, part: Part) -> Prepared:
    """A paper left without suggested notes (Part.unsuggested), prepared
    again with them: it is new to the library after all."""
    paper = prepared.record()
    return prepare(paper, _suggested(paper, part))


def _suggested(paper: Paper, part: Part):
    """Suggested notes, or none: a paper whose abstract trips the suggestion
    engine is still imported, and the warning says so."""
    from exodesk.evidence.suggest import (
        suggest_notes,  # only when asked: keeps start-up light
    )

    try:
        return suggest_notes(paper)
    except Exception as error:
        logging.getLogger("exodesk.import").error("Suggesting notes failed", exc_info=True)
        warning = f"no notes suggested: the abstract could not be read for them ({type(error).__name__})"
        if warning not in part.warnings:
            part.warnings.append(warning)
        return None


def _stamp(paper: Paper, file_name: str, importer_name: str) -> None:
    """Every field remembers which file and which reader it came from."""
    for provenance in paper.provenance.values():
        provenance.file = provenance.file or file_name
        provenance.importer = provenance.importer or importer_name


def _renumber(part: Part, offset: int) -> int:
    """Number the part's problems from the start of the file; the new offset."""
    part.problems = [RecordProblem(p.number + offset, p.reason) for p in part.problems]
    return offset + part.records


# Fewer files than this are read here: starting workers costs more than they save.
MANY_FILES = 200
FILES_PER_JOB = 16
JOBS_AHEAD_PER_WORKER = 4  # bounds the files read but not yet stored (a folder of PDFs is large)


class Cancelled(Exception):
    """The person cancelled the import: the file in hand is left out whole."""


# How often a wait for the workers looks whether the import was cancelled.
CANCEL_POLL_SECONDS = 0.1


class FilesAhead:
    """Many small files read and recognised by workers ahead of the importing
    process, which stores them in order: `get(i)` is file i examined, or None
    when this process must read it itself (few files, or the workers failed).
    Only a few jobs of files are read ahead of the one being stored. While it
    waits for them, `get` raises Cancelled as soon as `cancelled()` says so.
    `known_files()` and `known_keys()` give the hashes of the files already in
    the library and its papers' match keys, asked only when workers start."""

    def __init__(self, files: list, suggest: bool, cancelled=None, known_files=frozenset, known_keys=frozenset):
        self.files, self.suggest, self.cancelled = files, suggest, cancelled
        self.pool = None
        if len(files) >= MANY_FILES and _cores() > 1:
            if _start_method().get_start_method() == "fork":
                _build_shared(suggest)
            self.pool = start_workers(known_files=known_files(), known_keys=known_keys() if suggest else frozenset())
        self.jobs: dict[int, Future] = {}
        self.examined: dict[int, object] = {}
        self.submitted = 0
        if self.pool is not None:
            # The first jobs go now: the workers read while this process makes
            # the library (loading the database layer: 0.07 s), instead of
            # waiting for its first `get`.
            try:
                self._submit_until(self.pool, JOBS_AHEAD_PER_WORKER * self.pool.count)
            except Exception:  # the workers could not start: the files are read here
                self.close()

    def get(self, index: int):
        if self.pool is None:
            return None
        job = index // FILES_PER_JOB
        if index not in self.examined:
            try:
                self._submit_until(self.pool, job + JOBS_AHEAD_PER_WORKER * self.pool.count)
                found = self._result(self.jobs.pop(job))
            except Cancelled:
                self.close()
                raise
            except Exception:  # a worker died or could not start: read the rest here
                self.close()
                return None
            self.examined.update(enumerate(found, job * FILES_PER_JOB))
        # Handed over once: a file is stored, or refused, and never asked for
        # again, so what it holds (a PDF can be 200 MB) goes with it.
        return self.examined.pop(index, None)

    def _result(self, future: Future):
        if self.cancelled is None:
            return future.result()
        while True:
            try:
                return future.result(timeout=CANCEL_POLL_SECONDS)
            except FutureTimeout:
                if self.cancelled():
                    raise Cancelled from None

    def _submit_until(self, pool: Workers, last_job: int) -> None:
        from exodesk.library.examine import examine_files

        jobs = (len(self.files) + FILES_PER_JOB - 1) // FILES_PER_JOB
        while self.submitted <= min(last_job, jobs - 1):
            start = self.submitted * FILES_PER_JOB
            chunk = self.files[start : start + FILES_PER_JOB]
            self.jobs[self.submitted] = pool.submit(examine_files, chunk, self.suggest)
            self.submitted += 1

    def close(self) -> None:
        """Stop the workers now, even in the middle of a file (after a cancel,
        or when the import is over): nothing they hold is needed any more."""
        if self.pool is not None:
            self.pool.stop()
            self.pool = None

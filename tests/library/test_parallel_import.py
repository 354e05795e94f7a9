"""A large bibliography file read in parts by worker processes gives exactly
what reading it whole in one process gives: the same papers, merges, record
numbers of the records that could not be read, and warnings."""

import gc
import hashlib
import os
import subprocess
import sys
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest
from library_helpers import import_log

from exodesk.library import Library, import_paths, importing, parallel
from exodesk.model import Notes, Paper, title_key

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "importers" / "fixtures"
# Each flavour with a broken record, repeated so the file has many parts and
# the same papers come back again and again (merged into the first ones).
FILES = {
    "export.nbib": ["medline/broken_record.nbib", "medline/pubmed_two_records.nbib"],
    "export.bib": ["bibtex/chinese_with_broken_entry.bib", "bibtex/zotero.bib", "bibtex/mendeley.bib"],
    "export.ris": ["ris/broken_record.ris", "ris/endnote.ris", "ris/mendeley.ris"],
}


def big_file(tmp_path, name):
    text = "\n\n".join((FIXTURES / part).read_text(encoding="utf-8") for part in FILES[name])
    path = tmp_path / name
    path.write_text("\n\n".join([text] * 25), encoding="utf-8")
    return path


def parts_counted(monkeypatch) -> list:
    """The parts of a file as the importer takes them, gathered as they come."""
    parts = []
    original = parallel.prepared_parts

    def counting(*args, **kwargs):
        for part in original(*args, **kwargs):
            parts.append(part)
            yield part

    monkeypatch.setattr(parallel, "prepared_parts", counting)
    return parts


def imported(library, path, monkeypatch, *, workers):
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 1 if workers else 10**12)
    monkeypatch.setattr(parallel, "worth_workers", lambda size: workers)  # even on one processor
    counted = parts_counted(monkeypatch)
    with library:
        (result,) = import_paths(library, [path])
        papers = [library.get(i).to_json() for i in library.all_ids()]
    return result, papers, len(counted)


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_file_read_by_workers_gives_what_one_process_gives(new_library, second_library, tmp_path, monkeypatch,
                                                             name):
    path = big_file(tmp_path, name)
    alone, alone_papers, alone_parts = imported(new_library, path, monkeypatch, workers=False)
    shared, shared_papers, shared_parts = imported(second_library, path, monkeypatch, workers=True)
    assert alone_parts == 1 and shared_parts > 4  # the workers really read it, in parts
    assert (shared.status, shared.reason, shared.warnings) == (alone.status, alone.reason, alone.warnings)
    assert shared.paper_ids == alone.paper_ids
    assert shared_papers == alone_papers
    assert "not read: record" in alone.reason  # the broken records are reported by number


def test_cancel_between_the_parts_of_a_large_file_leaves_all_of_it_out(new_library, tmp_path, monkeypatch):
    path = big_file(tmp_path, "export.bib")
    monkeypatch.setattr(parallel, "PARALLEL_MIN_CHARS", 1)
    monkeypatch.setattr(parallel, "worth_workers", lambda size: True)
    parts = parts_counted(monkeypatch)
    library = new_library
    # The person presses Cancel once two parts are stored.
    assert import_paths(library, [path], cancelled=lambda: len(parts) >= 2) == []
    assert len(parts) == 2
    for table in ("papers", "files", "import_log"):
        assert library.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert library.indexed_ids() == set()


def test_if_the_workers_fail_the_file_is_read_here(new_library, second_library, tmp_path, monkeypatch):
    path = big_file(tmp_path, "export.nbib")
    alone, alone_papers, _ = imported(new_library, path, monkeypatch, workers=False)

    start_workers = parallel.start_workers

    def broken_pool():
        pool = start_workers(2)
        pool.close(wait=True)  # every piece sent to it now fails
        return pool

    monkeypatch.setattr(parallel, "start_workers", broken_pool)
    rescued, rescued_papers, parts = imported(second_library, path, monkeypatch, workers=True)
    assert parts > 4
    assert (rescued.status, rescued.reason, rescued.paper_ids) == (alone.status, alone.reason, alone.paper_ids)
    assert rescued_papers == alone_papers


def test_a_bibtex_file_keeps_its_line_numbers_when_cut_into_pieces():
    from exodesk.importers import bibtex

    text = (FIXTURES / "bibtex/chinese_with_broken_entry.bib").read_text(encoding="utf-8")
    text = "\n\n".join([text] * 10)
    pieces = bibtex.split(text, 6)
    assert len(pieces) > 1
    assert "".join(piece.lstrip("\n") for piece in pieces).replace("\n", "") == text.replace("\n", "")
    whole = [p.reason for p in bibtex.parse(_source(text)).problems]
    cut = [p.reason for piece in pieces for p in bibtex.parse(_source(piece)).problems]
    assert cut == whole and any("line" in reason for reason in whole)


def _source(text):
    from exodesk.importers import Source

    return Source.from_text(Path("export.bib"), text)


def many_files(tmp_path):
    """Seeds and samples of every kind, a file twice, and files to refuse."""
    folder = tmp_path / "folder"
    folder.mkdir()
    samples = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix != ".json")
    for number, sample in enumerate(samples):
        (folder / f"{number:03d}-{sample.name}").write_bytes(sample.read_bytes())
    (folder / "again.txt").write_bytes(samples[0].read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "noise.bin").write_bytes(bytes(range(256)) * 40)
    return folder


def imported_folder(library, folder, monkeypatch, *, workers, read_ahead=None):
    monkeypatch.setattr(parallel, "MANY_FILES", 2 if workers else 10**9)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)  # even on one processor
    get = parallel.FilesAhead.get
    handed = [] if read_ahead is None else read_ahead

    def counting_get(self, index):
        examined = get(self, index)
        handed.append(examined is not None)
        return examined

    monkeypatch.setattr(parallel.FilesAhead, "get", counting_get)
    with library:
        results = import_paths(library, [folder])
        papers = [library.get(i).to_json() for i in library.all_ids()]
    monkeypatch.setattr(parallel.FilesAhead, "get", get)
    return [(r.path.name, r.status, r.reason, r.importer, r.paper_ids, r.warnings) for r in results], papers


def test_many_files_read_ahead_by_workers_import_as_one_process_imports_them(new_library, second_library, tmp_path,
                                                                            monkeypatch):
    folder = many_files(tmp_path)
    alone = imported_folder(new_library, folder, monkeypatch, workers=False)
    read_ahead = []
    shared = imported_folder(second_library, folder, monkeypatch, workers=True, read_ahead=read_ahead)
    assert all(read_ahead) and len(read_ahead) == len(alone[0])  # the workers read every file
    assert shared == alone
    statuses = {status for _name, status, *_ in alone[0]}
    assert {"imported", "merged", "refused", "already in the library"} <= statuses and len(alone[0]) > 80


def test_if_the_workers_reading_ahead_fail_the_files_are_read_here(new_library, second_library, tmp_path,
                                                                  monkeypatch):
    folder = many_files(tmp_path)
    alone = imported_folder(new_library, folder, monkeypatch, workers=False)

    class Broken:
        def submit(self, *args, **kwargs):
            raise RuntimeError("the workers could not start")

        def shutdown(self, **kwargs):
            pass

    monkeypatch.setattr(parallel, "start_workers", lambda workers=None, **options: parallel.Workers(Broken(), 2, []))
    assert imported_folder(second_library, folder, monkeypatch, workers=True) == alone


def test_cancel_stops_an_import_that_waits_for_the_workers(new_library, tmp_path, monkeypatch):
    folder = many_files(tmp_path)

    class Stuck:  # workers that never answer, as on a file that never ends
        stopped = False

        def submit(self, *args, **kwargs):
            future = Future()
            # Answers (nothing) after a long while, so that code unable to cancel fails instead of hanging.
            timer = threading.Timer(20, lambda: future.done() or future.set_result([]))
            timer.daemon = True
            timer.start()
            return future

        def shutdown(self, **kwargs):
            Stuck.stopped = True

    monkeypatch.setattr(parallel, "MANY_FILES", 2)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel, "start_workers", lambda workers=None, **options: parallel.Workers(Stuck(), 2, []))
    asked = []

    def cancelled():  # the person presses Cancel while the first files are awaited
        asked.append(1)
        return len(asked) > 3

    with new_library as library:
        assert import_paths(library, [folder], cancelled=cancelled) == []
        assert library.count() == 0 and import_log(library) == []
    assert Stuck.stopped


@pytest.mark.skipif(not hasattr(os, "nice"), reason="process priority is set only where os.nice exists")
def test_workers_give_way_to_the_process_that_stores_the_papers():
    pool = parallel.start_workers(1)
    try:
        # 19 is the lowest priority there is: a process already run at low priority stops there
        expected = min(os.nice(0) + parallel.WORKER_NICENESS, 19)
        assert pool.submit(os.nice, 0).result(timeout=60) == expected
    finally:
        pool.close(wait=True)


def test_cycle_collection_is_paused_while_a_file_is_read_and_comes_back_after():
    assert gc.isenabled()
    with parallel.cycle_collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), parallel.cycle_collection_paused():
        raise ValueError("a reader's bug")
    assert gc.isenabled()


def test_files_already_in_the_library_are_not_read_again_by_the_workers(new_library, tmp_path, monkeypatch):
    folder = many_files(tmp_path)
    monkeypatch.setattr(parallel, "MANY_FILES", 2)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    get, handed = parallel.FilesAhead.get, []
    monkeypatch.setattr(parallel.FilesAhead, "get", lambda self, i: handed.append(get(self, i)) or handed[-1])
    with new_library as library:
        first = import_paths(library, [folder])
        handed.clear()
        again = import_paths(library, [folder])
    stored = [r.path.name for r in first if r.paper_ids]
    assert stored and len(handed) == len(first)
    unread = {e.path.name for e in handed if e is not None and e.file_hash and not e.importer and not e.refusal}
    assert unread == set(stored)
    assert [(r.path.name, r.status, r.paper_ids) for r in again if r.path.name in unread] == [
        (name, "already in the library", r.paper_ids) for name, r in ((r.path.name, r) for r in first if r.paper_ids)]


def test_a_file_the_workers_took_for_known_but_is_not_is_read_here(new_library, second_library, tmp_path,
                                                                  monkeypatch):
    # Another process may take papers out of the library while workers read ahead.
    folder = many_files(tmp_path)
    alone = imported_folder(new_library, folder, monkeypatch, workers=False)
    hashes = frozenset(hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir())
    monkeypatch.setattr(importing, "_kept_files", lambda library: hashes)
    assert imported_folder(second_library, folder, monkeypatch, workers=True) == alone


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked only on Linux")
def test_workers_are_forked_only_by_a_process_without_other_threads_or_qt(monkeypatch):
    # As in the command line (pytest itself has loaded Qt and may run threads).
    monkeypatch.delitem(sys.modules, "PySide6", raising=False)
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)
    assert parallel._start_method().get_start_method() == "fork"
    monkeypatch.setitem(sys.modules, "PySide6", sys)  # the window's process, whatever thread it imports on
    assert parallel._start_method().get_start_method() == "spawn"
    monkeypatch.delitem(sys.modules, "PySide6")
    methods = []  # an import on a thread of its own
    thread = threading.Thread(target=lambda: methods.append(parallel._start_method().get_start_method()))
    thread.start()
    thread.join()
    assert methods == ["spawn"]


def test_stopping_the_workers_ends_them_in_the_middle_of_a_file():
    import time

    workers = parallel.start_workers(2)
    try:
        assert len(workers.processes) == workers.count == 2
        busy = workers.submit(time.sleep, 60)  # a file that never ends
        time.sleep(0.5)
        assert not busy.done()
    finally:
        workers.stop()
    # The pool's own thread may reap a process first (then join returns at
    # once), so each is asked again until it reports its end.
    deadline = time.monotonic() + 10
    while any(p.is_alive() for p in workers.processes) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(p.is_alive() for p in workers.processes)


def test_stopping_the_workers_ends_at_once_only_those_in_the_middle_of_a_job(monkeypatch):
    """A worker between jobs may be sending a result: ended half-way through
    it, it would leave the pool's thread waiting for the rest for ever. Where
    ending a process gives it no signal to answer (Windows), only the
    importing process can tell, so it ends the busy ones alone; the idle one
    ends with the pool, whole."""
    import time

    workers = parallel.start_workers(2)
    ended_by_stop = []
    try:
        assert [job.result(timeout=60) for job in [workers.submit(sum, [1, 2]) for _ in range(4)]] == [3] * 4
        busy = workers.submit(time.sleep, 60)  # one worker busy, the other idle
        time.sleep(0.5)
        assert not busy.done()
        for process in workers.processes:
            def ending(process=process, terminate=process.terminate):
                if threading.current_thread() is threading.main_thread():  # not the pool's own thread
                    ended_by_stop.append(process.pid)
                terminate()

            monkeypatch.setattr(process, "terminate", ending)
    finally:
        workers.stop()
    assert len(ended_by_stop) == 1
    deadline = time.monotonic() + 10
    while any(p.is_alive() for p in workers.processes) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(p.is_alive() for p in workers.processes)


def test_papers_the_library_seems_to_hold_get_their_notes_here_if_they_are_new(new_library, second_library, tmp_path,
                                                                               monkeypatch):
    # Workers suggest no notes for a paper sharing a key with a library paper;
    # one that is new after all (its own DOI) gets them from the importing process.
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
    seed = (ROOT / "seeds").glob("001_*.txt").__next__().read_text(encoding="utf-8")
    (first / "page.txt").write_text(seed, encoding="utf-8")
    (second / "again.txt").write_text(seed + "\nAccessed 3 Nov 2026\n", encoding="utf-8")  # the same paper
    doi = next(line.split("doi: ")[1].split()[0].rstrip(".") for line in seed.splitlines() if "doi: 10." in line)
    (second / "other.txt").write_text(seed.replace(doi, "10.1000/another.paper"), encoding="utf-8")
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    get, left = parallel.FilesAhead.get, []

    def counting(self, index):
        examined = get(self, index)
        left.extend(len(part.unsuggested) for part in (examined.parts if examined else []))
        return examined

    monkeypatch.setattr(parallel.FilesAhead, "get", counting)
    found = {}
    for workers, library in ((False, new_library), (True, second_library)):
        monkeypatch.setattr(parallel, "MANY_FILES", 2 if workers else 10**9)
        with library:
            import_paths(library, [first], suggest=True)
            results = import_paths(library, [second], suggest=True)
            found[workers] = ([(r.path.name, r.status, r.paper_ids, r.warnings) for r in results],
                              [library.notes(i).to_json() for i in library.all_ids()])
    assert found[True] == found[False]
    assert [status for _name, status, *_ in found[False][0]] == ["already in the library", "imported"]
    assert all(notes != Notes().to_json() for notes in found[False][1])
    assert left == [1, 1]  # the workers left both without notes


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked only on Linux")
def test_workers_forked_by_the_command_line_import_as_one_process_imports(tmp_path):
    # As a person runs it: a new process without Qt, whose workers are forked
    # after what they share was built (parallel._build_shared); notes suggested.
    folder = many_files(tmp_path)
    script = ("import sys; from exodesk.library import parallel; parallel.MANY_FILES = int(sys.argv[1]); "
              "parallel.os.cpu_count = lambda: 2; print(parallel._start_method().get_start_method()); "
              "from exodesk.cli import main; main(sys.argv[2:])")
    found = {}
    for label, many in (("alone", 10**9), ("forked", 2)):
        library = tmp_path / f"{label}.sqlite"
        done = subprocess.run([sys.executable, "-c", script, str(many), "--library", str(library), "--create",
                               "import", str(folder)], capture_output=True, text=True, check=False, cwd=tmp_path)
        assert done.stdout.startswith("fork\n"), done.stderr[-2000:]
        with Library(library, backup=False) as opened:
            found[label] = (done.stdout.replace(str(folder), ""), done.returncode,
                            [(opened.get(i).to_json(), opened.notes(i).to_json()) for i in opened.all_ids()])
    assert found["forked"] == found["alone"]
    assert len(found["alone"][2]) > 40


def test_workers_are_told_the_keys_of_a_library_only_up_to_its_size_limit(new_library):
    with new_library as library:
        for n in range(3):
            library.insert_paper(Paper(title=f"Exosome therapy for photoaged skin, trial {n}", doi=f"10.1000/skin.{n}"))
        assert importing._library_keys(library, 3) == {
            *((("doi", f"10.1000/skin.{n}")) for n in range(3)),
            *(("title_key", title_key(f"Exosome therapy for photoaged skin, trial {n}")) for n in range(3))}
        assert importing._library_keys(library, 2) == frozenset()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked only on Linux")
def test_the_command_line_starts_workers_before_it_makes_a_new_library(tmp_path):
    # They read while the importing process loads the database layer and makes
    # the library, so none of it is copied into them; the papers are the same
    # (test_workers_forked_by_the_command_line_import_as_one_process_imports).
    folder, seen = many_files(tmp_path), tmp_path / "seen"
    script = ("import sys; from exodesk.library import parallel; parallel.MANY_FILES = 2; "
              "parallel.os.cpu_count = lambda: 2; start = parallel._start_worker\n"
              "def noted(*args):\n"
              "    open(sys.argv[1], 'a').write(f'{\"sqlite_utils\" in sys.modules}\\n'); start(*args)\n"
              "parallel._start_worker = noted; from exodesk.cli import main; sys.exit(main(sys.argv[2:]))")
    library = tmp_path / "new.sqlite"
    done = subprocess.run([sys.executable, "-c", script, str(seen), "--library", str(library), "--create",
                           "import", str(folder)], capture_output=True, text=True, check=False, cwd=tmp_path)
    assert done.returncode == 1, done.stderr[-2000:]  # some of these files are refused
    assert seen.read_text().split() == ["False", "False"]
    with Library(library, backup=False) as opened:
        assert len(opened.all_ids()) > 40


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked only on Linux")
def test_workers_started_for_a_library_that_cannot_be_made_end_in_silence(tmp_path):
    folder, blocker = many_files(tmp_path), tmp_path / "a file"
    blocker.write_text("not a folder")
    # Stopped by the command, not left to the interpreter's exit (where they
    # could print a traceback about a pipe already closed).
    script = ("import sys; from exodesk.library import parallel; parallel.MANY_FILES = 2; "
              "parallel.os.cpu_count = lambda: 2; stop = parallel.Workers.stop\n"
              "def stopped(self):\n    print('workers stopped'); stop(self)\n"
              "parallel.Workers.stop = stopped; from exodesk.cli import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", script, "--library", str(blocker / "library.sqlite"), "--create",
                           "import", str(folder)], capture_output=True, text=True, check=False, cwd=tmp_path,
                          timeout=60)
    assert (done.returncode, done.stdout) == (2, "workers stopped\n")
    assert done.stderr.startswith("exodesk: ") and "Traceback" not in done.stderr, done.stderr


def test_workers_are_given_their_first_files_as_they_start(tmp_path, monkeypatch):
    # So they read while the command line makes the new library (loading the
    # database layer), instead of waiting for the first file to be asked for.
    folder = many_files(tmp_path)
    monkeypatch.setattr(parallel, "MANY_FILES", 2)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    begun = importing.begin_import([folder])
    try:
        assert begun.ahead.pool is not None
        ahead = [job.result(timeout=60) for job in begun.ahead.jobs.values()]  # nobody asked for a file yet
        read = [examined.path for job in ahead for examined in job]
        assert read == [path for path, _companions in begun.files[: len(read)]]
        assert len(read) >= min(len(begun.files), parallel.FILES_PER_JOB * parallel.JOBS_AHEAD_PER_WORKER * 2)
    finally:
        begun.close()

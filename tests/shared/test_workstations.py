"""Three workstations on one library at once, their sessions cut now and
then: two import the same papers from different files and formats, one edits
notes. No paper is doubled, no edit is lost or made twice, nothing fails."""

import contextlib
import multiprocessing
import queue
import time
import traceback
from collections import Counter

from exodesk.export import export
from exodesk.model import Author, Paper

PAPERS = 90
EDITS = 200
CUT_EVERY_SECONDS = 0.2
LONGEST_SECONDS = 240  # a workstation stuck this long has failed


def papers() -> list[Paper]:
    return [Paper(title=f"Exosome study number {n}: plasma vesicles after injury", date=str(2000 + n),
                  authors=[Author(family=f"Author{n}", given="Ann")], journal="Journal of Vesicles",
                  doi=f"10.5555/workstation.{n}") for n in range(PAPERS)]


def write_files(folder, fmt: str, suffix: str, per_file: int) -> None:
    folder.mkdir()
    every = papers()
    for start in range(0, PAPERS, per_file):
        (folder / f"part-{start:03}{suffix}").write_text(export(every[start : start + per_file], fmt), "utf-8")


# -- what each workstation does, in a process of its own -------------------

def run(name, work, *args) -> None:
    """Wait for the others (all start together), work, and report."""
    together, results = args[-2:]
    try:
        together.wait()
        results.put((name, "done", work(*args[:-2])))
    except BaseException:
        results.put((name, "failed", traceback.format_exc()))


def import_each_file(location: str, folder: str) -> list[tuple[str, str]]:
    from pathlib import Path

    from exodesk.library.importing import import_paths
    from exodesk.library.shared.store import SharedLibrary

    done = []
    with SharedLibrary(location, backup=False) as library:
        for path in sorted(Path(folder).iterdir()):
            done += [(result.path.name, result.status) for result in import_paths(library, [path])]
    return done


def edit_notes(location: str) -> list[tuple[int, str]]:
    """Add a tag to one paper after another, each save based on the version
    read; on a conflict, add it to theirs (what a person would do)."""
    from exodesk.library.shared.store import SharedLibrary
    from exodesk.library.store import NotesConflict

    added: list[tuple[int, str]] = []
    with SharedLibrary(location, backup=False) as library:
        while len(added) < EDITS:
            ids = library.all_ids()
            if not ids:
                time.sleep(0.05)
                continue
            paper_id, tag = ids[len(added) % len(ids)], f"edit {len(added)}"
            notes, version = library.notes(paper_id), library.notes_version(paper_id)
            while True:
                notes.tags.append(tag)
                try:
                    library.save_notes(paper_id, notes, based_on=version)
                    break
                except NotesConflict as conflict:
                    notes, version = conflict.theirs, conflict.version
            added.append((paper_id, tag))
    return added


# -- the test ---------------------------------------------------------------

def test_three_workstations_at_once_with_sessions_cut_lose_and_double_nothing(
        shared_location, postgres_server, tmp_path):
    write_files(tmp_path / "reception", "ris", ".ris", 2)
    write_files(tmp_path / "office", "bibtex", ".bib", 3)
    spawn = multiprocessing.get_context("spawn")
    results, together = spawn.Queue(), spawn.Barrier(3)
    workstations = [
        spawn.Process(target=run, args=("reception", import_each_file, shared_location,
                                        str(tmp_path / "reception"), together, results)),
        spawn.Process(target=run, args=("office", import_each_file, shared_location,
                                        str(tmp_path / "office"), together, results)),
        spawn.Process(target=run, args=("consulting room", edit_notes, shared_location, together, results)),
    ]
    for workstation in workstations:
        workstation.start()
    finished: dict[str, tuple[str, object]] = {}
    cut = 0
    give_up = time.monotonic() + LONGEST_SECONDS
    try:
        while len(finished) < len(workstations) and time.monotonic() < give_up:
            with contextlib.suppress(queue.Empty):
                name, status, value = results.get(timeout=CUT_EVERY_SECONDS)
                finished[name] = (status, value)
            cut += postgres_server.cut(shared_location)
    finally:
        for workstation in workstations:
            workstation.join(timeout=10)
            if workstation.is_alive():
                workstation.kill()

    failed = {name: value for name, (status, value) in finished.items() if status != "done"}
    assert failed == {} and len(finished) == 3, failed
    assert cut >= 3  # sessions were cut while they worked
    imported = finished["reception"][1] + finished["office"][1]
    assert [line for line in imported if line[1] == "refused"] == []

    from exodesk.library.shared.store import SharedLibrary

    with SharedLibrary(shared_location, backup=False) as library:
        rows = library.db.execute("SELECT doi, title FROM papers WHERE deleted IS NULL").fetchall()
        assert sorted(Counter(doi for doi, _title in rows).values()) == [1] * PAPERS
        assert sorted(title for _doi, title in rows) == sorted(p.title for p in papers())
        added = finished["consulting room"][1]
        for paper_id in {paper_id for paper_id, _tag in added}:
            # Every tag, in the order added, each once, and one save each.
            tags = [tag for edited, tag in added if edited == paper_id]
            assert library.notes(paper_id).tags == tags
            assert library.notes_version(paper_id) == len(tags)

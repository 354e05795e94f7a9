"""Import files and folders into the library, one clear result per file.

Each file is read, recognised and stored inside its own savepoint: it goes in
whole (papers, original bytes, log line) or not at all. Savepoints are grouped
into batches committed together, which keeps imports fast (one disk sync per
batch) while a crash still loses nothing but the batch in flight. How the
work is shared with worker processes is drawn in library/parallel.py.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from exodesk.formats import PAGE_SUFFIXES
from exodesk.importers import by_name
from exodesk.library.examine import Examined, examine, failure_reason, shown_text
from exodesk.library.faults import first_line
from exodesk.library.matching import KeyMatcher, Merges
from exodesk.library.merge import LOOKUP_COLUMNS, match_keys
from exodesk.library.parallel import (
    Cancelled,
    FilesAhead,
    Part,
    cycle_collection_paused,
    with_suggestions,
)
from exodesk.library.prepared import ESSENTIAL_FIELDS, Prepared, stored_text

if TYPE_CHECKING:  # the database layer is loaded when the library opens, after begin_import
    from exodesk.library.store import Library

IMPORTED = "imported"
# A new paper that lacks its title, authors or year: the reason names which
# ("missing: title, authors"), so nobody takes a gap for a complete record.
IMPORTED_WITH_GAPS = "imported with gaps"
MERGED = "merged"
ALREADY = "already in the library"
REFUSED = "refused"

# A batch is committed after this many files or this much time, whichever
# comes first: each commit syncs the disk, and a crash loses only the batch
# in flight (importing again completes the set). A quarter of a second: a
# batch's search index is written and its disk sync waited for while workers
# read the next files, instead of all of it after the last (0.05 s less for
# 1,000 files).
BATCH_SIZE = 2000
BATCH_SECONDS = 0.25

# Workers are told the match keys of a library of up to this many papers per
# file imported (parallel.Part.unsuggested): a paper's keys cost about 10 µs
# to gather, a duplicate's notes 0.5 ms to suggest, and a larger library would
# cost more than it saves.
KEYS_PER_FILE = 25

# Clutter a folder walk passes over in silence: system files and program code.
SKIPPED_IN_FOLDERS = {".ds_store", "thumbs.db", "desktop.ini", "__init__.py"}
SKIPPED_FOLDERS = {"__pycache__"}

log = logging.getLogger("exodesk.import")


@dataclass
class FileResult:
    path: Path
    status: str
    reason: str = ""
    importer: str = ""
    paper_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # For IMPORTED_WITH_GAPS: which of ESSENTIAL_FIELDS a new paper lacks.
    missing: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line a person reads: what happened to this file and why. A
        newline or other control character in a file's name (or in a reason
        quoting the file) is shown escaped, so it cannot fake another line."""
        text = f"{self.path}: {self.status}"
        if self.paper_ids:
            text += f" ({id_runs(self.paper_ids)})"
        if self.reason:
            text += f": {self.reason}"
        return shown_text(text)


def runs(numbers: list[int]) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers, in the order given."""
    found: list[list[int]] = []
    for number in numbers:
        if found and number == found[-1][1] + 1:
            found[-1][1] = number
        else:
            found.append([number, number])
    return [(first, last) for first, last in found]


def id_runs(paper_ids: list[int]) -> str:
    """Paper numbers as a person reads them: "#3, #7-#10000", not ten thousand
    numbers when a bibliography file brought in a run of new papers."""
    return ", ".join(
        f"#{first}-#{last}" if last - first >= 2 else ", ".join(f"#{i}" for i in range(first, last + 1))
        for first, last in runs(paper_ids)
    )


def collect_files(paths: Iterable[Path | str]) -> list[tuple[Path, list[Path]]]:
    """Files to import, each with its companions (a saved page's X_files folder).

    Folders are walked in name order; hidden files and the assets inside a
    saved page's "_files" folder are not imported on their own.
    """
    found: list[tuple[Path, list[Path]]] = []
    for path in map(Path, paths):
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                root_path = Path(root)
                dirs[:] = sorted(
                    d for d in dirs
                    if not d.startswith(".") and d not in SKIPPED_FOLDERS
                    and not _is_companion_folder(root_path / d)
                )
                for name in sorted(files):
                    if not name.startswith(".") and name.lower() not in SKIPPED_IN_FOLDERS:
                        file = root_path / name
                        found.append((file, _companions(file)))
        else:
            found.append((path, _companions(path)))
    return found


def _is_companion_folder(folder: Path) -> bool:
    if not folder.name.endswith("_files"):
        return False
    stem = folder.name[: -len("_files")]
    return any((folder.parent / f"{stem}{ext}").exists() for ext in PAGE_SUFFIXES)


def _companions(file: Path) -> list[Path]:
    if file.suffix.lower() not in PAGE_SUFFIXES:  # no folder name made for most files: 2 ms less a thousand
        return []
    folder = file.with_name(file.stem + "_files")
    if folder.is_dir():
        return sorted(p for p in folder.rglob("*") if p.is_file())
    return []


@dataclass
class Begun:
    """An import begun before its library is opened: its files, and the
    workers already reading them (FilesAhead)."""

    files: list[tuple[Path, list[Path]]]
    ahead: FilesAhead

    def close(self) -> None:
        """Stop the workers, if import_paths has not (the library could not be made)."""
        self.ahead.close()


def begin_import(paths: Iterable[Path | str], *, suggest: bool = False) -> Begun:
    """Find the files and start the workers before a new library is made (the
    command line): a new library holds nothing the workers must be told, so
    they start reading while this process loads the database layer and makes
    the library. Give the result to import_paths as `begun`."""
    files = collect_files(paths)
    return Begun(files, FilesAhead(files, suggest))


def import_paths(
    library: Library,
    paths: Iterable[Path | str],
    *,
    progress: Callable[[int, int, Path], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = BATCH_SIZE,
    suggest: bool = False,
    begun: Begun | None = None,
) -> list[FileResult]:
    """Import every file under `paths`; returns one result per file, in order.

    With `suggest`, a new paper starts with evidence notes suggested from its
    abstract, marked as suggestions until a person confirms them. It costs
    about 0.2 ms per paper, over a second for a 10,000-record bibliography
    file, so the library API leaves it to the caller: the window and the
    command line ask for it.
    """
    if begun is not None:  # `paths` were found by begin_import, for a library then new
        files, ahead = begun.files, begun.ahead
        ahead.cancelled = cancelled
    else:
        files = collect_files(paths)
        # Many files: workers read them ahead, all but those already in the library.
        ahead = FilesAhead(files, suggest, cancelled, known_files=lambda: _kept_files(library),
                           known_keys=lambda: _library_keys(library, KEYS_PER_FILE * len(files)))
    results: list[FileResult] = []
    index = 0
    try:
        while index < len(files):
            if cancelled and cancelled():
                break
            batch = files[index : index + batch_size]
            done = len(results)
            started = time.monotonic()
            in_file = False  # whether an error came while a file was being stored, or at the commit
            try:
                with library.transaction(), library.index_deferred():
                    for offset, (path, companions) in enumerate(batch):
                        if cancelled and cancelled():
                            break
                        if progress:
                            progress(index + offset, len(files), path)
                        in_file = True
                        try:
                            examined = ahead.get(index + offset)
                            with cycle_collection_paused():
                                results.append(_import_one(library, path, companions, suggest, examined, cancelled))
                        except Cancelled:  # the file is left out whole; those before it stay
                            break
                        in_file = False
                        if time.monotonic() - started >= BATCH_SECONDS:
                            break
            except library.rerun:
                # The server's connection was cut and the library changed
                # before it came back: none of the batch is in; read it again.
                del results[done:]
                continue
            except library.unwritable as error:
                # The library could not take a write (a full or read-only disk).
                # SQLite may already have rolled the whole transaction back, so
                # the batch stops at the file that failed: none of the batch is
                # in, each file says so, and the files after it are tried again.
                failed = len(results) - done + in_file
                results[done:] = [FileResult(p, REFUSED, _unsaved(library, error)) for p, _ in batch[:failed]]
                index += failed
                continue
            if len(results) == done:  # cancelled before the batch's first file
                break
            index += len(results) - done
    finally:
        ahead.close()
    return results


def _kept_files(library: Library) -> frozenset[str]:
    return frozenset(row[0] for row in library.db.execute("SELECT DISTINCT file_hash FROM paper_files"))


def _library_keys(library: Library, limit: int) -> frozenset[tuple[str, str]]:
    """The match keys (merge.LOOKUP_COLUMNS) of the library's live papers;
    none for a library of more than `limit` papers."""
    rows = library.db.execute(
        f"SELECT {', '.join(LOOKUP_COLUMNS)} FROM papers WHERE deleted IS NULL LIMIT ?", [limit + 1]
    ).fetchall()
    if len(rows) > limit:
        return frozenset()
    return frozenset((column, value) for row in rows for column, value in zip(LOOKUP_COLUMNS, row, strict=True)
                     if value)


def _unsaved(library, error: Exception) -> str:
    """Why the library could not take a file, in words a person can act on
    (a server's message may run on over lines: its first says it)."""
    text = first_line(error)
    if "full" in text or "No space left" in text:
        return f"could not be saved: the disk holding the library is full ({text})"
    if "readonly" in text or "read-only" in text:
        written = "library" if library.shared else "library file"
        return f"could not be saved: the {written} cannot be written ({text})"
    if "permission denied" in text:  # a server's login without the right to write
        return f"could not be saved: this login may not write to the library ({text})"
    return f"could not be saved in the library ({text})"


def _import_one(library: Library, path: Path, companions: list[Path], suggest: bool = False,
                examined: Examined | None = None, cancelled: Callable[[], bool] | None = None) -> FileResult:
    """Import one file, or store what a worker found in it (`examined`), in a
    savepoint of its own: any error in it refuses this file alone."""
    try:
        with library.savepoint():
            if examined is None or examined.left_here:
                examined = examine(path, companions, suggest=suggest, known=library.papers_with_file)
            elif examined.file_hash and not examined.refusal:
                unread = bool(examined.known)  # a worker found the file known and did not read it
                examined.known = library.papers_with_file(examined.file_hash)
                if unread and not examined.known:  # gone since (another process): read it here
                    examined = examine(path, companions, suggest=suggest, known=library.papers_with_file)
            return _examined_in(library, path, examined, cancelled)
    except _NothingRead as nothing:
        return _refuse(library, path, examined.file_hash if examined else None, nothing.reason, nothing.importer)
    except Cancelled:
        raise
    except (*library.rerun, *library.unwritable):  # not this file's fault: the caller decides
        raise
    except Exception as error:  # a bug, or data nothing foresaw (the details go to the log)
        log.error("Importing %s failed", stored_text(str(path)), exc_info=True)
        return _refuse(library, path, examined.file_hash if examined else None, failure_reason(error))


def _examined_in(library: Library, path: Path, examined: Examined, cancelled) -> FileResult:
    if examined.known:
        result = FileResult(path, ALREADY, "this exact file was imported before", paper_ids=examined.known)
        library.log_import(path=stored_text(str(path)), file_hash=examined.file_hash, importer=None,
                           status=ALREADY, paper_ids=examined.known, reason=result.reason)
        return result
    if examined.refusal:
        return _refuse(library, path, examined.file_hash, examined.refusal)
    importer = by_name(examined.importer)
    assert examined.file_hash is not None  # a file that was read has its hash
    return _store(library, path, examined.file_hash, examined.data, importer, examined.parts,
                  examined.detect_errors, cancelled)


class _NothingRead(Exception):
    """No paper came out of a file: its stored parts are rolled back."""

    def __init__(self, reason: str, importer: str):
        super().__init__(reason)
        self.reason, self.importer = reason, importer


def _store(library: Library, path: Path, file_hash: str, data: bytes, importer, parts,
           detect_errors: list[str], cancelled=None) -> FileResult:
    """Store a file's papers as its parts arrive (in the caller's savepoint)."""
    library.keep_file(stored_text(path.name), file_hash, data)
    statuses, ids, problems, warnings, refusals, records, gaps = [], [], [], [], [], 0, []
    source = f"{stored_text(path.name)} ({importer.LABEL})"
    for part in parts:
        if cancelled and cancelled():
            raise Cancelled
        matcher, merges, new_papers = KeyMatcher(library, part.prepared), Merges(library), NewPapers(library)
        part_ids = []
        for index, prepared in enumerate(part.prepared):
            status, paper_id = _add_or_merge(prepared, matcher, merges, new_papers, source=source,
                                             unsuggested=part if index in part.unsuggested else None)
            statuses.append(status)
            part_ids.append(paper_id)
            if status == IMPORTED and prepared.gaps:
                gaps.append(prepared.gaps)
        new_papers.insert()
        merges.write()
        library.link_files(part_ids, file_hash, importer.NAME)
        ids += part_ids
        if len(part.prepared) > 1:
            # Papers are in, so this savepoint will not be rolled back on
            # its own (only with the batch): their index rows can go in now.
            library.flush_index()
        problems += part.problems
        warnings += [w for w in part.warnings if w not in warnings]
        refusals += [part.refusal] if part.refusal else []
        records += part.records
    if not ids:
        raise _NothingRead(_why_nothing(importer, problems, refusals, records), importer.NAME)
    status = _overall(statuses)
    notes = [f"record {p.number}: {p.reason}" for p in problems]
    reason = "; ".join(notes)
    if len(ids) > 1:
        counts = {s: statuses.count(s) for s in (IMPORTED, MERGED, ALREADY) if statuses.count(s)}
        summary = ", ".join(f"{n} {s}" for s, n in counts.items())
        if gaps:  # a many-record file: how many, not a line per record
            summary += f"; {_gaps_summary(gaps)}"
        reason = summary + (f"; {len(notes)} not read: " + reason if notes else "")
    elif gaps:
        reason = "; ".join([f"missing: {', '.join(gaps[0])}", *notes])
    if status == IMPORTED and gaps:
        status = IMPORTED_WITH_GAPS
    library.log_import(path=stored_text(str(path)), file_hash=file_hash, importer=importer.NAME,
                       status=status, paper_ids=ids, reason=reason)
    missing = sorted({field for found in gaps for field in found}, key=ESSENTIAL_FIELDS.index)
    return FileResult(path, status, reason, importer.NAME, ids, warnings + detect_errors, missing)


def _gaps_summary(gaps: list[tuple[str, ...]]) -> str:
    """"3 with gaps (missing: title 1, authors 3)": new papers lacking an essential field."""
    each = ", ".join(f"{field} {sum(field in found for found in gaps)}" for field in ESSENTIAL_FIELDS
                     if any(field in found for found in gaps))
    return f"{len(gaps)} with gaps (missing: {each})"


def _why_nothing(importer, problems: list, refusals: list[str], records: int) -> str:
    if len(refusals) == 1 and not records:  # one file, one reason
        return f"{importer.LABEL}: {refusals[0]}"
    if records and problems:
        reasons = "; ".join(f"record {p.number}: {p.reason}" for p in problems[:3])
        return f"{importer.LABEL}: none of the {records} records could be read ({reasons})"
    if refusals:
        return f"{importer.LABEL}: {refusals[0]}"
    return "no paper found in the file"


def _overall(statuses: list[str]) -> str:
    for status in (IMPORTED, MERGED):
        if status in statuses:
            return status
    return ALREADY


class NewPapers:
    """A part's new papers, numbered as they come and inserted together (the
    KeyMatcher knows them meanwhile)."""

    def __init__(self, library: Library):
        self.library = library
        self.waiting: list[tuple[int, Prepared]] = []
        self.next_id = library.next_paper_id()

    def add(self, prepared: Prepared) -> int:
        paper_id, self.next_id = self.next_id, self.next_id + 1
        self.waiting.append((paper_id, prepared))
        return paper_id

    def insert(self) -> None:
        self.library.insert_prepared_many(self.waiting)
        self.waiting = []


def _add_or_merge(prepared: Prepared, matcher: KeyMatcher, merges: Merges, new_papers: NewPapers, *,
                  source: str, unsuggested: Part | None = None) -> tuple[str, int]:
    """`unsuggested`: the paper's part, when a worker suggested no notes for
    the paper (it seemed to be in the library)."""
    existing_id = matcher.find(prepared.keys, prepared.year)
    if existing_id is None:
        if unsuggested is not None:
            prepared = with_suggestions(prepared, unsuggested)
        paper_id = new_papers.add(prepared)
        matcher.add(paper_id, prepared.keys, prepared.year)
        return IMPORTED, paper_id
    new_papers.insert()  # the one to merge into may be among them
    # Merged in memory; merges.write() stores it once the part is read.
    merged = merges.merge(existing_id, prepared.record(), source=source)
    if merged is None:
        return ALREADY, existing_id
    matcher.add(existing_id, match_keys(merged), merged.year)
    return MERGED, existing_id


def _refuse(library: Library, path: Path, file_hash: str | None, reason: str,
            importer: str | None = None) -> FileResult:
    reason = stored_text(reason)  # a reader's reason may quote the file: text that cannot be stored
    library.log_import(path=stored_text(str(path)), file_hash=file_hash, importer=importer,
                       status=REFUSED, paper_ids=[], reason=reason)
    return FileResult(path, REFUSED, reason, importer or "")

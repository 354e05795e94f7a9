"""Work that runs on a worker thread: plain functions that never touch a widget.

Each opens its own Library at the location it is given (a file or a server
address), since a connection belongs to the thread that opened it; only
daily_backup makes the day's backup.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from exodesk.library import FileResult, LibraryError, import_paths
from exodesk.library.locations import is_shared, open_library
from exodesk.model import Notes

if TYPE_CHECKING:
    from exodesk.handouts.content import Clinic


# The window's own library answers on the window's thread: a lost server is
# waited for only briefly there; the edit is then kept and tried again from
# the background (gui/unsaved.py), while workers wait as long as the library does.
WINDOW_RECONNECT_SECONDS = 2


def open_for_window(location: Path | str):
    """The library the window itself works on (no daily backup: that waits for the window).
    A server out of reach is said at once, with its reason, not after the pool's wait."""
    if is_shared(location):
        from exodesk.library.shared.connection import reach

        reach(str(location))
    return open_library(location, backup=False, reconnect_seconds=WINDOW_RECONNECT_SECONDS)


def location_of(library) -> Path | str:
    """Where a worker opens the window's library: its file, or its server's address."""
    return library.location if library.shared else library.path


def import_files(location: Path | str, paths: list[str], *, progress, cancelled) -> list[FileResult]:
    # Papers imported through the window start with suggested notes, marked for review.
    with open_library(location, backup=False) as library:
        return import_paths(library, paths, progress=progress, cancelled=cancelled, suggest=True)


def read_facets(location: Path | str, *, progress, cancelled) -> dict:
    """The filter bar's values: a scan of the whole library, so off the main thread."""
    with open_library(location, backup=False) as library:
        return library.facets()


def look_up_online(paper, *, progress, cancelled):
    """Crossref / PubMed for one paper: network only, no database on this thread."""
    from exodesk.lookup import look_up

    return look_up(paper)


def read_candidates(location: Path | str, condition_id: str, *, progress, cancelled) -> list:
    """The papers a handout for the condition can use (suggesting links reads every paper)."""
    from exodesk.handouts.selection import candidates

    with open_library(location, backup=False) as library:
        return candidates(library, condition_id, cancelled=cancelled)


@dataclass
class HandoutRequest:
    """Everything a handout preview depends on; equal requests give equal sheets."""

    condition_id: str
    entries: list
    clinic: Clinic
    language: str
    paper: str
    approved_by: str
    texts: dict
    dpi: float


@dataclass
class HandoutPreview:
    request: HandoutRequest
    handout: object
    pdf: bytes
    pages: list  # PageImage, one per PDF page
    grade: float | None


def make_handout(request: HandoutRequest, *, pages: bool = True, progress=None, cancelled=None) -> HandoutPreview:
    """Build the sheet, draw the PDF and (for the preview) its page images."""
    from exodesk.handouts.content import build_handout
    from exodesk.handouts.pdf import fitted
    from exodesk.handouts.preview import render_pages
    from exodesk.handouts.readability import handout_grade

    handout = build_handout(condition=request.condition_id, entries=request.entries, clinic=request.clinic,
                            language=request.language, approved_by=request.approved_by, texts=request.texts)
    # The table keeps as many studies as two pages a language hold.
    handout, pdf = fitted(handout, paper=request.paper)
    images = render_pages(pdf, dpi=request.dpi) if pages else []
    return HandoutPreview(request, handout, pdf, images, handout_grade(handout))


def suggest_for_papers(location: Path | str, paper_ids: list[int], *, progress, cancelled
                       ) -> list[tuple[int, Notes, Notes]]:
    """Fill the papers' empty note fields from their abstracts, in one transaction.

    Returns (paper id, notes before, notes after) for each paper that changed,
    so the window can offer the whole step as one undo.
    """
    from exodesk.evidence.suggest import suggest_notes

    changes = []
    with open_library(location, backup=False) as library, library.transaction():
        for number, paper_id in enumerate(paper_ids):
            if cancelled():
                break
            progress(number, len(paper_ids), f"#{paper_id}")
            before = library.notes(paper_id)
            after = suggest_notes(library.get(paper_id), before)
            if after != before:
                library.save_notes(paper_id, after)
                changes.append((paper_id, before, after))
    return changes


def format_citations(location: Path | str, paper_ids: list[int], style: str, *, progress,
                     cancelled) -> tuple[list[str], list[str]]:
    """The papers' references in a citation style, as plain text and as HTML
    (citeproc takes about 5 ms a paper for both); nothing if cancelled."""
    from exodesk.export.cite import formatted

    with open_library(location, backup=False) as library:
        papers = [library.get(paper_id) for paper_id in paper_ids]
    return ([], []) if cancelled() else formatted(papers, style)


def export_papers(location: Path | str, paper_ids: list[int], fmt: str, target: Path, *, progress, cancelled):
    """Write the papers to `target` in an export format; the Exported (how
    many, and the damaged papers left out), or None when cancelled.

    Written whole beside the target and renamed over it (ExportError when
    it cannot be), so an interrupted export never leaves half a file."""
    from exodesk.export import EXPORTERS, write_atomically
    from exodesk.export.files import load_papers, render

    with open_library(location, backup=False) as library:
        loaded = itertools.count()

        def load(paper_id: int):
            if cancelled():
                raise _Cancelled
            done = next(loaded)
            if done % 200 == 0:
                progress(done, len(paper_ids), f"#{paper_id}")
            return library.get(paper_id)

        try:
            papers, unreadable = load_papers(paper_ids, load)
        except _Cancelled:
            return None
    exported = render(papers, fmt, EXPORTERS[fmt])  # CSV text begins with a byte-order mark, for Excel
    exported.skipped = unreadable + exported.skipped
    write_atomically(target, exported.text)
    return exported


class _Cancelled(BaseException):
    """Raised from inside the loading loop to stop it at once; not an
    Exception, so that load_papers does not take it for a damaged record."""


@dataclass
class BackupOutcome:
    warnings: list[str]
    damage: str = ""  # why the library looks damaged, when it does


def reachable(location: Path | str, *, progress, cancelled) -> str:
    """Whether the library opens now: "" if it does, else why not."""
    try:
        open_library(location, backup=False).close()
    except LibraryError as error:
        return str(error)
    return ""


def daily_backup(location: Path | str, *, progress, cancelled) -> BackupOutcome:
    """The day's backup, after a quick check of the library, if not made yet
    today: seconds for a large library, so it runs once the window is shown."""
    try:
        with open_library(location) as library:
            return BackupOutcome(library.warnings)
    except LibraryError as error:  # only damage offers a restore; a full disk is a warning
        return BackupOutcome([], str(error)) if error.damaged else BackupOutcome([str(error)])

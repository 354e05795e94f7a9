"""Work that runs on a worker thread: plain functions that never touch a widget.

Each opens its own Library on the path it is given, since a SQLite connection
belongs to the thread that opened it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from exodesk.library import FileResult, Library, import_paths


def import_files(library_path: Path, paths: list[str], *, progress, cancelled) -> list[FileResult]:
    with Library(library_path) as library:
        return import_paths(library, paths, progress=progress, cancelled=cancelled)


def read_facets(library_path: Path, *, progress, cancelled) -> dict:
    """The filter bar's values: a scan of the whole library, so off the main thread."""
    with Library(library_path) as library:
        return library.facets()


def look_up_online(paper, *, progress, cancelled):
    """Crossref / PubMed for one paper: network only, no database on this thread."""
    from exodesk.lookup import look_up

    return look_up(paper)


def read_candidates(library_path: Path, condition_id: str, *, progress, cancelled) -> list:
    """The papers a handout for the condition can use (suggesting links reads every paper)."""
    from exodesk.handouts.selection import candidates

    with Library(library_path) as library:
        return candidates(library, condition_id, cancelled=cancelled)


@dataclass
class HandoutRequest:
    """Everything a handout preview depends on; equal requests give equal sheets."""

    condition_id: str
    entries: list
    clinic: object
    language: str
    paper: str
    approved: bool
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
    from exodesk.handouts.pdf import render_pdf
    from exodesk.handouts.preview import render_pages
    from exodesk.handouts.readability import handout_grade

    handout = build_handout(condition=request.condition_id, entries=request.entries, clinic=request.clinic,
                            language=request.language, approved=request.approved, texts=request.texts)
    pdf = render_pdf(handout, paper=request.paper)
    images = render_pages(pdf, dpi=request.dpi) if pages else []
    return HandoutPreview(request, handout, pdf, images, handout_grade(handout))

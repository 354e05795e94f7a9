"""Work that runs on a worker thread: plain functions that never touch a widget.

Each opens its own Library on the path it is given, since a SQLite connection
belongs to the thread that opened it.
"""

from __future__ import annotations

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

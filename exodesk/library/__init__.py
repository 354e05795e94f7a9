"""The local library: SQLite through sqlite-utils, with search and imports.

Its names are loaded when first asked for, so that a worker process that only
prepares papers (library/parallel.py) does not load the database layer.
"""

from __future__ import annotations

__all__ = ["FileResult", "Filters", "Library", "LibraryError", "default_library_path", "import_paths"]
_HOMES = {
    "FileResult": "exodesk.library.importing",
    "import_paths": "exodesk.library.importing",
    "Filters": "exodesk.library.store",
    "Library": "exodesk.library.store",
    "LibraryError": "exodesk.library.store",
    "default_library_path": "exodesk.library.store",
}


def __getattr__(name: str):
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

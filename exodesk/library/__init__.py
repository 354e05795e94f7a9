"""The local library: SQLite through sqlite-utils, with search and imports."""

from exodesk.library.importing import FileResult, import_paths
from exodesk.library.store import Filters, Library, LibraryError, default_library_path

__all__ = ["FileResult", "Filters", "Library", "LibraryError", "default_library_path", "import_paths"]

"""Where a library is: a file (SQLite, the default) or a server address.

`--library`, EXODESK_LIBRARY and the window's Open Shared Library… all take
either. An address is `postgresql://user@host:port/database`; its password
is never part of what is shown, logged or kept in settings (see
shared/connection.py: it lives in the system keyring).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://")


def is_shared(location: Path | str | None) -> bool:
    """Whether `location` names a library on a server rather than a file."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def shown(location: Path | str) -> str:
    """The location as a person may see it: a server address without its password."""
    if not is_shared(location):
        return str(location)
    parts = urlsplit(str(location))
    if parts.password is None:
        return str(location)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def open_library(location: Path | str | None = None, **options):
    """The library at `location`: a shared one on a server, or a file."""
    from exodesk.library.store import Library, default_library_path

    location = location if location is not None else default_library_path()
    if is_shared(location):
        from exodesk.library.shared.store import SharedLibrary

        return SharedLibrary(str(location), **options)
    return Library(location, **options)

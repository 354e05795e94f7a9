"""Connections to a shared library's server: the password from the system
keyring, TLS where the server offers it, and a pool so that the window's
background jobs, each opening the library, do not each log in anew."""

from __future__ import annotations

import threading
from urllib.parse import urlsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from exodesk import APP_NAME
from exodesk.library.locations import shown

KEYRING_SERVICE = f"{APP_NAME} shared library"
CONNECT_SECONDS = 10
POOL_RETRY_SECONDS = 2
# A server silent this long (10 s, then 3 probes 5 s apart) is taken for lost.
KEEPALIVES = {"keepalives": "1", "keepalives_idle": "10", "keepalives_interval": "5", "keepalives_count": "3"}

_pools: dict[str, object] = {}
_pools_lock = threading.Lock()


def account(location: str) -> str:
    """The keyring's name for a server login: user@host:port/database."""
    parts = urlsplit(location)
    return f"{parts.username or ''}@{parts.hostname or ''}:{parts.port or 5432}{parts.path}"


def saved_password(location: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, account(location))
        except KeyringError:
            return None
    except ImportError:
        return None


def save_password(location: str, password: str) -> None:
    """Keep a server password in the system keyring (never in settings or logs)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, account(location), password)


def conninfo(location: str) -> str:
    """libpq's connection string for an address, with the keyring's password
    when the address has none. TLS: libpq's `prefer` (used when the server
    offers it) unless the address asks for more, e.g. `?sslmode=require`."""
    settings: dict = conninfo_to_dict(location)
    if "password" not in settings:
        password = saved_password(location)
        if password:
            settings["password"] = password
    settings.setdefault("connect_timeout", str(CONNECT_SECONDS))
    # A network cut sends no word: without keepalives a statement would wait
    # for its answer for hours instead of reconnecting (database.py).
    for name, value in KEEPALIVES.items():
        settings.setdefault(name, value)
    settings.setdefault("application_name", APP_NAME)
    return make_conninfo(**settings)


def connect(location: str, timeout: float | None = None) -> psycopg.Connection:
    """A connection from this process's pool for the server, outside any
    transaction; waits at most `timeout` seconds for one (None: CONNECT_SECONDS)."""
    return _pool(location).getconn(timeout=timeout)


def release(location: str, conn: psycopg.Connection) -> None:
    """Give a connection back to its pool, which discards it if it is broken
    (and makes another in its place): a broken one closed here instead would
    keep its place in the pool for good."""
    pool = _pools.get(location)
    if pool is None:
        conn.close()
        return
    pool.putconn(conn)  # type: ignore[attr-defined]


def reach(location: str) -> None:
    """Raise LibraryError, with libpq's reason, when the server cannot be
    reached: the pool would wait its whole timeout, then say only that it got
    no connection. One connection of its own, tried once."""
    from exodesk.library.faults import first_line
    from exodesk.library.shared.database import UNREACHABLE
    from exodesk.library.store import LibraryError

    try:
        psycopg.connect(conninfo(location)).close()
    except psycopg.OperationalError as error:
        raise LibraryError(f"The shared library at {shown(location)} could not be reached: "
                           f"{first_line(error)}", UNREACHABLE) from None


def listener(location: str) -> psycopg.Connection:
    """A connection of its own (not pooled) that waits for other workstations' news."""
    return psycopg.connect(conninfo(location), autocommit=True)


def _pool(location: str):
    from psycopg_pool import ConnectionPool

    with _pools_lock:
        pool = _pools.get(location)
        if pool is None:
            # The pool's own retries back off without bound (1, 2, 4, 8, 16 s...):
            # after an outage a connection could be half a minute coming. It
            # tries briefly; the library's reconnection (database.py) keeps asking.
            pool = ConnectionPool(conninfo(location), min_size=0, max_size=8, open=True,
                                  kwargs={"autocommit": True}, timeout=CONNECT_SECONDS,
                                  reconnect_timeout=POOL_RETRY_SECONDS,
                                  check=ConnectionPool.check_connection, name=shown(location))
            _pools[location] = pool
        return pool


def close_pools() -> None:
    with _pools_lock:
        for pool in _pools.values():
            pool.close()  # type: ignore[attr-defined]
        _pools.clear()

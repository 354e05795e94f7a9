"""A PostgreSQL server for the benchmarks, kept in a folder between runs.

    python benchmarks/pg_server.py start [FOLDER]   # prints the library's address
    python benchmarks/pg_server.py stop [FOLDER]

The tests' own server (tests/postgres_server.py) is started here with the
server's defaults instead of the tests' fsync off, so that every commit is
synced as on a clinic's server. It listens on a Unix socket in FOLDER only
(benchmarks/out/postgres by default), and its data stays there, so the
100,000-paper library is generated once and used by every benchmark through
`--library ADDRESS`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import psycopg  # noqa: E402
from postgres_server import TestServer  # noqa: E402

FOLDER = HERE / "out" / "postgres"
DATABASE = "exodesk_bench"


def running(folder: Path) -> bool:
    return (folder / "data" / "postmaster.pid").exists()


def start(folder: Path = FOLDER, database: str = DATABASE) -> str:
    """The address of `database` on the server in `folder`, started (and the
    database made) when need be."""
    folder.mkdir(parents=True, exist_ok=True)
    server = TestServer(folder, durable=True)
    with server.admin() as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone():
            admin.execute(f'CREATE DATABASE "{database}"')
    return server.url(database)


def new_database(address: str, name: str, *, template: str = "template1") -> str:
    """A database named `name` on the server of `address`, made anew (empty,
    or a copy of `template`), and its address."""
    with psycopg.connect(_other(address, "postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return _other(address, name)


def _other(address: str, database: str) -> str:
    parts = urlsplit(address)
    return urlunsplit(parts._replace(path=f"/{database}"))


def stop(folder: Path = FOLDER) -> None:
    if running(folder):
        TestServer(folder, durable=True).stop(keep=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("start", "stop"))
    parser.add_argument("folder", type=Path, nargs="?", default=FOLDER)
    args = parser.parse_args(argv)
    if args.action == "start":
        print(start(args.folder.resolve()))
    else:
        stop(args.folder.resolve())
        subprocess.run(["sync"], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())

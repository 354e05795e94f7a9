"""A PostgreSQL server of the tests' own: made in a temporary folder, reached
only through a Unix socket there (no network), gone when the tests end.

The server's programs come from the system's PostgreSQL packages (Debian's
`postgresql`, which .ci/run installs). PostgreSQL refuses to run as root: a
test run by root starts it as the `postgres` user the packages create, or
`nobody`.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg

SUPERUSER = "exodesk_test"


def server_programs() -> Path | None:
    """The folder holding initdb and pg_ctl, the newest installed."""
    found = shutil.which("pg_ctl")
    if found and Path(found).resolve().with_name("initdb").exists():
        return Path(found).resolve().parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda f: int(Path(f).parent.name))
    return Path(folders[-1]) if folders else None


def _run_as() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("PostgreSQL will not run as root and there is no other user to run it as")


class TestServer:
    """initdb, pg_ctl start; `url(database)` addresses a database on it.

    The tests' server keeps nothing through a crash (fsync off), which makes
    them fast; `durable=True` keeps the server's defaults, for benchmarks
    whose figures must include syncing. A `folder` already holding a server's
    data is used as it is, started if need be (benchmarks/pg_server.py keeps one).
    """

    def __init__(self, folder: Path | None = None, *, durable: bool = False):
        programs = server_programs()
        if programs is None:
            raise RuntimeError("PostgreSQL's server programs were not found (Debian: apt-get install postgresql)")
        self.folder = folder or Path(tempfile.mkdtemp(prefix="exodesk-pg-"))
        self.data, self.socket = self.folder / "data", self.folder / "socket"
        self.socket.mkdir(parents=True, exist_ok=True)
        user = _run_as()
        if user:
            entry = pwd.getpwnam(user)
            for path in (self.folder, self.socket):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        if not (self.data / "PG_VERSION").exists():
            subprocess.run([programs / "initdb", "-D", self.data, "-U", SUPERUSER, "--auth=trust",
                            "--no-locale", "-E", "UTF8"], user=user, check=True, capture_output=True)
        options = f"-k {self.socket} -c listen_addresses='' -c max_connections=200"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        if not (self.data / "postmaster.pid").exists():  # else running already
            subprocess.run([programs / "pg_ctl", "-D", self.data, "-o", options, "-l", self.folder / "log",
                            "-w", "start"], user=user, check=True, capture_output=True)
        self._programs, self._user = programs, user
        self._count = 0

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.socket}"

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(self.url(), autocommit=True)

    def new_database(self, template: str = "template1") -> str:
        """A new empty database's address (from `template`)."""
        self._count += 1
        name = f"library_{os.getpid()}_{self._count}"
        with self.admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def restart(self) -> None:
        """Stop the server, ending every session as a shutdown does, and start it again."""
        subprocess.run([self._programs / "pg_ctl", "-D", self.data, "-l", self.folder / "log", "-m", "fast",
                        "-w", "restart"], user=self._user, check=True, capture_output=True)

    def cut(self, url: str) -> int:
        """End every session on `url`'s database, as an administrator's
        pg_terminate_backend does; returns how many there were."""
        with self.admin() as admin:
            return len(admin.execute(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()", [database_of(url)]).fetchall())

    def stop(self, *, keep: bool = False) -> None:
        """Stop the server; its folder is removed unless `keep`."""
        mode = "fast" if keep else "immediate"
        subprocess.run([self._programs / "pg_ctl", "-D", self.data, "-m", mode, "stop"],
                       user=self._user, check=False, capture_output=True)
        if not keep:
            shutil.rmtree(self.folder, ignore_errors=True)


def database_of(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path.lstrip("/")

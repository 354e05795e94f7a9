"""Moving a whole library between engines: a file to a server, a server to a
file, or either to another of its kind (`exodesk library copy FROM TO`).

Everything a library holds goes: papers under their own numbers, notes with
their versions, the kept original files' bytes, which papers came from which
file, the import log (provenance and history), the pairs marked as not
duplicates, and the handout records with their PDFs and approvals. The
search index is built anew on the target from the records, as each engine
indexes in its own form.

The target must be empty, and the copy is one transaction there: whole or
nothing. The source is read inside a transaction holding its write lock,
so nobody changes it meanwhile. Before the target's transaction ends, each
table is counted and hashed on both sides (rows in key order, values in a
form both engines give alike); a difference undoes the copy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

import orjson

from exodesk.library.faults import first_line
from exodesk.library.locations import open_library, shown
from exodesk.library.store import Library

# Every table the library's data lives in, parents first, with the key its
# rows are read and hashed in. The search index is not copied: it is built.
TABLES = (
    ("papers", ("id",)),
    ("notes", ("paper_id",)),
    ("files", ("hash",)),
    ("paper_files", ("paper_id", "file_hash")),
    ("import_log", ("id",)),
    ("not_duplicates", ("a", "b")),
    ("handouts", ("id",)),
)
# Columns the server fills itself (who changed a row, which login approved
# a sheet): a copy cannot carry them, so they are neither copied nor hashed.
SET_BY_THE_SERVER = frozenset({"changed_by", "approved_login"})
# Tables whose ids the server counts out from a sequence, set past the copied ones.
COUNTED = ("import_log", "handouts")
TEXT_KEYS = frozenset({"hash", "file_hash"})
BATCH = 200  # rows read and written at a time: kept files can be large


class CopyError(Exception):
    """A copy that cannot be made; the message says why. Nothing was written."""


@dataclass
class TableCheck:
    name: str
    rows: int
    source_hash: str
    target_rows: int
    target_hash: str

    @property
    def ok(self) -> bool:
        return (self.rows, self.source_hash) == (self.target_rows, self.target_hash)

    def line(self) -> str:
        if self.ok:
            return f"{self.name:<15} {self.rows:>8} rows  sha256 {self.source_hash}  same"
        return (f"{self.name:<15} DIFFERENT: {self.rows} rows (sha256 {self.source_hash}) copied as "
                f"{self.target_rows} rows (sha256 {self.target_hash})")


@dataclass
class CopyReport:
    source: str
    target: str
    tables: list[TableCheck] = field(default_factory=list)
    indexed: int = 0  # papers in the target's new search index

    @property
    def ok(self) -> bool:
        papers = next((t.rows for t in self.tables if t.name == "papers"), 0)
        return all(t.ok for t in self.tables) and self.indexed == papers

    def lines(self) -> list[str]:
        lines = [f"from {self.source}", f"to   {self.target}", *(t.line() for t in self.tables),
                 f"search index: {self.indexed} papers indexed anew"]
        if self.ok:
            return [*lines, "result: copied whole; every table's count and hash are the same on both sides"]
        return [*lines, "result: NOT copied: the copy differed from the original, so it was undone"]


def copy_library(source_location, target_location) -> CopyReport:
    """Copy the whole library at `source_location` into the empty one at
    `target_location` (made if it is a file not there yet). Raises CopyError,
    or LibraryError for a library that cannot be opened."""
    if _is_file(source_location) and not source_location.is_file():
        raise CopyError(f"there is no library at {source_location}")
    if _same(source_location, target_location):
        raise CopyError("the library to copy and where to copy it are the same")
    with open_library(source_location, backup=False) as source, open_library(target_location, backup=False) as target:
        report = CopyReport(shown(source_location), shown(target_location))
        if held := _held(target):
            raise CopyError(f"{report.target} already holds {held}; a library is copied only into an empty one "
                            "(a new file, or a new database made with `exodesk library init`)")
        try:
            # The source's write lock: nobody changes it while it is read.
            with source.transaction(), target.transaction():
                _copy_tables(source, target)
                report.indexed = len(target.indexed_ids())
                report.tables = [_check(source, target, table, key) for table, key in TABLES]
                if not report.ok:
                    raise _Differs
        except _Differs:
            pass  # the target's transaction is undone; the report says how they differed
        except (*source.database_errors, *target.database_errors) as error:
            raise CopyError(f"the copy into {report.target} was undone, nothing was written: "
                            f"{first_line(error)}") from None
        return report


class _Differs(Exception):
    """Raised to undo a copy that did not come out the same."""


def _is_file(location) -> bool:
    return not isinstance(location, str)


def _same(source, target) -> bool:
    """Whether both name one library (a file however its path is spelt)."""
    if _is_file(source) and _is_file(target):
        return source.resolve() == target.resolve()
    return str(source) == str(target)


def _held(library: Library) -> str:
    """What a library holds already, in words ("" when it is empty)."""
    counts = [(table, library.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table, _key in TABLES]
    return ", ".join(f"{n} rows in {table}" for table, n in counts if n)


def _copy_tables(source: Library, target: Library) -> None:
    for table, key in TABLES:
        names = _columns(source, table)
        missing = [name for name in names if name not in _columns(target, table)]
        if missing:
            raise CopyError(f"the target's {table} table has no column {', '.join(missing)}: "
                            "open it with this version of ExoDesk first, to upgrade it")
        insert = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        for rows in _batches(source, table, names, key):
            target.db.conn.executemany(insert, rows)
    if target.shared:
        for table in COUNTED:
            target.db.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                              f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table}")
    target.rebuild_index()


def _columns(library: Library, table: str) -> list[str]:
    """The table's columns that hold the library's data, by name (their
    order differs between the engines: SQLite adds new ones at the end)."""
    if library.shared:
        found = [r[0] for r in library.db.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema()", [table])]
    else:
        found = [r[1] for r in library.db.execute(f"PRAGMA table_info({table})")]
    return sorted(name for name in found if name not in SET_BY_THE_SERVER)


def _batches(library: Library, table: str, names: list[str], key: tuple[str, ...]) -> Iterator[list[tuple]]:
    """The table's rows in key order, a batch at a time (read past the last
    key, not by offset, so that each batch costs the same)."""
    # Text keys in byte order on both engines: a server's own collation
    # (en_US, say) may order them otherwise than SQLite does.
    order = ", ".join(f'{k} COLLATE "C"' if library.shared and k in TEXT_KEYS else k for k in key)
    after: tuple = ()
    while True:
        where = f"WHERE ({order}) > ({', '.join('?' * len(key))}) " if after else ""
        rows = [tuple(row) for row in library.db.execute(
            f"SELECT {', '.join(names)} FROM {table} {where}ORDER BY {order} LIMIT {BATCH}", list(after))]
        if not rows:
            return
        yield rows
        last = rows[-1]
        after = tuple(last[names.index(k)] for k in key)


def _check(source: Library, target: Library, table: str, key: tuple[str, ...]) -> TableCheck:
    names = _columns(source, table)
    rows, digest = table_hash(source, table, names, key)
    target_rows, target_digest = table_hash(target, table, names, key)
    return TableCheck(table, rows, digest, target_rows, target_digest)


def table_hash(library: Library, table: str, names: list[str], key: tuple[str, ...]) -> tuple[int, str]:
    """The table's row count, and a SHA-256 of its rows in key order, each
    value in a form both engines give alike (bytes by their own SHA-256)."""
    digest, count = hashlib.sha256(), 0
    for rows in _batches(library, table, names, key):
        for row in rows:
            digest.update(orjson.dumps([_canonical(value) for value in row]) + b"\n")
        count += len(rows)
    return count, digest.hexdigest()


def _canonical(value):
    if isinstance(value, bytes | bytearray | memoryview):
        return {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    return value

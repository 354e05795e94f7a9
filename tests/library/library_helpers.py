"""What only the tests ask of a library: its import log, a kept file's bytes,
and the pairs sharing a title (the library's own users never ask)."""

from __future__ import annotations

from exodesk.library import Library


def import_log(library: Library, limit: int = 100) -> list[dict]:
    cursor = library.db.execute(
        "SELECT at, path, importer, status, paper_ids, reason FROM import_log ORDER BY id DESC LIMIT ?",
        [limit],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor]


def kept_file(library: Library, file_hash: str) -> bytes:
    """The bytes of an original file, as it was imported."""
    row = library.db.execute("SELECT content FROM files WHERE hash = ?", [file_hash]).fetchone()
    if row is None:
        raise KeyError(file_hash)
    return row[0]


def possible_duplicates(library: Library) -> list[tuple[int, int]]:
    """Pairs sharing a title (whatever the year) that no one has kept apart."""
    rows = library.db.execute(
        "SELECT a.id, b.id FROM papers a JOIN papers b ON a.title_key = b.title_key AND a.id < b.id "
        "WHERE a.deleted IS NULL AND b.deleted IS NULL AND a.title_key IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM not_duplicates n WHERE n.a = a.id AND n.b = b.id)"
    )
    return [tuple(r) for r in rows]


def mark_not_duplicate(library: Library, a: int, b: int) -> None:
    with library.transaction():
        library.db.execute("INSERT INTO not_duplicates(a, b) VALUES (?, ?) ON CONFLICT DO NOTHING", [min(a, b), max(a, b)])

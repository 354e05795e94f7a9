"""Hostile and odd files: each gets a clear line naming it and the reason,
and nothing already in the library is lost."""

import sqlite3
from pathlib import Path

import pytest

from exodesk.library import Library, import_paths
from exodesk.library import examine, importing
from exodesk.model import Notes

ROOT = Path(__file__).resolve().parents[2]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
OTHER_SEED = sorted((ROOT / "seeds").glob("*.txt"))[2]


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "library.sqlite", backup=False) as lib:
        import_paths(lib, [SEED])
        lib.save_notes(1, Notes(free_notes="Kept through everything"))
        yield lib


def assert_nothing_lost(library):
    assert library.count() == 1
    assert library.notes(1).free_notes == "Kept through everything"
    assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The search index holds the one paper and nothing of the refused files.
    assert [r[0] for r in library.db.execute("SELECT rowid FROM papers_fts")] == [1]


def one(library, path):
    (result,) = import_paths(library, [path])
    assert str(path) in result.line()
    return result


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">\n' for i in range(1, 10))
    + ']>\n<records><record><title>&lol9;</title></record></records>\n'
)

HOSTILE = {
    "oversized.txt": lambda: b"Int J Mol Sci. 2024 Jul 16;25(14):7794.\n" + b"word " * (11 * 1024 * 1024 // 5),
    "nested.html": lambda: b"<html><body>" + b"<div>" * 100_000 + b"doi: 10.1000/x" + b"</div>" * 100_000,
    "huge-string.json": lambda: b'{"title": "' + b"a" * 5_000_000 + b'", "DOI": "10.1000/huge"}',
    "laughs.xml": lambda: BILLION_LAUGHS.encode(),
    "nul-bytes.txt": lambda: SEED.read_bytes()[:500] + b"\x00" * 300 + SEED.read_bytes()[500:],
    "mixed-encodings.txt": lambda: SEED.read_bytes().split("\n".encode())[2] + b"\n" + "系統性硬化症".encode("big5")
    + b"\n" + "外泌体".encode("gb18030") + b"\n",
    "empty.txt": lambda: b"",
    # Once made the labelled-field reader backtrack for minutes.
    "long-blank-line.txt": lambda: b"doi: 10.1000/blank\n" + b" " * 200_000 + b"\n" + b" " * 200_000 + b":x\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_get_a_result_and_harm_nothing(library, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(HOSTILE[name]())
    result = one(library, path)
    assert result.status in ("refused", "imported", "merged", "already in the library")
    if result.status == "refused":
        assert result.reason  # says why
        assert_nothing_lost(library)
    else:
        assert library.count() in (1, 2)
        assert library.notes(1).free_notes == "Kept through everything"


def test_the_reasons_for_the_plainest_refusals(library, tmp_path):
    big = tmp_path / "oversized.txt"
    big.write_bytes(HOSTILE["oversized.txt"]())
    assert one(library, big).reason == "the file is too large (11.0 MB; the limit for this kind is 10 MB)"
    nul = tmp_path / "nul-bytes.txt"
    nul.write_bytes(HOSTILE["nul-bytes.txt"]())
    assert one(library, nul).reason == "not readable as text: it is a binary file, not text"
    assert_nothing_lost(library)


def test_a_file_that_changes_while_read_is_refused_and_can_be_imported_again(library, tmp_path, monkeypatch):
    path = tmp_path / "being-saved.txt"
    path.write_bytes(OTHER_SEED.read_bytes())
    signatures = iter([(10, 1), (20, 2)])
    monkeypatch.setattr(examine, "_signature", lambda p: next(signatures))
    result = one(library, path)
    assert (result.status, result.reason) == (
        "refused", "the file changed while it was being read (is it still being saved?); import it again")
    monkeypatch.undo()
    assert one(library, path).status == "imported"


@pytest.mark.parametrize("name", ["系統性硬化症 外泌體.txt", "exosomes 🧪 review.txt", "ｆｕｌｌｗｉｄｔｈ名.txt"])
def test_names_in_chinese_or_with_emoji_are_imported_and_reported(library, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(OTHER_SEED.read_bytes())
    result = one(library, path)
    assert result.status == "imported"
    assert library.original_files(result.paper_ids[0])[0]["name"] == name


def test_a_full_disk_refuses_each_file_clearly_and_keeps_the_library(library, tmp_path):
    pages = library.db.execute("PRAGMA page_count").fetchone()[0]
    library.db.execute(f"PRAGMA max_page_count = {pages + 1}")
    files = []
    for number in range(3):
        path = tmp_path / f"paper-{number}.txt"
        path.write_text(OTHER_SEED.read_text(encoding="utf-8").replace("10.1111/jocd.16761", f"10.1111/x{number}")
                        + "\n" + "padding " * 20000, encoding="utf-8")
        files.append(path)
    results = import_paths(library, files)
    assert [r.status for r in results] == ["refused"] * 3
    assert [r.reason for r in results] == [
        "could not be saved: the disk holding the library is full (database or disk is full)"] * 3
    assert_nothing_lost(library)
    library.db.execute("PRAGMA max_page_count = 1073741823")
    # With room again, the same files go in (they share a title but each has its own DOI: three papers).
    assert [r.status for r in import_paths(library, files)] == ["imported", "imported", "imported"]
    assert library.count() == 4


def test_a_read_only_library_refuses_each_file_clearly(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path, backup=False) as lib:
        import_paths(lib, [SEED])
        lib.save_notes(1, Notes(free_notes="Kept through everything"))
    # Root ignores file permissions, so open the file the way a read-only disk would.
    with Library(path, backup=False) as lib:
        lib.db.conn.close()
        lib.db.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        result = one(lib, OTHER_SEED)
        assert result.status == "refused"
        assert result.reason.startswith("could not be saved: the library file cannot be written")
        assert_nothing_lost(lib)

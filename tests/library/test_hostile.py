"""Hostile and odd files: each gets a clear line naming it and the reason,
and nothing already in the library is lost."""

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from library_helpers import import_log

from exodesk.library import Library, examine, import_paths, importing
from exodesk.model import Notes

ROOT = Path(__file__).resolve().parents[2]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
OTHER_SEED = sorted((ROOT / "seeds").glob("*.txt"))[2]


def with_one_paper(library):
    import_paths(library, [SEED])
    library.save_notes(1, Notes(free_notes="Kept through everything"))
    return library


@pytest.fixture
def library(new_library):
    return with_one_paper(new_library)


@pytest.fixture
def file_library(tmp_path):
    with Library(tmp_path / "library.sqlite", backup=False) as lib:
        yield with_one_paper(lib)


def assert_nothing_lost(library):
    assert library.count() == 1
    assert library.notes(1).free_notes == "Kept through everything"
    if not library.shared:
        assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The search index holds the one paper and nothing of the refused files.
    assert library.indexed_ids() == {1}


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
    "laughs.xml": BILLION_LAUGHS.encode,
    "nul-bytes.txt": lambda: SEED.read_bytes()[:500] + b"\x00" * 300 + SEED.read_bytes()[500:],
    "mixed-encodings.txt": lambda: SEED.read_bytes().split(b"\n")[2] + b"\n" + "系統性硬化症".encode("big5")
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
    assert result.status in ("refused", "imported", "imported with gaps", "merged", "already in the library")
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


def test_a_file_that_grows_between_its_look_and_its_read_is_refused(library, tmp_path, monkeypatch):
    # Read one byte past the size it had when looked at, not to the end: the byte more says so.
    path = tmp_path / "being-saved.txt"
    path.write_bytes(OTHER_SEED.read_bytes())
    real_open = os.open

    def open_after_more_is_written(name, *args):
        if Path(name) == path:
            with path.open("ab") as more:
                more.write(b"\nmore text saved meanwhile\n" * 1000)
        return real_open(name, *args)

    monkeypatch.setattr(os, "open", open_after_more_is_written)
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


def test_a_full_disk_refuses_each_file_clearly_and_keeps_the_library(file_library, tmp_path):
    # SQLite only: the disk fills up at SQLite's page limit.
    library = file_library
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
    # SQLite only: a file opened read-only.
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


SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_a_file_that_makes_importing_fail_is_refused_alone_and_the_batch_goes_on(library, tmp_path):
    # Each of these once stopped the whole import and rolled back every file before it.
    bad_name = tmp_path / os.fsdecode(b"saved \xff\xfe page.txt")  # not UTF-8: Python keeps lone surrogates
    bad_name.write_bytes(SEEDS[1].read_bytes())
    # A lone surrogate escaped in a page's embedded JSON: it cannot be written as UTF-8.
    surrogate = tmp_path / "surrogate.txt"
    surrogate.write_text(SEEDS[3].read_text(encoding="utf-8").replace('"title":"', '"title":"\\udc00', 1),
                         encoding="utf-8")
    # A 5,000-digit number in an abstract: more than Python turns into an int.
    digits = tmp_path / "digits.txt"
    digits.write_text(SEEDS[2].read_text(encoding="utf-8").replace("Background", "Background " + "7" * 5000 + " patients were treated.", 1),
                      encoding="utf-8")
    after = tmp_path / "after.txt"
    after.write_bytes(SEEDS[4].read_bytes())

    results = import_paths(library, [bad_name, surrogate, digits, after], suggest=True)

    assert [r.path for r in results] == [bad_name, surrogate, digits, after]
    assert [r.status for r in results] == ["imported", "refused", "imported", "imported"]
    assert results[0].line() == f"{tmp_path}/saved \\xff\\xfe page.txt: imported (#2)"
    assert library.original_files(2)[0]["name"] == "saved \\xff\\xfe page.txt"
    assert results[1].reason.startswith("could not be imported: ExoDesk failed on it (")
    assert "surrogates not allowed" in results[1].reason
    # The paper is kept; only its suggested notes are given up, and the warning says so.
    assert "no notes suggested: the abstract could not be read for them (ValueError)" in results[2].warnings
    assert library.count() == 4
    assert [e["status"] for e in reversed(import_log(library))][1:] == [r.status for r in results]
    assert library.notes(1).free_notes == "Kept through everything"


def test_a_named_pipe_in_a_folder_is_skipped_without_being_opened(library, tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.txt").write_bytes(OTHER_SEED.read_bytes())
    pipe = folder / "b-pipe.txt"
    os.mkfifo(pipe)
    opened, finished = threading.Event(), threading.Event()

    def writer():  # succeeds only while someone has the pipe open for reading
        while not finished.wait(0.05):
            try:
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
                opened.set()
            except OSError:
                pass

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        results = import_paths(library, [folder])
    finally:
        finished.set()
        thread.join()
    assert not opened.is_set()
    assert [(r.path.name, r.status, r.reason) for r in results] == [
        ("a.txt", "imported", ""),
        ("b-pipe.txt", "refused", "skipped: a named pipe (FIFO), not a file; it was not opened"),
    ]


def test_a_newline_in_a_file_name_cannot_fake_a_report_line(library, tmp_path):
    path = tmp_path / "paper.txt: imported (#9)\nother.txt"
    path.write_bytes(OTHER_SEED.read_bytes())
    (result,) = import_paths(library, [path])
    line = result.line()
    assert "\n" not in line
    assert line == f"{tmp_path}/paper.txt: imported (#9)\\nother.txt: imported (#2)"
    # Marks that reverse the text after them are shown, not obeyed.
    assert importing.FileResult(Path("a\u202etxt.exe"), "refused").line() == "a\\u202etxt.exe: refused"


def test_a_refusal_quoting_text_that_cannot_be_stored_is_still_recorded(library, tmp_path, monkeypatch):
    path = tmp_path / "quoted.txt"
    path.write_bytes(OTHER_SEED.read_bytes())
    refused = examine.examine

    def quoting(path, companions, **options):
        found = refused(path, companions, **options)
        found.refusal = "not a kind of file ExoDesk can read: it starts with '\udc00'"
        return found

    monkeypatch.setattr(importing, "examine", quoting)
    result = one(library, path)
    assert (result.status, result.reason) == ("refused", "not a kind of file ExoDesk can read: it starts with '\\udc00'")
    assert import_log(library)[0]["reason"] == result.reason
    assert_nothing_lost(library)

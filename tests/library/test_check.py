"""`exodesk check` reads every record and the search index, names what is
damaged and how to repair it, and makes the repairs that are safe."""
# SQLite only: `exodesk check` reads the library file itself, damage is made in the file.

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from exodesk.cli import cmd_check, main
from exodesk.library import Library, LibraryError, faults, import_paths
from exodesk.library.health import check
from exodesk.library.store import DamagedRecord
from exodesk.model import Notes

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library(path, backup=False) as lib:
        import_paths(lib, SEEDS[:3])
        lib.save_notes(2, Notes(free_notes="Seen in clinic"))
    return path


def damage(path, sql, *params):
    with sqlite3.connect(path) as db:
        db.execute(sql, params)
    db.close()


def lines(path, *options):
    return main(["--library", str(path), "check", *options])


def test_a_damaged_record_is_named_with_its_repair_and_read_again_from_its_kept_original(path, capsys):
    with Library(path, backup=False) as lib:
        before = lib.get(1).to_dict()
    damage(path, "UPDATE papers SET data = '{\"title\": ' WHERE id = 1")
    with Library(path, backup=False) as lib, pytest.raises(DamagedRecord, match="paper #1"):
        lib.get(1)

    assert lines(path) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[4].startswith("  paper #1: its record cannot be read (JSONDecodeError")
    assert out[5].startswith(f"    repair: read it again from its kept original file {SEEDS[0].name}: "
                             "`exodesk check --repair`")
    assert out[-1] == "result: 1 problem found; `exodesk check --repair` mends 1 of them"

    assert cmd_check(path, argparse.Namespace(repair=True)) == 0
    out = capsys.readouterr().out.splitlines()
    assert "repaired: paper #1 read again from its kept original file" in out
    assert out[-1] == "result: ok"
    with Library(path, backup=False) as lib:
        assert lib.get(1).to_dict() == before
        assert lib.notes(2).free_notes == "Seen in clinic"
        assert lib.search_ids("exosomes", order_by="id")[:1] == [1]


def test_a_record_of_the_wrong_shape_is_damage_too(path):
    damage(path, "UPDATE papers SET data = '{\"authors\": 5}' WHERE id = 3")
    damage(path, "UPDATE notes SET data = '[1, 2]' WHERE paper_id = 2")
    report = check(path)
    assert [p.what.split(" (")[0] for p in report.problems] == [
        "paper #2: its notes cannot be read", "paper #3: its record cannot be read"]
    assert report.problems[0].repair.startswith("restore a backup")
    assert not report.ok


def test_a_damaged_search_index_is_found_by_its_own_check_and_rebuilt(path, capsys):
    damage(path, "UPDATE papers_fts_data SET block = zeroblob(length(block)) "
                 "WHERE id = (SELECT max(id) FROM papers_fts_data)")
    assert lines(path) == 1
    out = capsys.readouterr().out.splitlines()
    assert "  search index: damaged (database disk image is malformed)" in out
    assert "    repair: rebuild the index from the records: `exodesk check --repair`" in out

    assert cmd_check(path, argparse.Namespace(repair=True)) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "repaired: search index rebuilt from the records", "result: ok"]
    with Library(path, backup=False) as lib:
        assert lib.search_ids("Seen clinic") == [2]
        # The index keeps its settings (the prefix indexes and the memory for new terms).
        assert lib.db.execute("SELECT v FROM papers_fts_config WHERE k = 'hashsize'").fetchone() == (33554432,)


def test_a_paper_missing_from_the_index_is_named(path):
    damage(path, "DELETE FROM papers_fts WHERE rowid = 3")
    (problem,) = check(path).problems
    assert problem.what.startswith("search index: 1 papers are missing from it, so searches cannot find them (#3")
    assert problem.repairable


@pytest.mark.parametrize("sql, named", [
    ("UPDATE files SET content = CAST(content AS TEXT) WHERE rowid = 1", "its kept copy is damaged"),
    ("UPDATE import_log SET paper_ids = 'one' WHERE id = 1", "the import log is damaged"),
])
def test_odd_values_are_named_not_a_traceback(path, sql, named):
    damage(path, sql)
    report = check(path)
    assert [named in p.what for p in report.problems] == [True]


def test_a_deleted_journal_is_named_not_called_damage(path):
    holder = Library(path, backup=False)  # the window, still open
    holder.save_notes(1, Notes(free_notes="in the journal only"))
    Path(f"{path}-wal").unlink()
    try:
        report = check(path)
        assert (report.fault_kind, report.integrity, report.ok) == (faults.JOURNAL_MISSING, [], False)
        assert "library.sqlite-wal was deleted or moved while the library was open" in report.lines()[-1]
        with pytest.raises(LibraryError) as raised:
            Library(path, backup=False)
        assert not raised.value.damaged and "journal" in str(raised.value)
    finally:
        holder.close()  # closing writes the journal's changes back
    with Library(path, backup=False) as lib:
        assert lib.notes(1).free_notes == "in the journal only"


def test_a_full_disk_is_named_as_such():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t(x)")
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as raised:
        db.execute("INSERT INTO t VALUES (zeroblob(100000))")
    kind, text = faults.diagnose(ROOT / "pyproject.toml", raised.value)
    assert kind == faults.FULL and "is full" in text and "not damaged" in text


def test_a_failed_daily_backup_is_reported_with_its_reason(path):
    (path.parent / "backups").write_text("a file where the backups folder goes")
    with Library(path) as lib:
        (warning,) = lib.warnings
    assert warning.startswith(f"No backup was made today: could not write a backup to {path.parent / 'backups'}")


def as_other_reader(command: list[str]) -> subprocess.CompletedProcess:
    """Run a command for which the library's folder is read-only. The
    superuser writes anywhere: its child gives up that power first (Linux)."""
    def without_override() -> None:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH: gone after exec
            libc.prctl(24, capability, 0, 0, 0)  # PR_CAPBSET_DROP

    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False,
                          preexec_fn=without_override if os.geteuid() == 0 else None)


def test_a_read_only_folder_is_named_as_such_never_as_damage():
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "library.sqlite"
        with Library(path, backup=False) as lib:
            import_paths(lib, SEEDS[:1])
        os.chmod(path, 0o644)
        os.chmod(folder, 0o555)
        command = [sys.executable, "-m", "exodesk.cli", "--library", str(path)]

        checked = as_other_reader([*command, "check"])
        assert checked.stdout.splitlines()[-1].startswith("result: nothing is damaged, but its folder cannot be "
                                                         "written")
        assert "records: 1 read, 0 problems" in checked.stdout
        listed = as_other_reader([*command, "list"])
        assert listed.returncode == 2
        assert "may not write to" in listed.stderr and "not damaged" in listed.stderr
        assert "damaged or not" not in listed.stderr
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


def test_the_command_line_takes_repair(path, capsys):
    damage(path, "UPDATE papers SET data = '{' WHERE id = 1")
    assert lines(path) == 1
    assert lines(path, "--repair") == 0
    assert lines(path) == 0
    assert "1 problem" not in capsys.readouterr().out.splitlines()[-1]

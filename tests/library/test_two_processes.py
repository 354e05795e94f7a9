"""Two processes share a library: the second writer waits its turn instead
of refusing files as "database is locked"."""
# SQLite only: two processes taking turns at one file's lock.

import subprocess
import sys
from pathlib import Path

from exodesk.library import Library

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate_library import write_seed_like_files  # noqa: E402


def test_two_command_line_imports_at_once_import_every_file_of_both(tmp_path):
    library = tmp_path / "library.sqlite"  # new: both processes also race to build its tables
    folders = [tmp_path / "a", tmp_path / "b"]
    for number, folder in enumerate(folders):
        write_seed_like_files(folder, 40, seed=number + 1)
    command = [sys.executable, "-m", "exodesk.cli", "--library", str(library), "--create", "import", "--no-suggest"]
    processes = [subprocess.Popen([*command, str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for folder in folders]
    outputs = [process.communicate(timeout=300) for process in processes]

    refused = [line for out, _err in outputs for line in out.splitlines() if ": refused" in line]
    assert refused == []
    assert [process.returncode for process in processes] == [0, 0], [err[-2000:] for _out, err in outputs]
    with Library(library, backup=False) as lib:
        kept = sorted(content for (content,) in lib.db.execute("SELECT content FROM files"))
        assert kept == sorted(p.read_bytes() for folder in folders for p in folder.iterdir())
        assert lib.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


OPEN = """
import sys
from pathlib import Path
from exodesk.library import Library, LibraryError
try:
    Library(Path(sys.argv[1]), backup=False).close()
except LibraryError as error:
    sys.exit(str(error))
"""


def test_two_processes_making_one_new_library_at_once_both_open_it(tmp_path):
    # Both switch the new file to WAL together, where SQLite refuses one at
    # once instead of waiting: about one round in six failed before.
    for round_ in range(20):
        path = tmp_path / f"library-{round_}.sqlite"
        processes = [subprocess.Popen([sys.executable, "-c", OPEN, str(path)], stderr=subprocess.PIPE, text=True)
                     for _ in range(2)]
        errors = [process.communicate(timeout=120)[1] for process in processes]
        assert [process.returncode for process in processes] == [0, 0], (round_, errors)

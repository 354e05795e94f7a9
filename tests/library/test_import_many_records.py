"""A bibliography file of many records: one bad record is reported by its
number and the rest import; a failure while storing leaves nothing of the file."""

import pytest
from library_helpers import import_log

from exodesk.library import examine, import_paths, importing
from exodesk.model import Paper


@pytest.fixture
def library(new_library):
    return new_library


def bibtex_entry(n: int) -> str:
    return (
        f"@article{{nazari{n},\n  title = {{Exosomes from mesenchymal stem cells in wound healing, study {n}}},\n"
        f"  author = {{Nazari, Hojjatollah and Th{{\\'e}}ry, Clotilde}},\n  journal = {{Stem Cell Research {{\\&}} Therapy}},\n"
        f"  year = {{2022}},\n  month = dec,\n  doi = {{10.1186/s13287-022-{n:05d}}},\n"
        f"  abstract = {{BACKGROUND: Exosomes carry signals. METHODS: Patients {n} were treated. RESULTS: Wounds closed.}}\n}}\n"
    )


def medline_record(n: int) -> str:
    return (
        f"PMID- {36000000 + n}\nOWN - NLM\nDP  - 2022 Dec 9\n"
        f"TI  - Exosomes from mesenchymal stem cells in wound healing, study {n}.\n"
        "AB  - BACKGROUND: Exosomes carry signals. METHODS: Patients were treated.\n"
        "      RESULTS: Wounds closed.\n"
        "FAU - Nazari, Hojjatollah\nAU  - Nazari H\nAD  - Department of Dermatology, Hong Kong.\n"
        "JT  - Stem cell research & therapy\nTA  - Stem Cell Res Ther\n"
    )


def test_one_broken_bibtex_entry_among_four_hundred_is_reported_and_the_rest_import(library, tmp_path):
    entries = [bibtex_entry(n) for n in range(1, 401)]
    # Entry 200 loses its title's closing brace: bibtexparser stops it at the next entry.
    entries[199] = entries[199].replace("study 200},", "study 200,")
    path = tmp_path / "export.bib"
    path.write_text("\n".join(entries), encoding="utf-8")
    line = 1 + sum(entry.count("\n") + 1 for entry in entries[:199])

    [result] = import_paths(library, [path])

    assert result.status == "imported"
    assert result.reason == (
        f"399 imported; 1 not read: record 200: the entry starting on line {line} is not valid BibTeX (syntax error)"
    )
    assert library.count() == 399
    first = library.get(result.paper_ids[0])
    assert first.authors[1].family == "Théry" and first.journal == "Stem Cell Research & Therapy"
    assert [s.heading for s in first.abstracts[0].sections] == ["Background", "Methods", "Results"]
    assert len(library.search_ids("wounds closed")) == 399


def test_one_medline_record_without_its_pmid_is_reported_and_the_rest_import(library, tmp_path):
    records = [medline_record(n) for n in range(1, 301)]
    records[99] = records[99].replace("PMID- 36000100\n", "")
    path = tmp_path / "pubmed.nbib"
    path.write_text("\n".join(records), encoding="utf-8")

    [result] = import_paths(library, [path])

    assert result.status == "imported"
    assert result.reason == "299 imported; 1 not read: record 100: its PMID line is missing or not a number"
    assert library.count() == 299


def test_a_failure_while_storing_a_many_record_file_leaves_nothing_of_it(library, tmp_path, monkeypatch):
    path = tmp_path / "export.bib"
    path.write_text("\n".join(bibtex_entry(n) for n in range(1, 501)), encoding="utf-8")
    add_or_merge = importing._add_or_merge
    calls = []

    def failing_at_the_300th(*args, **kwargs):
        calls.append(1)
        if len(calls) == 300:
            raise OSError("disk full")
        return add_or_merge(*args, **kwargs)

    monkeypatch.setattr(importing, "_add_or_merge", failing_at_the_300th)
    [result] = import_paths(library, [path])

    assert (result.status, result.reason) == (
        "refused",
        "could not be imported: ExoDesk failed on it (OSError: disk full); the details are in ExoDesk's log")
    assert library.count() == 0
    assert library.search_ids("wound") == []
    for table in ("files", "paper_files"):
        assert library.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert library.indexed_ids() == set()
    assert [(e["status"], e["reason"]) for e in import_log(library)] == [(result.status, result.reason)]


def test_a_bibliography_export_may_be_larger_than_other_text_files(library, tmp_path, monkeypatch):
    monkeypatch.setattr(examine, "MAX_TEXT_BYTES", 50_000)
    export = tmp_path / "export.bib"
    export.write_text("\n".join(bibtex_entry(n) for n in range(1, 201)), encoding="utf-8")
    dump = tmp_path / "server.log"
    dump.write_text("GET /index.html 200\n" * 4000, encoding="utf-8")
    assert export.stat().st_size > 50_000 and dump.stat().st_size > 50_000

    results = {r.path.name: r for r in import_paths(library, [export, dump])}

    assert results["export.bib"].status == "imported" and library.count() == 200
    assert results["server.log"].status == "refused"
    assert "too large" in results["server.log"].reason



def test_a_file_of_many_new_papers_names_them_as_runs_not_one_by_one(library, tmp_path):
    library.insert_paper(Paper(title="Already in the library before the export"))
    path = tmp_path / "export.bib"
    path.write_text("\n".join(bibtex_entry(n) for n in range(1, 301)), encoding="utf-8")

    [result] = import_paths(library, [path])

    assert result.paper_ids == list(range(2, 302))
    assert result.line() == f"{path}: imported (#2-#301): 300 imported"


def test_paper_numbers_are_shown_as_runs_of_three_or_more():
    assert importing.id_runs([4]) == "#4"
    assert importing.id_runs([4, 5]) == "#4, #5"
    assert importing.id_runs([1, 2, 3, 9, 10, 12, 13, 14, 15, 3]) == "#1-#3, #9, #10, #12-#15, #3"


def test_a_paper_twice_in_one_file_becomes_one_with_what_each_copy_says(library, tmp_path):
    # Thirty papers, then the same thirty again with a PMID the first copies lack:
    # each second copy is merged into the first, itself new in the same file.
    first = [bibtex_entry(n) for n in range(1, 31)]
    again = [entry.replace("  year = ", f"  pmid = {{{36000000 + n}}},\n  year = ") for n, entry in enumerate(first, 1)]
    path = tmp_path / "export.bib"
    path.write_text("\n".join(first + again), encoding="utf-8")

    [result] = import_paths(library, [path])

    assert library.count() == 30
    assert result.paper_ids == list(range(1, 31)) * 2
    assert result.reason == "30 imported, 30 merged"
    assert [library.get(i).pmid for i in (1, 30)] == ["36000001", "36000030"]
    assert sorted(library.search_ids("wounds closed")) == list(range(1, 31))  # indexed once each


def test_a_file_whose_records_lack_essential_fields_says_how_many_and_which(library, tmp_path):
    entries = [bibtex_entry(n) for n in range(1, 41)]
    for n in (3, 17):  # a conference abstract with no year
        entries[n] = entries[n].replace("  year = {2022},\n", "")
    entries[25] = entries[25].replace("  author = {Nazari, Hojjatollah and Th{\\'e}ry, Clotilde},\n", "")
    path = tmp_path / "export.bib"
    path.write_text("\n".join(entries), encoding="utf-8")

    [result] = import_paths(library, [path])

    assert (result.status, result.reason, result.missing) == (
        "imported with gaps", "40 imported; 3 with gaps (missing: authors 1, year 2)", ["authors", "year"])
    assert library.count() == 40

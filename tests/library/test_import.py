"""Importing files into a library: results per file, duplicates, merging, refusals."""

import json
import shutil
from pathlib import Path

import pytest
from library_helpers import (
    import_log,
    kept_file,
    mark_not_duplicate,
    possible_duplicates,
)

from exodesk.library import Library, import_paths, importing
from exodesk.model import Notes

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def library(new_library):
    return new_library


def statuses(results):
    return [(r.path.name, r.status) for r in results]


def test_importing_the_seeds_twice_leaves_five_papers(library):
    first = import_paths(library, SEEDS)
    # Seed 000 has no title and no authors: it says so, in the status and the reason.
    assert [(r.status, r.reason, r.missing) for r in first] == [
        ("imported with gaps", "missing: title, authors", ["title", "authors"])] + [("imported", "", [])] * 4
    assert first[0].line() == f"{SEEDS[0]}: imported with gaps (#1): missing: title, authors"
    second = import_paths(library, SEEDS)
    assert [r.status for r in second] == ["already in the library"] * 5
    assert library.count() == 5


def test_the_same_paper_from_two_kinds_of_page_becomes_one_paper_with_both_sides(library, tmp_path):
    # Seed 000 has no title or authors; a PubMed-style text of the same paper has them.
    pubmed_like = tmp_path / "pubmed.txt"
    pubmed_like.write_text(
        "Clinical Applications of Exosomes: A Critical Review\n"
        "Alice Wang, Bob Lee\n"
        "Int J Mol Sci. 2024 Jul 16;25(14):7794. doi: 10.3390/ijms25147794.\n",
        encoding="utf-8",
    )
    import_paths(library, [SEEDS[0]])
    results = import_paths(library, [pubmed_like])
    assert statuses(results) == [("pubmed.txt", "merged")]
    assert library.count() == 1
    paper = library.get(results[0].paper_ids[0])
    assert paper.title == "Clinical Applications of Exosomes: A Critical Review"
    assert [a.display() for a in paper.authors] == ["Wang Alice", "Lee Bob"]
    # What only the seed had is still there.
    assert paper.affiliations == ["EverKeen Medical Centre, Hong Kong", "Perfect Skin Solution, Hong Kong"]
    assert [a.language for a in paper.abstracts] == ["en", "zh-Hans"]
    # Both original files are kept with the paper.
    assert {f["name"] for f in library.original_files(paper.id)} == {SEEDS[0].name, "pubmed.txt"}
    # Provenance says where the title came from.
    assert paper.provenance["title"].file == "pubmed.txt"


def test_a_pubmed_page_and_a_catalogue_record_of_one_trial_merge(library):
    pubmed_page = ROOT / "tests/importers/fixtures/pubmed-text/phase1-trial-full-authors.txt"
    results = import_paths(library, [SEEDS[4], pubmed_page])
    assert [r.status for r in results] == ["imported", "merged"]
    assert library.count() == 1
    paper = library.get(results[0].paper_ids[0])
    # The catalogue's author list (family names told apart) is kept, not replaced.
    assert paper.authors[-1].family == "Ahmadi Tafti"
    assert paper.pmid == "36518984" and paper.pmcid == "PMC9733972"


def test_a_persons_edit_and_notes_outlive_a_reimport(library, tmp_path):
    (paper_id,) = import_paths(library, [SEEDS[0]])[0].paper_ids
    library.edit_paper(paper_id, {"title": "Clinical applications of exosomes"})
    library.save_notes(paper_id, Notes(study_design="narrative review", free_notes="Read 3 Oct"))
    copy = tmp_path / "again.txt"
    copy.write_text(SEEDS[0].read_text(encoding="utf-8") + "\nPMID: 39063036\n", encoding="utf-8")
    copy_with_other_title = tmp_path / "other.txt"
    copy_with_other_title.write_text(
        "A different title from another site\n" + SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8"
    )
    import_paths(library, [copy, copy_with_other_title])
    paper = library.get(paper_id)
    assert paper.title == "Clinical applications of exosomes"
    assert paper.pmid == "39063036"
    # The other source's title is kept beside the person's, for them to judge.
    assert [(c.field, c.other) for c in paper.conflicts] == [("title", "A different title from another site")]
    assert library.notes(paper_id).free_notes == "Read 3 Oct"
    assert library.count() == 1


def test_conflicting_values_are_kept_for_review(library, tmp_path):
    (paper_id,) = import_paths(library, [SEEDS[0]])[0].paper_ids
    other = tmp_path / "other.txt"
    other.write_text(SEEDS[0].read_text(encoding="utf-8").replace("25(14):7794", "25(15):7794"), encoding="utf-8")
    assert statuses(import_paths(library, [other])) == [("other.txt", "merged")]
    paper = library.get(paper_id)
    assert paper.issue == "14"
    assert [(c.field, c.kept, c.other) for c in paper.conflicts] == [("issue", "14", "15")]


def test_bad_files_are_refused_with_reasons_while_good_ones_import(library, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEEDS[0], folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.dat").write_bytes(bytes(range(256)) * 40)
    (folder / "huge.txt").write_bytes(b"x" * (20 * 1024 * 1024))
    (folder / "notes.txt").write_text("Buy milk. Call the lab on Tuesday.", encoding="utf-8")
    (folder / "truncated.json").write_text('{"title": "Exosomes in', encoding="utf-8")
    (folder / "scripts.html").write_text(
        "<html><head><script>alert(1)</script></head><body><script src='x.js'></script></body></html>",
        encoding="utf-8",
    )
    (folder / "latin1.txt").write_bytes("Caf\xe9 r\xe9sum\xe9 \xff\xfe\x00garbage".encode("latin-1") * 3 + b"\x00" * 20)
    results = {r.path.name: r for r in import_paths(library, [folder])}
    assert results["good.txt"].status == "imported with gaps"  # seed 000 has no title or authors
    refused = {name: r.reason for name, r in results.items() if r.status == "refused"}
    assert set(refused) == set(results) - {"good.txt"}
    assert "empty" in refused["empty.txt"]
    assert "binary" in refused["binary.dat"]
    assert "too large" in refused["huge.txt"] and "20.0 MB" in refused["huge.txt"]
    for name, reason in refused.items():
        assert reason, name
    assert library.count() == 1
    log = import_log(library)
    assert {row["status"] for row in log} == {"imported with gaps", "refused"}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030"])
def test_seed_000_reads_the_same_in_every_encoding(library, tmp_path, encoding):
    text = SEEDS[0].read_text(encoding="utf-8")
    path = tmp_path / f"seed-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    (paper_id,) = import_paths(library, [path])[0].paper_ids
    paper = library.get(paper_id)
    assert paper.abstract("zh-Hans").text.startswith("外泌体是细胞分泌的一种小膜性囊泡")
    assert paper.doi == "10.3390/ijms25147794"


def test_big5_traditional_chinese_is_read_and_tagged(library, tmp_path):
    text = SEEDS[0].read_text(encoding="utf-8")
    english, chinese = text.splitlines()[3], "外泌體是細胞分泌的一種小膜性囊泡，直徑30至100納米，在細胞間通訊中起著至關重要的作用，本文分析了外泌體臨床應用的現有文獻。" * 3
    path = tmp_path / "big5.txt"
    path.write_bytes("\n".join(text.splitlines()[:3] + [english, chinese]).encode("big5"))
    (paper_id,) = import_paths(library, [path])[0].paper_ids
    paper = library.get(paper_id)
    assert [a.language for a in paper.abstracts] == ["en", "zh-Hant"]


def test_a_kept_original_file_is_byte_for_byte_the_imported_file(library):
    (paper_id,) = import_paths(library, [SEEDS[2]])[0].paper_ids
    (kept,) = library.original_files(paper_id)
    assert kept["size"] == SEEDS[2].stat().st_size
    assert kept_file(library, kept["hash"]) == SEEDS[2].read_bytes()


def test_papers_marked_not_duplicates_are_no_longer_offered_as_pairs(library, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Title: Exosomes for acne scars: a pilot study\nJournal: Dermatol Ther\nYear: 2021\n", encoding="utf-8")
    second.write_text("Title: Exosomes for acne scars: a pilot study\nJournal: Dermatol Ther\nYear: 2023\n", encoding="utf-8")
    ids = [r.paper_ids[0] for r in import_paths(library, [first, second])]
    assert len(set(ids)) == 2  # same title, different year: two papers
    assert possible_duplicates(library) == [tuple(ids)]
    mark_not_duplicate(library, *ids)
    assert possible_duplicates(library) == []


# The command line's tests below take a file library: --library names a file here.

def test_show_json_holds_everything(tmp_path, capsys):
    from exodesk.cli import main

    path = tmp_path / "lib.sqlite"
    assert main(["--library", str(path), "--create", "import", str(SEEDS[0])]) == 0
    capsys.readouterr()
    assert main(["--library", str(path), "show", "1", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["missing"] == ["title", "authors"]
    assert record["journal_abbrev"] == "Int J Mol Sci"
    assert record["files"][0]["name"] == SEEDS[0].name
    assert record["files"][0]["size"] == SEEDS[0].stat().st_size
    assert record["provenance"]["doi"]["importer"] == "plain-text"


def test_handout_command_writes_a_draft_pdf_for_any_spelling_and_records_it(tmp_path, capsys):
    from exodesk.cli import main
    from exodesk.library.handouts import handout_history, reprint

    path = tmp_path / "lib.sqlite"
    main(["--library", str(path), "--create", "import", *map(str, SEEDS)])
    out = tmp_path / "fistula.pdf"
    assert main(["--library", str(path), "handout", "perianal fistula", "--lang", "both", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    # The seed 004 trial, on suggested notes; the other seeds are reviews of other conditions.
    assert "perianal fistula: 1 of 1 papers on topic, 1 in the table, DRAFT (not approved)" in err
    with Library(path) as lib:
        (record,) = handout_history(lib)
        assert record["condition"] == "perianal-fistula" and record["approved_by"] is None
        assert reprint(lib, record["id"]) == out.read_bytes()
    assert main(["--library", str(path), "handout", "no such illness", "-o", str(out)]) == 2


def test_approved_by_on_the_command_line_follows_the_windows_rules(tmp_path, capsys):
    from pypdf import PdfReader

    from exodesk.cli import main
    from exodesk.evidence.suggest import confirm, suggest_notes

    path = tmp_path / "lib.sqlite"
    main(["--library", str(path), "--create", "import", *map(str, SEEDS)])
    out = tmp_path / "fistula.pdf"
    handout = ["--library", str(path), "handout", "perianal fistula", "-o", str(out), "--approved-by", "Dr Chan"]
    capsys.readouterr()
    # Notes unconfirmed, clinic unnamed: refused, a draft written, nothing unfinished printed.
    assert main(handout) == 1
    err = capsys.readouterr().err
    assert "not approved: 3 thing(s) to settle first" in err and "DRAFT (not approved)" in err
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Draft — not yet approved by a clinician" in text and "Preferences" not in text
    with Library(path) as lib:
        (paper_id,) = lib.search_ids("perianal fistula")
        lib.save_notes(paper_id, confirm(suggest_notes(lib.get(paper_id), lib.notes(paper_id))))
    assert main([*handout, "--clinic", "Harbour Skin Clinic", "--contact", "2345 6789"]) == 0
    assert "approved by Dr Chan" in capsys.readouterr().err
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Draft" not in text and "Checked and approved by Dr Chan." in text
    # A condition with no papers is a draft too, until someone approves it.
    assert main(["--library", str(path), "handout", "melasma", "-o", str(out)]) == 0
    assert "melasma: 0 of 0 papers on topic, 0 in the table, DRAFT (not approved)" in capsys.readouterr().err


def test_cite_prints_vancouver_references(tmp_path, capsys):
    from exodesk.cli import main

    path = tmp_path / "lib.sqlite"
    main(["--library", str(path), "--create", "import", str(SEEDS[4])])
    capsys.readouterr()
    assert main(["--library", str(path), "cite", "1"]) == 0
    assert capsys.readouterr().out.startswith("1. Nazari H, Alborzi F, Heirani-Tabasi A, Hadizadeh A, Asbagh RA, Behboudi B, et al.")

    # Every style the command offers is one the formatter knows.
    for style in ("apa", "ama"):
        assert main(["--library", str(path), "cite", "1", "--style", style]) == 0
        assert "Nazari" in capsys.readouterr().out


def test_a_saved_page_with_its_files_folder_imports_as_one_paper(library, tmp_path):
    page = next((ROOT / "tests/importers/fixtures/pubmed-html").glob("*.html"))
    folder = tmp_path / "saved"
    assets = folder / f"{page.stem}_files"
    assets.mkdir(parents=True)
    shutil.copy(page, folder / page.name)
    (assets / "style.css").write_text("body { color: black }", encoding="utf-8")
    (assets / "tracker.js").write_text("fetch('https://example.org/t')", encoding="utf-8")
    (assets / "frame.html").write_text("<html><body>advert</body></html>", encoding="utf-8")
    results = import_paths(library, [folder])
    assert statuses(results) == [(page.name, "imported")]
    assert library.count() == 1


def test_new_papers_get_suggested_notes_only_when_asked(library, second_library):
    from exodesk.evidence.suggest import suggest_notes

    (plain,) = import_paths(library, [SEEDS[4]])[0].paper_ids
    assert library.notes(plain) == Notes()
    with second_library as other:
        (paper_id,) = import_paths(other, [SEEDS[4]], suggest=True)[0].paper_ids
        notes = other.notes(paper_id)
        assert notes == suggest_notes(other.get(paper_id))
        assert (notes.sample_size, notes.suggested["sample_size"]) == (5, "Five patients")


def test_the_command_line_suggests_notes_unless_told_not_to(tmp_path):
    from exodesk.cli import main

    main(["--library", str(tmp_path / "a.sqlite"), "--create", "import", str(SEEDS[4])])
    main(["--library", str(tmp_path / "b.sqlite"), "--create", "import", "--no-suggest", str(SEEDS[4])])
    with Library(tmp_path / "a.sqlite") as suggested, Library(tmp_path / "b.sqlite") as plain:
        assert suggested.notes(1).needs_review() and suggested.notes(1).sample_size == 5
        assert plain.notes(1) == Notes()


def test_csv_export_from_the_command_line_has_one_byte_order_mark(tmp_path):
    from exodesk.cli import main

    path, out = tmp_path / "lib.sqlite", tmp_path / "papers.csv"
    main(["--library", str(path), "--create", "import", str(SEEDS[4])])
    assert main(["--library", str(path), "export", "--format", "csv", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbftitle,") and data.count(b"\xef\xbb\xbf") == 1


@pytest.mark.parametrize("batch_size, batch_seconds", [(1, 1.0), (2, 1.0), (200, 1.0), (200, 0.0)])
def test_the_search_index_matches_the_papers_however_files_are_batched(new_library, tmp_path, monkeypatch,
                                                                       batch_size, batch_seconds):
    # The index is written once per batch: a paper inserted and then merged in
    # the same batch, or merged in a later one, must have exactly one index row
    # holding what the merge added. A batch also ends when its time is up.
    monkeypatch.setattr(importing, "BATCH_SECONDS", batch_seconds)
    merging = tmp_path / "pubmed.txt"
    merging.write_text(
        "Clinical Applications of Exosomes: A Critical Review\n"
        "Quillfeather Alice, Lee Bob\n"
        "Int J Mol Sci. 2024 Jul 16;25(14):7794. doi: 10.3390/ijms25147794.\n",
        encoding="utf-8",
    )
    library = new_library
    results = import_paths(library, [*SEEDS, merging], batch_size=batch_size)
    assert [r.path for r in results] == [*SEEDS, merging]
    assert results[-1].status == "merged"
    if not library.shared:  # FTS5's own check of its index
        library.db.execute("INSERT INTO papers_fts(papers_fts) VALUES ('integrity-check')")
    assert sorted(library.indexed_ids()) == library.all_ids()
    assert library.search_ids("Quillfeather") == results[-1].paper_ids
    assert library.search_ids("系統性") == library.search_ids("系统性") != []


def test_a_failing_savepoint_undoes_only_its_own_writes(new_library):
    with new_library as library:
        with library.transaction():
            library.log_import(path="kept", file_hash=None, importer=None, status="refused", paper_ids=[], reason="")
            with pytest.raises(RuntimeError), library.savepoint():
                library.log_import(path="undone", file_hash=None, importer=None, status="refused",
                                   paper_ids=[], reason="")
                raise RuntimeError("a reader's bug")
            with library.savepoint():  # the same name can be used again afterwards
                library.log_import(path="also kept", file_hash=None, importer=None, status="refused",
                                   paper_ids=[], reason="")
        assert sorted(entry["path"] for entry in import_log(library)) == ["also kept", "kept"]

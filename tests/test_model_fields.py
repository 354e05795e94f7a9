"""Each field of a paper and of its notes is declared once (model.py), and
the lists other modules use are drawn from that declaration."""

import dataclasses

from exodesk.gui import completion_dialog, detail
from exodesk.library import merge
from exodesk.library.search import paper_index_row
from exodesk.lookup import complete
from exodesk.model import LIST, NOTE_FIELDS, ONE, PAPER_FIELDS, Notes, Paper


def test_every_notes_field_is_declared_and_every_declared_field_is_a_real_one():
    kept_by_the_program = {"suggested", "updated"}
    assert list(NOTE_FIELDS) == [f.name for f in dataclasses.fields(Notes) if f.name not in kept_by_the_program]
    assert set(PAPER_FIELDS) <= {f.name for f in dataclasses.fields(Paper)}


def test_the_field_lists_of_merge_completion_and_the_detail_form_follow_the_declaration():
    declared = (
        tuple(n for n, r in PAPER_FIELDS.items() if r.kind == ONE),
        tuple(n for n, r in PAPER_FIELDS.items() if r.kind == LIST),
        tuple(n for n, r in PAPER_FIELDS.items() if r.look_up),
        tuple((n, r.label) for n, r in PAPER_FIELDS.items() if r.edit),
    )
    assert declared == (merge.SCALAR_FIELDS, merge.LIST_FIELDS, complete.FIELDS, detail.FIELDS)
    assert [completion_dialog.field_label(n) for n in complete.FIELDS] == [PAPER_FIELDS[n].label for n in complete.FIELDS]


def test_searched_fields_go_into_the_index():
    paper = Paper(title="T", journal="Journal of Searches", journal_abbrev="J Search", doi="10.1/x",
                  keywords=["exosomes", "scars"], publisher="Not Searched Press")
    notes = Notes(study_design="cohort", evidence_level="3", conditions=["acne-scars"], tags=["read"],
                  free_notes="kept words", direction="improved")
    row = paper_index_row(paper, notes)
    searched = ([n for n, r in PAPER_FIELDS.items() if r.searched], [n for n, r in NOTE_FIELDS.items() if r.searched])
    assert ("publisher" in searched[0], "direction" in searched[1]) == (False, False)
    assert (sorted(row["abstract"].split()), sorted(row["notes"].split())) == (
        sorted(["Journal", "of", "Searches", "J", "Search", "10.1/x", "exosomes", "scars"]),
        sorted(["cohort", "acne-scars", "kept", "words", "read"]))

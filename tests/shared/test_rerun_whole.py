"""A write block cut off while another workstation changed the library is run
again whole, reading afresh, so it neither fails nor undoes the other's change."""

import pytest

from exodesk.library.completion import apply_completion
from exodesk.library.shared.store import SharedLibrary
from exodesk.lookup.complete import Change
from exodesk.model import Notes, Paper, Provenance


@pytest.fixture
def library(shared_location):
    library = SharedLibrary(shared_location)
    yield library
    library.close()


def test_a_completion_cut_while_someone_edited_the_paper_keeps_their_edit(
        library, postgres_server, shared_location, monkeypatch):
    paper_id = library.insert_paper(Paper(title="Exosomes in wound healing", date="2021"))
    crossref = Provenance(importer="crossref", part="work")
    accepted = [Change("journal", "", "Stem Cell Res Ther", crossref), Change("volume", "", "12", crossref)]
    reindex = library._reindex
    cuts = []

    def cut_while_someone_edits(*args):
        if not cuts:  # after the completion's UPDATE, before its COMMIT
            cuts.append(postgres_server.cut(shared_location))
            with SharedLibrary(shared_location) as other:
                other.edit_paper(paper_id, {"journal": "Wound Repair Regen"})
        return reindex(*args)

    monkeypatch.setattr(library, "_reindex", cut_while_someone_edits)

    apply_completion(library, paper_id, accepted)

    paper = library.get(paper_id)
    assert cuts and cuts[0] >= 1
    assert (paper.journal, paper.volume, paper.provenance["volume"].importer) == ("Wound Repair Regen", "12",
                                                                                  "crossref")


def test_an_undone_edit_cut_while_someone_saved_notes_is_put_back_and_keeps_their_notes(
        library, postgres_server, shared_location, monkeypatch):
    from exodesk.gui.commands import EditPaper

    paper_id = library.insert_paper(Paper(title="Exosomes in wound healing", date="2021"))
    edit = EditPaper(library, paper_id, {"title": "Exosomes in burns"}, lambda *_: None)
    edit.redo()
    reindex = library._reindex
    cuts = []

    def cut_while_someone_saves_notes(*args):
        if not cuts:  # the undo's record is written, its notes read: the replay reads theirs
            cuts.append(postgres_server.cut(shared_location))
            with SharedLibrary(shared_location) as other:
                other.save_notes(paper_id, Notes(tags=["theirs"]))
        return reindex(*args)

    monkeypatch.setattr(library, "_reindex", cut_while_someone_saves_notes)

    edit.undo()

    assert cuts and cuts[0] >= 1
    assert (library.get(paper_id).title, library.notes(paper_id).tags) == ("Exosomes in wound healing", ["theirs"])

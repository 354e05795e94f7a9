"""The handout audit trail in the library: each sheet recorded with what it
rests on, listed newest first with what has changed since, reprinted exactly."""

import datetime
from pathlib import Path

import pytest

from exodesk.evidence.suggest import confirm
from exodesk.handouts.content import build_handout
from exodesk.handouts.pdf import fitted
from exodesk.handouts.selection import handout_entries
from exodesk.library import import_paths
from exodesk.library.handouts import handout_history, record_handout, reprint
from exodesk.model import Notes

from .entries import CLINIC, PRODUCED

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def printed(library, approved_by=""):
    """A fistula sheet from the library's papers, as the window prints it; its id and PDF."""
    entries = handout_entries(library, "perianal-fistula", None)
    handout = build_handout(condition="perianal fistula", entries=entries, clinic=CLINIC, language="en",
                            produced=PRODUCED, approved_by=approved_by)
    handout, pdf = fitted(handout, paper="a4")
    return record_handout(library, snapshot=handout.snapshot, pdf=pdf, approved_by=handout.approved_by), pdf


@pytest.fixture
def library(new_library):
    import_paths(new_library, SEEDS, suggest=True)
    return new_library


def test_sheets_are_listed_newest_first_with_the_notes_changed_since_and_reprinted_exactly(library):
    draft, draft_pdf = printed(library)
    (paper_id,) = library.search_ids("perianal fistula")
    library.save_notes(paper_id, confirm(library.notes(paper_id)))
    approved, approved_pdf = printed(library, approved_by="Dr Chan")
    assert draft_pdf != approved_pdf

    history = handout_history(library, today=datetime.date(2020, 1, 1))
    assert [(h["id"], h["condition"], h["language"], h["approved_by"], h["overdue"], h["notes_changed"])
            for h in history] == [
        (approved, "perianal-fistula", "en", "Dr Chan", False, []),
        (draft, "perianal-fistula", "en", None, False, [paper_id]),  # printed from suggestions, since confirmed
    ]
    library.save_notes(paper_id, Notes(free_notes="Fistulas reopened at one year"))
    assert [h["notes_changed"] for h in handout_history(library)] == [[paper_id], [paper_id]]
    after_review = datetime.date.fromisoformat(history[0]["review_by"]) + datetime.timedelta(days=1)
    assert [h["overdue"] for h in handout_history(library, today=after_review)] == [True, True]

    assert (reprint(library, draft), reprint(library, approved)) == (draft_pdf, approved_pdf)
    with pytest.raises(KeyError):
        reprint(library, approved + 1)

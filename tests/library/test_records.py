"""The stored form of a paper: fast JSON that says the same as to_dict()."""

import json
import random
import sys
from pathlib import Path

from exodesk.library.records import clone
from exodesk.model import Conflict, Notes, Provenance

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate_library import make_paper  # noqa: E402


def test_stored_json_holds_exactly_to_dict_and_clone_is_a_deep_copy():
    paper = make_paper(random.Random(3), 11)
    paper.conflicts.append(Conflict(field="title", kept="A", other="B", other_source="x.ris"))
    paper.provenance["title"] = Provenance(importer="ris", part="TI tag", file="x.ris", by_person=False)
    paper.extra["citations"] = 12
    assert json.loads(paper.to_json()) == json.loads(json.dumps(paper.to_dict(), ensure_ascii=False))
    copy = clone(paper)
    assert copy == paper
    copy.authors[0].family = "Changed"
    copy.abstracts[0].text = "Changed"
    assert paper.authors[0].family != "Changed" and paper.abstracts[0].text != "Changed"


def test_notes_json_holds_every_field_as_to_dict_does():
    notes = Notes(study_design="randomised controlled trial", evidence_level="2", sample_size=10**30,
                  conditions=["scleroderma"], outcome="皮膚變軟", adverse_events="none", summary_en="Better",
                  summary_zh="較好", free_notes="“quoted”", tags=["to read"], suggested={"outcome": "words"},
                  updated="2026-11-23T10:00:00+00:00")
    assert json.loads(notes.to_json()) == notes.to_dict()
    assert Notes.from_dict(json.loads(notes.to_json())) == notes
    assert "皮膚變軟" in notes.to_json()  # readable in the file, not \\u escapes


def test_a_paper_and_its_notes_are_read_back_as_they_were_stored(new_library):
    paper = make_paper(random.Random(5), 12)
    paper.extra["citations"] = 12
    notes = Notes(sample_size=10**30, conditions=["scleroderma"], outcome_zh="皮膚變軟", free_notes="“quoted” \\ 'x'",
                  tags=["to read"], suggested={"outcome": "words"})
    paper_id = new_library.insert_paper(paper, notes)
    assert (new_library.get(paper_id), new_library.notes(paper_id)) == (paper, notes)

"""The stored form of a paper: fast JSON that says the same as to_dict()."""

import json
import random
import sys
from pathlib import Path

from exodesk.library.records import clone
from exodesk.model import Conflict, Provenance

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

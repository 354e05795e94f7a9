"""Every field of every seed, against the verified ground truth."""

import json
from pathlib import Path

import pytest
from seed_truth import differences

from exodesk.importers import Source, choose

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = json.loads((Path(__file__).parent / "expected.json").read_text(encoding="utf-8"))["papers"]


@pytest.mark.parametrize("expected", EXPECTED, ids=[e["file"][:3] for e in EXPECTED])
def test_seed_fields_match_ground_truth(expected):
    path = ROOT / "seeds" / expected["file"]
    source = Source(path=path, data=path.read_bytes())
    importer, score, errors = choose(source)
    assert importer is not None and not errors
    parsed = importer.parse(source)
    assert len(parsed.papers) == 1
    problems = differences(parsed.papers[0], expected)
    assert not problems, f"{importer.NAME} on {path.name}:\n" + "\n".join(problems)

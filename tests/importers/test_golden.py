"""Each fixture file gives exactly its hand-checked record, via the right importer."""

import json

import pytest

from importers.golden import FIXTURES, cases, read


@pytest.mark.parametrize("path", cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixture_gives_its_golden_record(path):
    importer_name, record = read(path)
    assert importer_name == path.parent.name
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert record == expected


def test_every_importer_has_at_least_three_fixtures_besides_the_seed():
    from exodesk.importers import IMPORTERS

    counts = {imp.NAME: len(list((FIXTURES / imp.NAME).glob("*.json"))) for imp in IMPORTERS}
    short = {name: n for name, n in counts.items() if n < 3}
    assert not short, f"importers with fewer than 3 golden fixtures: {short}"

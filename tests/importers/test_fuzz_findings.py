"""Inputs the long fuzz run (benchmarks/fuzz_importers.py) found, kept as regressions."""

from pathlib import Path

import pytest


# Inputs the long fuzz run found: each must end in a refusal, never another exception.
DEEP = 100_000
FUZZ_FINDINGS = {
    # A CSL-JSON export whose value was mutated into deep nesting.
    "deeply-nested.json": (
        '[{"type": "article-journal", "title": "Exosomes", "DOI": "10.1/x", "container-title": '
        + "[" * DEEP + "]" * DEEP + "}]"
    ).encode(),
    # An aggregator page whose embedded record holds deep nesting.
    "nested-json-in-script.html": (
        '<html><body><script>var d = {"title": "Exosomes", "abstract": "text", "doi": '
        + "[" * DEEP + "]" * DEEP + "};</script></body></html>"
    ).encode(),
    "nested-json-in-text.txt": (
        '{"title": "Exosomes", "authors": "A B", "doi": "10.1/x", "abstract": '
        + "[" * DEEP + "]" * DEEP + "}"
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(FUZZ_FINDINGS))
def test_inputs_found_by_fuzzing_are_refused_or_read_never_crash(name):
    from exodesk.importers import IMPORTERS, Refused, Source

    source = Source(path=Path(name), data=FUZZ_FINDINGS[name])
    for importer in IMPORTERS:
        score = importer.detect(source)
        assert 0 <= score <= 1
        if score > 0:
            try:
                importer.parse(source)
            except Refused:
                pass

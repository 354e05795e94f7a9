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


@pytest.mark.parametrize(
    "text",
    [
        '@string{jcd = "J Cosmet Dermatol"}\n@string{jcd = "Other"}\n@article{a1, title={Exosomes for scars}, journal=jcd, year=2023}\n',
        '@article{a1, title={Exosomes}, year=2023}\n@string{a1 = "x"}\n@article{a2, title={Scars}, year=2022}\n',
    ],
)
def test_a_bibtex_string_sharing_a_key_is_never_read_as_an_entry(text):
    # The fuzz run once met an @string block handed over as if it were an entry.
    from exodesk.importers import Source, bibtex

    parsed = bibtex.parse(Source(path=Path("mixed.bib"), data=text.encode()))
    assert parsed.problems == []
    assert all(paper.title for paper in parsed.papers)
    assert len(parsed.papers) == text.count("@article")

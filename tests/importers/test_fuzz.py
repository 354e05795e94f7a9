"""Fuzzing every registered importer: no input raises anything but Refused.

A fixed-seed subset of benchmarks/fuzz_importers.py (mutated seeds and
fixtures), and hypothesis-made bytes and text. New importers are covered as
soon as they are in the registry.
"""

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from fuzz_importers import Outcome, corpus, fuzz, mutate, try_input  # noqa: E402

FIXED = settings(derandomize=True, max_examples=150, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])


def test_mutated_seeds_and_fixtures_give_papers_or_refusals_only():
    outcome = fuzz(300, seed=20240716)
    assert outcome.failures == []
    assert outcome.inputs == 300
    assert outcome.papers > 0 and outcome.refusals > 0  # both paths were exercised


@FIXED
@given(st.binary(max_size=3000), st.sampled_from(["", ".txt", ".html", ".json", ".ris", ".xml", ".nbib", ".bib"]))
def test_any_bytes_are_detected_and_parsed_without_an_error(data, suffix):
    outcome = Outcome()
    try_input(data, suffix, outcome, "hypothesis bytes")
    assert outcome.failures == []


@FIXED
@given(st.text(max_size=3000), st.sampled_from(["utf-8", "utf-16", "gb18030"]))
def test_any_text_in_any_expected_encoding_is_handled(text, encoding):
    outcome = Outcome()
    try_input(text.encode(encoding, "replace"), ".txt", outcome, "hypothesis text")
    assert outcome.failures == []


@FIXED
@given(st.randoms(use_true_random=False), st.integers(min_value=0, max_value=10_000))
def test_mutations_chosen_by_hypothesis(rng, pick):
    files = corpus()
    suffix, data = files[pick % len(files)]
    outcome = Outcome()
    try_input(mutate(data, rng, files), suffix, outcome, "hypothesis mutation")
    assert outcome.failures == []


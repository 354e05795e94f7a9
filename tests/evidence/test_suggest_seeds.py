"""Suggestions reach what a careful reader takes from each seed (expected.json)."""

from pathlib import Path

import pytest

from exodesk.evidence import harms
from exodesk.evidence.suggest import suggest_notes
from exodesk.evidence.vocabulary import by_id, lookup
from exodesk.importers import Source, choose

from .seed_papers import EXPECTED, ROOT, seed_paper

IDS = [e["file"][:3] for e in EXPECTED]


def reached(notes, expected) -> dict:
    """The notes in expected.json's terms, for a whole-value compare."""
    return {
        "study_design": notes.study_design,
        "sample_size": notes.sample_size,
        # As a report: expected.json keeps an older version's words ("none reported (0 of 5 patients)").
        "adverse_events": harms.parse(notes.adverse_events) if notes.adverse_events else None,
        "conditions_mentioned": sorted(by_id(c).en.casefold() for c in notes.conditions),
    }


def wanted(expected) -> dict:
    return {
        "study_design": expected["study_design"],
        "sample_size": expected.get("sample_size"),
        "adverse_events": harms.parse(expected["adverse_events"]) if "adverse_events" in expected else None,
        "conditions_mentioned": sorted(lookup(c).en.casefold() for c in expected["conditions_mentioned"]),
    }


@pytest.mark.parametrize("expected", EXPECTED, ids=IDS)
def test_suggestions_from_the_seed_abstracts(expected):
    notes = suggest_notes(seed_paper(expected))
    assert reached(notes, expected) == wanted(expected)


@pytest.mark.parametrize("expected", EXPECTED, ids=IDS)
def test_suggestions_from_the_imported_seeds(expected):
    path = ROOT / "seeds" / expected["file"]
    source = Source(path=Path(path), data=path.read_bytes())
    importer, _, errors = choose(source)
    assert importer is not None and not errors
    paper = importer.parse(source).papers[0]
    assert reached(suggest_notes(paper), expected) == wanted(expected)


def test_every_seed_condition_is_in_the_vocabulary():
    names = [c for e in EXPECTED for c in e["conditions_mentioned"]]
    assert all(lookup(name) is not None for name in names), [n for n in names if lookup(n) is None]


def test_the_phase_one_trial_carries_its_supporting_words():
    paper = seed_paper(next(e for e in EXPECTED if e["file"].startswith("004")))
    notes = suggest_notes(paper)
    assert notes.evidence_level == "4"
    assert notes.suggested["sample_size"] == "Five patients"
    assert notes.suggested["adverse_events"] == (
        "In addition, five patients (100%) reported neither systemic nor local adverse effects."
    )
    # What was measured and how many had it, not the authors' promotional conclusion.
    assert (notes.outcome, notes.direction, notes.responders, notes.adverse_events) == (
        "complete fistula closure", "improved", 3, "none reported")
    assert notes.suggested["responders"] == "Three patients"
    assert notes.intervention == "mesenchymal stem cell-derived exosomes"  # from the title
    assert set(notes.suggested) == {
        "study_design", "evidence_level", "sample_size", "adverse_events", "outcome", "direction", "responders",
        "conditions", "intervention",
    }

"""The papers a handout for a condition can rest on.

The suggestion engine reads only the papers the full-text index finds naming
the condition; these tests check that this finds every paper reading all of
them would, spelled any way the engine recognises."""

from pathlib import Path

import pytest

from exodesk.evidence import vocabulary
from exodesk.evidence.suggest import suggest_notes
from exodesk.handouts.selection import candidates
from exodesk.library import Filters, import_paths
from exodesk.library.locations import open_library
from exodesk.model import Abstract, Notes, Paper

ROOT = Path(__file__).resolve().parents[2]

# Names as papers write them: plural, hyphenated, capitals, an abbreviation,
# an apostrophe of another kind, either Chinese script, inside a longer name.
WRITTEN = [
    ("Exosomes for Systemic-Sclerosis skin", "A trial in SSc patients."),
    ("Stem cells and keloids", "Hypertrophic Scars after burns."),
    ("Crohn’s perianal fistulae", "Perianal Crohn's disease treated with cells."),
    ("外泌體治療系統性硬化症", "系统性硬化症患者的皮膚纖維化。"),
    ("Chloasma in Asian women", "Melasma-like pigmentation and dark spots."),
    ("Scleroderma-like lesions", "Not lupus, not eczema; acne vulgaris aside."),
    ("A paper about nothing in the vocabulary", "Plain words only."),
]


@pytest.fixture(scope="module")
def library(module_library_location):
    with open_library(module_library_location, backup=False) as lib:
        samples = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
            p for p in (ROOT / "tests/importers/fixtures").rglob("*") if p.suffix in (".txt", ".nbib", ".ris", ".bib")
        )
        import_paths(lib, samples)
        with lib.transaction():
            for title, abstract in WRITTEN:
                language = "zh-Hant" if "體" in title else "en"
                lib.insert_paper(Paper(title=title, date="2024", abstracts=[Abstract(language, abstract)]))
            linked = lib.insert_paper(Paper(title="Linked by a person", date="2020"))
        lib.save_notes(linked, Notes(conditions=["melasma"]))
        yield lib


def every_suggested(library, condition_id):
    """What reading every paper gives: the papers the engine links to the condition."""
    linked = set(library.search_ids("", Filters(condition=condition_id)))
    found = []
    for paper_id in library.search_ids("", order_by="year"):
        notes = library.notes(paper_id)
        if paper_id in linked or notes.conditions:
            continue
        if condition_id in suggest_notes(library.get(paper_id), notes).conditions:
            found.append(paper_id)
    return found


@pytest.mark.parametrize("condition_id", [c.id for c in vocabulary.load()])
def test_the_index_finds_every_paper_the_engine_would_link(library, condition_id):
    chosen = candidates(library, condition_id)
    suggested = [c.paper.id for c in chosen if c.suggested_link and c.paper.id not in
                 set(library.search_ids("", Filters(condition=condition_id)))]
    assert suggested == every_suggested(library, condition_id)


def test_the_written_forms_are_found(library):
    def titles(condition_id):
        return {c.paper.title for c in candidates(library, condition_id)}

    assert {"Exosomes for Systemic-Sclerosis skin", "外泌體治療系統性硬化症",
            "Scleroderma-like lesions"} <= titles("systemic-sclerosis")
    assert "Crohn’s perianal fistulae" in titles("perianal-fistula")
    assert {"Chloasma in Asian women", "Linked by a person"} <= titles("melasma")
    assert "Stem cells and keloids" in titles("hypertrophic-scars-keloids")

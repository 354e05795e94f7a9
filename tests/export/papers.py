"""The papers the export tests use: the five seeds and every golden fixture."""

from __future__ import annotations

from pathlib import Path

from exodesk.importers import Source, choose
from exodesk.model import Paper

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "importers" / "fixtures"


def read(path: Path) -> list[Paper]:
    source = Source(path=path, data=path.read_bytes())
    importer, _score, _errors = choose(source)
    return importer.parse(source).papers


def sample_files() -> list[Path]:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    fixtures = sorted(p for p in FIXTURES.glob("*/*") if p.suffix != ".json" and p.with_suffix(".json").exists())
    return seeds + fixtures


def all_papers() -> list[Paper]:
    return [paper for path in sample_files() for paper in read(path)]

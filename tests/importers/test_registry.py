"""Choosing a reader: a certain score ends the search without changing the choice."""

from pathlib import Path

import pytest

from exodesk.importers import Refused, Source
from exodesk.importers.registry import CERTAIN, IMPORTERS, choose

ROOT = Path(__file__).resolve().parents[2]


def _inputs() -> list[Path]:
    """Seeds and fixture inputs; a fixture's expected record (NAME.json beside NAME.other) is left out."""
    found = sorted((ROOT / "seeds").glob("*.txt"))
    for path in sorted((ROOT / "tests" / "importers" / "fixtures").rglob("*")):
        expected = path.suffix == ".json" and any(p != path for p in path.parent.glob(path.stem + ".*"))
        if path.is_file() and not expected:
            found.append(path)
    return found


SAMPLES = _inputs()


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_stopping_at_a_certain_score_chooses_the_reader_asking_all_would(path):
    source = Source(path=path, data=path.read_bytes())
    quick, quick_score, _ = choose(source)
    every, every_score, _ = choose(Source(path=path, data=path.read_bytes()), every_reader=True)
    assert (getattr(quick, "NAME", None), quick_score) == (getattr(every, "NAME", None), every_score)


def test_most_seeds_are_certain_at_once():
    scores = [choose(Source(path=p, data=p.read_bytes()))[1] for p in sorted((ROOT / "seeds").glob("*.txt"))]
    assert sum(score >= CERTAIN for score in scores) >= 4


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_reader_told_the_best_score_gives_its_own_when_it_beats_it(path):
    for importer in (i for i in IMPORTERS if hasattr(i, "detect_to_beat")):
        score = importer.detect(Source(path=path, data=path.read_bytes()))
        for best in (0.0, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6, 0.75, 0.8):
            to_beat = importer.detect_to_beat(Source(path=path, data=path.read_bytes()), best)
            assert to_beat == score if score > best else to_beat <= best, (importer.NAME, best)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_reader_reads_a_file_detected_first_as_it_reads_a_fresh_one(path):
    """What detect() keeps for parse() is what parse() would have found itself."""
    source = Source(path=path, data=path.read_bytes())
    importer, _score, _ = choose(source)
    if importer is None:
        return
    fresh = Source(path=path, data=path.read_bytes())
    assert _read(importer, source) == _read(importer, fresh)


def _read(importer, source):
    try:
        parsed = importer.parse(source)
    except Refused as refusal:  # a refusal is a reading too
        return f"refused: {refusal}"
    return repr(parsed)


def test_a_plain_text_file_whose_lines_detection_and_reading_cut_apart_is_read_by_its_own_lines():
    path = ROOT / "tests" / "importers" / "fixtures" / "plain-text" / "rct-with-authors.txt"
    text = path.read_text(encoding="utf-8").replace("Minh Anh Tran 1,", "Minh  Anh\u00a0Tran 1,")
    source = Source(path=path, data=text.encode("utf-8"))
    importer, _score, _ = choose(source)
    fresh = Source(path=path, data=text.encode("utf-8"))
    assert importer is not None and importer.NAME == "plain-text"
    assert _read(importer, source) == _read(importer, fresh)

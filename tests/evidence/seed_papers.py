"""The five seeds as Papers built without an importer: the abstract text is taken
from the seed file by its first words, the other fields from expected.json, so
the suggestion tests do not depend on any importer."""

from __future__ import annotations

import json
import re
from pathlib import Path

from exodesk.model import Abstract, Author, Paper, Section
from exodesk.text.abstracts import make_abstract

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((ROOT / "tests" / "expected.json").read_text(encoding="utf-8"))["papers"]

# The first words of each seed's abstract paragraph(s).
_ABSTRACT_STARTS = {
    "000": [("en", "Exosomes, small membrane-bound vesicles"), ("zh-Hans", "外泌体是细胞分泌的一种小膜性囊泡")],
    "001": [("en", "Although the clinical application and transformation")],
    "003": [("en", "Systemic sclerosis (SSc) is an intractable"), ("zh-Hans", "系统性硬化症(SSc)是")],
}


def _lines(number: str) -> list[str]:
    path = next((ROOT / "seeds").glob(f"{number}_*.txt"))
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


def _line(lines: list[str], start: str) -> str:
    return next(line for line in lines if line.startswith(start))


def _abstracts(number: str) -> list[Abstract]:
    lines = _lines(number)
    if number == "002":  # heading lines, each followed by its paragraph
        start = lines.index("Abstract") + 1
        body = lines[start : lines.index("DOI")]
        sections = [Section(h, t) for h, t in zip(body[::2], body[1::2], strict=False)]
        return [Abstract("en", " ".join(s.text for s in sections), sections)]
    if number == "004":  # the catalogue's "description | … |" field
        text = re.search(r"^description \| (.*?) \|$", "\n".join(lines), re.M).group(1)
        return [make_abstract(text, "en")]
    return [make_abstract(_line(lines, start), language) for language, start in _ABSTRACT_STARTS[number]]


def seed_paper(expected: dict) -> Paper:
    number = expected["file"][:3]
    return Paper(
        title=expected.get("title"),
        authors=[Author(**a) for a in expected.get("authors", [])],
        authors_truncated=bool(expected.get("authors_truncated")),
        journal=expected.get("journal"),
        journal_abbrev=expected.get("journal_abbrev"),
        date=expected.get("date"),
        volume=expected.get("volume"),
        issue=expected.get("issue"),
        pages=expected.get("pages"),
        doi=expected.get("doi"),
        publication_type=expected.get("publication_type"),
        keywords=list(expected.get("keywords", [])),
        abstracts=_abstracts(number),
    )


def seed_papers() -> dict[str, Paper]:
    return {e["file"][:3]: seed_paper(e) for e in EXPECTED}

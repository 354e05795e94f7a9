"""The five seeds as papers, built from their verified ground truth (tests/expected.json)."""

from __future__ import annotations

import json
from pathlib import Path

from exodesk.model import Author, Paper

EXPECTED = Path(__file__).resolve().parents[1] / "expected.json"
FIELDS = ("title", "journal", "journal_abbrev", "date", "volume", "issue", "pages", "doi", "pmid", "pmcid", "publication_type")


def seed_papers() -> list[Paper]:
    papers = []
    for entry in json.loads(EXPECTED.read_text(encoding="utf-8"))["papers"]:
        paper = Paper(**{name: entry.get(name) for name in FIELDS})
        paper.authors = [Author(**a) for a in entry.get("authors", [])]
        paper.authors_truncated = entry.get("authors_truncated", False)
        papers.append(paper)
    return papers

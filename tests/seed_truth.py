"""Compare a Paper with a record in expected.json's terms, field by field."""

from __future__ import annotations

import re
import unicodedata

from exodesk.model import ORIGIN_MACHINE, Paper

# expected.json keys that describe the evidence (checked by the suggestion tests).
EVIDENCE_KEYS = {"study_design", "sample_size", "adverse_events", "conditions_mentioned"}
DESCRIPTIVE_KEYS = {"file", "kind"}


def fold(value):
    if isinstance(value, str):
        return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()
    return value


def observed(paper: Paper, key: str):
    """The value of expected.json's `key` as read from `paper`."""
    en = paper.abstract("en")
    zh = paper.abstract("zh")
    simple = {
        "title": lambda: paper.title,
        "title_zh": lambda: next((t for lang, t in paper.titles.items() if lang.startswith("zh")), None),
        "missing": lambda: paper.missing,
        "authors": lambda: [
            {"family": a.family, "given": a.given} if not a.literal else {"literal": a.literal}
            for a in paper.authors
        ],
        "authors_truncated": lambda: paper.authors_truncated,
        "affiliations": lambda: paper.affiliations,
        "year": lambda: paper.year,
        "keywords": lambda: paper.keywords,
        "abstract_languages": lambda: [a.language for a in paper.abstracts],
        "abstract_sections": lambda: [s.heading for s in en.sections] if en else [],
        "abstract_en_starts": lambda: en.text if en else None,
        "abstract_en_ends": lambda: en.text if en else None,
        "abstract_zh_starts": lambda: zh.text if zh else None,
        "abstract_zh_machine_translated": lambda: (True if zh and zh.origin == ORIGIN_MACHINE else None),
        "figure_captions": lambda: len(paper.figure_captions),
        "references_listed": lambda: len(paper.references),
        "citation_count": lambda: paper.extra.get("citation_count"),
        "impact_factor": lambda: paper.extra.get("impact_factor"),
    }
    if key in simple:
        return simple[key]()
    return getattr(paper, key)


def differences(paper: Paper, expected: dict) -> list[str]:
    """Every field where `paper` differs from `expected`, described for a person."""
    problems = []
    for key, want in expected.items():
        if key in EVIDENCE_KEYS or key in DESCRIPTIVE_KEYS:
            continue
        got = observed(paper, key)
        if key.endswith("_starts"):
            ok = got is not None and _body(got).startswith(fold(want))
        elif key.endswith("_ends"):
            ok = got is not None and fold(got).endswith(fold(want))
        elif isinstance(want, list) and key != "authors":
            ok = [fold(v) for v in (got or [])] == [fold(v) for v in want]
        elif key == "authors":
            ok = [{k: fold(v) for k, v in a.items()} for a in got] == want
        else:
            ok = fold(got) == fold(want)
        if not ok:
            problems.append(f"{key}: expected {want!r}, got {got!r}")
    return problems


def _body(text: str) -> str:
    """Abstract text without a leading section label such as 'BACKGROUND:'."""
    return re.sub(r"^[A-Z][A-Za-z ]{2,30}:\s*", "", fold(text))

"""A paper as the library stores it: JSON, written and copied fast."""

from __future__ import annotations

import json

from exodesk.model import Paper


def record_json(paper: Paper) -> str:
    """The paper as stored: the JSON of `paper.to_dict()`, written by orjson
    straight from the dataclasses (see Paper.to_json); an import writes one per paper."""
    return paper.to_json()


def clone(paper: Paper) -> Paper:
    """A deep copy, through the stored form (several times faster than deepcopy)."""
    return Paper.from_dict(json.loads(record_json(paper)), id=paper.id)

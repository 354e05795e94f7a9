"""A paper as the library stores it: JSON, written and copied fast."""

from __future__ import annotations

import json

from exodesk.model import Paper


def clone(paper: Paper) -> Paper:
    """A deep copy, through the stored form (several times faster than deepcopy)."""
    return Paper.from_dict(json.loads(paper.to_json()), id=paper.id)

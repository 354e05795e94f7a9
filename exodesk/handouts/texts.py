"""The handout's fixed wording, one editable file per language in resources/handout_texts/.

Words a handout must never use are checked in claims.py, over the fixed
wording and what ExoDesk fills in alike.
"""

from __future__ import annotations

import copy
import functools
import json
from importlib import resources
from typing import Any

LANGUAGES = ("en", "zh-Hant")


@functools.cache
def _load(language: str) -> dict[str, Any]:
    path = resources.files("exodesk.resources") / "handout_texts" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def load(language: str) -> dict[str, Any]:
    """A fresh copy of the wording for `language` ("en" or "zh-Hant")."""
    if language not in LANGUAGES:
        raise ValueError(f"no handout wording for language {language!r}")
    return copy.deepcopy(_load(language))


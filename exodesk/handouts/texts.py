"""The handout's fixed wording, one editable file per language in resources/handout_texts/.

Words a handout must never use are checked here too, so the same list guards the
fixed wording and what ExoDesk fills in.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from importlib import resources
from typing import Any

LANGUAGES = ("en", "zh-Hant")

# Claims a handout never makes. "safe" is allowed only where the sheet says we
# do not know whether it is (the GRADE wording for lab-only evidence).
_FORBIDDEN_EN = re.compile(r"\b(?:proven|proved|cures?|cured|guarantee[ds]?|safe|safely)\b", re.IGNORECASE)
_FORBIDDEN_ZH = re.compile(r"證實有效|根治|治癒|保證|安全")
_NOT_KNOWN = re.compile(r"\b(?:do not|don't) know\b|未知|未經|不知道", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _load(language: str) -> dict[str, Any]:
    path = resources.files("exodesk.resources") / "handout_texts" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def load(language: str) -> dict[str, Any]:
    """A fresh copy of the wording for `language` ("en" or "zh-Hant")."""
    if language not in LANGUAGES:
        raise ValueError(f"no handout wording for language {language!r}")
    return copy.deepcopy(_load(language))


def forbidden_words(text: str) -> list[str]:
    """Words in `text` a handout must not use, sentence by sentence."""
    found = []
    for sentence in re.split(r"(?<=[.!?。！？])\s*", text):
        if _NOT_KNOWN.search(sentence):
            continue
        found += [m.group(0) for m in _FORBIDDEN_EN.finditer(sentence)]
        found += [m.group(0) for m in _FORBIDDEN_ZH.finditer(sentence)]
    return found

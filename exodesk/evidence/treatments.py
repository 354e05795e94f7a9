"""The treatments a patient sheet can be about, and the words that name them.

The data lives in resources/treatments.json so the clinic can edit it. A
paper counts as evidence for "exosome treatment" only when its intervention
names the treatment: exosomes, extracellular vesicles, secretome or
conditioned medium, in English or Chinese. Mesenchymal stem cells on their own
(cell therapy) are another treatment, so "mesenchymal stem cell" alone never
matches; "mesenchymal stem cell-derived exosomes" does, by its exosome words.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from exodesk.text.chinese import to_simplified


@dataclass(frozen=True)
class Treatment:
    id: str
    en: str
    zh_hant: str
    terms: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    terms_zh: tuple[str, ...] = ()


@functools.lru_cache(maxsize=None)
def load() -> tuple[Treatment, ...]:
    path = resources.files("exodesk.resources") / "treatments.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Treatment(id=t["id"], en=t["en"], zh_hant=t["zh_hant"], terms=tuple(t.get("terms", ())),
                  abbreviations=tuple(t.get("abbreviations", ())), terms_zh=tuple(t.get("terms_zh", ())))
        for t in data["treatments"]
    )


def default() -> Treatment:
    """The clinic's treatment: the first in the file (exosomes)."""
    return load()[0]


@dataclass(frozen=True)
class _Patterns:
    english: re.Pattern  # ignoring case
    abbreviations: re.Pattern | None  # exact capitals
    chinese: tuple[str, ...]  # in Simplified characters
    guards: tuple[str, ...]  # lower-case pieces every English match holds


@functools.lru_cache(maxsize=None)
def _patterns(treatment: Treatment) -> _Patterns:
    terms = sorted(treatment.terms, key=len, reverse=True)
    english = re.compile(
        r"(?<![\w-])(?:" + "|".join(r"[\s-]+".join(map(re.escape, t.split())) for t in terms) + r")s?(?![\w])",
        re.IGNORECASE)
    abbreviations = (re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(treatment.abbreviations, key=len,
                                                                              reverse=True))) + r")(?![\w-])")
                     if treatment.abbreviations else None)
    chinese = tuple(dict.fromkeys(to_simplified(t) for t in treatment.terms_zh))
    guards = tuple(dict.fromkeys(t.split()[0][:6].lower() for t in terms))
    return _Patterns(english, abbreviations, chinese, guards)


def find(text: str, treatment: Treatment | None = None) -> list[str]:
    """The words in `text` that name the treatment, in order found, each once."""
    if not text:
        return []
    patterns = _patterns(treatment or default())
    found: list[tuple[int, str]] = []
    low = text.lower()
    if any(guard in low for guard in patterns.guards):
        found += [(m.start(), m.group(0)) for m in patterns.english.finditer(text)]
    if patterns.abbreviations is not None and any(ch.isupper() for ch in text):
        found += [(m.start(), m.group(0)) for m in patterns.abbreviations.finditer(text)]
    if not text.isascii():
        simplified = to_simplified(text)
        same_length = len(simplified) == len(text)
        for term in patterns.chinese:
            start = simplified.find(term)
            if start >= 0:
                found.append((start, text[start:start + len(term)] if same_length else term))
    return list(dict.fromkeys(words for _, words in sorted(found)))


def is_treatment(intervention: str, treatment: Treatment | None = None) -> bool:
    """Whether a notes' intervention names the treatment."""
    return bool(find(intervention, treatment))

"""The clinic's own copy of the handout's fixed wording, edited in Preferences.

Only the parts a clinic is expected to change are kept, per language, in
handout_wording.json in the config folder: the regulatory statements, the
questions to ask, the usual treatments for a condition, and the date a
clinician last checked them. Everything else comes from the shipped wording,
so a newer ExoDesk still fills in what the clinic never edited. Removing a
language's entry (reset) brings back the shipped wording.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from exodesk.handouts import texts as shipped
from exodesk.settings import Settings, config_folder

WORDING_FILE = "handout_wording.json"

# The parts of the wording a clinic edits, as keys of the shipped files.
EDITABLE = ("last_checked", "regulation", "questions", "treatments", "procedure")


def wording_path() -> Path:
    return config_folder() / WORDING_FILE


def load_edits(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """The clinic's edits per language; empty when it never edited any."""
    try:
        stored = json.loads((path or wording_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no file yet, or a damaged one: the shipped wording serves
    if not isinstance(stored, dict):
        return {}
    return {lang: {k: v for k, v in edits.items() if k in EDITABLE}
            for lang, edits in stored.items() if lang in shipped.LANGUAGES and isinstance(edits, dict)}


def save_edits(edits: dict[str, dict[str, Any]], path: Path | None = None) -> None:
    path = path or wording_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp")  # written beside and renamed: never half a file
    partial.write_text(json.dumps(edits, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, path)


def merged(language: str, edits: dict[str, Any] | None) -> dict[str, Any]:
    """The shipped wording for `language` with the clinic's edits laid over it."""
    words = shipped.load(language)
    for key, value in (edits or {}).items():
        if key == "regulation":
            words["regulation"].update(copy.deepcopy(value))
        elif key in EDITABLE:
            words[key] = copy.deepcopy(value)
    return words


def clinic_texts(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """Wording for every language, as `build_handout(texts=…)` takes it."""
    edits = load_edits(path)
    return {lang: merged(lang, edits.get(lang)) for lang in shipped.LANGUAGES}


def problems(language: str, edits: dict[str, Any]) -> list[str]:
    """What would stop a handout from being made with these edits (an unknown
    {placeholder}, a stray brace, a date that is not a date); empty when fine."""
    from exodesk.evidence import vocabulary
    from exodesk.handouts.content import Clinic, build_handout

    found = []
    checked = edits.get("last_checked", "")
    for label, value in (("last checked", checked), ("regulation checked", edits.get("regulation", {}).get("last_checked", ""))):
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                found.append(f"{label}: {value!r} is not a date (YYYY-MM-DD)")
    words = merged(language, edits)
    # Any one condition tries every sentence with a placeholder (the usual
    # treatments hold none); with and without a registration line.
    condition = vocabulary.load()[0]
    try:
        for registration in ("", "checked"):
            build_handout(condition=condition, entries=[], clinic=Clinic(name="clinic", contact="1234", registration=registration),
                          language=language, texts={language: words})
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as error:
        found.append(f"a placeholder in braces is not one ExoDesk fills in: {error}")
    return found


def clinic_details(settings: Settings, *, name: str = "", contact: str = ""):
    """The clinic printed on a handout, from Preferences unless given."""
    from exodesk.handouts.content import Clinic

    return Clinic(
        # Left empty when not set: the sheet then prints no clinic name and cannot be approved.
        name=name or settings["clinic_name"] or "",
        contact=contact or settings["clinic_contact"],
        interest=settings["clinic_interest_statement"],
    )

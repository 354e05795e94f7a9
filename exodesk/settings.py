"""The user's preferences, each declared once here with its default.

Stored as JSON in the platform's config folder (EXODESK_CONFIG overrides the
folder). Window state (geometry, splitters, columns) is not a preference and
is kept by the window itself.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from exodesk import APP_NAME, owner_only

SETTINGS_FILE = "settings.json"

# Every preference and its default. An empty library path means the default
# library in the user data folder; an empty language follows the system.
DEFAULTS: dict[str, Any] = {
    "library_path": "",  # a file, or a shared library's postgresql:// address (never with a password)
    "shared_address": "",  # the last shared library opened, offered again by File ▸ Open Shared Library…
    "language": "",  # "", "en" or "zh_Hant"
    "clinic_name": "",
    "clinic_contact": "",
    "clinic_interest_statement": "",
    "show_traditional": False,  # Simplified Chinese shown in Traditional (Hong Kong)
}

LANGUAGES = ("", "en", "zh_Hant")


def config_folder() -> Path:
    override = os.environ.get("EXODESK_CONFIG")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


class Settings:
    """Preferences read at start and written whole on each change."""

    def __init__(self, path: Path | None = None):
        self.path = path or config_folder() / SETTINGS_FILE
        self._values = dict(DEFAULTS)
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}  # no file yet, or a damaged one: the defaults serve
        if isinstance(stored, dict):
            self._values.update({k: v for k, v in stored.items() if k in DEFAULTS})

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def update(self, **values: Any) -> None:
        unknown = set(values) - set(DEFAULTS)
        if unknown:
            raise KeyError(f"unknown settings: {', '.join(sorted(unknown))}")
        self._values.update(values)
        owner_only.make_folder(self.path.parent)
        # Write beside and rename, so a crash never leaves half a file; the
        # clinic's details and the library's place are the owner's only.
        partial = self.path.with_suffix(".tmp")
        owner_only.create_file(partial)  # made private, or kept so if a crash left it
        partial.write_text(json.dumps(self._values, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(partial, self.path)

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)

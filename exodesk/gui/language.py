"""Which language the interface is showing, for texts that come from data.

Menus and labels follow the installed translation by themselves; names from
the core (condition names) must be picked to match. Qt's own idiom tells it:
a translatable string names the language, so it switches with the translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shown_language() -> str:
    """"zh-Hant" when the Traditional Chinese interface is installed, else "en"."""
    code = QCoreApplication.translate("Language", "en")  # translated as "zh-Hant"
    return "zh-Hant" if code == "zh-Hant" else "en"

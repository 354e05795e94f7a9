"""A paper's language as sources write it, turned into a BCP 47 tag.

PubMed and EndNote write ISO 639-2 codes ("eng", "chi"), Scopus and catalogues
write names ("English", "Chinese"), Zotero and CSL write tags ("en", "zh-CN").
Every reader's value passes through `language_tag` as it is set
(importers/records.py, Record.give), so a paper's language is stored as its
ISO 639-1 code ("pt", "zh-CN") whichever source named it.
"""

from __future__ import annotations

import re

_TAGS = {
    "en": ("eng", "english", "英文", "英语", "英語"),
    "zh": ("chi", "zho", "chinese", "中文", "汉语", "漢語"),
    "ja": ("jpn", "japanese"),
    "ko": ("kor", "korean"),
    "es": ("spa", "spanish", "español"),
    "fr": ("fre", "fra", "french", "français"),
    "de": ("ger", "deu", "german", "deutsch"),
    "it": ("ita", "italian"),
    "pt": ("por", "portuguese"),
    "ru": ("rus", "russian"),
    "fa": ("per", "fas", "persian"),
    "ar": ("ara", "arabic"),
    "nl": ("dut", "nld", "dutch"),
    "pl": ("pol", "polish"),
    "tr": ("tur", "turkish"),
}
_BY_NAME = {name: tag for tag, names in _TAGS.items() for name in names}
# Compiled once: every language a reader gives passes here (Record.give).
_TAG = re.compile(r"[a-z]{2}(?:[-_][A-Za-z0-9]{2,8})*", re.IGNORECASE)
_SUBTAG_BREAK = re.compile(r"[-_]")


def language_tag(value: str | None) -> str | None:
    """"eng" / "English" / "en" -> "en"; "zh-CN" stays "zh-CN"; unknown text -> None."""
    if not value:
        return None
    value = value.strip().strip(".;")
    lowered = value.lower()
    if lowered in _BY_NAME:
        return _BY_NAME[lowered]
    if _TAG.fullmatch(value):
        main, *rest = _SUBTAG_BREAK.split(value)
        return "-".join([main.lower(), *rest])
    return None

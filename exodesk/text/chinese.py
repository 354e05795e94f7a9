"""Tell English from Chinese, Simplified from Traditional, and convert.

Conversion uses OpenCC's Hong Kong profile (s2hk), as the clinic's readers
expect Hong Kong character forms (衞, 説), not the generic or Taiwan ones.
"""

from __future__ import annotations

import functools
import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


@functools.lru_cache(maxsize=None)
def _converter(profile: str):
    import opencc  # the C++ library: fast enough to convert every abstract on import

    return opencc.OpenCC(profile)


def han_count(text: str) -> int:
    return len(_HAN.findall(text))


def is_chinese(text: str) -> bool:
    """Mostly Chinese characters (English words inside are allowed)."""
    han = han_count(text)
    return han >= 2 and han >= 0.5 * len(_LATIN.findall(text))


class _ScriptMarks(dict):
    """For str.translate: a character only Traditional writes becomes "T", one
    only Simplified writes "S", anything else is dropped. Filled in as
    characters are first met, each judged alone by OpenCC."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        mark = None
        if _HAN.match(char):
            if _converter("t2s").convert(char) != char:
                mark = "T"
            elif _converter("s2t").convert(char) != char:
                mark = "S"
        self[code] = mark
        return mark


_SCRIPT_MARKS = _ScriptMarks()


def chinese_script(text: str) -> str:
    """"zh-Hant" or "zh-Hans": which script's own characters the text uses more.

    The first 600 characters decide: enough to tell. Characters are judged one
    by one through a table, since converting the text with OpenCC twice per
    abstract was a tenth of an import."""
    marks = text[:600].translate(_SCRIPT_MARKS)
    return "zh-Hant" if marks.count("T") > marks.count("S") else "zh-Hans"


def language_of(text: str) -> str | None:
    """"en", "zh-Hans", "zh-Hant", or None when there is no text to judge."""
    if not text or not text.strip():
        return None
    if is_chinese(text):
        return chinese_script(text)
    if _LATIN.search(text):
        return "en"
    return None


def to_traditional_hk(text: str) -> str:
    """Simplified to Traditional with Hong Kong character forms."""
    return _converter("s2hk").convert(text)


def to_simplified(text: str) -> str:
    """Traditional to Simplified: used so either script finds the other in search."""
    return _converter("t2s").convert(text)

"""LaTeX in bibliography fields, decoded to plain Unicode text.

pylatexenc does the decoding ("Th{\\'e}ry" -> "Théry", "{MSC}" -> "MSC",
"$\\alpha$" -> "α"); it is slow enough to matter in a 10,000-entry file, so
text without any LaTeX markup is passed through untouched.
"""

from __future__ import annotations

import functools
import re

_MARKUP = re.compile(r"[\\{}$~]")


@functools.lru_cache(maxsize=1)
def _decoder():
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(math_mode="text", strict_latex_spaces=True)


def decode_latex(text: str | None) -> str:
    if not text:
        return ""
    if _MARKUP.search(text):
        # A bare "%" (as in "45% of patients") would start a LaTeX comment.
        text = _decoder().latex_to_text(re.sub(r"(?<!\\)%", r"\\%", text))
    return re.sub(r"\s+", " ", text).strip()

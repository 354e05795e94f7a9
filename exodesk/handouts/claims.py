"""Words that claim: a patient sheet never uses them, except to deny them.

The list is HANDOUTS.md §6: safe, effective, proven, cure, demonstrates,
guaranteed, breakthrough, miracle, "no side effects", regenerate or reverse
ageing, and their Chinese counterparts, in every word form (safety, efficacy,
cured, 證實, 证实…). A sentence that denies the claim ("has not been shown to
be safe", 「未知對人是否有效或安全」) may use the word: it says the opposite.
The same check guards the fixed wording, a clinician's own words and anything
an import brought in.
"""

from __future__ import annotations

import re

from exodesk.text.chinese import to_simplified

_CLAIMS_EN = re.compile(
    r"\b(?:safe(?:ly|ty|r|st)?|unsafe"
    r"|effective(?:ly|ness)?|efficac(?:y|ious|ies)"
    r"|prov(?:e|es|ed|en|ing)"
    r"|cur(?:e|es|ed|ing|ative)"
    r"|demonstrat(?:e|es|ed|ing)"
    r"|guarantee(?:s|d|ing)?"
    r"|breakthroughs?|miracle|miraculous(?:ly)?"
    # "no side effects were reported" says what the papers said, not that there are none.
    r"|no (?:side[- ]effects?|adverse (?:effects?|events?|reactions?)|risks?)(?! (?:were |was )?reported)"
    r"|regenerat(?:e|es|ed|ing|ive)|rejuvenat(?:e|es|ed|ing|ion)"
    r"|revers(?:e|es|ed|ing)(?: the)?(?: signs of)? (?:ageing|aging))\b",
    re.IGNORECASE,
)
# Traditional forms; texts are compared in Simplified, so either script matches.
_CLAIMS_ZH = ("安全", "有效", "療效顯著", "根治", "治癒", "證實", "證明", "保證", "無副作用", "沒有副作用", "神奇", "突破",
              "逆轉", "奇效", "回春")
_CLAIMS_ZH_SIMPLIFIED = tuple(dict.fromkeys(to_simplified(word) for word in _CLAIMS_ZH))

# A sentence holding one of these denies or questions what it says.
_DENIAL_EN = re.compile(
    r"\b(?:not|never|cannot|can't|don't|isn't|aren't|hasn't|haven't|unknown|whether|no one knows|not yet)\b"
    r"|n't\b",
    re.IGNORECASE,
)
_DENIAL_ZH = ("未知", "是否", "未經", "不能", "並非", "不是", "未能", "未有", "不確定", "不代表", "未獲", "並不", "沒有證據",
              "不會保證", "不保證", "未被")
_DENIAL_ZH_SIMPLIFIED = tuple(dict.fromkeys(to_simplified(word) for word in _DENIAL_ZH))

_SENTENCE_END = re.compile(r"(?<=[.!?;。！？；])\s*|\n+")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def claims_in(text: str) -> list[str]:
    """The claiming words of `text`, as written, sentence by sentence; a
    sentence that denies or questions its claim is passed over."""
    found = []
    for sentence in sentences(text):
        simplified = to_simplified(sentence) if not sentence.isascii() else sentence
        english = [m.group(0) for m in _CLAIMS_EN.finditer(sentence)]
        chinese = [word for word in _CLAIMS_ZH_SIMPLIFIED if word in simplified]
        if not (english or chinese):
            continue
        if _DENIAL_EN.search(sentence) or any(word in simplified for word in _DENIAL_ZH_SIMPLIFIED):
            continue
        found += english + [_as_written(sentence, simplified, word) for word in chinese]
    return found


def _as_written(sentence: str, simplified: str, word: str) -> str:
    """The Chinese word in the sentence's own script (conversion keeps lengths)."""
    start = simplified.find(word)
    if len(simplified) == len(sentence):
        return sentence[start:start + len(word)]
    return word

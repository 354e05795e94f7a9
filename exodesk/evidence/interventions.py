"""What the people were given: the notes' `intervention`, in the paper's words.

Read from the title first, then the sentences that state the aim or what was
given. Exosome treatments are named by treatments.find (the vocabulary a
handout counts as the treatment), with the words that describe them in front
("umbilical cord MSC-derived exosomes"); a paper about something else gets that
other intervention's words ("mindfulness-based stress reduction"), so it is
never counted as evidence for the treatment; nothing when it is unclear.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from exodesk.evidence import treatments
from exodesk.evidence.guarded import Guarded, lowered
from exodesk.text.chinese import to_traditional_hk

# Other interventions, each with a guard word (in lower case) its match holds.
_OTHERS = tuple(
    (guard, re.compile(pattern, re.IGNORECASE))
    for guard, pattern in (
        ("mindfulness", r"\bmindfulness[- ]based (?:stress reduction|cognitive therapy|intervention)|\bmindfulness\b"),
        ("herbal", r"\b(?:traditional )?chinese herbal (?:medicine|decoction|formula)|\bherbal (?:medicine|decoction)"),
        ("acupuncture", r"\b(?:electro)?acupuncture\b"),
        ("platelet", r"\bplatelet[- ]rich (?:plasma|fibrin)"),
        ("mesenchymal", r"\b(?:\w+[- ])?mesenchymal (?:stem|stromal) cells\b"),
        ("stem cell", r"\b(?:\w+[- ])?(?:derived )?stem cells\b"),
        ("laser", r"\b(?:fractional |ablative |non-ablative |picosecond |q-switched )*(?:co2|erbium|nd:yag|pulsed dye|picosecond)?"
                  r"[- ]?laser\b"),
        ("microneedling", r"\bmicroneedling\b"),
        ("phototherapy", r"\b(?:narrow[- ]band )?(?:uvb )?phototherapy\b"),
        ("hyaluronic", r"\bhyaluronic acid (?:filler|injection)s?"),
        ("botulinum", r"\bbotulinum toxin(?: type a)?"),
        ("dupilumab", r"\bdupilumab\b"),
        ("polynucleotide", r"\bpolynucleotides?\b"),
    )
)
# Sentences that say what was given or aimed at.
_GIVEN = Guarded(r"\b(?:aim\w*|objective|purpose|to (?:evaluate|assess|investigate|compare)|randomi[sz]ed|"
                 r"assigned|allocated|received|were treated|were given|was given|injected|applied|"
                 r"we (?:report|describe))\b", "aim", "objective", "purpose", "evaluate", "assess",
                 "investigate", "compare", "randomi", "assigned", "allocated", "received", "treated", "given",
                 "injected", "applied", "report", "describe")
# Words in front of a treatment's name that describe it stop at these.
_STOPS = frozenset(["of", "with", "and", "or", "for", "to", "by", "using", "plus", "versus", "vs", "the", "a", "an", "after", "received", "given", "injected", "applied", "on", "in", "from", "without", "use", "effect", "effects", "efficacy", "safety", "evaluating", "evaluation"])
# A word that may describe it (compiled once: the 2,480 words of 1,000 papers took
# 0.9 ms of CPU with re.fullmatch, which looks the pattern up each time, 0.4 ms so).
_WORD = re.compile(r"[\w-]+")
# Words after it that belong to it: "exosome cream", "exosomes from human umbilical cord MSCs".
_AFTER = re.compile(
    r"(?:[- ](?:creams?|serums?|gels?|injections?|products?|dressings?|therapy|solution|eye drops|sprays?|facials?|"
    r"ointment|mask|skin products?))?(?: (?:from|of|derived from) (?:[\w-]+ ){0,4}?(?:cells|MSCs|ADSCs|fibroblasts|platelets|"
    r"keratinocytes)\b)?", re.IGNORECASE)


# In a Chinese abstract (Simplified): other treatments, and sentences saying what was given.
_OTHERS_ZH = re.compile(r"富血小板血浆|(?:中药|中医|草药)[\u4e00-\u9fff]{0,4}?(?:方|汤|颗粒|膏|治疗)|针灸|电针|"
                        r"正念[\u4e00-\u9fff]{0,6}?(?:疗法|训练|减压)|(?:脐带|脂肪|骨髓)?间充质干细胞(?!外泌体|来源的外泌体|源外泌体)|"
                        r"[\w点阵]{0,6}激光|微针")
_GIVEN_ZH = re.compile(r"目的|采用|给予|接受|治疗组|观察组|随机分为|联合")


def suggest(title: str, sentences: list[str], zh_sentences: Sequence[str] = ()) -> tuple[str, str] | None:
    """(the intervention's words, the text they were read from)."""
    # The sentences are looked at one by one, so those after the one that
    # names it are not searched (most papers name it in the title).
    for text in itertools.chain([title], (s for s in sentences if _GIVEN.search(s, lowered(s)))):
        words = _treatment(text) or _other(text)
        if words:
            return words, text
    for text in (s for s in zh_sentences if _GIVEN_ZH.search(s) or s is zh_sentences[0]):
        words = _treatment(to_traditional_hk(text))
        if not words and (m := _OTHERS_ZH.search(text)):
            words = m.group(0)
        if words:
            return to_traditional_hk(words), text
    return None


def _treatment(text: str) -> str | None:
    names = treatments.find(text)
    if not names:
        return None
    name = names[0]
    start = text.casefold().find(name.casefold())
    if start < 0 or not name.isascii():
        return to_traditional_hk(name)
    described: list[str] = []
    for word in reversed(text[max(0, start - 60):start].split()[-4:]):
        if word.casefold() in _STOPS or not _WORD.fullmatch(word):
            break
        described.insert(0, word)
    after = _AFTER.match(text, start + len(name))  # all of it optional: it always matches
    end = after.end() if after else start + len(name)
    words = " ".join([*described, text[start:end]])
    return _sentence_case(words) if text.startswith(words) else words


def _sentence_case(words: str) -> str:
    """"Topical exosome cream" -> "topical exosome cream"; "MSC exosomes" stays."""
    first = words.split(" ", 1)[0]
    if first[:1].isupper() and first[1:2].islower():
        return words[0].lower() + words[1:]
    return words


def _other(text: str) -> str | None:
    low = lowered(text)
    best = None
    for guard, pattern in _OTHERS:
        if guard in low and (m := pattern.search(text)) and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    return _sentence_case(best.group(0)) if best.start() == 0 else best.group(0)

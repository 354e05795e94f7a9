"""Recognise the kind of a short line in a text dump: names, affiliations, notices."""

from __future__ import annotations

import re

_INSTITUTION = re.compile(
    r"\b(Universit\w*|Universidad\w*|Hospital\w*|H[oô]pital\w*|Ospedale|Krankenhaus|Cent(?:re|er)|Institut\w*|"
    r"Departa?ment\w*|Dept|Clinics?|Cl[ií]nica|Clinique|\w*[Kk]linik\w*|"
    r"Medical|School|College|Laborator\w*|Facult\w*|Foundation|Academy|Division|"
    r"Company|Ltd|Inc|GmbH|Solutions?|Research)\b|大学|大學|医院|醫院|研究所|学院|學院",
    re.IGNORECASE,
)

# Notices sources print next to a program's translation: "本文章由计算机程序翻译，
# 如有差异，请以英文原文为准", "本文由電腦程式翻譯", "Machine translated by …".
MACHINE_TRANSLATION_NOTICE = re.compile(
    r"((?:计算机|計算機|电脑|電腦|机器|機器|程序|程式|AI|人工智能|智能)(?:程序|程式)?翻[译譯]|"
    r"机翻|機翻|以(?:英文)?原文[为為][准準]|"
    r"machine[- ]translat\w+|automatically translated|translated (?:automatically )?by (?:a )?(?:computer|machine|program))",
    re.IGNORECASE,
)


def fold_spaces(text: str | None) -> str:
    """Runs of white space (no-break spaces too) made one space, none at the ends."""
    if not text:
        return ""
    # Most text is so already: printable ASCII (no tab or line end) with
    # single spaces. Seen by scans in C, several times cheaper than
    # splitting a long abstract into its words and joining them again.
    if text.isascii() and text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        return text
    return " ".join(text.split())


def normalized_lines(text: str) -> list[str]:
    """The text's lines, each with runs of white space (no-break spaces too) made
    one space and stripped. str.split() does it in C, four times faster than a
    regular expression: importers' detect() calls this on every file of an import."""
    # Most lines are so already, as seen by scans in C (every white space but
    # the plain space is unprintable): 40 % less time on copied pages than
    # splitting every line into its words and joining them again.
    return [
        line if line.isprintable() and "  " not in line and line.strip(" ") == line else " ".join(line.split())
        for line in text.splitlines()
    ]


# A pinyin reading in brackets after a character, with its tone mark: what
# some sites that copy Chinese journals print after rare characters ("發(fā)").
# (The bracket first, then what stands before it: a search for a literal is
# quick, one that opens with a look-behind is tried at every place.)
_PINYIN_NOTE = re.compile(r"\((?<=[\u4e00-\u9fff]\()(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
                          r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)")


def without_pinyin_notes(text: str) -> str:
    """The text without pinyin readings put in brackets after characters."""
    return text if text.isascii() else _PINYIN_NOTE.sub("", text)


def looks_like_affiliation(line: str) -> bool:
    line = line.strip()
    if len(line) > 300 or len(line) < 6:
        return False
    # An institution word and a comma before the place: "Skin Centre, Hong Kong".
    return bool(_INSTITUTION.search(line)) and ("," in line or "，" in line)


def is_machine_translation_notice(line: str) -> bool:
    # The length first: the search through an abstract's long lines is what costs.
    return len(line) < 200 and bool(MACHINE_TRANSLATION_NOTICE.search(line))

"""The kinds of lines a saved page prints around an article: labels and headings.

"Published: …", "Cite this article", "Keywords:", "Abstract", "Author manuscript;
available in PMC", a title's shape, a citation line: what the page-text and
listing readers tell lines apart by.
"""

from __future__ import annotations

import re

from exodesk.importers.byline import people
from exodesk.importers.page_chrome import breadcrumbs, is_chrome, is_type_label
from exodesk.importers.page_source import source_of
from exodesk.text.chinese import han_count
from exodesk.text.lines import looks_like_affiliation

# "Abstract" alone, or leading its text ("Abstract: …", "【摘要】…", "ABSTRACT Background …").
ABSTRACT = re.compile(r"^(?:abstract|summary|synopsis|摘\s*要|【摘要】|\[摘要\]|〔摘要〕|英文摘要|中文摘要|【abstract】|\[abstract\])\s*[:：.]?\s*(?P<rest>.*)$",
                      re.IGNORECASE)
ABSTRACT_ALONE = re.compile(r"^(?:abstract|summary|摘\s*要|【摘要】|英文摘要|中文摘要)\s*[:：]?$", re.IGNORECASE)
KEYWORDS = re.compile(r"^(?:key\s?words?|index terms|关键词|關鍵詞|关键字|關鍵字|【关键词】|【關鍵詞】|\[关键词\]|\[關鍵詞\]|【key\s?words】)\s*[:：]?\s*(?P<words>.*)$",
                       re.IGNORECASE)
PUBLISHED = re.compile(
    r"^(?:published(?: online)?(?: date)?|first published(?: online)?|date published|publication date|date of publication|"
    r"online published|epub|posted|issue date|version of record online|发表日期|發表日期|出版日期|发布日期|發佈日期|"
    r"刊出日期|网络出版日期|網路出版日期|出版时间|發表時間)\s*(?:on)?\s*[:：]?\s*(?P<date>.+)$", re.IGNORECASE)
PUBLISHED_IN_LINE = re.compile(
    r"(?:^|\s|\|)(?:published(?: online)?(?: date)?|first published(?: online)?)\s*(?:on)?\s*[:：]?\s*"
    r"(?P<date>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2})?)",
    re.IGNORECASE)
PUBLISHED_WITHIN = re.compile(r"^[Pp]ublished in (?P<journal>[A-Z][^\d]{3,150}?)\s+(?P<date>(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)$")
RECEIVED = re.compile(r"^(?:received|accepted|revised|收稿日期|接受日期|修回日期)\b", re.IGNORECASE)
CITE_LABEL = re.compile(
    r"^(?:cite this article|citation|how to cite(?: this article)?|to cite this article|cite as|cite this|"
    r"recommended citation|suggested citation|please cite this article as|published in final edited form as|"
    r"引用本文|引用格式|本文引用格式|引文格式|引用)(?:\s+as)?\s*[:：]?\s*(?P<rest>.*)$", re.IGNORECASE)
COPYRIGHT = re.compile(r"(?:©|copyright\s*(?:©|\(c\))?)\s*(?P<year>(?:19|20)\d\d)", re.IGNORECASE)
MANUSCRIPT = re.compile(r"^author manuscript\b|available in pmc\b", re.IGNORECASE)
_LABEL_ALONE = re.compile(r"^[\w\u4e00-\u9fff ,，()（）]{1,16}[:：]$")


def joined_labels(lines: list[str]) -> list[str]:
    """"作者：" / "孙志强 周丽 吴海涛": a label printed above its value is put before it
    (and marks printed between names are put back: joined_between_names)."""
    joined: list[str] = []
    waiting = ""
    for line in joined_between_names(lines):
        if waiting and not _LABEL_ALONE.match(line):
            joined.append(f"{waiting}{'' if han_count(waiting) else ' '}{line}")
            waiting = ""
        elif _LABEL_ALONE.match(line) and not ABSTRACT_ALONE.match(line):
            if waiting:
                joined.append(waiting)
            waiting = line
        else:
            joined.append(line)
    return joined + ([waiting] if waiting else [])


# A line of marks and separators only, or a lone "and": what a page prints
# between names set one to a line ("Anna Berg" / "*," / "Jonas Lind" / "and" / …).
_BETWEEN_NAMES = re.compile(r"^(?:[*†‡§¶#,;:&\s]+|and)$")
_MARKS_ONLY = re.compile(r"^[*†‡§¶#\s]+$")


def joined_between_names(lines: list[str]) -> list[str]:
    """Lines of marks or separators put back where they belong: on the line
    before, and, when they join two things ("," "and"), with the line after
    too, so names set one to a line become one byline ("Abstract" / ":" gives
    "Abstract:")."""
    joined: list[str] = []
    glue_next = False
    for line in lines:
        between = len(line) <= 4 and _BETWEEN_NAMES.match(line)  # (short: most lines are not looked at)
        if between and _MARKS_ONLY.match(line):
            continue  # a footnote mark alone: of a name or of the note below, and kept by neither
        if joined and between:
            joined[-1] = f"{joined[-1]} {line}" if line[0].isalpha() or line[0] == "&" else f"{joined[-1]}{line}"
            glue_next = bool(re.search(r"(?:[,;&]|\band)$", joined[-1]))
        elif glue_next:
            joined[-1] = f"{joined[-1]} {line}"
            glue_next = False
        else:
            joined.append(line)
    return joined


def is_label_line(line: str) -> bool:
    return bool(PUBLISHED.match(line) or RECEIVED.match(line) or CITE_LABEL.match(line) or KEYWORDS.match(line)
                or MANUSCRIPT.search(line) or re.match(r"^(?:(?:doi|pmid|pmcid|issn|volume|vol\.|pages?|article number|"
                                                         r"editor|academic editor|correspondence|e-?mail|copyright)\b|©)",
                                                         line, re.I))


def is_reference(line: str) -> bool:
    return source_of(line) is not None and bool(re.search(r"(?:19|20)\d\d", line))


def heading_like(line: str) -> bool:
    """A title's shape: a phrase, not a sentence, a label, a menu or a citation."""
    line = strip_mark(line)
    han = han_count(line)
    if han:
        if not 6 <= han <= 80 or len(line) > 150 or re.search(r"[。；]$", line):
            return False
    elif not 15 <= len(line) <= 350 or len(line.split()) < 3:
        return False
    if is_chrome(line) or is_type_label(line) or is_label_line(line) or is_reference(line):
        return False
    if re.search(r"\bdoi\b|\d+\s*\(\d+\)\s*:|^(?:subject area|subjects?|section|article type|topics?)\s*:", line, re.I):
        return False
    if line[0].islower() or line.count(". ") > 2 or re.search(r"https?://|www\.|@", line):
        return False
    if re.match(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}", line):
        return False  # "2018-01-05付俊鲍峰…": an aggregator's date, with the names run on
    if re.search(r"\b\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d\b|\b[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d\b", line):
        return False  # a journal's name with a date: "Front. Immunol., 14 March 2024"
    # (a colon before a capitalised subtitle is a title's, not an affiliation's: "…, Medical Use …: A Survey")
    if people(line) or (looks_like_affiliation(line) and line.count(",") >= 2 and not re.search(r":\s+[A-Z]", line)) \
            or breadcrumbs(line):
        return False
    return not re.search(r"\b(?:19|20)\d\d\s*[;,]\s*\d", line)  # "2023; 19(5)" is a citation


def strip_mark(line: str) -> str:
    return re.sub(r"^\[(?:HTML|PDF|CITATION|BOOK|B)\]\s*", "", line).strip()


def journal_like(line: str) -> bool:
    return bool(re.match(r"^(?:the\s+)?(?:journal|annals|archives|international journal)\b", line, re.I)) and ":" not in line



"""Structured abstracts: find the section headings inside an abstract's text."""

from __future__ import annotations

import re

from exodesk.model import Abstract, Section

# Headings journals use for structured abstracts (matched case-insensitively),
# JAMA's among them, and Chinese journals' headings with the combined ones
# ("结果与结论") they print where two sections share a paragraph.
HEADINGS = [
    "Background", "Introduction", "Importance", "Objective", "Objectives", "Aim", "Aims",
    "Purpose", "Context", "Rationale", "Methods", "Method", "Materials and Methods",
    "Patients and Methods", "Design", "Setting", "Participants", "Design, Setting, and Participants",
    "Interventions", "Intervention", "Exposure", "Exposures", "Evidence Review", "Observations",
    "Main Outcome Measures", "Main Outcomes and Measures", "Main Outcome and Measure", "Results",
    "Findings", "Conclusion", "Conclusions", "Conclusions and Relevance", "Interpretation",
    "Discussion", "Limitations", "Trial Registration", "Clinical Trial Registration", "Significance",
    "Summary",
    "背景", "目的", "方法", "结果", "結果", "结论", "結論", "讨论", "討論",
    "背景与目的", "目的与方法", "材料与方法", "对象与方法", "资料与方法", "方法与结果",
    "结果与结论", "结果与讨论", "结论与讨论", "讨论与结论",
    "材料與方法", "對象與方法", "資料與方法", "方法與結果", "結果與結論", "結論與討論",
]
# Each heading by its case-folded form (reversed: of two that fold alike, the
# first wins), made once: folding the whole list for every line a page's
# parse looks at was a tenth of it.
_HEADING_BY_FOLDED = {heading.casefold(): heading for heading in reversed(HEADINGS)}
_HEADING_ALTERNATION = "|".join(
    re.escape(h) for h in sorted(HEADINGS, key=len, reverse=True)
)
# "BACKGROUND: …" / "Methods. …" / "背景：…" at the start of the text or of a
# sentence or line (a Chinese heading needs no space after its colon). The
# long alternation is dear to try at every character, so it is tried only
# where a heading may start: at 0, after a sentence's end, after that end and
# one space (where the heading before ended), and after a line break.
_SENTENCE_END = re.compile(r"[.!?。)\]](\s?)")
_SENTENCE_OR_LINE_END = re.compile(_SENTENCE_END.pattern + r"|\n")  # (for a text of several lines)
_HEADING_AT = re.compile(
    r"\s*(" + _HEADING_ALTERNATION + r")\s*(?:[:.]\s+|：\s*|(?<=[\u4e00-\u9fff]):)",
    re.IGNORECASE,
)
# A heading without a colon, as JAMA prints them: alone on its line
# ("Importance" then its paragraph), on one line with its text once the
# abstract's lines are joined ("Importance Skin aging … Objective To …"), or
# glued to it where a page's heading lost its space ("ObjectiveTo …"); a
# Chinese heading followed by a space ("目的 探讨…", as Chinese prose has none).
# The text after it starts with a capital, a digit or a Chinese character,
# so that a sentence such as "Results were similar" stays prose.
_BARE_HEADING_AT = re.compile(
    r"\s*(" + _HEADING_ALTERNATION + r")(?:[ \t\u3000]*\n\s*|[ \t\u3000]+|(?-i:(?<=[a-z])(?=[A-Z])))"
    r"(?-i:(?=[A-Z0-9\u4e00-\u9fff]))",
    re.IGNORECASE,
)
# Without colons, headings are taken only when this many are found: one or
# two words at sentence starts that happen to be headings are prose.
_BARE_HEADINGS_NEEDED = 3
# A heading in capitals that goes on past the known words ("RESULTS AND
# EVALUATION"): the rest is part of the heading, not of the section's text.
_HEADING_GOES_ON = re.compile(r"(?:(?:AND|OF|&)\s+[A-Z]{2,}\b\s*)+")


def _inline_headings(text: str, heading_at: re.Pattern = _HEADING_AT) -> list[re.Match]:
    found: list[re.Match] = []
    starts = [0]
    for end in (_SENTENCE_OR_LINE_END if "\n" in text else _SENTENCE_END).finditer(text):
        starts.append(end.start() + 1)
        if end.group(1):
            starts.append(end.end())
    for start in starts:
        if found and start < found[-1].end():
            continue
        match = heading_at.match(text, start)
        if match and (heading_at is _HEADING_AT or match.group(1)[0].isupper() or not match.group(1).isascii()):
            found.append(match)
    return found


def canonical_heading(heading: str) -> str:
    heading = heading.strip().rstrip(":：.")
    return _HEADING_BY_FOLDED.get(heading.casefold(), heading)


def split_inline_sections(text: str) -> list[Section]:
    """Sections of an abstract written with its headings in the text:
    "LABEL: …" (two or more), or JAMA's headings without a colon (three or
    more, see _BARE_HEADING_AT). Returns [] unless a heading opens the text.
    """
    # The first heading must open the text: without one there, no need to
    # look through every sentence (most abstracts have no headings).
    if _HEADING_AT.match(text):
        sections = _sections(text, _inline_headings(text), 2)
        if sections:
            return sections
    if _BARE_HEADING_AT.match(text):
        return _sections(text, _inline_headings(text, _BARE_HEADING_AT), _BARE_HEADINGS_NEEDED)
    return []


def _sections(text: str, matches: list[re.Match], needed: int) -> list[Section]:
    if len(matches) < needed or text[: matches[0].start()].strip():
        return []
    sections = []
    for match, following in zip(matches, matches[1:] + [None], strict=True):
        end = following.start() if following else len(text)
        body = text[match.end() : end].strip()
        heading = canonical_heading(match.group(1))
        if match.group(1).isupper() and (goes_on := _HEADING_GOES_ON.match(body)):
            heading = f"{match.group(1)} {goes_on.group(0).strip()}".capitalize()
            body = body[goes_on.end():]
        sections.append(Section(heading=heading, text=body))
    return sections


def is_heading_line(line: str) -> bool:
    return line.strip().rstrip(":：").casefold() in _HEADING_BY_FOLDED


# Runs of spaces and tabs become one space (a single space is left alone:
# replacing each one was a tenth of a MEDLINE file's parse; most abstracts
# arrive with single spaces already and are not searched at all).
_SPACES = re.compile(r"[ \t]{2,}|\t")


def make_abstract(
    text: str, language: str, *, origin: str = "source", notice: str = "",
    sections: list[Section] | None = None,
) -> Abstract:
    """An Abstract whose sections are found in its text when not given."""
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    text = text.strip()
    if sections is None:
        sections = split_inline_sections(text)
        if sections and not _HEADING_AT.match(text):
            # Headings without colons ("ObjectiveTo assess…" glued, where
            # search would not find "To" or "assess") written the usual way.
            text = _written(sections)
    return Abstract(language=language, text=text, sections=sections, origin=origin, notice=notice)


# "Case presentation: …": a short capitalised heading leading a paragraph.
_LEADING_HEADING = re.compile(r"^([A-Z][A-Za-z ,&/-]{2,40}?)\s*[:：]\s+(\S.*)$", re.DOTALL)


def _heading_alone(paragraph: str) -> bool:
    """A heading printed on a line of its own, e.g. "Background" or "Case Presentation:"."""
    if is_heading_line(paragraph):
        return True
    words = paragraph.rstrip(":：").split()
    return (
        0 < len(words) <= 4 and paragraph[0].isupper() and len(paragraph) < 40
        and not re.search(r"[.;,!?]$", paragraph)
    )


def sections_from_paragraphs(paragraphs: list[str]) -> list[Section]:
    """Sections of an abstract printed one paragraph per section, the heading
    leading the paragraph ("Background: …") or on a line of its own.

    Returns [] unless the first paragraph starts a section and there are two.
    """
    sections: list[Section] = []
    heading: str | None = None  # a heading alone, waiting for its text
    for paragraph in (p.strip() for p in paragraphs):
        if not paragraph:
            continue
        leading = _LEADING_HEADING.match(paragraph)
        if heading is None and _heading_alone(paragraph):
            heading = canonical_heading(paragraph)
        elif heading is not None:
            sections.append(Section(heading=heading, text=paragraph))
            heading = None
        elif leading and len(leading.group(1).split()) <= 5:
            sections.append(Section(heading=canonical_heading(leading.group(1)), text=leading.group(2)))
        elif sections:
            sections[-1].text += " " + paragraph
        else:
            return []
    return sections if len(sections) >= 2 else []


def abstract_from_paragraphs(paragraphs: list[str], language: str, **kwargs) -> Abstract:
    """An Abstract from its paragraphs; a structured one keeps its sections and
    is written "Heading: text", one section a line."""
    sections = sections_from_paragraphs(paragraphs)
    if sections:
        return make_abstract(_written(sections), language, sections=sections, **kwargs)
    return make_abstract("\n".join(p.strip() for p in paragraphs if p.strip()), language, **kwargs)


def _written(sections: list[Section]) -> str:
    """A structured abstract's text: "Heading: text" ("目的：…" in Chinese), one section a line."""
    return "\n".join(f"{s.heading}{': ' if s.heading.isascii() else '：'}{s.text}" for s in sections)

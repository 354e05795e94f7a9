"""Structured abstracts: find the section headings inside an abstract's text."""

from __future__ import annotations

import re

from exodesk.model import Abstract, Section

# Headings journals use for structured abstracts (matched case-insensitively).
HEADINGS = [
    "Background", "Introduction", "Objective", "Objectives", "Aim", "Aims",
    "Purpose", "Context", "Rationale", "Methods", "Method", "Materials and Methods",
    "Patients and Methods", "Design", "Setting", "Participants", "Interventions",
    "Main Outcome Measures", "Results", "Findings", "Conclusion", "Conclusions",
    "Interpretation", "Discussion", "Limitations", "Trial Registration",
    "Clinical Trial Registration", "Significance", "Summary",
    "背景", "目的", "方法", "结果", "結果", "结论", "結論",
]
_HEADING_ALTERNATION = "|".join(
    re.escape(h) for h in sorted(HEADINGS, key=len, reverse=True)
)
# "BACKGROUND: …" / "Methods. …" / "背景：…" at the start of the text or of a
# sentence (a Chinese heading needs no space after its colon). Trying the
# long alternation at every character cost about 1 s per 10,000 abstracts, so
# it is tried only where a heading may start: at 0, after a sentence's end,
# and after that end and one space (where the heading before ended).
_SENTENCE_END = re.compile(r"[.!?。)\]](\s?)")
_HEADING_AT = re.compile(
    r"\s*(" + _HEADING_ALTERNATION + r")\s*(?:[:.]\s+|：\s*|(?<=[\u4e00-\u9fff]):)",
    re.IGNORECASE,
)


def _inline_headings(text: str) -> list[re.Match]:
    found: list[re.Match] = []
    starts = [0]
    for end in _SENTENCE_END.finditer(text):
        starts.append(end.start() + 1)
        if end.group(1):
            starts.append(end.end())
    for start in starts:
        if found and start < found[-1].end():
            continue
        match = _HEADING_AT.match(text, start)
        if match:
            found.append(match)
    return found


def canonical_heading(heading: str) -> str:
    heading = heading.strip().rstrip(":：.")
    for known in HEADINGS:
        if known.casefold() == heading.casefold():
            return known
    return heading


def split_inline_sections(text: str) -> list[Section]:
    """Sections of an abstract written as one paragraph with "LABEL:" headings.

    Returns [] unless at least two headings are found at sentence starts.
    """
    # The first heading must open the text: without one there, no need to
    # look through every sentence (most abstracts have no headings).
    if not _HEADING_AT.match(text):
        return []
    matches = _inline_headings(text)
    if len(matches) < 2 or text[: matches[0].start()].strip():
        return []
    sections = []
    for match, following in zip(matches, matches[1:] + [None], strict=True):
        end = following.start() if following else len(text)
        body = text[match.end() : end].strip()
        sections.append(Section(heading=canonical_heading(match.group(1)), text=body))
    return sections


def is_heading_line(line: str) -> bool:
    return line.strip().rstrip(":：").casefold() in {h.casefold() for h in HEADINGS}


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
        text = "\n".join(f"{s.heading}: {s.text}" for s in sections)
        return make_abstract(text, language, sections=sections, **kwargs)
    return make_abstract("\n".join(p.strip() for p in paragraphs if p.strip()), language, **kwargs)

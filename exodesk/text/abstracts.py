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
# "BACKGROUND: …" / "Methods. …" / "背景：…" inside running text (Chinese puts
# no space after its full-width colon).
_INLINE = re.compile(
    r"(?:^|(?<=[.!?。)\]]\s)|(?<=[.!?。)\]]))\s*(" + _HEADING_ALTERNATION + r")\s*(?:[:.]\s+|：\s*)",
    re.IGNORECASE,
)


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
    matches = list(_INLINE.finditer(text))
    if len(matches) < 2 or text[: matches[0].start()].strip():
        return []
    sections = []
    for match, following in zip(matches, matches[1:] + [None]):
        end = following.start() if following else len(text)
        body = text[match.end() : end].strip()
        sections.append(Section(heading=canonical_heading(match.group(1)), text=body))
    return sections


def is_heading_line(line: str) -> bool:
    return line.strip().rstrip(":：").casefold() in {h.casefold() for h in HEADINGS}


def make_abstract(
    text: str, language: str, *, origin: str = "source", notice: str = "",
    sections: list[Section] | None = None,
) -> Abstract:
    """An Abstract whose sections are found in its text when not given."""
    text = re.sub(r"[ \t]+", " ", text).strip()
    if sections is None:
        sections = split_inline_sections(text)
    return Abstract(language=language, text=text, sections=sections, origin=origin, notice=notice)

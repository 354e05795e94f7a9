"""What the export formats share: citation keys, the one abstract to write."""

from __future__ import annotations

import re
import unicodedata

from exodesk.model import Abstract, Paper
from exodesk.text.lines import fold_spaces

# Words a citation key skips when it takes the title's first word.
_STOPWORDS = {"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from", "by", "at", "is", "are"}


def _ascii_word(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", folded.encode("ascii", "ignore").decode().lower())


def citation_key(paper: Paper) -> str:
    """"nazari2022evaluating": first author's family name, year, first title word.
    Parts a name or title in Chinese cannot give are left out."""
    author = paper.authors[0] if paper.authors else None
    name = _ascii_word((author.family or author.literal).split(" ")[0]) if author else ""
    year = str(paper.year or "")
    words = [_ascii_word(w) for w in re.split(r"[\s\-/:]+", paper.title or "")]
    word = next((w for w in words if w and w not in _STOPWORDS), "")
    # A key must not start with a digit; "ref" stands in for a name in Chinese.
    return (name or "ref") + year + word


def citation_keys(papers: list[Paper]) -> list[str]:
    """One key per paper, unique: repeats get a, b, c… in the order given."""
    keys: list[str] = []
    seen: dict[str, int] = {}
    for paper in papers:
        key = citation_key(paper)
        count = seen.get(key, 0)
        seen[key] = count + 1
        keys.append(key if count == 0 else key + _suffix(count - 1))
    return keys


def _suffix(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def main_abstract(paper: Paper) -> Abstract | None:
    """Formats with room for one abstract get the first (the source's main one)."""
    return paper.abstracts[0] if paper.abstracts else None


def other_abstracts(paper: Paper) -> list[Abstract]:
    """The abstracts in other languages (often Chinese), after the main one."""
    return paper.abstracts[1:]


def other_titles(paper: Paper) -> list[tuple[str, str]]:
    """(language, title) of the titles in other languages, Chinese first:
    formats with room for one other title get a Chinese one."""
    titles = [(language, title) for language, title in paper.titles.items() if title and title != paper.title]
    return sorted(titles, key=lambda pair: not pair[0].startswith("zh"))


def one_line(text: str | None) -> str:
    """The text on one line: every run of white space one space."""
    return fold_spaces(text)

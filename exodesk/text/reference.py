"""One formatted reference ("Recommended Citation") read back into its parts.

Three styles, as repositories print them:

    Vancouver  Dukharan V, Shah M, Schlesinger T. Title. Journal. 2025; 24(1). doi: …
    APA        Dukharan, V., Shah, M., & Schlesinger, T. (2025). Title. Journal, 24(1), 12–20.
    bepress    Dukharan, Vinay; Shah, Mohammad; and Schlesinger, Todd, "Title" (2025). Series. 12.

Only what the reference says is returned; parts it lacks stay None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from exodesk.model import Author
from exodesk.text.citation import parse_citation_line
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import find_doi
from exodesk.text.lines import fold_spaces
from exodesk.text.names import from_family_comma_given, from_vancouver
from exodesk.text.titles import clean_title


@dataclass
class Reference:
    style: str
    text: str
    authors: list[Author] = field(default_factory=list)
    authors_truncated: bool = False
    title: str | None = None
    journal: str | None = None
    date: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None


# One reference fits in this (a consortium's 80 names do); only this much is
# read. The styles' patterns look ahead for the comma after a name, so on a
# 50,000-character "reference" with no comma the fuzz run saw one take 15 s.
MAX_REFERENCE_CHARS = 5000


def parse_reference(text: str) -> Reference | None:
    """The reference's parts, or None when it is in none of the three styles."""
    text = fold_spaces(text)[:MAX_REFERENCE_CHARS]  # what follows it is page text
    for reader in (_bepress, _apa, _vancouver):
        found = reader(text)
        if found:
            found.doi = found.doi or find_doi(text)
            found.text = text
            return found
    return None


# bepress's own style: names in full, the title in quotes, the year in brackets.
_BEPRESS = re.compile(r'^(?P<authors>.+?),\s*["“](?P<title>.+?)[”"],?\s*\((?P<year>\d{4})\)')


def _bepress(text: str) -> Reference | None:
    match = _BEPRESS.match(text)
    if not match:
        return None
    names = [n for n in re.split(r";\s*(?:and\s+)?|,?\s+and\s+", match["authors"]) if n.strip()]
    if not all("," in n for n in names):
        return None
    return Reference(
        style="bepress",
        text=text,
        authors=[from_family_comma_given(n) for n in names],
        title=clean_title(match["title"]),
        date=match["year"],
    )


_APA_NAME = re.compile(r"\s*(?:&\s*|\.\s?\.\s?\.\s*|…\s*)?(?P<family>[^,&()]+?),\s*(?P<given>(?:[A-Z][a-z]?\.[\s-]*)+)(?:,|$)")
_APA_DATE = re.compile(r"^(?P<authors>.+?)\s*\((?P<date>\d{4}[a-z]?(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?)\)\.\s*(?P<rest>.+)$")
_APA_SOURCE = re.compile(
    r"^(?P<title>.+?[.?!])\s+(?P<journal>[^.]+?),\s*(?P<volume>\d+)(?:\s*\((?P<issue>[^)]+)\))?"
    r"(?:,\s*(?P<pages>[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?))?\."
)


def _apa(text: str) -> Reference | None:
    match = _APA_DATE.match(text)
    if not match:
        return None
    names = list(_APA_NAME.finditer(match["authors"]))
    if not names or "".join(n.group(0) for n in names).strip() != match["authors"].strip():
        return None
    year, _, month_day = match["date"].partition(",")
    reference = Reference(
        style="apa",
        text=text,
        authors=[Author(family=n["family"].strip(), given=re.sub(r"[.\s]", "", n["given"])) for n in names],
        # APA 7 writes ". . ." before the last author when it leaves names out.
        authors_truncated=bool(re.search(r"\.\s?\.\s?\.|…", match["authors"])),
        date=parse_date(f"{month_day} {year[:4]}") if month_day else year[:4],
    )
    source = _APA_SOURCE.match(match["rest"])
    if source:
        reference.title = clean_title(source["title"])
        reference.journal = source["journal"].strip()
        reference.volume, reference.issue = source["volume"], source["issue"]
        reference.pages = re.sub(r"\s+", "", source["pages"]) if source["pages"] else None
    else:  # a thesis or a book: "Title [Doctoral dissertation, University]."
        thesis = re.match(r"^(.+?)(?:\s*\[[^\]]*\])?(?:\.\s|\.?$)", match["rest"])
        reference.title = clean_title(thesis.group(1)) if thesis else None
    return reference


_VANCOUVER_NAME = re.compile(r"^[^\W\d][\w'’ -]*? [A-Z]{1,4}$|^et al$")
# The journal is the part before the date: "… Title. Journal of X. 2025; 24(1)."
_VANCOUVER_SOURCE = re.compile(r"(?:^|(?<=[.?!]))\s+(?P<journal>[^.?!]+?)\.\s*(?P<tail>\d{4}\b.*)$")


def _vancouver(text: str) -> Reference | None:
    authors, _, rest = text.partition(". ")
    names = [n.strip() for n in authors.split(",")]
    if not rest or not all(_VANCOUVER_NAME.match(n) for n in names):
        return None
    source = _VANCOUVER_SOURCE.search(rest)
    citation = parse_citation_line(f"{source['journal']}. {source['tail']}") if source else None
    if not source or not citation:
        return None
    return Reference(
        style="vancouver",
        text=text,
        authors=[from_vancouver(n) for n in names if n != "et al"],
        authors_truncated=names[-1] == "et al",
        title=clean_title(rest[: source.start()]),
        journal=citation.journal,
        date=citation.date,
        volume=citation.volume,
        issue=citation.issue,
        pages=citation.pages,
        doi=citation.doi,
    )

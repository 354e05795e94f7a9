"""A page listing several articles: one record each.

Search results, a journal's table of contents, a "similar articles" page, a
scholar search: each entry is a title, a byline, and a line saying where it
was published (or a DOI or PMID), in that order:

    1 / Cite                                                  <- the site's own
    Exosomes derived from … accelerate wound healing.         <- title
    Li X, Wang Y, Zhang Z.                                     <- byline
    Stem Cell Res Ther. 2023 Apr 1;14(1):57. doi: 10.…         <- where published
    PMID: 36998765 Free PMC article.

    [HTML] Exosomes derived from human adipose …               (a scholar search)
    L Hu, J Wang, X Zhou… - Scientific reports, 2016 - nature.com

A result table copied with its columns (题名 / 作者 / 来源 / 发表时间, or Title /
Authors / Source / Date) is read by its header. Snippets in results are cut
short, so they are never kept as abstracts.
"""

from __future__ import annotations

import re

from exodesk.importers.byline import people
from exodesk.importers.page_chrome import is_chrome
from exodesk.importers.page_labels import heading_like
from exodesk.importers.page_source import cut_short, source_of
from exodesk.importers.records import Record
from exodesk.model import Paper
from exodesk.text.chinese import is_chinese
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import find_doi, find_pmcid, find_pmid
from exodesk.text.names import parse_name
from exodesk.text.titles import clean_title

# "L Hu, J Wang… - Scientific reports, 2016 - nature.com" / "… - 2016 - Springer"
SCHOLAR = re.compile(r"^(?P<authors>[^-–]{3,400}?)\s+[-–]\s+(?:(?P<source>[^-–]+?),\s*)?(?P<year>(?:19|20)\d\d)"
                     r"(?:\s+[-–]\s+(?P<host>\S.{0,60}))?$")
_TOC_DATE = re.compile(r"^(?:first published|published(?: online)?|online date)\s*[:：]?\s*(?P<date>.+)$", re.I)
_TOC_PAGES = re.compile(r"^(?:pages?|pp\.?|article number|e-?locator)\s*[:：]?\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)$",
                        re.I)
_VOLUME_ISSUE = re.compile(r"(?P<journal>[^\n]{0,150}?)\s*(?:Volume|Vol\.?)\s*(?P<volume>\d+)\s*,?\s*(?:Issue|No\.?)\s*(?P<issue>[\w-]+)",
                           re.I)
_NUMBER = re.compile(r"^(?:\d{1,3}[.)]?|\[\d{1,3}\])\s*")
_COLUMNS = {
    "title": ("题名", "篇名", "題名", "标题", "標題", "title", "article title"),
    "authors": ("作者", "authors", "author"),
    "journal": ("来源", "來源", "刊名", "期刊", "source", "journal", "publication"),
    "date": ("发表时间", "發表時間", "出版时间", "年", "年份", "date", "year", "published"),
}


_PMID_LABEL = re.compile(r"\bPMID\s*[:：]?\s*(\d{1,9})")


def looks_like_listing(lines: list[str]) -> bool:
    """Cheap: several distinct PMIDs or scholar source lines, or a result table's header."""
    # "PMID" looked for first: the search, a word boundary first, is tried at
    # every place of a line without it (an abstract's line: 20 µs).
    pmids = {m.group(1) for ln in lines if "PMID" in ln and (m := _PMID_LABEL.search(ln))}
    scholar = sum(1 for ln in lines if " - " in ln and (m := SCHOLAR.match(ln)) and people(m["authors"]))
    toc = sum(1 for ln in lines if _TOC_PAGES.match(ln))
    return len(pmids) >= 2 or scholar >= 2 or toc >= 2


def read(lines: list[str], text: str, *, importer: str) -> list[Paper]:
    """One paper per listed article, or [] when the page is not a listing."""
    table = _table(text, importer)
    if len(table) >= 2:
        return table
    entries = _entries(lines)
    anchored = [e for e in entries if e[3]]
    if len(anchored) < 2:
        return []
    context = _context(lines[: entries[0][0]])
    papers = [_paper(lines, entry, context, importer) for entry in entries]
    keys = {p.doi or p.pmid or p.title for p in papers}
    return papers if len(keys) == len(papers) else []


def _entries(lines: list[str]) -> list[tuple[int, int, int, bool]]:
    """(title, byline, end, anchored) for each entry: a heading then a byline."""
    found: list[list] = []
    for index, line in enumerate(lines):
        if index == 0 or len(line) > 1500 or (found and index <= found[-1][1]):
            continue
        scholar = SCHOLAR.match(line) if " - " in line or " – " in line else None
        byline = people(scholar["authors"]) if scholar else None
        if not byline:
            previous = _NUMBER.sub("", lines[index - 1])
            if not (re.search(r"[,;，、]| and |\s", line) and heading_like(previous)):
                continue
            byline = people(line, single=True)
        if not byline:
            continue
        title = _title_above(lines, index, found[-1][1] if found else -1)
        if title is not None:
            found.append([title, index, len(lines), False])
    for current, following in zip(found, found[1:] + [None], strict=False):
        if following:
            current[2] = following[0]
        segment = lines[current[1]: current[2]]
        current[3] = any(_anchor(ln) for ln in segment)
    return [tuple(e) for e in found]


def _title_above(lines: list[str], byline: int, floor: int) -> int | None:
    for index in range(byline - 1, max(floor, byline - 4), -1):
        line = _NUMBER.sub("", lines[index])
        if heading_like(line):
            return index
        if not is_chrome(lines[index]):
            return None
    return None


def _anchor(line: str) -> bool:
    return bool(find_pmid(line) or find_doi(line) or _TOC_PAGES.match(line) or _TOC_DATE.match(line)
                or (" - " in line and SCHOLAR.match(line)) or (len(line) < 300 and source_of(line)))


def _context(lines: list[str]) -> dict[str, str]:
    """What a table of contents says once for all its entries: journal, volume, issue."""
    for index, line in enumerate(lines):
        found = _VOLUME_ISSUE.match(line) if len(line) < 300 else None
        if found:
            journal = found["journal"].strip(" ,.") or (lines[index - 1] if index else "")
            return {"journal": journal if not is_chrome(journal) else "", "volume": found["volume"],
                    "issue": found["issue"], "date": parse_date(line[found.end():]) or ""}
    return {}


def _paper(lines: list[str], entry, context: dict[str, str], importer: str) -> Paper:
    title_at, byline_at, end, _ = entry
    record = Record(importer)
    part = "listed article"
    title = clean_title(re.sub(r"^\[(?:HTML|PDF|CITATION|BOOK|B)\]\s*", "", _NUMBER.sub("", lines[title_at])))
    record.give("title", title, part) if title and is_chinese(title) else record.title(title, part)
    line = lines[byline_at]
    scholar = SCHOLAR.match(line) if " - " in line or " – " in line else None
    if scholar:
        record.give("authors", people(scholar["authors"]), part)
        if "…" in scholar["authors"]:
            cut_short(record, part)
        source = (scholar["source"] or "").strip()
        if source and "…" not in source:
            record.journal(source, part)
        record.give("date", scholar["year"], part)
    else:
        record.give("authors", people(line, single=True), part)
        if re.search(r"\bet al\.?$", line):
            cut_short(record, part)
    for line in lines[byline_at + 1: end]:
        place = source_of(line) if len(line) < 300 and not _TOC_PAGES.match(line) else None
        if place:
            if place.journal:
                record.journal(place.journal, part)
            for name in ("date", "volume", "issue", "pages"):
                record.give(name, getattr(place, name) or (place.year if name == "date" else None), part)
        dated = _TOC_DATE.match(line)
        if dated:
            record.give("date", parse_date(dated["date"]), part)
        pages = _TOC_PAGES.match(line)
        if pages:
            record.give("pages", re.sub(r"\s*[-–]\s*", "-", pages["pages"]), part)
        record.give("doi", find_doi(line), part)
        record.give("pmid", find_pmid(line), part)
        record.give("pmcid", find_pmcid(line), part)
    if context:
        journal = context.get("journal")
        if journal:
            record.journal(journal, "table of contents")
        for name in ("volume", "issue", "date"):
            record.give(name, context.get(name) or None, "table of contents")
    return record.paper


def has_result_table(head: str) -> bool:
    """A tab-separated header row naming a title and an authors column."""
    for line in head.splitlines()[:40]:
        if line.count("\t") >= 2:
            cells = {c.strip().casefold() for c in line.split("\t")}
            return bool(cells & set(_COLUMNS["title"])) and bool(cells & set(_COLUMNS["authors"]))
    return False


def _table(text: str, importer: str) -> list[Paper]:
    """Rows of a result table copied with its columns (tab-separated)."""
    rows = [[c.strip() for c in line.split("\t")] for line in text.splitlines() if line.count("\t") >= 2]
    if len(rows) < 3:
        return []
    header = rows[0]
    columns = {}
    for name, labels in _COLUMNS.items():
        for position, cell in enumerate(header):
            if cell.casefold() in labels:
                columns[name] = position
                break
    if "title" not in columns or "authors" not in columns:
        return []
    papers = []
    for row in rows[1:]:
        if len(row) <= max(columns.values()):
            continue
        record = Record(importer)
        part = "result table"
        title = clean_title(row[columns["title"]])
        record.give("title", title, part) if title and is_chinese(title) else record.title(title, part)
        names = people(row[columns["authors"]], single=True)
        if names is None:
            names = [parse_name(n) for n in re.split(r"[;；]", row[columns["authors"]]) if n.strip()]
        record.give("authors", names, part)
        if "journal" in columns:
            journal = row[columns["journal"]].strip("《》")
            record.journal(journal, part)
        if "date" in columns:
            record.give("date", parse_date(row[columns["date"]]), part)
        if record.paper.title:
            papers.append(record.paper)
    return papers

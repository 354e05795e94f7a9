"""Papers as CSV, one row per paper, for Excel and other spreadsheets.

UTF-8 with a byte-order mark: without it Excel reads the file in the
system's legacy code page and Chinese turns into mojibake. Lists are joined
with "; " in one cell.

Imported text must never run as a formula (OWASP, "CSV Injection"): a cell
that begins with =, +, -, @, a tab or a carriage return gets a single quote
in front, which spreadsheets read as "this is text"; and every cell is
quoted, so a separator inside a cell (";" where a locale splits on it) never
starts a new cell that could begin with "=".
"""

from __future__ import annotations

import csv
import io

from exodesk.model import Paper

COLUMNS = [
    "title", "title_zh", "authors", "year", "date", "journal", "journal_abbrev",
    "volume", "issue", "pages", "doi", "pmid", "pmcid", "issn", "publisher",
    "publication_type", "language", "keywords", "abstract_en", "abstract_zh", "links",
]


def row(paper: Paper) -> dict[str, str]:
    english, chinese = paper.abstract("en"), paper.abstract("zh")
    title_zh = next((t for lang, t in paper.titles.items() if lang.startswith("zh")), "")
    values = {
        "title_zh": title_zh,
        "authors": "; ".join(a.display() for a in paper.authors) + ("; et al." if paper.authors_truncated else ""),
        "year": str(paper.year or ""),
        "keywords": "; ".join(paper.keywords),
        "abstract_en": english.text if english else "",
        "abstract_zh": chinese.text if chinese else "",
        "links": "; ".join(paper.links),
    }
    return {name: neutralised(values[name] if name in values else (getattr(paper, name) or ""))
            for name in COLUMNS}


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value) -> str:
    """The cell's text, read by a spreadsheet as text, never as a formula."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export(papers: list[Paper]) -> str:
    out = io.StringIO()
    out.write(",".join(COLUMNS) + "\r\n")  # our own names: plain, as spreadsheets show them
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    for paper in papers:
        writer.writerow(row(paper))
    return "\ufeff" + out.getvalue()

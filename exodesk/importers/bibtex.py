"""BibTeX and BibLaTeX files from Zotero, Mendeley, JabRef and Google Scholar.

bibtexparser 2 splits the file into entries (a syntax error costs only the
entry it is in; bibtex_blocks reads the common simple entries the same way,
faster) and its name helpers split "von Last, Jr, First"; pylatexenc
decodes LaTeX ("Th{\\'e}ry" -> "Théry", "{MSC}" -> "MSC"). Producers differ:

- Zotero, Better BibTeX and JabRef write `month = dec` (a macro), Mendeley
  `month = {dec}`, BibLaTeX `date = {2022-12-09}`; Google Scholar only `year`.
- Organisations are kept whole in braces: `{World Health Organization}`.
- Journal abbreviations: `shortjournal` (BibLaTeX) or `journal-abbrev`.
- PubMed ids: `pmid`/`pmcid` (JabRef, Better BibTeX), `eprint` with
  `eprinttype = {pubmed}`, or "PMID: …" in `note`/`annote`/`extra` (Zotero).
- Mendeley and JabRef join keywords with commas, some exports with semicolons.
"""

from __future__ import annotations

import re

from exodesk.importers.base import Parsed, Source
from exodesk.importers.bibtex_blocks import (
    LINE_START_BLOCK,
    STRING_BLOCK,
    Entry,
    Failed,
    entries,
)
from exodesk.importers.records import (
    BadRecord,
    Record,
    clean_pages,
    collect,
    first_issn,
    split_at,
    text_of,
)
from exodesk.model import Author, Paper
from exodesk.text.chinese import han_count
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import clean_doi, clean_pmcid, clean_pmid
from exodesk.text.kinds import kind_label
from exodesk.text.languages import language_tag
from exodesk.text.latex import decode_latex

NAME = "bibtex"
LABEL = "BibTeX / BibLaTeX bibliography (Zotero, Mendeley, JabRef, Google Scholar)"

_ENTRY_START = re.compile(r"^\s*@\s*([A-Za-z]+)\s*[{(]\s*[^\s,{}=]*\s*,", re.MULTILINE)
_OTHER_BLOCK = re.compile(r"^\s*@\s*(?:string|preamble|comment)\s*[{(]", re.MULTILINE | re.IGNORECASE)
_FIELD = re.compile(r"^\s*[A-Za-z][\w-]*\s*=", re.MULTILINE)
# "Family, Given" with one comma and no braces but accents ("Th{\\'e}ry"):
# bibtexparser's rules then give all before the comma as the family name
# ("van Balkom" too) and all after it as the given name.
_ACCENT = r"\{\\[^{}\\]+\}"
_SIMPLE_NAME = re.compile(rf"((?:[^\s,{{}}]|{_ACCENT})(?:[^,{{}}]|{_ACCENT})*?),\s*((?:[^,{{}}]|{_ACCENT})*)")
# Names split at " and " as bibtexparser splits them, when braces and
# backslashes come only as accents (each acts as one letter there).
# Only from the start of a run of white space: tried at every space of a long
# run, the pattern would go back over the rest of it each time (quadratic in
# the run's length).
_AND = re.compile(r"(?<![ \r\n\t])[ \r\n\t]+[aA][nN][dD][ \r\n\t]+")
_ACCENT_GROUP = re.compile(_ACCENT)
_LETTER = "\ue000"  # stands for an accent while splitting
_LETTER_MARK = re.compile(_LETTER)
_YEAR = re.compile(r"\d{4}")


def detect(source: Source) -> float:
    if "@" not in source.head:  # every block starts with one: most files are not BibTeX
        return 0.0
    head = _line_ends(source.head.lstrip("\ufeff"))
    entries = [m for m in _ENTRY_START.finditer(head) if m.group(1).lower() not in {"string", "preamble", "comment"}]
    if not entries:
        # Only @comment, @string or @preamble blocks (an empty JabRef
        # library): BibTeX still, refused by this reader with its reason.
        return 0.3 if _OTHER_BLOCK.search(head) else 0.0
    return 0.95 if _FIELD.search(head, entries[0].end()) else 0.5


def split(text: str, parts: int) -> list[str]:
    """The file in pieces that each hold whole entries (for reading in parallel).

    Cut only before a line that starts a block, where reading never runs on
    (see bibtex_blocks.py); each piece is preceded by as many line ends as
    came before it, so a broken entry is still reported by its line in the
    file. A file with @string definitions stays whole: they apply to every
    entry."""
    if STRING_BLOCK.search(text):
        return [text]
    pieces, lines = [], 0
    for piece in split_at(text, LINE_START_BLOCK, parts):
        pieces.append("\n" * lines + piece)
        lines += piece.count("\n")
    return pieces


def parse(source: Source) -> Parsed:
    return collect(entries(_line_ends(text_of(source))), _read, what="BibTeX")


def _line_ends(text: str) -> str:
    """Lines ended by a carriage return alone (old Mac files, some UTF-16
    exports) ended as everywhere else, so that entries are found at line starts."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read(entry: Entry | Failed) -> Paper:
    if isinstance(entry, Failed):
        raise BadRecord(f"the entry starting on line {entry.line} is not valid BibTeX ({_first_line(entry.error)})")
    fields: dict[str, str] = {}
    for key, value in entry.fields:  # a repeated field: its first value
        fields.setdefault(key.lower(), value.strip())
    record = Record(NAME)

    def text(name: str) -> str | None:
        value = fields.get(name)
        return decode_latex(value) if value else None

    record.title(_with_subtitle(text("title"), text("subtitle")), "title")
    record.title(text("shorttitle"), "shorttitle")  # BibLaTeX's short form: better than none
    for name in _names(fields.get("author", "")):
        if name.strip() == "others":  # "and others": the list was cut short
            record.paper.authors_truncated = True
        else:
            record.author(_author(name), "author")
    record.give("journal", text("journal") or text("journaltitle"), "journal")
    record.give("journal_abbrev", text("shortjournal") or text("journal-abbrev") or text("journal_abbrev"), "shortjournal")
    record.give("journal", text("booktitle"), "booktitle")
    record.give("date", _date(fields), "date" if "date" in fields else "year/month")
    record.give("volume", fields.get("volume"), "volume")
    record.give("issue", fields.get("number") or fields.get("issue"), "number")
    record.give("pages", clean_pages(fields.get("pages") or fields.get("eid")), "pages")
    record.give("doi", clean_doi(fields.get("doi")), "doi")
    record.give("issn", first_issn(fields.get("issn")), "issn")
    record.give("publisher", text("publisher"), "publisher")
    record.give("language", language_tag(fields.get("langid") or fields.get("language")), "language")
    record.give("publication_type", kind_label(entry.entry_type, "bibtex"), "entry type")

    record.give("pmid", clean_pmid(fields.get("pmid")), "pmid")
    record.give("pmcid", clean_pmcid(fields.get("pmcid")), "pmcid")
    if (fields.get("eprinttype") or "").lower() == "pubmed":
        record.give("pmid", clean_pmid(fields.get("eprint")), "eprint")
    for name in ("note", "annote", "extra"):
        # Zotero writes "PMID: 23439512" in Extra, and its BibTeX export
        # protects the label: "{PMID:} 23439512".
        record.ids_in_note(text(name), name)

    record.abstract(text("abstract"), "abstract")
    _read_other_languages(text, record)
    keywords = text("keywords") or ""
    record.keywords(keywords.split(";" if ";" in keywords else ","), "keywords")
    record.link(fields.get("url"), "url")
    return record.done()


def _with_subtitle(title: str | None, subtitle: str | None) -> str | None:
    """BibLaTeX keeps a subtitle apart: "Title: Subtitle", as it prints them."""
    if not (title and subtitle):
        return title or subtitle
    return f"{title}{'' if title.endswith((':', '?', '!')) else ':'} {subtitle}"


def _names(names: str) -> list[str]:
    """The names in an author field, joined by "and" (not inside braces)."""
    plain = _ACCENT_GROUP.sub(_LETTER, names) if "{" in names else names
    if "{" in plain or "}" in plain or "\\" in plain or _LETTER in names:
        from bibtexparser.middlewares.names import split_multiple_persons_names

        return split_multiple_persons_names(names)
    plain = plain.strip(" \r\n\t")
    split = _AND.split(plain) if plain else []
    if plain is not names:
        accents = iter(_ACCENT_GROUP.findall(names))
        split = [_LETTER_MARK.sub(lambda _: next(accents), name) if _LETTER in name else name for name in split]
    return split


def _author(name: str) -> Author:
    """One BibTeX name; a name wholly in braces is an organisation, kept whole."""
    name = name.strip()
    if name.startswith("{") and name.endswith("}") and _balanced(name[1:-1]):
        return Author(literal=decode_latex(name[1:-1]))
    if not name.isascii() and han_count(name):
        return Author(literal=decode_latex(name))
    simple = _SIMPLE_NAME.fullmatch(name)
    if simple:  # "Family, Given" as almost every file writes it: no need for the full rules
        return Author(family=decode_latex(simple.group(1)), given=decode_latex(simple.group(2)))
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    parts = parse_single_name_into_parts(name, strict=False)
    family = " ".join(parts.von + parts.last + parts.jr)
    return Author(family=decode_latex(family), given=decode_latex(" ".join(parts.first)))


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _date(fields: dict[str, str]) -> str | None:
    """BibLaTeX `date`, else `year` with `month` ("dec", "12", "December") and `day`."""
    if fields.get("date") and (date := parse_date(fields["date"])):
        return date
    year = _YEAR.search(fields.get("year", ""))
    if not year:
        return None
    month = fields.get("month", "").strip().rstrip(".")
    day = fields.get("day", "").strip()
    if month.isdigit():
        return parse_date(f"{year.group()}-{int(month):02d}" + (f"-{int(day):02d}" if day.isdigit() else ""))
    return parse_date(" ".join(p for p in (year.group(), month, day) if p))


def _first_line(text: str) -> str:
    return (text or "").strip().splitlines()[0] if (text or "").strip() else "syntax error"


# ExoDesk's export: a title in another language in `origtitle`, and labelled
# paragraphs in `annote`, "Abstract (zh-Hans): …" or "Title (zh-Hant): …".
_LABELLED = re.compile(r"(?:^|\s)(Title|Abstract) \(([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\): ")


def _read_other_languages(text, record: Record) -> None:
    parts = _LABELLED.split(text("annote") or "")
    for kind, language, value in zip(parts[1::3], parts[2::3], parts[3::3], strict=True):
        if kind == "Title":
            record.other_title(value, "annote", language)
        else:
            record.abstract(value, "annote", language)
    if text("origtitle") not in record.paper.titles.values():
        record.other_title(text("origtitle"), "origtitle")

"""CSL-JSON: the citation data Zotero, citation.js, Pandoc and Manubot exchange.

A list of items with standard CSL variable names. Producers differ in dates:
Zotero writes `"issued": {"date-parts": [[2022, 12, 9]]}`, citation.js and
others sometimes `{"raw": "2022-12-09"}`, `{"literal": "Winter 2022"}`,
strings in date-parts, or a bare string. Zotero keeps PubMed ids in `note`
("PMID: …") when `PMID` is absent, and the journal abbreviation in
`journalAbbreviation` as well as `container-title-short`.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.records import (
    BadRecord,
    Record,
    clean_pages,
    collect,
    first_issn,
    text_of,
)
from exodesk.model import Paper
from exodesk.text.dates import csl_date
from exodesk.text.identifiers import clean_doi, clean_pmcid, clean_pmid
from exodesk.text.kinds import described_kind
from exodesk.text.languages import language_tag
from exodesk.text.names import csl_author

NAME = "csl-json"
LABEL = "CSL-JSON (Zotero, citation.js, Pandoc)"

_CSL_KEYS = re.compile(r'"(container-title|issued|author|DOI|page|citation-key)"\s*:')
_BETWEEN_ITEMS = re.compile(r"[\s,]*")  # what may stand between two items of a list


def detect(source: Source) -> float:
    head = source.head.lstrip("\ufeff \r\n\t")
    if not head.startswith(("[", "{")) or not re.search(r'"type"\s*:\s*"', head):
        return 0.0
    return 0.9 if len(set(_CSL_KEYS.findall(head))) >= 2 else 0.3


def parse(source: Source) -> Parsed:
    text = text_of(source).lstrip("\ufeff")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        # A list damaged part way (a hand edit, a cut download): the items
        # around the damage are still read, the damaged one reported.
        items = _items_of_damaged_list(text)
        if not items:
            raise Refused(f"it is not valid JSON (line {error.lineno}: {error.msg})") from None
        return collect(items, _read, what="CSL-JSON")
    except RecursionError:
        raise Refused("its JSON is nested too deeply to be a bibliography") from None
    if isinstance(data, dict):
        data = data.get("items", [data])
    if not isinstance(data, list):
        raise Refused("it is JSON, but not a list of references")
    return collect(data, _read, what="CSL-JSON")


class _Damaged(NamedTuple):
    """An item whose JSON could not be read."""

    line: int
    error: str


def _items_of_damaged_list(text: str) -> list[Any]:
    """The items of a JSON list read one by one; a damaged item is kept as
    _Damaged and reading goes on at the next line that starts an item at the
    same indentation as the first (how every tool writes a list)."""
    start = re.match(r"\s*\[\s*", text)
    if not start or text[start.end() : start.end() + 1] != "{":
        return []
    indent = text[text.rfind("\n", 0, start.end()) + 1 : start.end()]
    next_item = re.compile(r"\n" + re.escape(indent) + r"\{") if "\n" in text[: start.end()] else None
    decoder, items, position = json.JSONDecoder(), [], start.end()
    while position < len(text) and text[position] == "{":
        try:
            item, position = decoder.raw_decode(text, position)
            items.append(item)
        except (json.JSONDecodeError, RecursionError) as error:
            line = text.count("\n", 0, position) + 1
            items.append(_Damaged(line, getattr(error, "msg", "nested too deeply")))
            found = next_item.search(text, position + 1) if next_item else None
            if not found:
                break
            position = found.end() - 1
        between = _BETWEEN_ITEMS.match(text, position)  # (it matches the empty string too)
        position = between.end() if between else position
    return items


def _text(value: Any) -> str | None:
    """Strings, numbers (volume 10), or lists of strings (some container-titles)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _read(item: Any) -> Paper:
    if isinstance(item, _Damaged):
        raise BadRecord(f"its JSON is damaged (line {item.line}: {item.error})")
    if not isinstance(item, dict):
        raise BadRecord("it is not a CSL item (an object with named fields)")
    record = Record(NAME)
    record.title(_text(item.get("title")), "title")
    authors = item.get("author") or []
    if not isinstance(authors, list):
        raise BadRecord("its author field is not a list of names")
    for name in authors:
        record.author(csl_author(name), "author")
    record.give("journal", _text(item.get("container-title")), "container-title")
    record.give("journal_abbrev", _text(item.get("container-title-short")) or _text(item.get("journalAbbreviation")), "container-title-short")
    record.give("date", csl_date(item.get("issued")), "issued")
    record.give("volume", _text(item.get("volume")), "volume")
    record.give("issue", _text(item.get("issue")), "issue")
    record.give("pages", clean_pages(_text(item.get("page"))), "page")
    record.give("doi", clean_doi(_text(item.get("DOI"))), "DOI")
    record.give("pmid", clean_pmid(_text(item.get("PMID"))), "PMID")
    record.give("pmcid", clean_pmcid(_text(item.get("PMCID"))), "PMCID")
    record.ids_in_note(_text(item.get("note")), "note")
    record.give("issn", first_issn(_text(item.get("ISSN"))), "ISSN")
    record.give("publisher", _text(item.get("publisher")), "publisher")
    record.give("language", language_tag(_text(item.get("language"))), "language")
    # `type` names the kind; `genre` only describes it ("Review", "PhD thesis").
    record.give("publication_type", described_kind(_text(item.get("type")), "csl", _text(item.get("genre"))), "type/genre")
    record.abstract(_text(item.get("abstract")), "abstract")
    _read_other_languages(item, record)
    keywords = _text(item.get("keyword")) or ""
    record.keywords(keywords.split(";" if ";" in keywords else ","), "keyword")
    record.link(_text(item.get("URL")), "URL")
    return record.done()


def _read_other_languages(item: dict, record: Record) -> None:
    """Titles and abstracts in other languages (Chinese), as ExoDesk's export
    writes them: by language in CSL-M's `multi._keys`, and a title in
    `original-title` (Chinese CSL styles for Zotero read it there)."""
    multi = item.get("multi")
    keys = multi.get("_keys") if isinstance(multi, dict) else None
    for name, take in (("title", record.other_title), ("abstract", record.abstract)):
        values = keys.get(name) if isinstance(keys, dict) else None
        for language, value in (values.items() if isinstance(values, dict) else ()):
            take(_text(value), f"multi {name}", language_tag(language))
    original = _text(item.get("original-title"))
    if original not in record.paper.titles.values():
        record.other_title(original, "original-title")

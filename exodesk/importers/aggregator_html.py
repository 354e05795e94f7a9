"""A Chinese literature-aggregator page that carries the record as JSON in a script.

Such sites render the page from one JSON object (`window.__PAPER__ = {…}`)
with keys like title, authors, doi, abstract, journal, publicationDate,
PeriodicalIF, citationCount, TitleCN, AbstractTextCN. Quirks, fixed below:
- the JSON strings hold HTML: entities (`&nbsp;` between authors) and tags
  (`<p><p>` around the abstract).
- titles end with a full stop; authors are one string, "Given Family" names.
- the Chinese title and abstract (TitleCN / AbstractTextCN) are machine
  translations: the page says so in a notice, kept with the abstract.
- impact factor and citation count are the site's figures: kept as extras.
The JSON is only read as text: no script is run.
"""

from __future__ import annotations

import html
import json
import re

from exodesk.importers import html_meta
from exodesk.importers.base import Parsed, Source
from exodesk.model import ORIGIN_MACHINE, Provenance
from exodesk.text.abstracts import make_abstract
from exodesk.text.chinese import language_of
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import clean_doi, clean_pmcid
from exodesk.text.lines import is_machine_translation_notice
from exodesk.text.names import from_given_family
from exodesk.text.titles import clean_title

NAME = "aggregator-html"
LABEL = "Literature aggregator page with embedded JSON (saved HTML)"

_RECORD = re.compile(r"\{\s*\"title\"\s*:\s*\"")
PART = "embedded JSON"


def detect(source: Source) -> float:
    if not html_meta.is_html(source):
        return 0.0
    text = source.text or ""
    found = _RECORD.search(text) if '"title"' in text else None
    window = text[found.start(): found.start() + 20000] if found else ""
    return 0.75 if found and '"abstract"' in window and '"doi"' in window else 0.0


def parse(source: Source) -> Parsed:
    page = html_meta.load(source)
    record = _record(page.tree)
    if record is None:
        return html_meta.finish(html_meta.read(page, importer=NAME))
    paper = html_meta.read(page, importer=NAME)

    give_field = html_meta.giver(paper, NAME)

    def give(name, value, part=PART):
        give_field(name, value, part)

    def text(key) -> str:
        value = record.get(key)
        return html_meta.strip_tags(html.unescape(str(value))) if value not in (None, "") else ""

    give("title", clean_title(text("title")))
    names = record.get("authors")
    names = names if isinstance(names, list) else re.split(r"(?<!\s)\s*,\s*", text("authors"))  # (?<!\s): linear on long runs
    give("authors", [from_given_family(n) for n in names if n.strip()])
    give("doi", clean_doi(text("doi")))
    give("pmcid", clean_pmcid(text("PMCID")))
    journal = record["journal"] if isinstance(record.get("journal"), dict) else {}
    give("journal", text("PeriodicalName") or html.unescape(journal.get("name") or "") or None)
    give("volume", journal.get("volume"))
    give("pages", journal.get("pages"))
    give("date", parse_date(text("publicationDate")))
    give("publication_type", text("publicationTypes") or None)
    if text("citationCount").isdigit():
        paper.extra["citation_count"] = int(text("citationCount"))
        paper.provenance["citation_count"] = Provenance(importer=NAME, part=PART)
    if isinstance(record.get("PeriodicalIF"), (int, float)):
        paper.extra["impact_factor"] = float(record["PeriodicalIF"])
        paper.provenance["impact_factor"] = Provenance(importer=NAME, part=PART)

    abstract = text("abstract")
    if language := language_of(abstract):
        html_meta.replace_abstract(paper, make_abstract(abstract, language), importer=NAME, part=PART)
    notice = _notice(page.tree)
    origin = ORIGIN_MACHINE if notice else "source"
    title_zh, abstract_zh = text("TitleCN"), text("AbstractTextCN")
    if title_zh and (title_language := language_of(title_zh)) and (title := clean_title(title_zh)):
        paper.titles[title_language] = title.rstrip("。")
        paper.provenance[f"title:{title_language}"] = Provenance(importer=NAME, part=PART)
    if abstract_zh and (abstract_language := language_of(abstract_zh) or "").startswith("zh"):
        html_meta.add_abstract(paper, make_abstract(abstract_zh, abstract_language, origin=origin,
                                                    notice=notice), importer=NAME, part=PART)
    return html_meta.finish(paper)


def _record(tree) -> dict | None:
    """The first JSON object in a script that has a title and an abstract."""
    decoder = json.JSONDecoder(strict=False)
    for script in tree.iter("script"):
        body = script.text or ""
        for found in _RECORD.finditer(body):
            try:
                value, _end = decoder.raw_decode(body, found.start())
            except (ValueError, RecursionError):  # broken, or nested absurdly deep
                continue
            if isinstance(value, dict) and "abstract" in value:
                return value
    return None


def _notice(tree) -> str:
    for element in tree.iter("p", "div", "span"):
        if len(element) == 0:
            words = html_meta.text_of(element)
            if is_machine_translation_notice(words):
                return words
    return ""

"""Chinese literature-aggregator pages whose record sits in an embedded JSON object.

Sites such as Book学术 / 科研通 / x-mol keep the paper's metadata in a JSON
object in the page; copied as text it shows as one long line:

    Mesenchymal Stem Cell-Based Therapy … Systemic Sclerosis.     <- page title
    IF 8.4 2区 医学 Q1 ALLERGY                                     <- chrome
    {"title":"…","authors":"Xiufen Zhuang,&nbsp;Xiao Hu",…}       <- the record
    Abstract
    Systemic sclerosis (SSc) is …                                 <- English abstract
    间充质干细胞为基础的治疗系统性硬化症的新途径。                     <- Chinese title
    系统性硬化症(SSc)是一种 …                                      <- Chinese abstract
    本文章由计算机程序翻译,如有差异,请以英文原文为准。                  <- notice
    求助全文 / 来源期刊 / 期刊介绍 / Copyright …                      <- chrome

Quirks: JSON strings hold HTML (entities, <p>, <i>, <sup>); the title keeps
the site's trailing full stop; authors are one "Given Family, …" string;
numbers may be strings ("citationCount":"13"); an unknown value is null.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.records import Record
from exodesk.model import ORIGIN_MACHINE, ORIGIN_SOURCE, Paper, Provenance
from exodesk.text.abstracts import make_abstract
from exodesk.text.chinese import is_chinese, language_of
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import clean_doi, clean_pmcid, clean_pmid
from exodesk.text.lines import is_machine_translation_notice
from exodesk.text.markup import html_to_text
from exodesk.text.names import from_given_family
from exodesk.text.titles import clean_title

NAME = "aggregator-json"
LABEL = "Chinese literature aggregator page (embedded JSON record)"

PART = "embedded JSON"
# Keys that make a {"title": …} object a bibliographic record.
RECORD_KEYS = {
    "authors", "doi", "abstract", "journal", "PeriodicalName", "publicationDate",
    "PeriodicalIF", "citationCount", "TitleCN", "AbstractTextCN", "publicationTypes", "PMCID",
}
# Plain string fields: JSON key -> Paper field.
SIMPLE = {"PeriodicalName": "journal", "publicationTypes": "publication_type"}
# Inside "journal": {...}
JOURNAL = {"name": "journal", "volume": "volume", "issue": "issue", "pages": "pages"}

# Where a record can start: an object whose first key is a bibliographic one
# (trying every "{" of a large saved page would decode the same JSON many times).
_OBJECT_START = re.compile(r'\{\s*"(?:title|' + "|".join(sorted(RECORD_KEYS)) + r')"\s*:')
_MIN_ABSTRACT = 100  # characters; a shorter Chinese line is a title or chrome


def find_record(text: str) -> tuple[dict, int] | None:
    """The first JSON object with a title and bibliographic keys, and where it starts."""
    decoder = json.JSONDecoder()
    for match in _OBJECT_START.finditer(text):
        try:
            value, _end = decoder.raw_decode(text, match.start())
        except (ValueError, RecursionError):  # broken, or nested absurdly deep
            continue
        if (
            isinstance(value, dict)
            and isinstance(value.get("title"), str)
            and len(RECORD_KEYS & value.keys()) >= 2
        ):
            return value, match.start()
    return None


def _record_of(source: Source) -> tuple[dict, int] | None:
    """The source's record, found once for detect() and parse() (as
    vufind keeps a page's rows): decoding it again took 17 µs a page."""
    return source.kept("aggregator record", lambda kept: find_record(kept.text or ""))


def detect(source: Source) -> float:
    text = source.text
    # The quote alone first: a one-character test runs at memory speed (as
    # in vufind.detect), and most large files have no JSON in them at all.
    if not text or '"' not in text or '"title"' not in text:
        return 0.0
    if "<html" in source.head[:2000].lower():
        return 0.0  # a saved page, not a text dump: the aggregator-html reader's
    return 0.9 if _record_of(source) else 0.0


def parse(source: Source) -> Parsed:
    text = source.text
    if text is None:
        raise Refused(source.decoded[1])
    found = _record_of(source)
    if found is None:
        raise Refused("the page has no embedded record (a JSON object with the paper's title)")
    record, start = found
    record_ = Record(NAME)
    paper = record_.paper

    def give(name: str, value, part: str = PART) -> None:
        record_.give(name, value, part)

    give("title", _title(record.get("title")))
    give("authors", _authors(record.get("authors")))
    journal = record["journal"] if isinstance(record.get("journal"), dict) else {}
    for key, name in JOURNAL.items():
        give(name, _string(journal.get(key)))
    for key, name in SIMPLE.items():
        if not getattr(paper, name):
            give(name, _string(record.get(key)))
    give("date", parse_date(_raw(record.get("publicationDate")) or _raw(record.get("EPubDate"))))
    give("doi", clean_doi(_raw(record.get("doi"))))
    give("pmid", clean_pmid(_raw(record.get("PMID") or record.get("pmid"))))
    give("pmcid", clean_pmcid(_raw(record.get("PMCID"))))
    _extra(paper, "citation_count", _number(record.get("citationCount"), int))
    _extra(paper, "impact_factor", _number(record.get("PeriodicalIF"), float))

    lines = [stripped for line in text[start:].splitlines()[1:] if (stripped := line.strip())]
    shown = _page_abstracts(lines)
    english = _string(record.get("abstract"))
    if english or shown.english:
        abstract = make_abstract(english or shown.english, language_of(english or shown.english) or "en")
        paper.abstracts.append(abstract)
        part = PART if english else "page text after the record"
        paper.provenance[f"abstract:{abstract.language}"] = Provenance(importer=NAME, part=part)
    _read_chinese(paper, record, shown)

    warnings = [f"{name} not found in the page" for name in paper.missing]
    return Parsed(papers=[paper], warnings=warnings)


def _raw(value) -> str | None:
    """A JSON value as a string: the first of a list, a number written out, null as None."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return value.strip() or None if isinstance(value, str) else None


def _string(value) -> str | None:
    """A JSON value that may hold HTML, as plain text (never applied to
    identifiers: a DOI may contain "<" and ">")."""
    return html_to_text(_raw(value)) or None


def _title(value) -> str | None:
    title = clean_title(_string(value))
    # The site keeps the article's final full stop, a Chinese one too; a title does not end in one.
    return (title.removesuffix("。") or None) if title else None


def _authors(value) -> list:
    if isinstance(value, list):
        names = [v.get("name", "") if isinstance(v, dict) else str(v) for v in value]
    else:
        names = re.split(r"[,;，；、]", _string(value) or "")
    return [from_given_family(n) for n in names if n.strip()]


def _number(value, kind):
    try:
        number = kind(float(value)) if kind is int else kind(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 or kind is int else None


def _extra(paper: Paper, key: str, value) -> None:
    if value is not None:
        paper.extra[key] = value
        paper.provenance[f"extra:{key}"] = Provenance(importer=NAME, part=PART)


def _read_chinese(paper: Paper, record: dict, shown: Shown) -> None:
    """The Chinese title and abstract: from TitleCN/AbstractTextCN, else from the
    lines the page shows after the English abstract; a translation notice there
    marks them as a program's work."""
    title, abstract, notice = shown.title, shown.abstract, shown.notice
    part = "page text after the English abstract"
    if title_cn := _string(record.get("TitleCN")):
        title, title_part = title_cn, PART
    else:
        title_part = part
    json_abstract = _string(record.get("AbstractTextCN"))
    abstract_part = PART if json_abstract else part
    abstract = json_abstract or abstract
    # A Chinese paper's own abstract may already be the record's "abstract".
    language = (language_of(abstract) or "zh-Hans") if abstract else ""
    if abstract and paper.abstract(language) is None:
        origin = ORIGIN_MACHINE if notice else ORIGIN_SOURCE
        paper.abstracts.append(make_abstract(abstract, language, origin=origin, notice=notice))
        paper.provenance[f"abstract:{language}"] = Provenance(importer=NAME, part=abstract_part)
    if title and title.rstrip("。.") != paper.title:
        language = language_of(title) or "zh-Hans"
        paper.titles[language] = re.sub(r"[。.]$", "", title)
        paper.provenance[f"title:{language}"] = Provenance(importer=NAME, part=title_part)


class Shown(NamedTuple):
    """What the page text shows below the record."""

    english: str
    title: str  # the Chinese title
    abstract: str  # the Chinese abstract
    notice: str


def _page_abstracts(lines: list[str]) -> Shown:
    """The English abstract (the first long English line), then the Chinese lines
    after it: a short line (the title) right before a long one (the abstract), and
    the notice next to them. Other short Chinese lines are page chrome."""
    english = next((i for i, line in enumerate(lines) if len(line) >= _MIN_ABSTRACT and language_of(line) == "en"), None)
    title = abstract = notice = ""
    for line in lines[english + 1 if english is not None else 0 :]:
        if is_machine_translation_notice(line):
            notice = line
            if abstract:
                break
        elif abstract:
            break
        elif len(line) >= _MIN_ABSTRACT and is_chinese(line):  # (the length first: a title is judged once)
            abstract = line
        else:
            # Only the line right before the abstract can be its title.
            title = line if is_chinese(line) else ""
    return Shown(
        english=lines[english] if english is not None else "",
        title=title if abstract else "",
        abstract=abstract,
        notice=notice,
    )

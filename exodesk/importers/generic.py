"""The fallback reader for any text that names a paper.

It reads what is unambiguous — a DOI, PMID or PMCID, labelled fields such as
"Title: …" or "Authors: …", a citation line — and says what it could not
read. It scores lowest, so any reader that knows the source wins.
"""

from __future__ import annotations

import re

from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.records import Record
from exodesk.model import Provenance
from exodesk.text.abstracts import make_abstract
from exodesk.text.chinese import language_of
from exodesk.text.citation import find_citation_line
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import clean_doi, find_doi, find_pmcid, find_pmid
from exodesk.text.names import parse_name

NAME = "generic"
LABEL = "Other text (DOI, PMID, labelled fields)"

# Labels people and sites put before a value, mapped to our field names.
LABELS = {
    "title": "title", "article title": "title", "標題": "title", "标题": "title", "題名": "title",
    "author": "authors", "authors": "authors", "作者": "authors",
    "journal": "journal", "source": "journal", "publication title": "journal", "期刊": "journal",
    "date": "date", "year": "date", "published": "date", "publication date": "date",
    "日期": "date", "出版日期": "date", "年份": "date", "发表日期": "date", "發表日期": "date",
    "doi": "doi", "pmid": "pmid", "pmcid": "pmcid", "issn": "issn",
    "volume": "volume", "issue": "issue", "pages": "pages",
    "abstract": "abstract", "摘要": "abstract",
    "keywords": "keywords", "key words": "keywords", "关键词": "keywords", "關鍵詞": "keywords",
    "publisher": "publisher",
}
# The label starts with a letter so that it and the leading spaces never
# compete for the same characters: a line of 200,000 spaces took minutes.
_LABEL_LINE = re.compile(r"^\s*([A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff ]{1,19}?)\s*[:：]\s*(.+)$")


def _labelled(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in text.splitlines()[:400]:
        match = _LABEL_LINE.match(line)
        if match:
            field = LABELS.get(match.group(1).strip().lower())
            if field and field not in found:
                found[field] = match.group(2).strip()
    return found


def detect(source: Source) -> float:
    text = source.text
    if not text:
        return 0.0
    fields = _labelled(text)
    if "title" in fields and len(fields) >= 3:
        # "Title: … / Authors: … / Journal: …": a record written out with its
        # labels, which the page and plain-text readers would take for text
        # (a citation line below it made the label part of the title).
        return 0.6
    if find_doi(text) or find_pmid(text) or len(fields) >= 2:
        return 0.1
    return 0.01


def parse(source: Source) -> Parsed:
    text = source.text
    if text is None:
        raise Refused(source.decoded[1])
    record = Record(NAME)
    paper, give = record.paper, record.give

    fields = _labelled(text)
    record.title(fields.get("title"), "labelled field")
    if "authors" in fields:
        # Names apart by semicolons keep their "Family, Given" commas; without
        # any, a comma before a capitalised word parts two names.
        written = fields["authors"]
        between = r"[;；、]| and " if re.search(r"[;；]", written) else r"[;；、]|,(?=\s*[A-Z][a-z]+\s)|，| and "
        names = [n for n in re.split(between, written) if n.strip()]
        give("authors", [parse_name(n) for n in names], "labelled field")
    give("journal", fields.get("journal"), "labelled field")
    give("date", parse_date(fields.get("date")), "labelled field")
    for name in ("volume", "issue", "pages", "publisher", "issn"):
        give(name, fields.get(name), "labelled field")
    if "keywords" in fields:
        give("keywords", [k.strip() for k in re.split(r"[;,；，]", fields["keywords"]) if k.strip()], "labelled field")
    if "abstract" in fields and (language := language_of(fields["abstract"])):
        paper.abstracts.append(make_abstract(fields["abstract"], language))
        paper.provenance["abstract"] = Provenance(importer=NAME, part="labelled field")

    citation = find_citation_line(text)
    if citation:
        record.journal(citation.journal, "citation line")
        for name in ("date", "volume", "issue", "pages"):
            if not getattr(paper, name):
                give(name, getattr(citation, name), "citation line")
    give("doi", clean_doi(fields.get("doi")) or find_doi(text), "text")
    give("pmid", fields.get("pmid") or find_pmid(text), "text")
    give("pmcid", find_pmcid(text), "text")

    if not (paper.title or paper.doi or paper.pmid or paper.pmcid):
        raise Refused("no title, DOI or PubMed id was found: this does not look like a paper")
    warnings = [f"{name} not found in the file" for name in paper.missing]
    return Parsed(papers=[paper], warnings=warnings)

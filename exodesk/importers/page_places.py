"""Where and when an article was published, as its page says it.

A labelled date ("Published: 14 March 2024", "Posted May 15, 2023"), the page's
own reference ("Cite this article", "Citation:", "How to cite", "引用本文"),
labelled fields ("Journal Name:", "Volume 19, Issue 4", "年，卷(期)："), the
journal's name above its volume or ISSN lines, a journal logo or breadcrumb,
and a copyright line for the year when nothing else says it. The first value
found for a field is kept (Record.give), so the most precise sources go first.
"""

from __future__ import annotations

import itertools
import re

from exodesk.importers.byline import people
from exodesk.importers.page_chrome import breadcrumbs, is_chrome
from exodesk.importers.page_labels import (
    ABSTRACT_ALONE,
    CITE_LABEL,
    COPYRIGHT,
    MANUSCRIPT,
    PUBLISHED,
    PUBLISHED_IN_LINE,
    PUBLISHED_WITHIN,
    is_label_line,
)
from exodesk.importers.page_source import (
    PlaceOfPublication,
    in_reference,
    journal_name,
    source_of,
)
from exodesk.importers.records import Record
from exodesk.text.chinese import is_chinese
from exodesk.text.citation import parse_citation_line
from exodesk.text.dates import parse_date

_LOGO = re.compile(r"^(?P<name>.+?) logo\s*link to (?P=name)$", re.IGNORECASE)


def read_citations(lines: list[str], record: Record, title: str | None) -> None:
    """"Cite this article: …", "Citation: …", "How to cite", "引用本文": the page's
    own reference to the article, on the label's line or the next."""
    for index, line in enumerate(lines):
        cite = CITE_LABEL.match(line)
        if not cite or len(line) >= 1500:
            continue
        reference = cite["rest"] or (lines[index + 1] if index + 1 < len(lines) else "")
        if not re.search(r"(?:19|20)\d\d", reference):
            continue
        authors, place = in_reference(reference, title)
        year = re.search(r"\(((?:19|20)\d\d)\)", authors)  # "Berg A and Lind J (2023) Title. …"
        if place and not place.date and year:
            place.date = place.year = year.group(1)
        authors = authors[: year.start()] if year else authors
        if place:
            _give_place(record, place, "cited reference")
            record.give("doi", place.doi, "cited reference")
        if authors and not record.paper.authors:
            record.give("authors", people(authors), "cited reference")


# "Year : 2023  |  Volume : 41  |  Issue : 2  |  Page : 111-115": a bar of labelled parts.
_LABELLED_PART = re.compile(r"\b(?P<label>Year|Volume|Issue|Pages?)\s*:\s*(?P<value>[\w–-]+)", re.IGNORECASE)


def _read_labelled_bar(line: str, record: Record) -> None:
    parts = {m["label"].lower().rstrip("s"): m["value"] for m in _LABELLED_PART.finditer(line)}
    if "|" in line and {"year", "volume"} <= parts.keys() and re.fullmatch(r"(?:19|20)\d\d", parts["year"]):
        record.give("date", parts["year"], "publication line")
        for name, field in (("volume", "volume"), ("issue", "issue"), ("page", "pages")):
            record.give(field, parts.get(name), "publication line")


def read_published(lines: list[str], record: Record) -> None:
    """"Published: 14 March 2024", "… | Published online: 04 Jan 2024": the most precise date."""
    for line, following in itertools.pairwise(lines):
        if re.fullmatch(r"(?:first )?published(?: online)?", line, re.IGNORECASE) and len(following) < 40:
            record.give("date", parse_date(following), "publication date")  # the date on the line below
    for line in lines:
        within = PUBLISHED_WITHIN.match(line)
        if within:  # "Published in Journal of the American Academy of Dermatology 1 March 2022"
            record.journal(within["journal"], "published-in line")
            record.give("date", parse_date(within["date"]), "published-in line")
        published = PUBLISHED.match(line) or (PUBLISHED_IN_LINE.search(line) if len(line) < 250 else None)
        if published and not line.casefold().startswith("published in final"):
            record.give("date", parse_date(published["date"]), "publication date")
            dove = source_of(line)
            if dove:
                _give_place(record, dove, "publication line")
    for line in lines:  # after the dated lines: a year alone is the least precise date
        _read_labelled_bar(line, record)


def read_places(lines: list[str], record: Record, title: str | None) -> None:
    """Journal, volume, issue and pages from labelled lines and the page's
    citation lines; the year from the copyright line when nothing else says it."""
    for index, line in enumerate(lines[:200]):
        labelled = _LABELLED.match(line)
        if labelled:
            _give_labelled(record, (labelled["label"] or labelled["unlabelled"] or labelled["issue"]).casefold(),
                           labelled["value"])
        if index and re.match(r"^(?:online |print |electronic )?issn\b", line, re.IGNORECASE) \
                and not re.match(r"^(?:online |print |electronic )?issn\b", lines[index - 1], re.IGNORECASE) \
                and _journal_above(lines[index - 1], title):
            record.journal(lines[index - 1], "name above the ISSN")
        if line.casefold() in ("journal", "journal title", "source title") and index + 1 < len(lines) \
                and _journal_above(lines[index + 1], title):  # "Journal" printed above the name, without a colon
            record.journal(lines[index + 1], "journal line")
        year_first = re.match(r"^((?:19|20)\d\d)\s+Volume\s+(\d+)\s+Issue\s+(\w+)\s+Pages?\s+(\S+)$", line)
        if year_first:  # "2021 Volume 20 Issue 3 Pages 211-218"
            for name, value in zip(("date", "volume", "issue", "pages"), year_first.groups(), strict=True):
                record.give(name, value, "volume line")
        chinese_volume = re.match(r"^第\s*(\d+)\s*卷\s*(?:第\s*(\d+)\s*期)?", line)
        if chinese_volume:
            record.give("volume", chinese_volume[1], "volume line")
            record.give("issue", chinese_volume[2], "volume line")
        if index and re.match(r"^(?:volume|vol\.|第\s*\d+\s*卷)\s*\d?", line, re.IGNORECASE) and _journal_above(lines[index - 1], title):
            record.journal(lines[index - 1], "name above the volume")
        if "(" in line and (number := _ARTICLE_NUMBER.search(line)):
            _give_article_number(record, number)
    places: list[tuple[PlaceOfPublication, str]] = []
    for index, line in enumerate(lines):
        if CITE_LABEL.match(line) or MANUSCRIPT.search(line) or ABSTRACT_ALONE.match(line):
            continue
        if index and (label := CITE_LABEL.match(lines[index - 1])) and not label["rest"]:
            continue  # the reference under "How to Cite": read whole by read_citations
        if len(line) < 300 and re.search(r"(?:19|20)\d\d", line):
            place = source_of(line)
            if place:
                places.append((place, "citation line"))
    for place, part in places:
        _give_place(record, place, part)
    for line in lines[:60]:
        if line.startswith(". ") and re.search(r"(?:19|20)\d\d", line):
            # PMC prints the citation with the journal as a link, not copied: ". 2023 Jul 18;43(8):NP612–NP621."
            cited = parse_citation_line(line)
            if cited:
                for name in ("date", "volume", "issue"):
                    record.give(name, getattr(cited, name), "citation line")
                record.give("pages", re.sub(r"\s*[–—]\s*", "-", cited.pages or "") or None, "citation line")
        logo = _LOGO.match(line)
        if logo and not re.search(r"open access|publish|press\b", logo["name"], re.I):
            record.journal(logo["name"], "journal logo")
        steps = breadcrumbs(line)
        if steps and not record.paper.journal and not record.paper.journal_abbrev:
            named = [s for s in steps if re.search(r"journal|dermatolog|medicine|research|therap|scien", s, re.I)
                     and not re.match(r"(?:volume|issue|journals?|home)\b", s, re.I)]
            if named:
                record.journal(named[-1], "breadcrumb")
    for line in lines:
        copyright_ = COPYRIGHT.search(line)
        if copyright_ and len(line) < 400:
            record.give("date", copyright_["year"], "copyright line")
            break


def _journal_above(line: str, title: str | None) -> bool:
    """"Journal of Dermatological Treatment" printed above "Volume 35, Issue 1"."""
    if is_chinese(line):
        return len(line) <= 24 and line != title and not is_chrome(line) and bool(
            re.search(r"(?:杂志|雜誌|学报|學報|研究|医学|醫學|期刊|通讯|通訊)$", line))
    words = line.split()
    return 2 <= len(words) <= 12 and line != title and not is_chrome(line) and not is_label_line(line) \
        and sum(w[0].isupper() for w in words if w.isalpha() and len(w) > 3) >= len([w for w in words if w.isalpha() and len(w) > 3]) - 0 \
        and not re.search(r"\d|[.:?]$|\b\w+\.\s|\s[-–|]\s", line) and not re.match(r"^\w+\s*[:：]\s", line)  # "Publisher: …"


# A Chinese journal's article number (文章编号, by the national standard for
# journals' data, CAJ-CD B/T 1): ISSN(year)issue-first page-pages, as in
# "[文章编号]1008-6455(2025)07-0195-04".
_ARTICLE_NUMBER = re.compile(r"(?:文章编号|文章編號)\W{0,3}(?P<issn>\d{4}-\d{3}[\dXx])\s*\(\s*(?P<year>(?:19|20)\d\d)\s*\)"
                             r"\s*(?P<issue>\d{1,2})\s*-\s*(?P<first>\d{4})\s*-\s*(?P<count>\d{2})")


def _give_article_number(record: Record, number: re.Match) -> None:
    first, count = int(number["first"]), int(number["count"])
    record.give("date", number["year"], "article number")
    record.give("issue", str(int(number["issue"])), "article number")
    record.give("pages", f"{first}-{first + count - 1}" if count > 1 else str(first), "article number")
    record.give("issn", number["issn"].upper(), "article number")


def _give_labelled(record: Record, label: str, value: str) -> None:
    """"Journal Name: …", "Volume 19, Issue 4, 2024", "Page: [512 - 524]", "年，卷(期)：2023，32(4)"."""
    part = f"{label} line"
    value = value.lstrip(". ")  # "Vol. 104. Issue 8.": the label's stop is no part of the value
    if label in ("journal", "journal name", "journal title", "source", "published in", "видання", "издание", "期刊", "刊名", "来源", "來源",
                 "出处", "出處", "出版源", "期刊名称"):
        place = source_of(value)
        name = place.journal if place and place.journal else journal_name(value)
        if name:
            record.journal(name, part)
        if place:
            _give_place(record, place, part)
        return
    article = re.match(r"(?P<volume>\d+)\s*\|\s*Article ID\s*(?P<number>\d+)", value, re.IGNORECASE)
    if article and label in ("volume", "vol.", "vol"):
        record.give("volume", article["volume"], part)
        record.give("pages", article["number"], part)
    found = re.match(r"(?P<volume>\d+)\s*[.,]?\s*(?:(?:19|20)\d\d\s*-\s*)?(?:issue|no\.?)\s*:?\s*(?P<issue>[\w-]+)"
                     r"(?:\s*,\s*(?P<year>(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d))?(?:,?\s*(?:pp?\.?|pages?)\s*(?P<pages>\d+\s*[-–]\s*\d+))?",
                     value, re.IGNORECASE) if label in ("volume", "vol.", "vol") else None
    if found:
        record.give("volume", found["volume"], part)
        record.give("issue", found["issue"], part)
        record.give("date", parse_date(found["year"]), part)
        record.give("pages", re.sub(r"\s*[-–]\s*", "-", found["pages"] or "") or None, part)
    # "Volume 149, P146-153, September 2022": the pages with a P before them, then the month
    paged = re.match(r"(?P<volume>\d+),\s*P{1,2}\s*(?P<pages>\d+[-–]\d+)(?:,\s*(?P<date>[A-Z][a-z]+\.?\s+(?:19|20)\d\d))?$", value) \
        if label in ("volume", "vol.", "vol") else None
    if paged:
        record.give("volume", paged["volume"], part)
        record.give("pages", paged["pages"].replace("–", "-"), part)
        record.give("date", parse_date(paged["date"]) if paged["date"] else None, part)
    if label in ("volume", "vol.", "vol", "issue") and re.fullmatch(r"\d+", value.strip()):
        record.give("issue" if label == "issue" else "volume", value.strip(), part)  # "Volume: 5" / "Issue: 1"
    number = re.match(r"([A-Za-z]?\d+)\b", value) if label in ("article", "article number") else None
    if number:
        record.give("pages", number[1], part)
    pages = re.search(r"\[?\s*(\d+)\s*[-–]\s*(\d+)\s*\]?", value) if label in ("page", "pages", "pp", "页数", "頁數", "页码", "頁碼") else None
    if pages:
        record.give("pages", f"{pages[1]}-{pages[2]}", part)
        dated = re.search(r"\(([A-Z][a-z]+\.?\s+(?:19|20)\d\d)\)\s*$", value)  # "Pages 679-684 (October 2013)"
        record.give("date", parse_date(dated[1]) if dated else None, part)
    year_volume = re.match(r"((?:19|20)\d\d)\s*[，,]\s*(\d+)\s*[(（]\s*(\w+)\s*[)）]", value) if "卷" in label else None
    if year_volume:
        record.give("date", year_volume[1], part)
        record.give("volume", year_volume[2], part)
        record.give("issue", year_volume[3], part)


_LABELLED = re.compile(r"^(?:(?P<label>journal(?: name| title)?|source|published in|видання|издание|article(?: number)?|"
                       r"期刊|刊名|来源|來源|出处|出處|出版源|期刊名称|页数|頁數|页码|頁碼|年\s*[,，]\s*卷\s*[(（]期[)）])\s*[:：]|"
                       r"(?P<unlabelled>volume|vol\.?|pages?|pp)\b\s*[:：]?|(?P<issue>issue)\s*[:：])\s*(?P<value>.+)$",
                       re.IGNORECASE)


def _give_place(record: Record, place: PlaceOfPublication, part: str) -> None:
    if place.journal:
        record.journal(place.journal, part)
    record.give("date", place.date or place.year, part)
    record.give("volume", place.volume, part)
    record.give("issue", place.issue, part)
    record.give("pages", place.pages, part)

"""Where an article was published, as pages print it in their own words.

Every site writes journal, year, volume and pages its own way; these are the
shapes, not the sites:

    Int J Biol Sci 2023; 19(5):1430-1454. doi:10.7150/ijbs.80430       year; volume(issue):pages
    World J Clin Cases. Aug 6, 2021; 9(22): 6218-6233                    a date before the volume
    中华医学杂志, 2023, 103(12): 890-895                                  year, volume(issue): pages
    Int. J. Mol. Sci. 2024, 25(14), 7794; https://doi.org/…              year, volume(issue), article
    Stem Cell Research & Therapy volume 14, Article number: 57 (2023)   volume, number (year)
    Stem Cell Res Ther 14, 57 (2023)                                     the same, abbreviated
    Front. Immunol. 14:1234567 / PLoS ONE 18(4): e0284321               volume(issue): article
    Journal of Cosmetic Dermatology, 23(4), 1234–1240                    APA: journal, volume(issue), pages
    Clinical, Cosmetic and Investigational Dermatology, Volume 14, Issue 2, Pages 643-654
    Published 14 June 2021 Volume 2021:14 Pages 643—654                  Dove: volume year:number
    ACTA CHIRURGIAE PLASTICAE, 63, 3, 2021, pp. 118-126                  volume, issue, year, pages
    Progress in Biomedical Engineering, 2024, № 1, с. 012004             year, № number, с. pages
    2025, iScience, № 2, с. 111705                                       the same, the year first

`source_of(text)` reads one such phrase; `in_reference(text, title)` reads the
part after the title of a whole reference ("Cite this article: …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exodesk.importers.records import Record
from exodesk.model import Provenance
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import find_doi

_PAGES = r"(?P<pages>[A-Za-z]{0,3}\d+(?:\s*[-–—]+\s*[A-Za-z]{0,3}\d+(?:\.e\d+)?)?)"
_ISSUE = r"(?:\s*\((?P<issue>[^()]{1,20})\))?"
_MONTH_DAY = r"(?:\s+[A-Z][a-z]{2,8}\.?(?:[-/][A-Z][a-z]{2,8}\.?)?(?:\s+\d{1,2})?)?"
_JOURNAL = r"(?P<journal>[^\d;:()]{2,150}?)"
_SHAPES = [
    # Journal. 2023 Apr 1;14(1):57  /  Journal 2023; 19(5):1430-1454  /  期刊, 2023, 103(12): 890-895
    re.compile(_JOURNAL + r"[.,]?\s+(?P<year>(?:19|20)\d\d)" + _MONTH_DAY + r"\s*[;,]\s*(?:Vol\.?\s*)?(?P<volume>\d+)"
               + _ISSUE + r"\s*[:,]\s*(?:pp?\.?\s*)?" + _PAGES),
    # SAGE Open Med Case Rep. 2023;11.  (a volume, no pages)
    re.compile(_JOURNAL + r"[.,]?\s+(?P<year>(?:19|20)\d\d)" + _MONTH_DAY + r"\s*;\s*(?P<volume>\d+)" + _ISSUE + r"(?=[.\s]|$)"),
    # World J Clin Cases. Aug 6, 2021; 9(22): 6218-6233
    re.compile(_JOURNAL + r"[.,]?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?P<year>(?:19|20)\d\d)\s*;\s*(?P<volume>\d+)"
               + _ISSUE + r"\s*:\s*" + _PAGES),
    # Stem Cell Research & Therapy volume 14, Article number: 57 (2023)  /  Stem Cell Res Ther 14, 57 (2023)
    re.compile(_JOURNAL + r"\s+(?:volume\s+)?(?P<volume>\d+)" + _ISSUE + r",\s*(?:Article number:?\s*|Art\.?\s*(?:no\.?)?\s*)?"
               + _PAGES + r"\s*\((?P<year>(?:19|20)\d\d)\)", re.IGNORECASE),
    # An. Bras. Dermatol. vol.97 no.4 Rio de Janeiro July/Aug. 2022  (SciELO: the city before the date)
    re.compile(_JOURNAL + r"\s+vol\.\s*(?P<volume>\d+)\s+no\.\s*(?P<issue>\w+)\b[^\d]{0,60}?(?P<year>(?:19|20)\d\d)"),
    # Pediatric Dermatology, 11 Jul 2022, 39(5):720-726  (Europe PMC)
    re.compile(_JOURNAL + r",\s+(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?P<year>(?:19|20)\d\d)),\s*(?P<volume>\d+)" + _ISSUE
               + r"\s*:\s*" + _PAGES),
    # Skin Pharmacol Physiol (2023) 36 (2): 89–97  (Karger)
    re.compile(_JOURNAL + r"\s+\((?P<year>(?:19|20)\d\d)\)\s*(?P<volume>\d+)\s*" + _ISSUE + r"\s*:\s*" + _PAGES),
    # Journal, 2023, Volume 11, Issue 2, Pages 15-21  (the year before the volume)
    re.compile(_JOURNAL + r",\s*(?P<year>(?:19|20)\d\d),\s*(?:Volume|Vol\.?)\s*(?P<volume>\d+)"
               r"(?:,?\s+(?:Issue|No\.?|Number)\s*(?P<issue>[\w-]+))?,?\s+(?:Pages?|pp?\.?)\s*:?\s*" + _PAGES,
               re.IGNORECASE),
    # Journal, Volume 14, Issue 2, Pages 643-654  /  Journal, Vol. 14, No. 2, pp. 643-654
    re.compile(_JOURNAL + r",?\s+(?:Volume|Vol\.?)\s*(?P<volume>\d+)(?:,?\s+(?:Issue|No\.?|Number)\s*(?P<issue>[\w-]+))?"
               r"(?:,?\s+(?P<month>[A-Z][a-z]+\.?\s+)?(?P<year>(?:19|20)\d\d))?,?\s+(?:Pages?|pp?\.?|Article(?:\s+ID|\s+number)?)\s*:?\s*"
               + _PAGES,
               re.IGNORECASE),
    # Progress in Biomedical Engineering, 2024, № 1, с. 012004  (Ukrainian and Russian: № the number, с. the pages)
    re.compile(_JOURNAL + r",\s*(?P<year>(?:19|20)\d\d),\s*№\s*(?P<issue>\w{1,6})(?:,\s*с\.\s*" + _PAGES + r")?$"),
    re.compile(r"(?P<year>(?:19|20)\d\d),\s*" + _JOURNAL + r",\s*№\s*(?P<issue>\w{1,6})(?:,\s*с\.\s*" + _PAGES + r")?$"),
    # JOURNAL, 63, 3, 2021, pp. 118-126  (volume, issue and year apart by commas)
    re.compile(_JOURNAL + r",\s*(?P<volume>\d+),\s*(?P<issue>\w{1,4}),\s*(?P<year>(?:19|20)\d\d),\s*pp?\.\s*" + _PAGES),
    # Journal, 23(4), 1234–1240 (APA)  /  Front. Immunol. 14:1234567  /  PLoS ONE 18(4): e0284321
    re.compile(_JOURNAL + r"[.,]?\s+(?P<volume>\d+)" + _ISSUE + r"\s*[:,]\s*(?:pp?\.?\s*)?" + _PAGES + r"(?=[\s.;,]|$)"),
]
# 《中国美容整形外科杂志》2021年第9期541-544页 / 中国组织工程研究 2023年 第27卷 第12期
_CHINESE = re.compile(r"《?(?P<journal>[\u4e00-\u9fff（）()A-Za-z]{2,30}?)》?\s*[,，]?\s*(?P<year>(?:19|20)\d\d)\s*年\s*[,，]?\s*"
                      r"(?:第?\s*(?P<volume>\d+)\s*卷)?\s*[,，]?\s*(?:第?\s*(?P<issue>\d+)\s*期)?\s*[,，]?\s*"
                      r"(?:(?:第|页码?[:：]?)?\s*(?P<pages>\d+\s*[-–]\s*\d+)\s*页?)?")
# Full-width punctuation of Chinese pages, written the ASCII way before reading.
_FULL_WIDTH = str.maketrans({"，": ", ", "：": ": ", "；": "; ", "（": "(", "）": ")", "－": "-", "．": ". "})
# "Volume 2021:14 Pages 643—654" (the year, then the volume, after a colon).
_DOVE = re.compile(r"Volume\s+(?P<year>(?:19|20)\d\d)\s*:\s*(?P<volume>\d+)\s+Pages?\s+" + _PAGES, re.IGNORECASE)
# Words that end a reference's author or title part rather than start a journal.
_NOT_JOURNAL = re.compile(r"^(?:doi|https?|pmid|pmcid|published|posted|first|epub|volume|vol|pages?|issue|article|"
                          r"copyright|©|received|accepted|revised|available)\b", re.IGNORECASE)
# A journal's name never ends with a month: "Posted May 15, 2023" is a date.
_MONTH_AT_END = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                           r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$", re.IGNORECASE)


@dataclass
class PlaceOfPublication:
    journal: str | None = None
    year: str | None = None
    date: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None


def source_of(text: str) -> PlaceOfPublication | None:
    """Journal, year, volume and pages out of a short phrase, or None."""
    text = text.strip()
    if len(text) > 600:
        return None
    chinese = _CHINESE.search(text) if "年" in text else None
    if chinese and (chinese["volume"] or chinese["issue"]) and _journal(chinese["journal"]):
        return PlaceOfPublication(journal=_journal(chinese["journal"]), year=chinese["year"], date=chinese["year"],
                                  volume=chinese["volume"], issue=chinese["issue"], pages=_pages(chinese["pages"]),
                                  doi=find_doi(text))
    text = " ".join(text.translate(_FULL_WIDTH).split())
    dated = re.match(r"^(?P<date>[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)\s+·\s+(?P<rest>.+)$", text)
    if dated:  # "March 2022 · Journal of Cosmetic Dermatology 21(3):1172-1178"
        place = source_of(dated["rest"])
        if place:
            place.date = parse_date(dated["date"])
            place.year = place.date[:4] if place.date else place.year
        return place
    dove = _DOVE.search(text)
    if dove:
        return PlaceOfPublication(year=dove["year"], volume=dove["volume"], pages=_pages(dove["pages"]),
                                  doi=find_doi(text))
    for shape in _SHAPES:
        found = shape.match(text)  # the journal opens the phrase (a search from every character was slow)
        if not found:
            continue
        journal = _journal(found["journal"])
        if journal is None:
            continue
        groups = found.groupdict()
        date = parse_date(groups["date"]) if groups.get("date") else None
        if not groups.get("year"):
            # "… 152(4):p 712-720, October 2023.": the date after the place
            later = re.match(r"\s*[,.]?\s*((?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d)\b", text[found.end():])
            date = parse_date(later.group(1)) if later else None
            groups["year"] = date[:4] if date else None
        elif date is None:
            start = found.start("year")
            date = parse_date(text[max(0, found.end("journal")): found.end("year") + 8]) or groups["year"]
            if len(date) > 4 and not text[found.end("journal"): start].strip(" .,"):
                date = parse_date(text[start: start + 16]) or date
        return PlaceOfPublication(journal=journal, year=groups.get("year"), date=date, volume=groups.get("volume"),
                                  issue=groups.get("issue"), pages=_pages(groups.get("pages")), doi=find_doi(text))
    return None


def journal_name(text: str | None) -> str | None:
    """A journal's name as a page labels it, without index tags or brackets."""
    return _journal(text)


def _journal(text: str | None) -> str | None:
    text = (text or "").strip(" .,;:")
    text = re.sub(r"^(?:(?:in|published in)\s*:?\s+|(?:source|journal|期刊|刊名|来源|來源)\s*[:：]\s*)", "", text,
                  flags=re.IGNORECASE)
    text = text.strip("《》 ")
    if re.search(r"[\u4e00-\u9fff]", text):  # a Chinese journal's index tags: "ISTIC", "CSCD", "北大核心"
        text = re.sub(r"(?:\s+(?:[A-Z]{2,6}|北大核心|核心期刊|统计源期刊|中文核心))+$", "", text)
    if not text or _NOT_JOURNAL.match(text) or _MONTH_AT_END.search(text) or len(text) > 150 or text.count(" ") > 14:
        return None
    if not re.search(r"[A-Za-z]{2}|[\u4e00-\u9fff]{2}", text):
        return None
    return text


def _pages(text: str | None) -> str | None:
    if not text:
        return None
    return re.sub(r"\s*[-–—]+\s*", "-", text)


def in_reference(text: str, title: str | None) -> tuple[str, PlaceOfPublication | None]:
    """(the authors' part, where published) of a whole reference.

    With the title known, the reference is cut around it; otherwise the shortest
    tail after a full stop that reads as a place of publication is taken.
    """
    text = re.sub(r"\[[JMCD]\]", "", text)  # GB/T 7714's [J] after a Chinese title
    if title:
        at = text.casefold().find(title.casefold().rstrip("."))
        if at >= 0:
            after = text[at + len(title.rstrip(".")):].lstrip(" .。,\"”“")
            return text[:at].strip(" ."), source_of(after)
    stops = [m.end() for m in re.finditer(r"[.。]\s+", text)]
    for start in reversed(stops):
        found = source_of(text[start:])
        if found and found.journal:
            return "", found
    return "", source_of(text)


def cut_short(record: Record, part: str) -> None:
    """The page names only the first authors ("et al.", "…"). (Record.give keeps
    a field that is set, and False counts as set.)"""
    record.paper.authors_truncated = True
    record.paper.provenance["authors_truncated"] = Provenance(importer=record.importer, part=part)

"""EndNote XML (File > Export > XML), as EndNote 20/21 and X9 write it.

Every text value is wrapped in one or more <style face=… font=… size=…>
runs (italics inside a title split it into several), so values are the
joined text of their element. The XML is parsed with defusedxml: a DTD,
entity expansion or external reference refuses the file instead of
resolving it, and nothing is fetched over the network.

- <ref-type name="Journal Article">17</ref-type> says the kind.
- Journal: <periodical><full-title> (often the abbreviation when the record
  came from PubMed), <titles><secondary-title>, <alt-title>, <abbr-1>.
- <dates><year>2022</year><pub-dates><date>Dec 9</date> — the date without year.
- DOI in <electronic-resource-num>, PMID in <accession-num>, PMCID in <custom2>.
- <isbn> holds ISSNs too, one per line with "(Print)"/"(Linking)" labels.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_xml
from defusedxml import DefusedXmlException

from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.records import (
    BadRecord,
    Record,
    clean_pages,
    collect,
    first_issn,
)
from exodesk.model import Paper
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import PMCID_RE, clean_doi, clean_pmid
from exodesk.text.journals import is_abbreviated
from exodesk.text.kinds import KINDS, described_kind
from exodesk.text.languages import language_tag
from exodesk.text.names import parse_name

NAME = "endnote-xml"
LABEL = "EndNote XML"


def detect(source: Source) -> float:
    head = source.head
    if "<records>" in head and "<record>" in head and re.search(r"<xml>|<ref-type\b|<source-app\b", head):
        return 0.95
    return 0.0


def parse(source: Source) -> Parsed:
    try:
        root = safe_xml.fromstring(source.data)
    except DefusedXmlException:
        raise Refused("the XML file declares entities or a DTD, which are not read for safety") from None
    except ParseError as error:
        # Damage in one record (a hand edit, a cut file) costs only that
        # record: each is read apart.
        records = _records_apart(source.text or "")
        if not records:
            raise Refused(f"the XML is damaged ({error})") from None
        return collect(records, _read, what="EndNote XML")
    except LookupError as error:  # <?xml encoding="UTg-8"?>: an encoding Python does not know
        raise Refused(f"the XML declares an encoding that does not exist ({error})") from None
    return collect(root.iter("record"), _read, what="EndNote XML")


_RECORD_START = re.compile(r"<record>")
_RECORD_END = "</record>"


def _records_apart(text: str) -> list[Element | str]:
    """Each <record> of a damaged file parsed alone; one that cannot be is
    kept as the reason, for the report."""
    starts = [m.start() for m in _RECORD_START.finditer(text)]
    records: list[Element | str] = []
    for start, end in zip(starts, starts[1:] + [len(text)], strict=True):
        close = text.find(_RECORD_END, start, end)
        try:
            if close < 0:
                raise ParseError("the record is cut off before </record>")
            records.append(safe_xml.fromstring(text[start : close + len(_RECORD_END)]))
        except DefusedXmlException:
            raise Refused("the XML file declares entities or a DTD, which are not read for safety") from None
        except ParseError as error:
            records.append(f"its XML is damaged ({error})")
    return records


def _text(element: Element | None) -> str | None:
    if element is None:
        return None
    text = re.sub(r"[ \t]+", " ", "".join(element.itertext())).strip()
    return text or None


def _read(element: Element | str) -> Paper:
    if isinstance(element, str):
        raise BadRecord(element)
    record = Record(NAME)

    def text(path: str) -> str | None:
        return _text(element.find(path))

    record.title(text("titles/title"), "titles/title")
    for author in element.findall("contributors/authors/author"):
        name = _text(author)
        if name:
            record.author(parse_name(name), "contributors/authors")
    for line in (text("auth-address") or "").splitlines():
        record.affiliation(line, "auth-address")

    # Which title is the abbreviation depends on how the record came in
    # (PubMed puts TA in secondary-title and JT in alt-title): its shape decides.
    titles = [(text(path), path) for path in ("titles/secondary-title", "periodical/full-title", "titles/alt-title")]
    for name, part in titles:
        if name and not is_abbreviated(name):
            record.give("journal", name, part)
    record.give("journal_abbrev", text("periodical/abbr-1"), "periodical/abbr-1")
    for name, part in titles:
        if name and is_abbreviated(name):
            record.give("journal_abbrev", name, part)

    record.give("date", _date(text("dates/year"), text("dates/pub-dates/date")), "dates")
    record.give("volume", text("volume"), "volume")
    record.give("issue", text("number"), "number")
    record.give("pages", clean_pages(text("pages")), "pages")
    record.give("doi", clean_doi(text("electronic-resource-num")), "electronic-resource-num")
    record.give("pmid", clean_pmid(text("accession-num")), "accession-num")
    pmcid = PMCID_RE.search(text("custom2") or "")
    record.give("pmcid", pmcid.group(1) if pmcid else None, "custom2")
    record.give("issn", first_issn(text("isbn")), "isbn")
    record.give("publisher", text("publisher"), "publisher")
    record.give("language", language_tag(text("language")), "language")
    # <ref-type> names the kind; <work-type> only describes it ("Review").
    ref_type = element.find("ref-type")
    name = ref_type.get("name") if ref_type is not None else None
    code = _text(ref_type) or name
    if name in KINDS:
        code = KINDS[name]["endnote"][0]
    record.give("publication_type", described_kind(code, "endnote", text("work-type")), "ref-type/work-type")
    record.abstract(text("abstract"), "abstract")
    keywords = [word for k in element.findall("keywords/keyword") if (word := _text(k))]
    if len(keywords) == 1:  # some exports put them all in one, split by ";" or lines
        keywords = re.split(r"\s*[;\n]\s*", keywords[0])
    record.keywords(keywords, "keywords")
    for url in element.findall("urls/related-urls/url"):
        record.link(_text(url), "urls/related-urls")
    return record.done()


def _date(year: str | None, date: str | None) -> str | None:
    """<year> with <pub-dates><date> ("Dec 9", "2022/12/09" or "Dec")."""
    if date:
        found = parse_date(date)
        if found and (not year or found.startswith(year)):
            return found
        if year:
            found = parse_date(f"{year} {date}")
            if found:
                return found
    return parse_date(year)

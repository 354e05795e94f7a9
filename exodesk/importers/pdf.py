"""A PDF of an article, as downloaded from a journal.

Read in order of trust: the XMP metadata publishers embed (Dublin Core and
PRISM: title, creators, DOI, journal, cover date, volume, pages), then the
document information (/Title, /Author, accepted only when the first page
confirms them: tools often leave "Microsoft Word - draft.docx" there), then
the first page's text: the largest type is the title, the line below it the
authors, a journal line at the top, the DOI, the "Abstract" block and the
keywords. What cannot be read with confidence is left empty and named in a
warning; a scanned PDF without a text layer gives only its metadata.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import defusedxml.ElementTree as SafeET

from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.byline import people
from exodesk.importers.records import Record
from exodesk.model import Paper, Provenance
from exodesk.text.abstracts import is_heading_line, make_abstract
from exodesk.text.chinese import language_of
from exodesk.text.citation import parse_citation_line
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import clean_doi, find_doi
from exodesk.text.journals import is_abbreviated
from exodesk.text.lines import looks_like_affiliation
from exodesk.text.names import parse_name
from exodesk.text.titles import clean_title

NAME = "pdf"
LABEL = "PDF article"

_PAGES_READ = 2  # the record is on the first page; the second may hold the abstract's end
DC = "http://purl.org/dc/elements/1.1/"
PRISM = "http://prismstandard.org/namespaces/"
# XMP element (namespace, local name) -> field.
XMP_FIELDS = {
    (DC, "title"): "title", (DC, "creator"): "authors", (DC, "identifier"): "doi",
    (DC, "subject"): "keywords", (DC, "publisher"): "publisher",
    (PRISM, "doi"): "doi", (PRISM, "publicationName"): "journal", (PRISM, "coverDate"): "date",
    (PRISM, "publicationDate"): "date", (PRISM, "volume"): "volume", (PRISM, "number"): "issue",
    (PRISM, "startingPage"): "first_page", (PRISM, "endingPage"): "last_page",
    (PRISM, "issn"): "issn", (PRISM, "eIssn"): "issn",
}
_ABSTRACT_START = re.compile(r"^\s*(?:a\s*b\s*s\s*t\s*r\s*a\s*c\s*t|summary)\s*[:.]?\s*", re.I)
_ZH_ABSTRACT_START = re.compile(r"^\s*[【\[]?\s*摘\s*要\s*[】\]]?\s*[:：]?\s*")
_ABSTRACT_END = re.compile(
    r"^\s*(?:key\s*words?|keywords|index terms|abbreviations|(?:1\.?\s*)?introduction\s*$|"
    r"©|\(c\)|received\b|copyright|关键词|關鍵詞|abstract\s*$)", re.I)
_KEYWORDS = re.compile(r"^\s*(?:key\s*words?|keywords)\s*[:：]?\s*(.*)$", re.I)
_ZH_KEYWORDS = re.compile(r"^\s*(?:关键词|關鍵詞)\s*[:：]?\s*(.*)$")
# "Journal of Dermatological Science 112 (2023) 45–53" (Elsevier's running head).
_JOURNAL_HEAD = re.compile(r"^(?P<journal>[A-Z][A-Za-z&,.' -]{5,120}?)\s+(?P<volume>\d{1,4})\s+"
                           r"\((?P<year>\d{4})\)\s+(?P<pages>[\w]+(?:\s*[–-]\s*\w+)?)\s*$")
# "Chen et al. Stem Cell Research & Therapy (2024) 15:78" (BMC's running head).
_BMC_HEAD = re.compile(r"^.+?\bet al\.\s+(?P<journal>[A-Z].+?)\s+\((?P<year>\d{4})\)\s+"
                       r"(?P<volume>\d+):(?P<pages>\w+(?:[–-]\w+)?)\s*$")


def detect(source: Source) -> float:
    return 0.9 if source.data[:1024].lstrip().startswith(b"%PDF-") else 0.0


@dataclass
class Line:
    chunks: list[tuple[str, float]] = field(default_factory=list)

    @property
    def size(self) -> float:
        sizes = [s for t, s in self.chunks if t.strip()]
        return max(sizes) if sizes else 0.0

    def text(self, *, min_size: float = 0.0) -> str:
        """The line's text; chunks smaller than min_size (superscripts) left out."""
        return re.sub(r"\s+", " ", "".join(t for t, s in self.chunks if s >= min_size)).strip()


def parse(source: Source) -> Parsed:
    try:
        import pypdf  # loaded with the first PDF: starting ExoDesk need not wait for it

        reader = pypdf.PdfReader(io.BytesIO(source.data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Refused("the PDF is password-protected")
        pages = reader.pages[:_PAGES_READ]
        lines = [line for page in pages for line in _lines(page)]
        info: Mapping = reader.metadata or {}
        xmp = _xmp(reader)
    except Refused:
        raise
    except Exception as error:  # pypdf raises many kinds on damaged files
        raise Refused(f"the PDF could not be opened ({type(error).__name__}: {error})") from None

    record, warnings = Record(NAME), []
    paper, give = record.paper, record.give

    for name in ("title", "journal", "volume", "issue", "issn", "publisher"):
        give(name, xmp.get(name), f"XMP metadata ({name})")
    if paper.title:
        paper.title = clean_title(paper.title)
    give("authors", [parse_name(n) for n in xmp.get("authors_list", [])], "XMP metadata (dc:creator)")
    give("doi", clean_doi(xmp.get("doi")), "XMP metadata (DOI)")
    give("date", parse_date(xmp.get("date")), "XMP metadata (date)")
    if xmp.get("first_page"):
        last = xmp.get("last_page")
        give("pages", xmp["first_page"] + (f"-{last}" if last and last != xmp["first_page"] else ""),
             "XMP metadata (pages)")
    give("keywords", xmp.get("keywords_list", []), "XMP metadata (dc:subject)")

    text_lines = [ln for ln in lines if ln.text()]
    if not text_lines:
        warnings.append("the PDF has no text layer (a scan?): only its metadata was read")
    else:
        _read_first_page(text_lines, paper, info, give, warnings)
    if not (paper.title or paper.doi):
        raise Refused("nothing in the PDF names the article with confidence: no title or DOI was "
                      "found (a scan without text?)")
    warnings += [f"{name} could not be read with confidence; please fill it in" for name in paper.missing]
    return Parsed(papers=[paper], warnings=warnings)


def _lines(page) -> list[Line]:
    lines, current = [], Line()

    def visit(text, cm, tm, font, size):
        nonlocal current
        scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]) or 1.0
        for piece in re.split(r"(\n)", text):
            if piece == "\n":
                lines.append(current)
                current = Line()
            elif piece:
                current.chunks.append((piece, round(size * scale, 1)))

    page.extract_text(visitor_text=visit)
    lines.append(current)
    return lines


def _xmp(reader) -> dict:
    """Fields from the XMP packet: elements and attribute forms of DC and PRISM."""
    try:
        stream = reader.trailer["/Root"].get("/Metadata")
        data = stream.get_object().get_data() if stream is not None else b""
        root = SafeET.fromstring(data) if data else None
    except Exception:  # a broken XMP packet is ignored; the page text still counts
        return {}
    found: dict = {}
    if root is None:
        return found
    for element in root.iter():
        items = [(element.tag, (element.text or "").strip(), element)]
        items += [(k, v.strip(), None) for k, v in element.attrib.items()]
        for tag, value, node in items:
            match = re.match(r"\{([^}]*)\}(.*)", tag)
            if not match:
                continue
            space, local = match.groups()
            space = PRISM if space.startswith(PRISM) else space
            name = XMP_FIELDS.get((space, local))
            if not name:
                continue
            values = [li.text.strip() for li in node.iter() if li.tag.endswith("}li") and li.text] if node is not None else []
            values = values or ([value] if value else [])
            if not values or name in found or name + "_list" in found:
                continue
            if name in ("authors", "keywords"):
                found[name + "_list"] = values
            elif name == "doi":
                if clean_doi(values[0]):
                    found[name] = values[0]
            else:
                found[name] = values[0]
    return found


def _read_first_page(lines: list[Line], paper: Paper, info, give, warnings: list[str]) -> None:
    texts = [ln.text() for ln in lines]
    first_page_text = "\n".join(texts[:80])
    doi = find_doi(first_page_text)
    if doi and paper.doi and doi != paper.doi:
        warnings.append(f"the first page shows DOI {doi}, the metadata {paper.doi}: the metadata's was kept")
    elif doi and not paper.doi:
        give("doi", doi, "first page text")

    title_index = _title_index(lines[:60])
    if title_index is not None:
        title_lines = [title_index]
        while title_index + len(title_lines) < len(lines) and abs(
                lines[title_index + len(title_lines)].size - lines[title_index].size) < 0.5:
            title_lines.append(title_index + len(title_lines))
        title = clean_title(" ".join(texts[i] for i in title_lines)) or ""
        if paper.title and _fold(title) != _fold(paper.title):
            warnings.append("the title on the first page differs from the metadata's: the metadata's was kept")
        give("title", paper.title or title, "XMP metadata (title)" if paper.title else "first page (largest type)")
        after = title_lines[-1] + 1
        if not paper.authors and after < len(lines):
            body = lines[after].size
            names = lines[after].text(min_size=body * 0.85)  # superscripts left out
            names = re.sub(r"[*†‡§]|\d+(?:,\d+)*", "", names)
            found = people(names)  # (the byline reader of saved pages: degrees, initials, "and", Chinese names)
            if found:
                give("authors", found, "first page (line below the title)")
            else:
                warnings.append("the line below the title does not read as a list of names: authors left empty")
        affiliations = []
        for line in lines[after + 1: after + 15]:
            text = line.text(min_size=line.size * 0.85)
            if _ABSTRACT_START.match(text) or not looks_like_affiliation(text):
                break
            affiliations.append(text.rstrip("."))
        give("affiliations", affiliations, "first page (lines below the authors)")
    elif not paper.title:
        doc_title = _info_text(info.get("/Title"))
        if doc_title and _fold(doc_title) in _fold(first_page_text):
            give("title", clean_title(doc_title), "document information, confirmed by the first page")
        else:
            warnings.append("no line stands out as the title: title left empty")

    for text in texts[:12]:
        if paper.journal and paper.date and paper.volume:
            break
        _read_journal_line(text, paper, give)

    _read_abstracts(texts, paper, give)


def _title_index(lines: list[Line]) -> int | None:
    """The first line in the largest type, when it is clearly larger than the text."""
    sizes = sorted(ln.size for ln in lines if ln.text())
    if not sizes:
        return None
    body = sizes[len(sizes) // 2]
    largest = max(sizes)
    if largest < body * 1.25:
        return None
    for i, line in enumerate(lines):
        if line.size == largest and len(line.text()) >= 15:
            return i
    return None


def _read_journal_line(text: str, paper: Paper, give) -> None:
    match = _JOURNAL_HEAD.match(text) or _BMC_HEAD.match(text)
    part = "journal line"
    if match:
        give("journal", paper.journal or match["journal"].strip(" ."), part)
        give("volume", paper.volume or match["volume"], part)
        give("pages", paper.pages or re.sub(r"\s*[–-]\s*", "-", match["pages"]), part)
        give("date", paper.date or match["year"], part)
        return
    citation = parse_citation_line(text) if re.search(r"\b(19|20)\d\d\b", text) and ";" in text else None
    if citation and citation.journal:
        give("journal_abbrev" if is_abbreviated(citation.journal) else "journal", citation.journal, part)
        for name in ("date", "volume", "issue", "pages"):
            if not getattr(paper, name):
                give(name, getattr(citation, name), part)


def _read_abstracts(texts: list[str], paper: Paper, give) -> None:
    for start, language_hint in ((_ABSTRACT_START, "en"), (_ZH_ABSTRACT_START, "zh")):
        index = next((i for i, t in enumerate(texts) if start.match(t) and len(t) < 400), None)
        if index is None:
            continue
        parts = [start.sub("", texts[index], count=1)]
        for text in texts[index + 1:]:
            if _ABSTRACT_END.match(text) or (language_hint == "en" and language_of(text) not in (None, "en")):
                break
            if is_heading_line(text):
                text = text.rstrip(":：") + ":"
            parts.append(text)
        body = _join(parts)
        language = language_of(body)
        if language and (language == "en") == (language_hint == "en") and paper.abstract(language) is None:
            paper.abstracts.append(make_abstract(body, language))
            paper.provenance[f"abstract:{language}"] = Provenance(importer=NAME, part="first page (Abstract block)")
    if not paper.keywords:
        for i, text in enumerate(texts):
            match = _KEYWORDS.match(text)
            if match:
                words = match.group(1)
                # A keyword list may wrap onto the next line.
                if i + 1 < len(texts) and not _ABSTRACT_END.match(texts[i + 1]) and words.endswith((";", ",")):
                    words += " " + texts[i + 1]
                separator = ";" if ";" in words else ","
                give("keywords", [w.strip(" .") for w in words.split(separator) if w.strip(" .")],
                     "first page (Keywords line)")
                break


def _join(parts: list[str]) -> str:
    """Lines back into a paragraph: a hyphen at a line end stays (it cannot be
    told from a word break), Chinese lines join without spaces."""
    text = ""
    for part in filter(None, (p.strip() for p in parts)):
        if not text:
            text = part
        elif text.endswith("-") or (language_of(text[-1:] + part[:1]) or "").startswith("zh"):
            text += part
        else:
            text += " " + part
    return text


def _info_text(value) -> str:
    """A document-information value as text: pypdf gives a byte string (not
    str) for one it cannot decode, as the fuzz run found."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value or "").strip()


def _fold(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()

"""An article page from any site, saved or copied as text.

What "Save as text" or select-all-and-copy gives of a publisher's page, read by
the page's structure and never by the site's name:

    Skip to main content / menus / Open Access / Review        <- the site's own (page_chrome)
    Exosomes in wound healing: a review                        <- the title: the heading above
    Kate Goldie,1,* Martina Kerscher,2 and Wei Zhang3             the byline
    1Department of …, University of …                          <- affiliations
    Published: 14 June 2021 / Cite this article: … / © 2021    <- year, journal, volume, pages
    Abstract / Background … Conclusions …                      <- the abstract, to the next section
    Keywords: … / 1 Introduction / … / References / Similar articles

Anything after the abstract that names other papers (references, similar
articles, "cited by") is set aside. A page listing several articles (search
results, a table of contents) gives one record each (page_listing).
"""

from __future__ import annotations

import re

from exodesk.importers import page_listing, translated_html
from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.byline import people
from exodesk.importers.page_chrome import breadcrumbs, is_chrome, is_type_label
from exodesk.importers.page_source import PlaceOfPublication, abbreviated, cut_short, in_reference, journal_name, source_of
from exodesk.importers.records import Record, clean_title, text_of
from exodesk.model import Paper, Provenance
from exodesk.text.abstracts import abstract_from_paragraphs, is_heading_line
from exodesk.text.chinese import han_count, is_chinese, language_of
from exodesk.text.citation import parse_citation_line
from exodesk.text.dates import parse_date
from exodesk.text.identifiers import PMCID_RE, PMID_RE, clean_doi, find_doi
from exodesk.text.lines import looks_like_affiliation, normalized_lines

NAME = "page-text"
LABEL = "Article page from any site (saved or copied as text)"

# "Abstract" alone, or leading its text ("Abstract: …", "【摘要】…", "ABSTRACT Background …").
ABSTRACT = re.compile(r"^(?:abstract|summary|synopsis|摘\s*要|【摘要】|\[摘要\]|〔摘要〕|英文摘要|中文摘要|【abstract】|\[abstract\])\s*[:：.]?\s*(?P<rest>.*)$",
                      re.IGNORECASE)
_ABSTRACT_ALONE = re.compile(r"^(?:abstract|summary|摘\s*要|【摘要】|英文摘要|中文摘要)\s*[:：]?$", re.IGNORECASE)
# Headings of what follows an abstract: the article's body, or the page's lists
# of other papers. Numbered headings ("1 Introduction", "1. 引言") also end it.
_AFTER_ABSTRACT = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s*)?(?:introduction|main text|main|full text|graphical abstract|highlights|"
    r"plain language summary|references|bibliography|figures?|tables?|similar articles|related articles|"
    r"cited by|citing articles|recommended articles|you may also like|people also read|"
    r"supplementary (?:material|information|data)|abbreviations|funding|acknowledg(?:e)?ments?|"
    r"conflicts? of interest|competing interests|author contributions|data availability|"
    r"article metrics|metrics|comments|share this article|download pdf|access options|access this article|"
    r"rights and permissions|about this article|author information|similar content being viewed by others|"
    r"published|lay summary|topics?|issue section|full text links|citations & impact|impact metrics|view on pubmed|"
    r"save to library|discover the world'?s research|download full-text pdf|read full-text|similar articles|"
    r"elife assessment|editor'?s? summary|what'?s already known about this topic|"
    r"引言|前言|引 言|参考文献|參考文獻|中图分类号|中圖分類號|文献标志码|文獻標誌碼|文章编号|基金项目|基金項目|"
    r"收稿日期|作者简介|作者簡介|通信作者|通讯作者|相关文章|相關文章|相似文献|引证文献|"
    r"背景与目的前言|资料与方法|資料與方法|材料与方法|材料與方法|对象与方法|對象與方法)\b\s*[:：]?\s*$",
    re.IGNORECASE,
)
# Sections naming other papers: nothing of the article is read after them.
_OTHER_PAPERS = re.compile(
    r"^(?:references|bibliography|similar articles|related articles|cited by|citing articles|"
    r"recommended articles|you may also like|people also read|more articles|参考文献|參考文獻|"
    r"相关文章|相關文章|相似文献|引证文献|推荐文章)\b", re.IGNORECASE)
_KEYWORDS = re.compile(r"^(?:key\s?words?|index terms|关键词|關鍵詞|关键字|關鍵字|【关键词】|【關鍵詞】|\[关键词\]|【key\s?words】)\s*[:：]?\s*(?P<words>.*)$",
                       re.IGNORECASE)
_PUBLISHED = re.compile(
    r"^(?:published(?: online)?|first published(?: online)?|date published|publication date|date of publication|"
    r"online published|epub|posted|issue date|version of record online|发表日期|發表日期|出版日期|发布日期|發佈日期|"
    r"刊出日期|网络出版日期|網路出版日期|出版时间|發表時間)\s*(?:on)?\s*[:：]?\s*(?P<date>.+)$", re.IGNORECASE)
_PUBLISHED_IN_LINE = re.compile(
    r"(?:^|\s|\|)(?:published(?: online)?|first published(?: online)?)\s*(?:on)?\s*[:：]?\s*"
    r"(?P<date>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2})?)",
    re.IGNORECASE)
_PUBLISHED_WITHIN = re.compile(r"^[Pp]ublished in (?P<journal>[A-Z][^\d]{3,150}?)\s+(?P<date>(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)$")
_RECEIVED = re.compile(r"^(?:received|accepted|revised|收稿日期|接受日期|修回日期)\b", re.IGNORECASE)
_CITE_LABEL = re.compile(
    r"^(?:cite this article|citation|how to cite(?: this article)?|to cite this article|cite as|cite this|"
    r"recommended citation|suggested citation|please cite this article as|published in final edited form as|"
    r"引用本文|引用格式|本文引用格式|引文格式|引用)(?:\s+as)?\s*[:：]?\s*(?P<rest>.*)$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:©|copyright\s*(?:©|\(c\))?)\s*(?P<year>(?:19|20)\d\d)", re.IGNORECASE)
_LOGO = re.compile(r"^(?P<name>.+?) logo\s*link to (?P=name)$", re.IGNORECASE)
_MANUSCRIPT = re.compile(r"^author manuscript\b|available in pmc\b", re.IGNORECASE)
_PMID_LINE = re.compile(r"\bPMID\s*[:：]?\s*(\d{1,9})\b")
_LEADING_MARK = re.compile(r"^(?:[•·▪◦\-–*]\s*|\d{1,2}\s*[.)]?\s*(?=[A-Z\u4e00-\u9fff])|[a-h]\s(?=[A-Z])|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
_RUN_IN = re.compile(r"^(?:background|purpose|objectives?|aims?|introduction|context|importance|目的|背景)\s*[:：]\s*\S",
                     re.IGNORECASE)
_BYLINE_LABEL = re.compile(r"^(?:authors?|作者|著者)\s*[:：]", re.IGNORECASE)
# Labels of a record page's fields: one ends the abstract above it.
_FIELD_LABEL = re.compile(
    r"^(?:作者|作者单位|作者單位|机构|機構|期刊|刊名|出处|出處|来源|來源|年\s*[,，]\s*卷\s*[(（]期[)）]|关键词|關鍵詞|分类号|分類號|"
    r"中图分类号|基金|基金项目|页数|頁數|页码|頁碼|所属期刊栏目|文献标识码|文献标志码|被引量|下载量|出版源|年份|"
    r"authors?|affiliations?|journal|source|funding|correspondence|pmid|pmcid)\s*[:：]", re.IGNORECASE)
_MARKED_AFFILIATION = re.compile(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*[A-Z\u4e00-\u9fff]")  # "1Social Hygiene Service, …"
_YEAR = re.compile(r"(?:19|20)\d\d")
_LIST_MARK = re.compile(r"[,;，、；&]| and |[\u4e00-\u9fff]{2} ?[\u4e00-\u9fff]?\d? [\u4e00-\u9fff]{2}")
_LONG = 200  # characters: a paragraph, not a heading or a label


def detect(source: Source) -> float:
    head = source.head.lstrip()
    if head.startswith("<"):
        # A saved page without embedded metadata: its article block read by the same rules,
        # below the reader of pages that quote an article's citation line.
        lines = translated_html.page_lines(source)
        return min(_score(joined_labels(lines[:400]), ""), 0.35) if lines else 0.0
    if not head or head.startswith(("{", "[", "%", "TY  -", "@", "PMID-")):
        return 0.0
    return _score(joined_labels([l for l in source.head_lines[:400] if l]), source.head)


def _score(lines: list[str], head: str) -> float:
    if not lines or _labelled_record(lines):
        return 0.0
    abstract = any(len(l) < 4000 and ABSTRACT.match(l) and _is_abstract_start(l) for l in lines)
    identifiers = any(_PMID_LINE.search(l) or "doi" in l.casefold() for l in lines) or any(
        len(l) < 300 and _YEAR.search(l) and source_of(l) for l in lines[:60])
    if page_listing.looks_like_listing(lines) or page_listing.has_result_table(head):
        return 0.6
    if abstract and identifiers:
        return 0.6
    if not (abstract or identifiers):
        return 0.0  # (splitting lines into people is the costly look: most files never need it)
    byline = any(len(l) < 300 and _LIST_MARK.search(l) and people(l) for l in lines[:120])
    if byline:
        return 0.6 if abstract else 0.45
    if abstract or any(len(l) >= _LONG for l in lines):
        return 0.15
    return 0.0


def _labelled_record(lines: list[str]) -> bool:
    """"Title: … / Authors: …": labelled fields, the generic reader's to read."""
    return any(re.match(r"^(?:title|article title|標題|标题|題名)\s*[:：]", l, re.IGNORECASE) for l in lines[:8])


def _may_be_byline(line: str) -> bool:
    """Cheap look before splitting: short, with separators or marks, or Chinese."""
    return 3 < len(line) < 1500 and (bool(re.search(r"[,;，、；&]| and |\d|\*", line)) or " " in line)


def _is_abstract_start(line: str) -> bool:
    found = ABSTRACT.match(line)
    if not found:
        return False
    rest = found["rest"]
    return not rest or len(rest) > 80 or (bool(han_count(rest)) and len(rest) > 20)


def parse(source: Source) -> Parsed:
    page = translated_html.page_lines(source) if source.head.lstrip().startswith("<") else None
    text = "\n".join(page) if page is not None else text_of(source)
    lines = joined_labels([l for l in normalized_lines(text) if l])
    kept = _without_other_papers(lines)
    listing = page_listing.read(kept, text, importer=NAME)
    if listing:
        return Parsed(papers=listing, warnings=[f"the page lists {len(listing)} articles: one record each"])
    paper = read_article(kept, importer=NAME, whole=lines)
    if not (paper.doi or paper.pmid or paper.pmcid or (paper.title and (paper.authors or paper.date or paper.journal
                                                                        or paper.journal_abbrev))):
        raise Refused("nothing bibliographic was found: the page shows no article title with its authors, "
                      "year or journal, and no DOI or PubMed id")
    warnings = [f"{name} not found in the page" for name in paper.missing]
    return Parsed(papers=[paper], warnings=warnings)


_LABEL_ALONE = re.compile(r"^[\w\u4e00-\u9fff ,，()（）]{1,16}[:：]$")


def joined_labels(lines: list[str]) -> list[str]:
    """"作者：" / "孙志强 周丽 吴海涛": a label printed above its value is put before it."""
    joined: list[str] = []
    waiting = ""
    for line in lines:
        if waiting and not _LABEL_ALONE.match(line):
            joined.append(f"{waiting}{'' if han_count(waiting) else ' '}{line}")
            waiting = ""
        elif _LABEL_ALONE.match(line) and not _ABSTRACT_ALONE.match(line):
            if waiting:
                joined.append(waiting)
            waiting = line
        else:
            joined.append(line)
    return joined + ([waiting] if waiting else [])


def _without_other_papers(lines: list[str]) -> list[str]:
    """The page up to the first list of other papers that follows the article."""
    seen_text = False
    for index, line in enumerate(lines):
        if seen_text and _OTHER_PAPERS.match(line) and len(line) < 40:
            return lines[:index]
        seen_text = seen_text or len(line) >= _LONG or (bool(_ABSTRACT_ALONE.match(line)) and _opens_text(lines, index))
    return lines


def read_article(lines: list[str], *, importer: str, whole: list[str] | None = None) -> Paper:
    """One article's record; `whole` is the page before other papers were set
    aside (its "Cite this article" may come after the references)."""
    record = Record(importer)
    starts = [i for i, l in enumerate(lines) if _is_abstract_start(l) and _opens_text(lines, i)]
    byline_at, authors = _byline(lines[: starts[0] if starts else 200])
    labelled_byline = None
    if byline_at is None:  # a record page may print "作者：…" below the abstract
        labelled_byline = next((i for i, l in enumerate(lines[:200]) if _BYLINE_LABEL.match(l) and people(l)), None)
    after = byline_at + 1 if byline_at is not None else 0
    first_long = next((i for i in range(after, len(lines)) if _paragraph(lines[i])), len(lines))
    if not starts:
        # No "Abstract" heading: a structured abstract opens with a run-in one.
        run_in = next((i for i in range(after, min(first_long + 1, len(lines))) if _RUN_IN.match(lines[i])), None)
        first_long = run_in if run_in is not None else first_long
    body = starts[0] if starts else first_long
    head = lines[:body]
    title_at = _title(head, byline_at)
    title = clean_title(_strip_mark(head[title_at])) if title_at is not None else None
    part = "heading above the byline" if byline_at is not None else "heading"
    if title and is_chinese(title):
        record.give("title", title, part)  # (Record.title would drop a Chinese full stop's neighbour)
    else:
        record.title(title, part)
    record.give("authors", authors, "byline")
    if labelled_byline is not None:
        record.give("authors", people(lines[labelled_byline]), "authors line")
        for line in lines[labelled_byline + 1: labelled_byline + 3]:
            if re.match(r"^(?:作者单位|作者單位|机构|機構|单位|affiliations?)\s*[:：]", line, re.IGNORECASE):
                for affiliation in re.split(r"[;；]", line.split("：" if "：" in line else ":", 1)[1]):
                    record.affiliation(_LEADING_MARK.sub("", affiliation.strip()), "affiliations line")
    if byline_at is not None and re.search(r"\bet al\.?\s*$", lines[byline_at]):
        cut_short(record, "byline")
    if byline_at is not None:
        for line in head[byline_at + 1:]:
            if re.match(r"^\W?(?:correspond|e-?mail|\*\s*correspond|通信作者|通讯作者)", line, re.IGNORECASE):
                break
            for affiliation in _affiliations(line):
                record.affiliation(affiliation, "affiliations")
    _read_published(lines, record)
    _read_citations(whole or lines, record, title)
    _read_places(lines, record, title)
    _read_identifiers(lines, record)
    _read_abstracts(lines, starts or ([first_long] if first_long < len(lines) else []), record)
    _other_language_title(lines, title_at, record)
    return record.paper


def _opens_text(lines: list[str], index: int) -> bool:
    """An "Abstract" heading with text under it, not an entry of the page's outline."""
    if ABSTRACT.match(lines[index])["rest"]:
        return True
    following = lines[index + 1: index + 3]
    if not following or _ABSTRACT_ALONE.match(following[0]):
        return False
    if len(following[0]) >= 60 or (han_count(following[0]) and len(following[0]) >= 20):
        return True
    return is_heading_line(following[0]) and len(following) > 1 and len(following[1]) >= 40


def _paragraph(line: str) -> bool:
    """A paragraph of the article, not a long banner, affiliation or reference."""
    return (len(line) >= _LONG or (han_count(line) >= 80)) and not is_chrome(line) and not _is_reference(line) \
        and not looks_like_affiliation(line) and not _is_label_line(line) and people(line) is None


def _byline(head: list[str]) -> tuple[int | None, list]:
    """Where the byline is in the page's head, and the people it names. Names
    printed one to a line (with affiliations between) are gathered."""
    for index, line in enumerate(head):
        if not _may_be_byline(line) or is_chrome(line) or _is_label_line(line):
            continue
        below_heading = index > 0 and _heading_like(head[index - 1])
        found = people(line, single=below_heading)
        following = head[index + 1] if index + 1 < len(head) else ""
        if found and not re.search(r"[,;，、&]| and ", line) and 0 < len(following) < 60:
            # the last of names printed twice may run onto the next line
            found = people(line + following) or found
        if not found:
            continue
        names = list(found)
        for following in head[index + 1:]:
            if _ABSTRACT_ALONE.match(following) or _is_label_line(following):
                break
            more = people(following, single=True) if not _MARKED_AFFILIATION.match(following) else None
            if more and (len(found) == 1 or len(more) > 1 or looks_like_affiliation(following)):
                names += [a for a in more if a not in names]
            elif not (looks_like_affiliation(following + ",") or is_chrome(following) or _is_noise(following)):
                break
        return index, _fuller(head[index + 1:], names)
    return None, []


def _fuller(lines: list[str], names: list) -> list:
    """Sites that print "Authors Goldie K, Kerscher M" print the full names below:
    the same people, with their given names written out."""
    for line in lines:
        if not _may_be_byline(line):
            continue
        found = people(line)
        if found and len(found) == len(names) and all(
                a.family == b.family and len(a.given) >= len(b.given) for a, b in zip(found, names)):
            return found
    return names


def _is_noise(line: str) -> bool:
    return bool(re.match(r"^(?:search for more papers by this author|orcid|e-?mail|correspond|\*|†|‡)", line, re.I))


def _title(head: list[str], byline_at: int | None) -> int | None:
    """The heading-like line above the byline, else the longest heading in the head."""
    if byline_at is not None:
        for index in range(byline_at - 1, max(-1, byline_at - 8), -1):
            if _heading_like(head[index]):
                return index
    candidates = [i for i, l in enumerate(head) if _heading_like(l) and not _journal_like(l)
                  and (len(l.split()) >= 4 or han_count(l) >= 8)
                  and not (i + 1 < len(head) and re.match(r"^(?:volume|vol\.|第\s*\d+\s*卷)", head[i + 1], re.I))]
    for index in candidates:  # a title printed in two languages, one under the other
        following = next((l for l in head[index + 1:] if not is_chrome(l)), "")
        if _heading_like(following) and is_chinese(following) != is_chinese(head[index]):
            return index
    return candidates[-1] if candidates else None  # else the heading nearest the abstract


def _heading_like(line: str) -> bool:
    """A title's shape: a phrase, not a sentence, a label, a menu or a citation."""
    line = _strip_mark(line)
    han = han_count(line)
    if han:
        if not 6 <= han <= 80 or len(line) > 150 or re.search(r"[。；]$", line):
            return False
    elif not 15 <= len(line) <= 350 or len(line.split()) < 3:
        return False
    if is_chrome(line) or is_type_label(line) or _is_label_line(line) or _is_reference(line):
        return False
    if re.search(r"\bdoi\b|\d+\s*\(\d+\)\s*:|^(?:subject area|subjects?|section|article type|topics?)\s*:", line, re.I):
        return False
    if line[0].islower() or line.count(". ") > 2 or re.search(r"https?://|www\.|@", line):
        return False
    if re.search(r"\b\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d\b|\b[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d\d\b", line):
        return False  # a journal's name with a date: "Front. Immunol., 14 March 2024"
    if people(line) or (looks_like_affiliation(line) and line.count(",") >= 2) or breadcrumbs(line):
        return False
    return not re.search(r"\b(?:19|20)\d\d\s*[;,]\s*\d", line)  # "2023; 19(5)" is a citation


def _strip_mark(line: str) -> str:
    return re.sub(r"^\[(?:HTML|PDF|CITATION|BOOK|B)\]\s*", "", line).strip()


def _journal_like(line: str) -> bool:
    return bool(re.match(r"^(?:the\s+)?(?:journal|annals|archives|international journal)\b", line, re.I)) and ":" not in line


def _is_label_line(line: str) -> bool:
    return bool(_PUBLISHED.match(line) or _RECEIVED.match(line) or _CITE_LABEL.match(line) or _KEYWORDS.match(line)
                or _MANUSCRIPT.search(line) or re.match(r"^(?:doi|pmid|pmcid|issn|volume|vol\.|pages?|article number|"
                                                         r"editor|academic editor|correspondence|e-?mail|©|copyright)\b",
                                                         line, re.I))


def _is_reference(line: str) -> bool:
    return source_of(line) is not None and bool(re.search(r"(?:19|20)\d\d", line))


def _affiliations(line: str) -> list[str]:
    if not looks_like_affiliation(line) or re.match(r"^[\w ]{2,25}[:：]", line) or people(line) or source_of(line):
        return []
    parts = re.split(r";\s*(?=\d|[•·])|；|,\s*(?=\d{1,2}[A-Z])", line) \
        if re.search(r";\s*\d|；|,\s*\d{1,2}[A-Z]", line) else [line]
    if len(parts) == 1 and ";" in line and all(looks_like_affiliation(p) for p in line.split(";")):
        parts = line.split(";")
    found = []
    for part in parts:
        part = _LEADING_MARK.sub("", part.strip(" ()（）")).strip(" .;")
        part = re.sub(r"^\d+\s*[.、]?\s*", "", part)
        part = re.sub(r"[（(][\u4e00-\u9fff、，, ]{2,40}[）)]?$", "", part).strip()  # （刘晓燕、陈静）: who works there
        if part and looks_like_affiliation(part + ","):
            found.append(part)
    return found


def _read_citations(lines: list[str], record: Record, title: str | None) -> None:
    """"Cite this article: …", "Citation: …", "How to cite", "引用本文": the page's
    own reference to the article, on the label's line or the next."""
    for index, line in enumerate(lines):
        cite = _CITE_LABEL.match(line)
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


def _read_published(lines: list[str], record: Record) -> None:
    """"Published: 14 March 2024", "… | Published online: 04 Jan 2024": the most precise date."""
    for line, following in zip(lines, lines[1:]):
        if re.fullmatch(r"(?:first )?published(?: online)?", line, re.IGNORECASE) and len(following) < 40:
            record.give("date", parse_date(following), "publication date")  # the date on the line below
    for line in lines:
        within = _PUBLISHED_WITHIN.match(line)
        if within:  # "Published in Journal of the American Academy of Dermatology 1 March 2022"
            _give_journal(record, within["journal"], "published-in line")
            record.give("date", parse_date(within["date"]), "published-in line")
        published = _PUBLISHED.match(line) or (_PUBLISHED_IN_LINE.search(line) if len(line) < 250 else None)
        if published and not line.casefold().startswith("published in final"):
            record.give("date", parse_date(published["date"]), "publication date")
            dove = source_of(line)
            if dove:
                _give_place(record, dove, "publication line")


def _read_places(lines: list[str], record: Record, title: str | None) -> None:
    """Journal, volume, issue and pages from labelled lines and the page's
    citation lines; the year from the copyright line when nothing else says it."""
    for index, line in enumerate(lines[:200]):
        labelled = _LABELLED.match(line)
        if labelled:
            _give_labelled(record, (labelled["label"] or labelled["unlabelled"]).casefold(), labelled["value"])
        if index and re.match(r"^(?:online |print |electronic )?issn\b", line, re.IGNORECASE) \
                and not re.match(r"^(?:online |print |electronic )?issn\b", lines[index - 1], re.IGNORECASE) \
                and _journal_above(lines[index - 1], title):
            _give_journal(record, lines[index - 1], "name above the ISSN")
        year_first = re.match(r"^((?:19|20)\d\d)\s+Volume\s+(\d+)\s+Issue\s+(\w+)\s+Pages?\s+(\S+)$", line)
        if year_first:  # "2021 Volume 20 Issue 3 Pages 211-218"
            for name, value in zip(("date", "volume", "issue", "pages"), year_first.groups()):
                record.give(name, value, "volume line")
        chinese_volume = re.match(r"^第\s*(\d+)\s*卷\s*(?:第\s*(\d+)\s*期)?", line)
        if chinese_volume:
            record.give("volume", chinese_volume[1], "volume line")
            record.give("issue", chinese_volume[2], "volume line")
        if index and re.match(r"^(?:volume|vol\.|第\s*\d+\s*卷)\s*\d?", line, re.IGNORECASE) and _journal_above(lines[index - 1], title):
            _give_journal(record, lines[index - 1], "name above the volume")
    places: list[tuple[PlaceOfPublication, str]] = []
    for index, line in enumerate(lines):
        if _CITE_LABEL.match(line) or _MANUSCRIPT.search(line) or _ABSTRACT_ALONE.match(line):
            continue
        if index and _CITE_LABEL.match(lines[index - 1]) and not _CITE_LABEL.match(lines[index - 1])["rest"]:
            continue  # the reference under "How to Cite": read whole by _read_citations
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
            _give_journal(record, logo["name"], "journal logo")
        steps = breadcrumbs(line)
        if steps and not record.paper.journal and not record.paper.journal_abbrev:
            named = [s for s in steps if re.search(r"journal|dermatolog|medicine|research|therap|scien", s, re.I)
                     and not re.match(r"(?:volume|issue|journals?|home)\b", s, re.I)]
            if named:
                _give_journal(record, named[-1], "breadcrumb")
    for line in lines:
        copyright_ = _COPYRIGHT.search(line)
        if copyright_ and len(line) < 400:
            record.give("date", copyright_["year"], "copyright line")
            break


def _journal_above(line: str, title: str | None) -> bool:
    """"Journal of Dermatological Treatment" printed above "Volume 35, Issue 1"."""
    if is_chinese(line):
        return len(line) <= 24 and line != title and not is_chrome(line) and bool(
            re.search(r"(?:杂志|雜誌|学报|學報|研究|医学|醫學|期刊|通讯|通訊)$", line))
    words = line.split()
    return 2 <= len(words) <= 12 and line != title and not is_chrome(line) and not _is_label_line(line) \
        and sum(w[0].isupper() for w in words if w.isalpha() and len(w) > 3) >= len([w for w in words if w.isalpha() and len(w) > 3]) - 0 \
        and not re.search(r"\d|[.:?]$|\b\w+\.\s|\s[-–|]\s", line)


def _give_labelled(record: Record, label: str, value: str) -> None:
    """"Journal Name: …", "Volume 19, Issue 4, 2024", "Page: [512 - 524]", "年，卷(期)：2023，32(4)"."""
    part = f"{label} line"
    if label in ("journal", "journal name", "journal title", "source", "published in", "期刊", "刊名", "来源", "來源",
                 "出处", "出處", "出版源", "期刊名称"):
        place = source_of(value)
        name = place.journal if place and place.journal else journal_name(value)
        if name:
            _give_journal(record, name, part)
        if place:
            _give_place(record, place, part)
        return
    article = re.match(r"(?P<volume>\d+)\s*\|\s*Article ID\s*(?P<number>\d+)", value, re.IGNORECASE)
    if article and label in ("volume", "vol.", "vol"):
        record.give("volume", article["volume"], part)
        record.give("pages", article["number"], part)
    found = re.match(r"(?P<volume>\d+)\s*,?\s*(?:(?:19|20)\d\d\s*-\s*)?(?:issue|no\.?)\s*:?\s*(?P<issue>[\w-]+)"
                     r"(?:\s*,\s*(?P<year>(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d))?(?:,?\s*(?:pp?\.?|pages?)\s*(?P<pages>\d+\s*[-–]\s*\d+))?",
                     value, re.IGNORECASE) if label in ("volume", "vol.", "vol") else None
    if found:
        record.give("volume", found["volume"], part)
        record.give("issue", found["issue"], part)
        record.give("date", parse_date(found["year"]), part)
        record.give("pages", re.sub(r"\s*[-–]\s*", "-", found["pages"] or "") or None, part)
    number = re.match(r"([A-Za-z]?\d+)\b", value) if label in ("article", "article number") else None
    if number:
        record.give("pages", number[1], part)
    pages = re.search(r"\[?\s*(\d+)\s*[-–]\s*(\d+)\s*\]?", value) if label in ("page", "pages", "pp", "页数", "頁數", "页码", "頁碼") else None
    if pages:
        record.give("pages", f"{pages[1]}-{pages[2]}", part)
    year_volume = re.match(r"((?:19|20)\d\d)\s*[，,]\s*(\d+)\s*[(（]\s*(\w+)\s*[)）]", value) if "卷" in label else None
    if year_volume:
        record.give("date", year_volume[1], part)
        record.give("volume", year_volume[2], part)
        record.give("issue", year_volume[3], part)


_LABELLED = re.compile(r"^(?:(?P<label>journal(?: name| title)?|source|published in|article(?: number)?|"
                       r"期刊|刊名|来源|來源|出处|出處|出版源|期刊名称|页数|頁數|页码|頁碼|年\s*[,，]\s*卷\s*[(（]期[)）])\s*[:：]|"
                       r"(?P<unlabelled>volume|vol\.?|pages?|pp)\b\s*[:：]?)\s*(?P<value>.+)$",
                       re.IGNORECASE)


def _give_place(record: Record, place: PlaceOfPublication, part: str) -> None:
    if place.journal:
        _give_journal(record, place.journal, part)
    record.give("date", place.date or place.year, part)
    record.give("volume", place.volume, part)
    record.give("issue", place.issue, part)
    record.give("pages", place.pages, part)


def _give_journal(record: Record, journal: str, part: str) -> None:
    """The journal's name, or its abbreviation: a page may print both."""
    record.give("journal_abbrev" if abbreviated(journal) else "journal", journal, part)


def _read_identifiers(lines: list[str], record: Record) -> None:
    text = "\n".join(lines)
    labelled = re.search(r"\b(?:doi|DOI)\s*[:：]?\s*(?:https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)", text)
    record.give("doi", clean_doi(labelled.group(1)) if labelled else find_doi(text), "DOI")
    pmid = PMID_RE.search(text)
    record.give("pmid", pmid.group(1) if pmid else None, "PMID")
    pmcid = PMCID_RE.search(text)
    record.give("pmcid", pmcid.group(1) if pmcid else None, "PMCID")
    for index, line in enumerate(lines):
        words = _KEYWORDS.match(line)
        if words and not words["words"]:
            listed = []
            for following in lines[index + 1: index + 15]:
                if len(following) > 60 or is_chrome(following) or _AFTER_ABSTRACT.match(following) \
                        or re.match(r"^\d", following) or following.endswith("."):
                    break
                listed.append(following)
            record.keywords(listed, "keywords list")
        if words and words["words"]:
            separator = r"[;；]" if re.search(r"[;；]", words["words"]) else r"[,，、]"
            if is_chinese(words["words"]) and not re.search(r"[;；,，、]", words["words"]):
                separator = r"\s+"
            record.keywords((w.strip(" .。") for w in re.split(separator, words["words"])), "keywords line")


def _read_abstracts(lines: list[str], starts: list[int], record: Record) -> None:
    """Each abstract from its heading to the next section; one per language."""
    for start in starts:
        first = ABSTRACT.match(lines[start])
        paragraphs = [first["rest"]] if first and first["rest"] else []
        if not first:
            paragraphs = [lines[start]]
        for line in lines[start + 1:]:
            if _ends_abstract(line, paragraphs):
                break
            if is_chrome(line) and not is_heading_line(line):
                continue
            paragraphs.append(line)
        paragraphs = [p for p in paragraphs if p]
        if paragraphs:
            language = language_of(" ".join(paragraphs))
            if language and record.paper.abstract(language) is None:
                # (Record.abstract would fold the paragraphs: their sections are kept here)
                record.paper.abstracts.append(abstract_from_paragraphs(paragraphs, language))
                record.paper.provenance[f"abstract:{language}"] = Provenance(importer=record.importer,
                                                                            part="abstract")


def _ends_abstract(line: str, paragraphs: list[str]) -> bool:
    if _KEYWORDS.match(line) or _CITE_LABEL.match(line) or _PUBLISHED.match(line) or _RECEIVED.match(line):
        return True
    if _COPYRIGHT.match(line) or re.match(r"^(?:doi|DOI)\s*[:：]", line) or _PMID_LINE.match(line):
        return True
    if _FIELD_LABEL.match(line):
        return True
    if _ABSTRACT_ALONE.match(line) or (ABSTRACT.match(line) and _is_abstract_start(line) and paragraphs):
        return True  # the abstract in another language
    if is_heading_line(line) and any(p.casefold() == line.casefold() for p in paragraphs):
        return True  # "Background" again: the article's body
    if paragraphs and _AFTER_ABSTRACT.match(line):
        # "Introduction" ends the abstract unless the abstract is structured and
        # opened with it ("Introduction: …" then "Methods: …").
        return not (line.casefold().startswith("introduction") and not paragraphs)
    if paragraphs and len(paragraphs[0]) > 60 and _short_heading(line) and not is_heading_line(paragraphs[0][:40]):
        return True  # a section of the page after a one-paragraph abstract
    if paragraphs and re.match(r"^\d+(?:\.\d+)*\.?\s+[A-Z\u4e00-\u9fff]", line) and len(line) < 80:
        return True  # a numbered section heading
    if paragraphs and is_chinese(" ".join(paragraphs)) != is_chinese(line) and len(line) < 200 and not is_heading_line(line):
        return True  # a title or byline in the other language follows
    return False


def _short_heading(line: str) -> bool:
    """"SIGNIFICANCE", "Competing Interest Statement": a few words, no sentence."""
    words = line.split()
    return 0 < len(words) <= 4 and len(line) < 40 and line[0].isupper() and not re.search(r"[.,;:!?]$", line) \
        and not han_count(line)


def _other_language_title(lines: list[str], title_at: int | None, record: Record) -> None:
    """A Chinese article's English title (or the reverse), printed with its own
    byline before the second abstract."""
    title = record.paper.title
    if not title:
        return
    chinese = is_chinese(title)
    for index, line in enumerate(lines[(title_at or 0) + 1:], start=(title_at or 0) + 1):
        if line == title or is_chinese(line) == chinese or not _heading_like(line):
            continue
        if title_at is not None and index == title_at + 1:
            record.other_title(line, "heading in the other language")
            return
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if people(following, single=True) or re.match(r"^[A-Z]+ [A-Z][a-z]+", following):
            record.other_title(line, "heading in the other language")
            return

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
results, a table of contents) gives one record each (page_listing). A page
saved as HTML without embedded metadata is read the same way, from the lines
of its article block. The lines' kinds are told in page_labels, the place and
date of publication read in page_places.
"""

from __future__ import annotations

import re

from exodesk.importers import page_listing, translated_html
from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.byline import affiliation_after_names, in_compact_form, people
from exodesk.importers.page_chrome import is_chrome
from exodesk.importers.page_labels import (
    ABSTRACT,
    ABSTRACT_ALONE,
    CITE_LABEL,
    COPYRIGHT,
    KEYWORDS,
    PUBLISHED,
    RECEIVED,
    heading_like,
    is_label_line,
    is_reference,
    joined_labels,
    journal_like,
    strip_mark,
)
from exodesk.importers.page_places import read_citations, read_places, read_published
from exodesk.importers.page_source import cut_short, source_of
from exodesk.importers.records import Record, text_of
from exodesk.model import Paper, Provenance
from exodesk.text.abstracts import abstract_from_paragraphs, is_heading_line
from exodesk.text.chinese import han_count, is_chinese, language_of
from exodesk.text.identifiers import PMID_RE, clean_doi, find_doi, find_pmcid
from exodesk.text.journals import reads_as_abbreviated_journal
from exodesk.text.lines import (
    looks_like_affiliation,
    normalized_lines,
    without_pinyin_notes,
)
from exodesk.text.titles import clean_title

NAME = "page-text"
LABEL = "Article page from any site (saved or copied as text)"
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
    r"elife assessment|editor'?s? summary|what'?s already known about this topic|related collections|"
    r"most cited references|author and article information|article information|"
    r"引言|前言|引 言|参考文献|參考文獻|中图分类号|中圖分類號|文献标志码|文獻標誌碼|文章编号|基金项目|基金項目|"
    r"收稿日期|作者简介|作者簡介|通信作者|通讯作者|相关文章|相關文章|相似文献|引证文献|"
    r"背景与目的前言|资料与方法|資料與方法|材料与方法|材料與方法|对象与方法|對象與方法)\b\s*[:：]?\s*$",
    re.IGNORECASE,
)
# Sections naming other papers: nothing of the article is read after them.
_OTHER_PAPERS = re.compile(
    r"^(?:references|bibliography|similar articles|related articles|cited by|citing articles|"
    r"recommended articles|you may also like|people also read|more articles|literature|"
    r"список літератури|список литературы|literatura|bibliografía|referências|références|literaturverzeichnis|"
    r"参考文献|參考文獻|"
    r"相关文章|相關文章|相似文献|引证文献|推荐文章)\b", re.IGNORECASE)
_REFERENCES = re.compile(r"^(?:references|bibliography|literature|список літератури|список литературы|literatura|"
                         r"bibliografía|referências|références|literaturverzeichnis|参考文献|參考文獻)\s*$", re.IGNORECASE)
_PMID_LINE = re.compile(r"\bPMID\s*[:：]?\s*(\d{1,9})\b")
_LEADING_MARK = re.compile(r"^(?:[•·▪◦\-–*]\s*|\d{1,2}\s*[.)]?\s*(?=[A-Z\u4e00-\u9fff])|[a-h]\s(?=[A-Z])|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
_RUN_IN = re.compile(r"^(?:background|purpose|objectives?|aims?|introduction|context|importance|目的|背景)\s*[:：]\s*\S",
                     re.IGNORECASE)
_BYLINE_LABEL = re.compile(r"^(?:authors?|автори|авторы|作者|著者)\s*[:：]", re.IGNORECASE)
# Labels of a record page's fields: one ends the abstract above it.
_FIELD_LABEL = re.compile(
    r"^[\[【]?(?:作者|作者单位|作者單位|机构|機構|期刊|刊名|出处|出處|来源|來源|年\s*[,，]\s*卷\s*[(（]期[)）]|关键词|關鍵詞|分类号|分類號|"
    r"中图分类号|中圖分類號|文獻標志碼|文章编号|文章編號|基金|基金项目|页数|頁數|页码|頁碼|所属期刊栏目|文献标识码|文献标志码|被引量|下载量|出版源|年份|"
    r"authors?|affiliations?|authors?[‘’']?s?\s+(?:workplace|affiliations?)|journal|source|funding|correspondence|pmid|pmcid|"
    r"publisher|publication date|published in|document type|article type|main subjects|видавець|видання|издатель|издание)"
    r"(?:\s*[:：]|$)", re.IGNORECASE)
_MARKED_AFFILIATION = re.compile(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*[A-Z\u4e00-\u9fff]")  # "1Social Hygiene Service, …"
_YEAR = re.compile(r"(?:19|20)\d\d")
_BULLET = re.compile(r"^[►▸▶•·▪]\s*")
_LIST_MARK = re.compile(r"[,;，、；&]| and |[\u4e00-\u9fff]{2} ?[\u4e00-\u9fff]?\d? [\u4e00-\u9fff]{2}")
_LONG = 200  # characters: a paragraph, not a heading or a label
_MARK_OR_LIST = re.compile(r"[,;，、；&*†‡§¶#\d]| and ")
_BRACKETED_LABEL = re.compile(r"\[[^\]\s{\[\"',]{1,12}\]")
# The score of a page with a byline and identifiers but no abstract.
_BYLINE_ALONE = 0.45


def detect(source: Source) -> float:
    return detect_to_beat(source, 0.0)


def detect_to_beat(source: Source, best: float) -> float:
    """detect()'s score when it is above `best` (another reader's), else a
    score no higher: the costly look for a byline is left out when what it
    could give would not win (a plain-text reader's citation and abstract:
    90 µs a file)."""
    head = source.head.lstrip()
    if head.startswith("<"):
        # A saved page without embedded metadata: its article block read by the same rules,
        # below the reader of pages that quote an article's citation line.
        lines = translated_html.page_lines(source)
        return min(_score(joined_labels(lines[:400]), "", best), 0.35) if lines else 0.0
    if not head or head.startswith(("{", "%", "TY  -", "@", "PMID-")):
        return 0.0
    if head.startswith("[") and not _BRACKETED_LABEL.match(head):  # a JSON list, not "[摘要]" or "[PDF]"
        return 0.0
    return _score(joined_labels([ln for ln in source.head_lines[:400] if ln]), source.head, best)


def _score(lines: list[str], head: str, best: float) -> float:
    if not lines or _labelled_record(lines):
        return 0.0
    abstract = any(len(ln) < 4000 and _is_abstract_start(ln) for ln in lines)
    # ("PMID" looked for before the search, which is tried at every place of a line without it.)
    identifiers = any(("PMID" in ln and _PMID_LINE.search(ln)) or "doi" in ln.casefold() for ln in lines) or any(
        len(ln) < 300 and _YEAR.search(ln) and source_of(ln) for ln in lines[:60])
    # The cheap test first: a listing's scan splits lines into people.
    if (abstract and identifiers) or page_listing.looks_like_listing(lines) or page_listing.has_result_table(head):
        return 0.6
    if not (abstract or identifiers):
        return 0.0  # (splitting lines into people is the costly look: most files never need it)
    # A byline without an abstract gives _BYLINE_ALONE: not looked for when that would not beat `best`.
    if (abstract or best < _BYLINE_ALONE) and any(
            len(ln) < 300 and _LIST_MARK.search(ln) and people(ln) for ln in lines[:120]):
        return 0.6 if abstract else _BYLINE_ALONE
    if abstract or any(len(ln) >= _LONG for ln in lines):
        return 0.15
    return 0.0


def _labelled_record(lines: list[str]) -> bool:
    """"Title: … / Authors: …": labelled fields, the generic reader's to read."""
    return any(re.match(r"^(?:title|article title|標題|标题|題名)\s*[:：]", ln, re.IGNORECASE) for ln in lines[:8])


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
    text = without_pinyin_notes("\n".join(page) if page is not None else text_of(source))
    lines = joined_labels([ln for ln in normalized_lines(text) if ln])
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


def _without_other_papers(lines: list[str]) -> list[str]:
    """The page up to the first list of other papers that follows the article."""
    seen_text = False
    for index, line in enumerate(lines):
        if _OTHER_PAPERS.match(line) and len(line) < 40 and (seen_text or (_REFERENCES.match(line) and any(
                is_reference(ln) or re.match(r"^doi\b", ln, re.I) for ln in lines[index + 1: index + 4]))):
            return lines[:index]  # (before any text only when references follow: else a menu's "References")
        seen_text = seen_text or len(line) >= _LONG or (bool(ABSTRACT_ALONE.match(line)) and _opens_text(lines, index))
    return lines


def read_article(lines: list[str], *, importer: str, whole: list[str] | None = None) -> Paper:
    """One article's record; `whole` is the page before other papers were set
    aside (its "Cite this article" may come after the references)."""
    record = Record(importer)
    starts = [i for i, ln in enumerate(lines) if _is_abstract_start(ln) and _opens_text(lines, i)]
    byline_at, authors, byline_rows = _byline(lines[: starts[0] if starts else 200])
    first_abstract_alone = False
    if byline_at is None and len(starts) > 1 and starts[0] == 0:
        # A Chinese journal's page copied from its first abstract: the title and
        # byline above it are not there, those in the other language stand
        # between the two abstracts.
        byline_at, authors, byline_rows = _byline(lines[: starts[1]], after=starts[0] + 1)
        first_abstract_alone = byline_at is not None
    labelled_byline = None
    if byline_at is None:  # a record page may print "作者：…" below the abstract
        labelled_byline = next((i for i, ln in enumerate(lines[:200]) if _BYLINE_LABEL.match(ln) and people(ln)), None)
    after = byline_at + 1 if byline_at is not None else 0
    first_long = next((i for i in range(after, len(lines)) if _paragraph(lines[i])), len(lines))
    if not starts:
        # No "Abstract" heading: a structured abstract opens with a run-in one.
        run_in = next((i for i in range(after, min(first_long + 1, len(lines))) if _RUN_IN.match(lines[i])), None)
        first_long = run_in if run_in is not None else first_long
    body = starts[1] if first_abstract_alone else starts[0] if starts else first_long
    # The first paragraph under "Introduction": the article's body, and the page shows no abstract.
    body_only = not starts and 0 < first_long < len(lines) and bool(_AFTER_ABSTRACT.match(lines[first_long - 1]))
    head = lines[:body]
    title_at = _title(head, byline_at)
    title = clean_title(strip_mark(_title_text(head, title_at, byline_at))) if title_at is not None else None
    part = "heading above the byline" if byline_at is not None else "heading"
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
        for row, line in enumerate(head[byline_at:], start=byline_at):
            if re.match(r"^\W?(?:correspond|e-?mail|\*\s*correspond|address for correspondence|通信作者|通讯作者)", line,
                        re.IGNORECASE):
                if row < max(byline_rows):
                    continue  # a note on the first author, the byline goes on below it
                break
            if row in byline_rows:  # "Qin-Lu Zeng, De-Wu Liu, Burns Institute, …": names, then where they work
                record.affiliation(affiliation_after_names(line), "byline")
                continue
            for affiliation in _affiliations(line):
                record.affiliation(affiliation, "affiliations")
    read_published(lines, record)
    read_citations(whole or lines, record, title)
    read_places(lines, record, title)
    _read_identifiers(lines, record)
    _read_abstracts(lines, starts or ([first_long] if first_long < len(lines) and not body_only else []), record)
    _other_language_title(lines, title_at, record)
    return record.paper


def _opens_text(lines: list[str], index: int) -> bool:
    """An "Abstract" heading with text under it, not an entry of the page's outline."""
    if ABSTRACT.match(lines[index])["rest"]:  # type: ignore[index]  # only asked of an "Abstract" line
        return True
    following = lines[index + 1: index + 3]
    if not following or ABSTRACT_ALONE.match(following[0]):
        return False
    if len(following[0]) >= 60 or (han_count(following[0]) and len(following[0]) >= 20):
        return True
    # a section heading ("Background and Objectives") over the first paragraph
    return (is_heading_line(following[0]) or _short_heading(following[0])) and len(following) > 1 \
        and len(following[1]) >= 40


def _paragraph(line: str) -> bool:
    """A paragraph of the article, not a long banner, affiliation or reference."""
    return (len(line) >= _LONG or (han_count(line) >= 80)) and not is_chrome(line) and not is_reference(line) \
        and not looks_like_affiliation(line) and not is_label_line(line) and not _FIELD_LABEL.match(line) \
        and people(line) is None


def _byline(head: list[str], after: int = 0) -> tuple[int | None, list, list[int]]:
    """Where the byline is in the page's head (from line `after`), the people
    it names, and the lines it takes. Names printed one to a line (with
    affiliations between) are gathered."""
    for index, line in enumerate(head):
        if index < after or not _may_be_byline(line) or is_chrome(line) or is_label_line(line):
            continue
        found = people(line, single=_below_heading(head, index))
        following = head[index + 1] if index + 1 < len(head) else ""
        if found and len(found) == 1 and not _MARK_OR_LIST.search(line) and len(people(following) or []) > 1:
            continue  # "Facial Dermatosis": a title's last words, over the names

        if found and not re.search(r"[,;，、&]| and ", line) and 0 < len(following) < 60 and not _BYLINE_LABEL.match(line):
            # the last of names printed twice may run onto the next line
            found = people(line + following) or found
        if not found:
            continue
        names = list(found)
        rows = [index]  # the byline's lines
        if line.startswith(","):  # ", A. Batalla, …": the names go on after a note on the first author
            first = _name_before_note(head, index)
            if first is not None:
                names = [a for a in people(head[first], single=True) or [] if a not in names] + names
                rows.insert(0, first)
                index = first
        # A byline keeps its form: under "Okafor C, Lindqvist Å" the line "Moscow Scientific
        # and Practical Center, …" is where they work, not one more person.
        compact = in_compact_form(found)
        for row, following in enumerate(head[index + 1:], start=index + 1):
            if ABSTRACT_ALONE.match(following) or is_label_line(following):
                break
            more = people(following, single=True) if not _MARKED_AFFILIATION.match(following) else None
            if more and compact and not in_compact_form(more):
                more = None
            if more and (len(found) == 1 or len(more) > 1 or looks_like_affiliation(following)):
                names += [a for a in more if a not in names]
                rows.append(row)
            elif not (looks_like_affiliation(following + ",") or is_chrome(following) or _is_noise(following)):
                break
        return index, _fuller(head[index + 1:], names), rows
    return None, [], []


def _below_heading(head: list[str], index: int) -> bool:
    """Whether a line sits right under a heading (the title), or under the
    journal's abbreviated name printed under it ("Int Wound J"): where one
    name alone is the byline."""
    if index > 0 and heading_like(head[index - 1]):
        return True
    return index > 1 and reads_as_abbreviated_journal(head[index - 1]) and heading_like(head[index - 2])


def _name_before_note(head: list[str], index: int) -> int | None:
    """The row of the name a "Corresponding author" note and its e-mail follow."""
    for row in range(index - 1, max(-1, index - 6), -1):
        line = head[row]
        if _is_noise(line) or re.fullmatch(r"\S+@\S+", line):
            continue
        return row if people(line, single=True) else None
    return None


def _fuller(lines: list[str], names: list) -> list:
    """Sites that print "Authors Goldie K, Kerscher M" print the full names below:
    the same people, with their given names written out."""
    for line in lines:
        if not _may_be_byline(line):
            continue
        found = people(line)
        if found and len(found) == len(names) and all(
                a.family == b.family and len(a.given) >= len(b.given) for a, b in zip(found, names, strict=True)):
            return found
    return names


def _is_noise(line: str) -> bool:
    return bool(re.match(r"^(?:search for more papers by this author|orcid|e-?mail|correspond|\*|†|‡)", line, re.I))


def _title(head: list[str], byline_at: int | None) -> int | None:
    """The heading-like line above the byline, else the longest heading in the head."""
    if byline_at is not None:
        for index in range(byline_at - 1, max(-1, byline_at - 8), -1):
            if heading_like(head[index]) and not _FIELD_LABEL.match(head[index]) \
                    and not reads_as_abbreviated_journal(head[index]):  # not "Publisher: IOP Publishing", "Int Wound J"
                if index and heading_like(head[index - 1]) and _english(head[index - 1]) and _english(head[index]) is False:
                    return index - 1  # the English title, its translation printed under it
                return index
    candidates = [i for i, ln in enumerate(head) if heading_like(ln) and not journal_like(ln)
                  and not reads_as_abbreviated_journal(ln)
                  and (len(ln.split()) >= 4 or han_count(ln) >= 8)
                  and not (i + 1 < len(head) and re.match(r"^(?:volume|vol\.|第\s*\d+\s*卷)", head[i + 1], re.I))]
    if byline_at is not None and any(i < byline_at for i in candidates):
        candidates = [i for i in candidates if i < byline_at]  # a title is printed above its authors, labels between
    for index in candidates:  # a title printed in two languages, one under the other
        following = next((ln for ln in head[index + 1:] if not is_chrome(ln)), "")
        if heading_like(following) and is_chinese(following) != is_chinese(head[index]):
            return index
    return candidates[-1] if candidates else None  # else the heading nearest the abstract


def _cites_another_work(line: str, title: str | None) -> bool:
    """Whether the line cites a work other than the page's own ("et al.", or a
    quoted title), which a page's title is known to tell apart."""
    if not title or not (" et al" in line or _QUOTED_TITLE.search(line)):
        return False
    return _letters(title)[:30] not in _letters(line)


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


_QUOTED_TITLE = re.compile(r"[“\"][^”\"]{15,}[”\"]")


def _title_text(head: list[str], title_at: int, byline_at: int | None) -> str:
    """The title, whole when it is printed over two lines: a long heading that
    stops without a mark, and a few words under it ("Application of
    Platelet-rich Plasma in Barrier-impairment-related" / "Facial Dermatosis")."""
    line = head[title_at]
    above = head[title_at - 1] if title_at else ""
    below = head[title_at + 1] if byline_at is not None and title_at + 1 < byline_at else ""
    if above and _runs_on(above, line) and heading_like(above) and not journal_like(above):
        return f"{above} {line}"
    if below and _runs_on(line, below) and not (is_chrome(below) or is_label_line(below) or people(below)
                                                or reads_as_abbreviated_journal(below)):
        return f"{line} {below}"
    return line


def _runs_on(first: str, second: str) -> bool:
    """Whether `second`, a few words, may end a long English heading `first`
    that stops in mid-phrase, on a word in lower case ("…-related")."""
    return bool(_FEW_WORDS.fullmatch(second) and len(first) >= 50 and not han_count(first)
                and re.search(r"\b[a-z][\w-]*$", first))


_FEW_WORDS = re.compile(r"[A-Z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,3}")


_ENGLISH_WORDS = {"the", "of", "for", "and", "in", "with", "on", "to", "a", "an", "from", "versus"}
_ROMANCE_WORDS = {"de", "la", "el", "los", "las", "del", "para", "por", "y", "en", "con", "da", "do", "das", "dos",
                  "e", "em", "com", "des", "du", "le", "les", "et", "pour", "une", "un", "und", "der", "die", "mit", "für"}


def _english(line: str) -> bool | None:
    """Whether a heading reads as English (by its small words), or None when it does not say."""
    words = [w.casefold().strip(",.:;") for w in line.split()]
    english = sum(w in _ENGLISH_WORDS for w in words)
    other = sum(w in _ROMANCE_WORDS for w in words)
    return None if english == other else english > other


def _affiliations(line: str) -> list[str]:
    # (a line of several, each numbered, may be longer than one affiliation can be)
    several = len(line) > 300 and all(looks_like_affiliation(part) for part in re.split(r"[;；]", line))
    if not (looks_like_affiliation(line) or several) or re.match(r"^[^,;:：]{2,30}[:：]", line) or people(line) \
            or source_of(line):
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


def _read_identifiers(lines: list[str], record: Record) -> None:
    text = "\n".join(lines)
    # A DOI in a line that cites another work ("Image credit: Yang GH et al.
    # “Overcome the barriers of the skin…” … doi:…") is that work's, not the page's.
    cited = [ln for ln in lines if "10." in ln and _cites_another_work(ln, record.paper.title)]
    own = "\n".join(ln for ln in lines if ln not in cited) if cited else text
    labelled = re.search(r"\b(?:doi|DOI)\s*[:：]?\s*(?:https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)", own)
    record.give("doi", clean_doi(labelled.group(1)) if labelled else find_doi(own), "DOI")
    pmid = PMID_RE.search(text) or re.search(r"^(?:PubMed ID|PMID)\n(\d{1,9})$", text, re.MULTILINE)  # label above
    record.give("pmid", pmid.group(1) if pmid else None, "PMID")
    record.give("pmcid", find_pmcid(text), "PMCID")
    for index, line in enumerate(lines):
        words = KEYWORDS.match(line)
        if words and not words["words"]:
            listed = []
            bulleted = bool(index + 1 < len(lines) and _BULLET.match(lines[index + 1]))
            for following in lines[index + 1: index + 15]:
                if len(following) > 60 or len(following.split()) > 6 or is_chrome(following) \
                        or _AFTER_ABSTRACT.match(following) \
                        or re.match(r"^\d", following) or following.endswith(".") \
                        or (bulleted and not _BULLET.match(following)):  # "► hair restoration": the list's own mark
                    break
                listed.append(_BULLET.sub("", following))
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
    if KEYWORDS.match(line) or CITE_LABEL.match(line) or PUBLISHED.match(line) or RECEIVED.match(line):
        return True
    if COPYRIGHT.match(line) or re.match(r"^(?:doi|DOI)\s*[:：]", line) or _PMID_LINE.match(line):
        return True
    if _FIELD_LABEL.match(line):
        return True
    if ABSTRACT_ALONE.match(line) or (ABSTRACT.match(line) and _is_abstract_start(line) and paragraphs):
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
    # A title or byline in the other language follows.
    return (bool(paragraphs) and is_chinese(" ".join(paragraphs)) != is_chinese(line) and len(line) < 200
            and not is_heading_line(line))


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
        if line == title or is_chinese(line) == chinese or not heading_like(line):
            continue
        if title_at is not None and index == title_at + 1:
            record.other_title(line, "heading in the other language")
            return
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if people(following, single=True) or re.match(r"^[A-Z]+ [A-Z][a-z]+", following):
            record.other_title(line, "heading in the other language")
            return



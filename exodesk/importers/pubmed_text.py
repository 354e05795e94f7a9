"""A PubMed abstract page, selected and copied as text.

The page's reading order, with the site's banner and menus around it:

    Review                                      <- publication types
    . 2023 Apr 1;14(1):57.                      <- citation (the journal is a link,
    doi: 10.1186/s13287-023-03288-6.               often not copied)
    Removing the stumbling block of …           <- title
    Hojjatollah Nazari 1, Foroogh Alborzi 2, …  <- authors, when the list is shown
    Affiliations / 1 Colorectal Research …      <- affiliations, when expanded
    PMID: 36518984 / PMCID: PMC9733972          <- identifiers
    Li Han et al. Stem Cell Res Ther. .         <- short citation: first author, journal
    Abstract / Keywords: a; b; c.
    Figures / References / Similar articles / Cited by / MeSH terms …

Blocks are found by their headings; "Similar articles" and "Cited by" name
other papers, so nothing is read from them.
"""

from __future__ import annotations

import re

from exodesk.importers.base import Parsed, Refused, Source
from exodesk.importers.records import Record
from exodesk.model import Paper, Provenance
from exodesk.text.abstracts import abstract_from_paragraphs
from exodesk.text.chinese import language_of
from exodesk.text.citation import YEAR, CitationLine, parse_citation_line
from exodesk.text.identifiers import clean_doi, clean_pmcid, clean_pmid
from exodesk.text.languages import language_tag
from exodesk.text.lines import looks_like_affiliation
from exodesk.text.names import from_given_family
from exodesk.text.titles import clean_title

NAME = "pubmed-text"
LABEL = "PubMed page (copied as text)"

# Headings of the blocks below the title, as the page prints them.
BLOCKS = {
    "abstract": "abstract",
    "pubmed disclaimer": "chrome",
    "conflict of interest statement": "conflict",
    "figures": "figures",
    "comment in": "comments",
    "comment on": "comments",
    "erratum in": "comments",
    "erratum for": "comments",
    "update of": "comments",
    "update in": "comments",
    "retraction in": "comments",
    "expression of concern in": "comments",
    "similar articles": "others",
    "cited by": "others",
    "references": "references",
    "publication types": "types",
    "mesh terms": "mesh",
    "substances": "chrome",
    "supplementary info": "chrome",
    "related information": "chrome",
    "grants and funding": "chrome",
    "associated data": "chrome",
    "linkout - more resources": "chrome",
    "page navigation": "chrome",
}
# Markers of the page itself, for detection.
_MARKERS = {
    "skip to main page content", "pubmed disclaimer", "similar articles", "cited by",
    "linkout - more resources", "mesh terms", "publication types", "affiliations",
    "full text links", "free pmc article", "conflict of interest statement",
}
# No longer line is one (casefold() never makes a line shorter): most lines
# of a page are not casefolded to be compared.
_LONGEST_MARKER = max(map(len, _MARKERS))
# PubMed publication types the page shows above the citation and in its
# "Publication types" block (MEDLINE's list, the ones a clinic meets).
PUBLICATION_TYPES = {
    t.casefold(): t
    for t in (
        "Review", "Systematic Review", "Scoping Review", "Meta-Analysis", "Randomized Controlled Trial",
        "Controlled Clinical Trial", "Clinical Trial", "Clinical Trial, Phase I", "Clinical Trial, Phase II",
        "Clinical Trial, Phase III", "Clinical Trial, Phase IV", "Clinical Trial Protocol",
        "Pragmatic Clinical Trial", "Equivalence Trial", "Case Reports", "Comparative Study",
        "Observational Study", "Multicenter Study", "Evaluation Study", "Validation Study",
        "Editorial", "Letter", "Comment", "News", "Practice Guideline", "Guideline",
        "Consensus Development Conference", "Published Erratum", "Retracted Publication",
        "Retraction of Publication", "Preprint", "Journal Article", "English Abstract",
        "Historical Article", "Video-Audio Media", "Twin Study",
    )
}
# Buttons and labels that may be copied anywhere in the heading part.
_CHROME_LINES = {"expand", "collapse", "free pmc article", "free article", "item in clipboard",
                 "display options", "show all", "no abstract available", "full text links",
                 "cite", "share", "actions", "collections", "permalink", "copy"}
_SHORT_CITATION = re.compile(r"^(?P<names>[^.]+?)(?P<etal>,? et al)?\.\s+(?P<journal>[^.]+?)\.\s*(?:\d{4}\s*)?\.$")
_IDENTIFIER = re.compile(r"^(PMID|PMCID|DOI|NIHMSID)\s*:\s*(\S+?)\.?$", re.IGNORECASE)
# "doi: 10.1093/gastro/goac075. eCollection 2022." / "… Online ahead of print."
_DOI_LINE = re.compile(r"^doi:\s*(10\.\S+?)\.?(?:\s+.*)?$", re.IGNORECASE)
_LANGUAGE = re.compile(r"^\[Article in (\w+)(?:, \w+)*\]$")
_FIGURE_LABEL = re.compile(r"^(?:Fig\.?|Figure)\s*S?\d+[A-Za-z]?\.?(?:\s+(?P<caption>.+))?$")
_REFERENCE = re.compile(r"^\d+\.\s+(?P<text>.+)$")
_LINK_NAMES = ("DOI", "PMC", "PubMed", "PubMed Central", "Google Scholar")
_LINK_LABELS = re.compile(r"(?:\s+-\s+(?:" + "|".join(_LINK_NAMES) + r"))+\s*$")
# What the labels are written with: hyphens, the names' letters and white
# space (every character \s matches, as str.isspace() tells).
_LINK_LABEL_CHARACTERS = "-" + "".join(_LINK_NAMES) + (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000")
_AFFILIATION_NUMBER = re.compile(r"^\d+\s+")
# Detection looks for the citation line and the short citation among the page's first lines.
_HEAD_CITATION_LINES = 200


def detect(source: Source) -> float:
    text = source.text
    if not text:
        return 0.0
    # The page puts no-break spaces between names and "et al." and around links.
    lines = source.head_lines
    markers = len({ln.casefold() for ln in lines if len(ln) <= _LONGEST_MARKER} & _MARKERS)
    markers += any(ln[:4].upper() == "PMID" and _IDENTIFIER.match(ln) for ln in lines)
    markers += any(" et al." in ln and _SHORT_CITATION.match(ln) for ln in lines[:_HEAD_CITATION_LINES])
    if not markers:  # most files: the costlier look for a citation line is not needed
        return 0.0
    citation = _head_citation(source) is not None
    # Any publisher's page may have "Similar articles" and a PMID line; PubMed's
    # own page shows many of its headings ("MeSH terms", "LinkOut", "Cited by" …).
    if citation and markers >= 3:
        return 0.9
    return 0.3 if citation else 0.0


def _is_citation(line: str) -> bool:
    """The page's citation line: ". 2023 Apr 1;14(1):57." or with the journal."""
    return _citation(line) is not None


def _citation(line: str) -> CitationLine | None:
    """The citation a line is, read: what _is_citation tells."""
    if len(line) > 200 or not YEAR.search(line):
        return None
    found = parse_citation_line(line)
    return found if found and found.date and (found.volume or found.pages) else None


def _first_citation(lines: list[str], start: int = 0) -> tuple[int, CitationLine] | None:
    """Where the page's first citation line is (from `start` on), and what it
    says: read once, not found and then read again (10 µs a page)."""
    for index, line in enumerate(lines[start:], start):
        citation = _citation(line)
        if citation is not None:
            return index, citation
    return None


def _head_citation(source: Source) -> tuple[int, CitationLine] | None:
    """The first citation line among the first 200 lines: found once for
    detect() and parse() (20 µs a PubMed page)."""
    return source.kept("pubmed-text head citation", lambda kept: _first_citation(kept.head_lines[:_HEAD_CITATION_LINES]))


def parse(source: Source) -> Parsed:
    text = source.text
    if text is None:
        raise Refused(source.decoded[1])
    lines = source.lines
    # (The head's lines are the first of `lines`.)
    found = _head_citation(source) or _first_citation(lines, _HEAD_CITATION_LINES)
    if found is None:
        raise Refused("no citation line (year, volume, pages) was found on this PubMed page")
    start, citation = found
    record = Record(NAME)
    paper, give = record.paper, record.give

    head, blocks = _split(lines, start)
    give("journal_abbrev", citation.journal, "citation line")
    for name in ("date", "volume", "issue", "pages", "doi"):
        give(name, getattr(citation, name), "citation line")
    types = _types_above(lines, start) + [t for t in (PUBLICATION_TYPES.get(ln.casefold()) for ln in head) if t]
    types += [t for t in (PUBLICATION_TYPES.get(ln.casefold()) for ln in blocks.get("types", [])) if t]
    give("publication_type", types[0] if types else None, "publication types")
    _read_head(head, paper, give)
    warnings = _read_blocks(blocks, paper, give)
    if not (paper.title or paper.doi or paper.pmid):
        raise Refused("the page has no title, DOI or PMID that could be read")
    warnings += [f"{name} not found in the file" for name in paper.missing]
    return Parsed(papers=[paper], warnings=warnings)


def _split(lines: list[str], start: int) -> tuple[list[str], dict[str, list[str]]]:
    """The heading part (citation to "Abstract") and the blocks after it, by kind.

    A block heading with nothing under it (a collapsed block, or the page's
    table of contents) gives nothing; a kind met twice keeps both blocks' lines.
    """
    head: list[str] = []
    blocks: dict[str, list[str]] = {}
    kind = None
    for line in lines[start + 1 :]:
        heading = BLOCKS.get(line.casefold())
        if heading:
            kind = heading
            blocks.setdefault(kind, [])
            if kind == "comments":  # keep which kind: "Erratum in", "Comment in" …
                blocks[kind] += ["", line + ":"]
        elif kind is None:
            head.append(line)
        else:
            blocks[kind].append(line)
    return [ln for ln in head if ln], blocks


def _types_above(lines: list[str], start: int) -> list[str]:
    """Publication types printed just above the citation line."""
    found: list[str] = []
    for line in reversed([ln for ln in lines[:start] if ln][-4:]):
        if line.casefold() not in PUBLICATION_TYPES:
            break
        found.insert(0, PUBLICATION_TYPES[line.casefold()])
    return found


def _read_head(head: list[str], paper: Paper, give) -> None:
    affiliations: list[str] = []
    in_affiliations = False
    short = None
    previous = ""
    for line in head:
        folded, before, previous = line.casefold(), previous, line
        identifier = _IDENTIFIER.match(line)
        doi_line = _DOI_LINE.match(line)
        language = _LANGUAGE.match(line)
        if in_affiliations and _affiliation(line, paper.title):
            affiliations.append(_AFFILIATION_NUMBER.sub("", line).rstrip("."))
            continue
        in_affiliations = folded == "affiliations"
        if doi_line:
            give("doi", clean_doi(doi_line.group(1)), "doi line")
        elif identifier:
            label, value = identifier.group(1).upper(), identifier.group(2)
            if label == "PMID":
                give("pmid", clean_pmid(value), "identifiers")
            elif label == "PMCID":
                give("pmcid", clean_pmcid(value), "identifiers")
            elif label == "DOI":
                give("doi", clean_doi(value), "identifiers")
        elif language:
            give("language", language_tag(language.group(1)), "language label")
        elif in_affiliations or folded in _CHROME_LINES or folded in PUBLICATION_TYPES or _is_citation(line):
            continue
        elif _SHORT_CITATION.match(line) and _short_citation(line):
            short = short or _short_citation(line)
        elif paper.title is None:
            # Titles of articles not in English are printed translated, in brackets.
            title = clean_title(line) or ""
            give("title", title[1:-1] if title.startswith("[") and title.endswith("]") else title, "title")
        elif not paper.authors and clean_title(line) != paper.title:
            below_title = clean_title(before) == paper.title
            give("authors", _author_line(line, right_after_title=below_title), "author list")
    give("affiliations", list(dict.fromkeys(affiliations)), "affiliations")
    if short:
        names, journal, truncated = short
        give("journal_abbrev", journal, "short citation")
        if not paper.authors:  # the short citation names the first author only
            give("authors", names, "short citation")
            paper.authors_truncated = truncated
            paper.provenance["authors_truncated"] = Provenance(importer=NAME, part="short citation")


def _affiliation(line: str, title: str | None) -> bool:
    """"1 Colorectal Research Center, …": numbered when the page lists several."""
    if _AFFILIATION_NUMBER.match(line):
        return True
    return looks_like_affiliation(line) and "," in line and clean_title(line) != title


def _short_citation(line: str):
    """"Li Han et al. Stem Cell Res Ther. ." -> (first authors, journal, cut short)."""
    match = _SHORT_CITATION.match(line)
    if match is None:
        return None
    names = [n.strip() for n in match.group("names").split(",")]
    if not all(1 <= len(n.split()) <= 5 for n in names):
        return None
    return [from_given_family(n) for n in names], match.group("journal").strip(), bool(match.group("etal"))


def _author_line(line: str, *, right_after_title: bool):
    """"Hojjatollah Nazari 1, Foroogh Alborzi 2, Asieh Heirani-Tabasi 1 3": the
    affiliation numbers after each name mark the line as the author list. A
    paper without affiliations has names alone, trusted only right below the
    title (a title in Title Case can look like a list of names)."""
    names = [n.strip() for n in line.split(",")]
    if all(re.fullmatch(r"[^\d,;.]+?(?:\s+\d+)+\*?", n) for n in names):
        return [from_given_family(re.sub(r"[\d\s*]+$", "", n)) for n in names]
    # (a generic name-list test would take "Min Jung Kim, Ji Hoon Park" for "Organisation, Place")
    if right_after_title and all(re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*){1,3}", n) for n in names):
        return [from_given_family(n) for n in names]
    return None


def _read_blocks(blocks: dict[str, list[str]], paper: Paper, give) -> list[str]:
    warnings = []
    paragraphs, keywords = [], []
    for line in blocks.get("abstract", []):
        found = re.match(r"^Key\s?words\s*:\s*(.+)$", line, re.IGNORECASE)
        if found:
            keywords = [k.strip(" .") for k in found.group(1).split(";") if k.strip(" .")]
        elif line and not line.startswith(("©", "Copyright")):  # the publisher's notice
            paragraphs.append(line)
    if paragraphs:
        language = language_of(" ".join(paragraphs)) or "en"
        paper.abstracts.append(abstract_from_paragraphs(paragraphs, language))
        paper.provenance[f"abstract:{language}"] = Provenance(importer=NAME, part="Abstract block")
    give("keywords", keywords, "keywords line")
    give("figure_captions", _figure_captions(blocks.get("figures", [])), "Figures block")
    give("references", _references(blocks.get("references", [])), "References block")
    comments = _comments(blocks.get("comments", []))
    if comments:
        paper.extra["comments_corrections"] = comments
        warnings.append("the page lists comments or corrections (e.g. an erratum): read them before relying on it")
    return warnings


def _comments(lines: list[str]) -> list[str]:
    """"Erratum in: Correction to … PMID: 38488104": one entry a paragraph."""
    entries: list[str] = []
    label, paragraph = "", []
    for line in lines + [""]:
        if line.endswith(":") and line[:-1].casefold() in BLOCKS:
            label = line
        elif line:
            paragraph.append(line)
        elif paragraph:
            entries.append(f"{label} {' '.join(paragraph)}")
            paragraph = []
    return entries


def _figure_captions(lines: list[str]) -> list[str]:
    """"Fig. 1 / Fig. 1 / caption": a figure's label is printed twice (thumbnail
    and link) and its caption may run over several lines."""
    captions: list[list[str]] = []
    for line in lines:
        label = _FIGURE_LABEL.match(line)
        if label:
            if not captions or captions[-1]:
                captions.append([])
            if label.group("caption"):
                captions[-1].append(label.group("caption"))
        elif line and captions and not re.match(r"^All figures \(\d+\)$", line):
            captions[-1].append(line)
    return [" ".join(c) for c in captions if c]


def _references(lines: list[str]) -> list[str]:
    """Numbered entries, without the "- DOI - PMC - PubMed" links; each once
    (an expanded list repeats the first entries)."""
    entries: list[str] = []
    for line in lines:
        entry = _REFERENCE.match(line)
        if entry:
            entries.append(entry.group("text"))
        elif entries and line and not re.match(r"^(?:Show all \d+ references|-\s*\w+)$", line):
            entries[-1] += " " + line
    return list(dict.fromkeys(_without_link_labels(e).strip() for e in entries))


def _without_link_labels(entry: str) -> str:
    """The entry without the links' labels at its end. Only the end written
    with the labels' characters is searched: a search through the whole
    entry is tried at every white space (5 ms for 1,000 references)."""
    end = len(entry.rstrip(_LINK_LABEL_CHARACTERS))
    return entry[:end] + _LINK_LABELS.sub("", entry[end:])

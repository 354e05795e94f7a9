"""Papers as RIS, in the tags Zotero, EndNote and Mendeley all read.

Carried: kind and type (TY, M3), title, authors, journal (T2) and its
abbreviation (J2), date (PY and DA), volume, issue, pages (SP/EP), DOI,
PMID (AN), PMCID (C2), ISSN, publisher, language, keywords, links, the main
abstract (AB), affiliations (AD); titles in other languages (Chinese) in TT,
"translated title", and abstracts in other languages in N2, RIS's other
abstract tag: Zotero keeps both as a note, EndNote reads N2 as the abstract.
Not carried: "et al." truncation, which language each is in (it is seen
again in the text: Chinese or English).
"""

from __future__ import annotations

from exodesk.export.common import main_abstract, one_line, other_abstracts, other_titles
from exodesk.model import Paper
from exodesk.text.kinds import is_kind, kind_code


def export(papers: list[Paper]) -> str:
    return "".join(_record(paper) + "\n" for paper in papers)


def _record(paper: Paper) -> str:
    lines: list[tuple[str, str | None]] = [("TY", kind_code(paper.publication_type, "ris"))]
    lines.append(("TI", paper.title))
    lines += [("TT", title) for _language, title in other_titles(paper)]
    lines += [("AU", _name(a)) for a in paper.authors]
    lines.append(("T2", paper.journal))
    lines.append(("J2", paper.journal_abbrev))
    if paper.date:
        lines.append(("PY", paper.date[:4]))
        lines.append(("DA", paper.date.replace("-", "/")))
    lines += [("VL", paper.volume), ("IS", paper.issue)]
    start, _, end = (paper.pages or "").partition("-")
    lines += [("SP", start), ("EP", end)]
    lines += [("DO", paper.doi), ("AN", paper.pmid), ("C2", paper.pmcid)]
    lines += [("SN", paper.issn), ("PB", paper.publisher), ("LA", paper.language)]
    if paper.publication_type and not is_kind(paper.publication_type):
        lines.append(("M3", paper.publication_type))
    abstract = main_abstract(paper)
    lines.append(("AB", abstract.text if abstract else None))
    lines += [("N2", other.text) for other in other_abstracts(paper)]
    lines += [("KW", k) for k in paper.keywords]
    lines += [("UR", u) for u in paper.links]
    lines += [("AD", a) for a in paper.affiliations]
    body = "".join(f"{tag}  - {one_line(value)}\n" for tag, value in lines if one_line(value))
    return body + "ER  - \n"


def _name(author) -> str:
    if author.literal:
        return author.literal
    # A comma even without a given name: RIS readers take a name without one whole.
    return f"{author.family}, {author.given}" if author.given else f"{author.family},"

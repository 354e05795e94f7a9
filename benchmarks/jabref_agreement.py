"""Field-by-field agreement with JabRef's importer test fixtures.

    python benchmarks/jabref_agreement.py FOLDER [--list]

FOLDER is JabRef's `src/test/resources/org/jabref/logic/importer/fileformat/`
(from the JabRef repository on GitHub): input files in RIS, MEDLINE, EndNote
XML and other formats, each beside the .bib JabRef expects from it. Every
input of a format ExoDesk claims is imported here as the program imports it
(the registry chooses the reader), and each paper is compared with JabRef's
entry, field by field. BibTeX has no input/expected pairs there (JabRef's
BibTeX importer returns the file as written), so each .bib file in the folder
is read by our BibTeX reader and compared with the same file read by
bibtexparser, its LaTeX decoded by pylatexenc. JabRef has no CSL-JSON
importer, so CSL-JSON has no fixtures there.

Values are compared after the differences of writing that are not of
meaning: white space, a title's final full stop, LaTeX, "--" in page ranges,
dots after initials, a DOI's URL prefix and case, ISO 639 codes for
languages. Agreement is counted over the fields JabRef's entry has;
fields only we read are counted apart. Each remaining disagreement was read
against its input file and judged (JUDGED below): the figure is printed
also without those where JabRef's expected value is wrong. `--list` prints
every disagreement with its judgment, and every field only we read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bibtexparser  # noqa: E402
from bibtexparser import model as bib  # noqa: E402
from bibtexparser.middlewares.names import (  # noqa: E402
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from pylatexenc.latex2text import LatexNodes2Text  # noqa: E402

from exodesk.importers import Refused, Source, choose  # noqa: E402
from exodesk.model import Paper  # noqa: E402
from exodesk.text.kinds import kind_code  # noqa: E402

# Which of JabRef's fixtures are in each format ExoDesk claims, by JabRef's
# own naming of its test files, and the reader that should take them.
FORMATS = {
    "RIS": ("ris", ["RisImporterTest*.ris"]),
    "MEDLINE": ("medline", ["MedlinePlainImporter*.txt", "NbibImporterTest.nbib"]),
    "EndNote XML": ("endnote-xml", ["EndnoteXmlImporterTest*.xml"]),
    "BibTeX": ("bibtex", ["*.bib"]),
    "CSL-JSON": ("csl-json", []),
}
# Files of a claimed format that JabRef's tests expect to be refused.
REFUSED = ["RisImporterCorrupted.ris", "MedlinePlainImporterTestInvalidFormat.xml", "Empty.txt"]

FIELDS = ("type", "title", "authors", "year", "month", "journal", "volume", "issue", "pages",
          "doi", "pmid", "issn", "publisher", "language", "abstract", "keywords")

# BibTeX entry types, in the classes a reader can tell apart.
_CLASSES = {
    "article": "article", "book": "book", "inbook": "chapter", "incollection": "chapter",
    "bookinbook": "chapter", "inproceedings": "conference", "conference": "conference",
    "proceedings": "conference", "phdthesis": "thesis", "mastersthesis": "thesis", "thesis": "thesis",
    "techreport": "report", "report": "report", "unpublished": "unpublished", "misc": "misc",
    "online": "online", "electronic": "online", "www": "online", "dataset": "dataset",
    "patent": "patent", "software": "software",
}
_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_LANGUAGES = {"eng": "en", "english": "en", "ger": "de", "deu": "de", "german": "de", "fre": "fr",
              "fra": "fr", "french": "fr", "chi": "zh", "zho": "zh", "chinese": "zh", "spa": "es"}
_LATEX = LatexNodes2Text(math_mode="text", strict_latex_spaces=True)


def latex(text: str) -> str:
    """A BibTeX value as text: LaTeX decoded by pylatexenc, and TeX's dash
    ligatures ("--" an en dash, "---" an em dash), which it leaves as written."""
    if any(c in text for c in "\\{}$~"):
        # A bare "%" or "&" (outside mathematics) means the sign: pylatexenc
        # would read a comment or drop it.
        signs = r"(?<!\\)([%&])" if "$" not in text else r"(?<!\\)(%)"
        text = _LATEX.latex_to_text(re.sub(signs, r"\\\1", text))
    return re.sub(r"-{2,3}", lambda m: "—" if len(m.group()) == 3 else "–", text) if "--" in text else text


def fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _given(given: str) -> str:
    words = fold(given.replace(".", " ")).split(" ")
    return "".join(words) if all(len(w) <= 1 or w.isupper() for w in words) else " ".join(words)


def _person(family: str, given: str) -> str:
    return f"{fold(family)}, {_given(given)}".strip(", ").casefold()


# ---- JabRef's side: the expected .bib


def expected_entries(path: Path, *, quirks: bool) -> list[dict[str, str | list[str]]]:
    library = bibtexparser.parse_string(_decoded(path.read_bytes()))
    entries = []
    for block in library.blocks:
        # JabRef's expected files give every entry the same empty key: the
        # later ones are duplicates to bibtexparser, kept apart (their values
        # still enclosed) but entries all the same.
        duplicate = isinstance(block, bib.DuplicateBlockKeyBlock)
        entry = block.ignore_error_block if duplicate else block
        if isinstance(entry, bib.Entry):
            raw = {f.key.lower(): _unbraced(str(f.value)) if duplicate else str(f.value) for f in entry.fields}
            entries.append(_expected(entry.entry_type, raw, quirks))
    return entries


def _decoded(data: bytes) -> str:
    """JabRef's test files are UTF-8, UTF-16 (with or without a BOM) or Windows-1252."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    if b"\x00" in data[:200]:
        return data.decode("utf-16-be" if data[0] == 0 else "utf-16-le")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _unbraced(value: str) -> str:
    """A duplicate entry's values keep their enclosing braces or quotes."""
    if len(value) > 1 and (value[0], value[-1]) in {("{", "}"), ('"', '"')}:
        return value[1:-1]
    return value


def _expected(entry_type: str, raw: dict[str, str], quirks: bool) -> dict:
    """The fields of one entry. With `quirks`, as JabRef's readers of other
    formats write them: the EndNote reader keeps a date without its year
    ("Mar 3") in `date` and ISSNs in `isbn`."""
    value = {}
    value["type"] = _CLASSES.get(entry_type.lower(), entry_type.lower())
    text = {k: fold(latex(v)) for k, v in raw.items()}
    value["title"] = _title(text.get("title"))
    if raw.get("author"):
        value["authors"] = [_expected_name(n) for n in split_multiple_persons_names(raw["author"])]
    year = re.search(r"\d{4}", raw.get("year") or raw.get("date") or "")
    value["year"] = year.group() if year else ""
    month = (raw.get("month") or "").strip().lower()[:3]
    date = (raw.get("date") or "").strip().lower()
    date_month = re.match(r"\d{4}-(\d\d)", date)
    value["month"] = str(_MONTHS.get(month) or (int(month) if month.isdigit() else "")) or (
        str(int(date_month.group(1))) if date_month else str(_MONTHS.get(date[:3], "") if quirks else ""))
    value["journal"] = text.get("journal") or text.get("journaltitle") or text.get("booktitle") or ""
    value["volume"] = text.get("volume", "")
    value["issue"] = text.get("number") or text.get("issue") or ""
    value["pages"] = _pages(raw.get("pages"))
    value["doi"] = _doi(raw.get("doi"))
    value["pmid"] = text.get("pmid", "")
    issn = re.match(r"\d{4}-\d{3}[\dX]\b", text.get("isbn", "")) if quirks else None
    value["issn"] = text.get("issn") or (issn.group() if issn else "")
    value["publisher"] = text.get("publisher", "")
    value["language"] = _language(text.get("language") or text.get("langid"))
    value["abstract"] = text.get("abstract", "")
    words = text.get("keywords", "")
    value["keywords"] = sorted({w.strip().casefold() for w in words.split(";" if ";" in words else ",") if w.strip()})
    return {k: v for k, v in value.items() if v not in ("", [], None)}


def _expected_name(name: str) -> str:
    name = name.strip()
    if name.startswith("{") and name.endswith("}"):
        return fold(latex(name[1:-1])).casefold()
    parts = parse_single_name_into_parts(name, strict=False)
    return _person(latex(" ".join(parts.von + parts.last + parts.jr)), latex(" ".join(parts.first)))


def _title(title: str | None) -> str:
    title = fold(title)
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title


def _pages(pages: str | None) -> str:
    return re.sub(r"\s*(?:--|–|—)\s*", "-", fold(pages))


def _doi(doi: str | None) -> str:
    return re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", fold(doi), flags=re.I).lower()


def _language(language: str | None) -> str:
    language = fold(language).lower()
    return _LANGUAGES.get(language, language.split("-")[0])


# ---- our side


def ours(paper: Paper) -> dict:
    value = {}
    code = kind_code(paper.publication_type, "bibtex")
    value["type"] = _CLASSES.get(code, code)
    value["title"] = _title(paper.title)
    value["authors"] = [a.literal.casefold() if a.literal else _person(a.family, a.given) for a in paper.authors]
    value["year"] = str(paper.year or "")
    value["month"] = str(int(paper.date[5:7])) if paper.date and len(paper.date) >= 7 else ""
    value["journal"] = [paper.journal or "", paper.journal_abbrev or ""]
    value["volume"] = paper.volume or ""
    value["issue"] = paper.issue or ""
    value["pages"] = _pages(paper.pages)
    value["doi"] = paper.doi or ""
    value["pmid"] = paper.pmid or ""
    value["issn"] = paper.issn or ""
    value["publisher"] = paper.publisher or ""
    value["language"] = _language(paper.language)
    abstract = paper.abstract("en") or (paper.abstracts[0] if paper.abstracts else None)
    value["abstract"] = fold(abstract.text) if abstract else ""
    value["keywords"] = sorted({w.casefold() for w in paper.keywords})
    return value


def agree(field: str, mine, theirs) -> bool:
    if field == "journal":  # JabRef keeps one journal name, full or abbreviated; we keep both
        return (theirs or "") in [m for m in mine if m] if theirs else not any(mine)
    return (mine or "") == (theirs or "")


# ---- the comparison


def compare(fmt: str, reader: str, inputs: list[Path], tally, disagreements, extras) -> None:
    for path in inputs:
        expected_path = path if fmt == "BibTeX" else path.with_suffix(".bib")
        if not expected_path.exists():
            continue
        expected = expected_entries(expected_path, quirks=fmt != "BibTeX")
        source = Source(path=path, data=path.read_bytes())
        importer, _score, _errors = choose(source)
        papers, file_note, reasons = [], "", {}
        if importer is None or reader != importer.NAME:
            file_note = f"taken by {importer.NAME if importer else 'no reader'}"
        else:
            try:
                parsed = importer.parse(source)
                # Papers in record order, a record we could not read left empty.
                reasons = {p.number: p.reason for p in parsed.problems}
                read = iter(parsed.papers)
                papers = [None if n in reasons else next(read, None) for n in range(1, parsed.records + 1)]
                papers += list(read)
            except Refused as refusal:
                file_note = f"refused: {refusal}"
                reasons = {p.number: p.reason for p in refusal.problems}
        for number, theirs in enumerate(expected, 1):
            paper = papers[number - 1] if number <= len(papers) else None
            mine = ours(paper) if paper else {}
            note = file_note or ("" if paper else "not read")
            if number in reasons:
                note = f"record {number} not read: {reasons[number]}"
            for field in FIELDS:
                if field in theirs:
                    tally[fmt][1] += 1
                    if mine and agree(field, mine.get(field), theirs[field]):
                        tally[fmt][0] += 1
                    else:
                        disagreements[fmt].append((path.name, number, field, theirs[field], mine.get(field) if mine else note))
                elif mine and _present(field, mine.get(field)):
                    extras[fmt].append((path.name, number, field, mine[field]))
        if len([p for p in papers if p]) > len(expected):
            disagreements[fmt].append((path.name, len(expected) + 1, "records", len(expected), len(papers)))


# Each remaining disagreement read by a person against the input file:
# (file pattern, record or None for all, field or "*", who is right, why).
# "ours": JabRef's expected value is wrong; "both": two defensible readings;
# "JabRef": ours is wrong.
JUDGED = [
    ("RisImporterTest1.ris", 1, "type", "ours",
     "nine TY lines: the record's type is the TY that opens it (BOOK), as RIS defines; JabRef keeps a later one (THES)"),
    ("RisImporterTest1.ris", 1, "title", "ours",
     "four T1 lines and a TI, each a title: we keep the first (the full one); JabRef joins all five into no title"),
    ("RisImporterTest1.ris", 1, "authors", "ours", "JabRef counts A2 lines (secondary authors, editors) as authors"),
    ("RisImporterTest1.ris", 1, "journal", "ours",
     "JO, JF and JA name three journals: JF is the full name (the real one, 'Empirical Software Engineering'), "
     "JA the abbreviation; JabRef keeps JO, a later line"),
    ("RisImporterTest1.ris", 1, "issn", "ours", "'kmptns' is not an ISSN"),
    ("RisImporterTest1.ris", 1, "abstract", "ours",
     "N2 and AB are each the abstract (EndNote writes one, other tools the other, some both, alike): JabRef joins them"),
    ("RisImporterTest3.ris", 1, "issue", "ours", "JabRef reads M1 '0' as the issue"),
    ("RisImporterTest3.ris", 1, "issn", "ours", "SN holds an ISBN, not an ISSN"),
    ("RisImporterTest5a.ris", 1, "issue", "ours", "JabRef reads a copyright line as the issue"),
    ("RisImporterTest6.ris", 1, "title", "ours", "JabRef writes the title's em dash as '--' (an en dash in TeX)"),
    ("RisImporterTest6.ris", 1, "issue", "ours", "JabRef reads AN (a PMCID, which we keep as the PMCID) as the issue"),
    ("RisImporterTest7.ris", 1, "authors", "ours", "JabRef counts A2 lines (editors) as authors"),
    ("RisImporterTestDOI.ris", 1, "issue", "ours", "JabRef reads AN (the PMID, which we keep as the PMID) as the issue; IS says 1"),
    ("RisImporterTestDOI.ris", 1, "issn", "both", "two SN lines: JabRef keeps the electronic ISSN, we the print one"),
    ("MedlinePlainImporterStringOutOfBounds.*", None, "type", "ours",
     "no PT line: MEDLINE records journal articles and gives books and chapters their own PT, so we read an article "
     "(as Zotero does); JabRef says misc"),
    ("MedlinePlainImporterStringOutOfBounds.*", None, "pmid", "ours", "JabRef glues the next, invalid line onto the PMID"),
    ("MedlinePlainImporterTestCompleteEntry.txt", 1, "keywords", "ours",
     "both make the MeSH headings keywords, we by descriptor ('Women, Working'); JabRef joins them with commas, "
     "which cuts headings such as 'History, 20th Century' in two"),
    ("MedlinePlainImporterTestInproceeding.txt", 1, "type", "ours", "JabRef reads PT 'Editorial' as a conference paper"),
    ("MedlinePlainImporterTestMultiAbstract.*", 1, "type", "ours",
     "NLM's 'Clinical Conference' and 'Consensus Development Conference' are articles reporting a conference"),
    ("MedlinePlainImporterTestMultiTitle.txt", 1, "title", "ours",
     "five TI lines, pieces of one title: we join them with spaces, keeping the file's punctuation; JabRef puts ': ' "
     "between pieces that have none"),
    ("NbibImporterTest.nbib", 1, "authors", "ours", "CN is a collective author, listed with the authors by PubMed; JabRef keeps it apart"),
    ("MarcX[Mm][Ll]*.bib", 1, "title", "ours", "BibLaTeX's subtitle is joined to the title ('Title: Subtitle'), as it prints"),
    ("CitaviXmlImporterTest3.bib", None, "abstract", "both",
     "the same words: we read the headings in capitals as the abstract's sections ('Objective: To portray…', "
     "'Results and evaluation: …'), JabRef keeps the text as written ('OBJECTIVE To portray…')"),
    ("RisImporterTest1.bib", 1, "issn", "ours", "'kmptns' is not an ISSN"),
    ("RisImporterTest3.bib", 1, "issn", "ours", "an ISBN, not an ISSN"),
]
# A record naming nothing a person could find the paper by (only a type, a
# language, an abstract, a lone author, a journal and a year, an @set's list
# of other entries) gives no paper here: reported by number, the rest
# imported. JabRef, an editor of BibTeX files, keeps every entry.
_NOT_FINDABLE = ("both", "a record naming no paper that could be found: JabRef keeps it, we report it by number")


def judged(name: str, number: int, field: str, mine) -> tuple[str, str]:
    if isinstance(mine, str) and "no title, DOI, PubMed id or link" in mine:
        return _NOT_FINDABLE
    for pattern, record, what, verdict, why in JUDGED:
        if fnmatch(name, pattern) and record in (None, number) and what in ("*", field):
            return verdict, why
    return "not judged", ""


def _present(field: str, value) -> bool:
    return any(value or []) if field == "journal" else bool(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    disagreements: dict[str, list] = defaultdict(list)
    extras: dict[str, list] = defaultdict(list)
    for fmt, (reader, patterns) in FORMATS.items():
        inputs = sorted({p for pattern in patterns for p in args.folder.glob(pattern)})
        compare(fmt, reader, inputs, tally, disagreements, extras)
        agreed, total = tally[fmt]
        verdicts = [judged(name, number, field, mine) for name, number, field, _theirs, mine in disagreements[fmt]]
        wrong_there = sum(verdict == "ours" for verdict, _why in verdicts)
        if total:
            print(f"{fmt:12} {agreed:4}/{total:<4} of JabRef's fields agree  {100 * agreed / total:5.1f} %  "
                  f"({len(inputs)} files; {len(extras[fmt])} fields read that JabRef leaves empty)")
            counts = ", ".join(f"{n} {v}" for v in ("ours", "both", "JabRef", "not judged")
                               if (n := sum(verdict == v for verdict, _why in verdicts)))
            print(f"{'':12} disagreements judged right: {counts or 'none'}; without the {wrong_there} where JabRef's "
                  f"value is wrong: {100 * agreed / max(total - wrong_there, 1):5.1f} %")
        else:
            print(f"{fmt:12} no fixtures in JabRef's importer tests")
        if args.list:
            for (name, number, field, theirs, mine), (verdict, why) in zip(disagreements[fmt], verdicts, strict=True):
                print(f"    {name} #{number} {field} [{verdict}: {why}]\n{' ' * 8}JabRef {theirs!r}\n{' ' * 8}ours   {mine!r}")
            for name, number, field, mine in extras[fmt]:
                print(f"    {name} #{number} {field}: only ours {mine!r}")
    print("files JabRef refuses:")
    for name in REFUSED:
        path = args.folder / name
        if not path.exists():
            continue
        source = Source(path=path, data=path.read_bytes())
        importer, _score, _errors = choose(source)
        if importer is None:
            print(f"    {name}: no reader")
            continue
        try:
            parsed = importer.parse(source)
            print(f"    {name}: {importer.NAME} read {len(parsed.papers)} paper(s), problems {[p.number for p in parsed.problems]}, "
                  f"warnings {parsed.warnings}")
        except Refused as refusal:
            print(f"    {name}: refused by {importer.NAME}: {refusal}")


if __name__ == "__main__":
    main()

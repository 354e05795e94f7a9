"""What ExoDesk reads, writes and cites: each kind declared once, here.

- FILE_TYPES, the files it opens. Built from them: the Import Files dialog's
  filter, the folder of a saved page taken with it (library/importing.py),
  and the packaging's file associations (packaging/file_types.py builds the
  macOS Info.plist; a test checks the Windows installer and the Linux
  .desktop file against it).
- EXPORT_FORMATS, the files it writes: the writers' registry
  (export/__init__.py), `exodesk export --format`, the export dialog and its
  file filter.
- CITATION_STYLES, the references it formats: export/cite.py, `exodesk cite
  --style` and the window's Copy Citation menu.

Plain data that imports nothing, so that the command line builds its parser
without loading the writers, the readers or citeproc. The labels are English;
the window translates them in the context named on each field, where
resources/translations holds them.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- what it opens -------------------------------------------------------------
#
# The readers recognise a file by what it holds, never by its name: an ending
# here only says which files the system and the dialog offer to ExoDesk.
# Citation files (.ris, .nbib, .bib) are ExoDesk's to open by default. Web
# pages, text, JSON, XML and PDF belong to the browser, the editor or the PDF
# reader: ExoDesk only offers itself in "Open with", it never takes them over.
#
# Only what an importer really reads is here (tests/test_packaging.py imports a
# sample of each).


@dataclass(frozen=True)
class FileType:
    name: str  # shown by the system in "Kind" and in "Open with"
    extensions: tuple[str, ...]
    mime: str  # the freedesktop shared-mime-info type
    uti: str  # the macOS Uniform Type Identifier
    # For the types ExoDesk declares itself (imported UTIs); read by packaging/file_types.py.
    conforms_to: tuple[str, ...] = ()  # noqa: V107 (read outside exodesk/)
    default: bool = False  # claim the default handler, or only appear in "Open with"
    page: bool = False  # a saved web page: its pictures and styles may be in a NAME_files folder beside it


FILE_TYPES = (
    FileType("RIS citation file", ("ris",), "application/x-research-info-systems",
             "org.exodesk.ris", ("public.plain-text",), default=True),
    FileType("PubMed citation file", ("nbib",), "application/x-nbib",
             "org.exodesk.nbib", ("public.plain-text",), default=True),
    FileType("BibTeX bibliography", ("bib",), "text/x-bibtex",
             "org.exodesk.bibtex", ("public.plain-text",), default=True),
    FileType("EndNote citation file", ("enw",), "application/x-endnote-refer",
             "org.exodesk.enw", ("public.plain-text",), default=True),
    FileType("Web page", ("html", "htm"), "text/html", "public.html", page=True),
    # Firefox saves a page served as XHTML under this name.
    FileType("Web page (XHTML)", ("xhtml",), "application/xhtml+xml", "public.xhtml", page=True),
    FileType("Web archive (MHTML)", ("mhtml", "mht"), "application/x-mimearchive",
             "org.exodesk.mhtml", ("public.data",)),
    FileType("Plain text", ("txt",), "text/plain", "public.plain-text"),
    FileType("CSL-JSON citations", ("json",), "application/json", "public.json"),
    FileType("EndNote XML", ("xml",), "application/xml", "public.xml"),
    FileType("PDF article", ("pdf",), "application/pdf", "com.adobe.pdf"),
)


def extensions() -> list[str]:
    return [ext for kind in FILE_TYPES for ext in kind.extensions]


# The endings, with their dot, of a saved web page.
PAGE_SUFFIXES = tuple(f".{ext}" for kind in FILE_TYPES if kind.page for ext in kind.extensions)
# The patterns of the Import Files dialog's filter: "*.ris *.nbib ...".
DIALOG_PATTERNS = " ".join(f"*.{ext}" for ext in extensions())


# -- what it writes and cites ---------------------------------------------------


@dataclass(frozen=True)
class ExportFormat:
    name: str  # the command line's --format, and the choice the window remembers
    title: str  # what a file dialog's filter calls it: "RIS (*.ris)"
    suffix: str  # the ending its files are saved with
    label: str  # the export dialog's choice (translated in the "ExportDialog" context)
    writer: str  # the module of exodesk.export whose export(papers) -> str writes it


EXPORT_FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("ris", "RIS", ".ris", "RIS — EndNote, Zotero, Mendeley, Reference Manager", "ris"),
    ExportFormat("bibtex", "BibTeX", ".bib", "BibTeX — LaTeX, JabRef", "bibtex"),
    ExportFormat("csl-json", "CSL-JSON", ".json", "CSL-JSON — Zotero, citation processors", "csl_json"),
    ExportFormat("csv", "CSV", ".csv", "CSV — Excel and other spreadsheets (UTF-8, Chinese kept)", "csv_export"),
)}
DEFAULT_FORMAT = "ris"  # offered first, until the person has chosen one


@dataclass(frozen=True)
class CitationStyle:
    name: str  # the command line's --style
    file: str  # the Citation Style Language file in resources/styles
    menu: str  # Copy Citation's entry, with its mnemonic (translated in the "Actions" context, gui/menus.py)
    et_al: bool  # writes a cut-short author list as "Han L, et al."


CITATION_STYLES: dict[str, CitationStyle] = {s.name: s for s in (
    CitationStyle("vancouver", "vancouver.csl", "&Vancouver", et_al=True),
    CitationStyle("apa", "apa.csl", "&APA", et_al=False),
    CitationStyle("ama", "american-medical-association.csl", "A&MA", et_al=True),
)}
# The clinic's own style, the handouts': the command line's default and the
# window's copy-with-format key.
DEFAULT_STYLE = "vancouver"


"""The files ExoDesk opens, and the macOS Info.plist that announces them.

One list for every platform: the PyInstaller spec builds the Info.plist from
it, and a test checks that the Windows installer script and the Linux .desktop
file name the same extensions.

Citation files (.ris, .nbib, .bib) are ExoDesk's to open by default. Web pages,
text, JSON, XML and PDF belong to the browser, the editor or the PDF reader:
ExoDesk only offers itself in "Open with", it never takes them over.

Only what an importer really reads is here (tests/test_packaging.py imports a
sample of each). EndNote's tagged export (.enw) is not: no importer reads it,
and the generic reader would keep little more than its DOI.
"""

from __future__ import annotations

from dataclasses import dataclass

BUNDLE_ID = "org.exodesk.ExoDesk"
APP_NAME = "ExoDesk"


@dataclass(frozen=True)
class FileType:
    name: str  # shown by the system in "Kind" and in "Open with"
    extensions: tuple[str, ...]
    mime: str  # the freedesktop shared-mime-info type
    uti: str  # the macOS Uniform Type Identifier
    conforms_to: tuple[str, ...] = ()  # for types ExoDesk declares itself (imported UTIs)
    default: bool = False  # claim the default handler, or only appear in "Open with"


FILE_TYPES = (
    FileType("RIS citation file", ("ris",), "application/x-research-info-systems",
             "org.exodesk.ris", ("public.plain-text",), default=True),
    FileType("PubMed citation file", ("nbib",), "application/x-nbib",
             "org.exodesk.nbib", ("public.plain-text",), default=True),
    FileType("BibTeX bibliography", ("bib",), "text/x-bibtex",
             "org.exodesk.bibtex", ("public.plain-text",), default=True),
    FileType("Web page", ("html", "htm"), "text/html", "public.html"),
    # Firefox saves a page served as XHTML under this name.
    FileType("Web page (XHTML)", ("xhtml",), "application/xhtml+xml", "public.xhtml"),
    FileType("Web archive (MHTML)", ("mhtml", "mht"), "application/x-mimearchive",
             "org.exodesk.mhtml", ("public.data",)),
    FileType("Plain text", ("txt",), "text/plain", "public.plain-text"),
    FileType("CSL-JSON citations", ("json",), "application/json", "public.json"),
    FileType("EndNote XML", ("xml",), "application/xml", "public.xml"),
    FileType("PDF article", ("pdf",), "application/pdf", "com.adobe.pdf"),
)


def extensions() -> list[str]:
    return [ext for kind in FILE_TYPES for ext in kind.extensions]


def info_plist(version: str) -> dict:
    """The Info.plist entries PyInstaller's BUNDLE adds to ExoDesk.app."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundlePackageType": "APPL",
        "LSApplicationCategoryType": "public.app-category.medical",
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "MIT licence",
        # The open-file event comes to the running Qt app (QFileOpenEvent).
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": kind.name,
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Default" if kind.default else "Alternate",
                "LSItemContentTypes": [kind.uti],
            }
            for kind in FILE_TYPES
        ],
        # Types macOS does not know itself; "imported" because ExoDesk does not own the format.
        "UTImportedTypeDeclarations": [
            {
                "UTTypeIdentifier": kind.uti,
                "UTTypeDescription": kind.name,
                "UTTypeConformsTo": list(kind.conforms_to),
                "UTTypeTagSpecification": {
                    "public.filename-extension": list(kind.extensions),
                    "public.mime-type": [kind.mime],
                },
            }
            for kind in FILE_TYPES
            if kind.conforms_to
        ],
    }

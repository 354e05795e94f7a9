"""The macOS Info.plist that announces the files ExoDesk opens.

The file types are declared once, in exodesk/formats.py: the
PyInstaller spec builds the Info.plist from them here, and a test checks that
the Windows installer script and the Linux .desktop file name the same
extensions.
"""

from __future__ import annotations

from exodesk import APP_NAME
from exodesk.formats import FILE_TYPES, extensions

BUNDLE_ID = "org.exodesk.ExoDesk"

__all__ = ["APP_NAME", "BUNDLE_ID", "FILE_TYPES", "extensions", "info_plist"]


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

"""The packaging files agree with each other and with the app.

The builds themselves run in packaging/build_linux.sh and the release
workflow; these checks catch, without building, an icon that is missing or a
file type added on one platform and forgotten on another.
"""

import configparser
import importlib.resources
import importlib.util
import plistlib
import re
import sys
from pathlib import Path

from PIL import Image

import exodesk

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def _file_types():
    # Loaded by path: a folder called "packaging" is no importable package here.
    spec = importlib.util.spec_from_file_location("file_types", PACKAGING / "file_types.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


FILE_TYPES = _file_types()
ALL_EXTENSIONS = ["ris", "nbib", "bib", "enw", "html", "htm", "xhtml", "mhtml", "mht", "txt", "json", "xml", "pdf"]
FIXTURES = Path(__file__).resolve().parent / "importers" / "fixtures"
# A file of each associated kind, as people save them, and the importer that must read it.
SAMPLE_OF = {
    "ris": "ris/zotero.ris",
    "nbib": "medline/pubmed_two_records.nbib",
    "bib": "bibtex/zotero.bib",
    "enw": "endnote-tagged/springer-download-citation.enw",
    "html": "html-meta/frontiers-venous-ulcers.html",
    "htm": "pubmed-html/bmc-wound-healing.html",
    "xhtml": "html-meta/tandf-json-ld-graph.html",
    "mhtml": "mhtml/mdpi-cosmetics.mhtml",
    "mht": "mhtml/wiley-vitiligo-gb18030.mht",
    "txt": "pubmed-text/chinese-article.txt",
    "json": "csl-json/zotero_library.csljson",
    "xml": "endnote-xml/endnote20_pubmed.xml",
    "pdf": "pdf/jds-elsevier-xmp.pdf",
}


def test_the_window_icon_is_found_through_importlib_resources():
    icon = importlib.resources.files("exodesk.resources") / "icons" / "exodesk.png"
    with icon.open("rb") as handle:
        image = Image.open(handle)
        assert (image.format, image.size, image.mode) == ("PNG", (256, 256), "RGBA")


def test_every_icon_size_and_format_is_there():
    icons = PACKAGING / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024):
        assert Image.open(icons / f"exodesk-{size}.png").size == (size, size)
    ico = Image.open(icons / "exodesk.ico")
    assert sorted(ico.info["sizes"]) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    icns = Image.open(icons / "exodesk.icns")
    assert icns.format == "ICNS"
    assert {(w, h) for w, h, _ in icns.info["sizes"]} >= {(16, 16), (32, 32), (128, 128), (256, 256), (512, 512)}


def test_the_info_plist_declares_the_app_and_every_import_format():
    plist = FILE_TYPES.info_plist(exodesk.__version__)
    plistlib.loads(plistlib.dumps(plist))  # a valid property list
    assert plist["CFBundleIdentifier"] == "org.exodesk.ExoDesk"
    assert plist["CFBundleShortVersionString"] == exodesk.__version__
    declared = {d["UTTypeIdentifier"]: d for d in plist["UTImportedTypeDeclarations"]}
    system_types = {"public.html": ["html", "htm"], "public.xhtml": ["xhtml"], "public.plain-text": ["txt"],
                    "public.json": ["json"],
                    "public.xml": ["xml"], "com.adobe.pdf": ["pdf"]}
    opened = []
    for document in plist["CFBundleDocumentTypes"]:
        (uti,) = document["LSItemContentTypes"]
        if uti in declared:
            opened += declared[uti]["UTTypeTagSpecification"]["public.filename-extension"]
        else:
            opened += system_types[uti]
    assert opened == ALL_EXTENSIONS
    ranks = {d["CFBundleTypeName"]: d["LSHandlerRank"] for d in plist["CFBundleDocumentTypes"]}
    assert [name for name, rank in ranks.items() if rank == "Default"] == [
        "RIS citation file", "PubMed citation file", "BibTeX bibliography", "EndNote citation file"]


def test_the_windows_installer_associates_the_same_formats():
    script = (PACKAGING / "windows" / "exodesk.iss").read_text(encoding="utf-8")
    open_with = re.findall(r'Subkey: "Software\\Classes\\\.(\w+)\\OpenWithProgids"', script)
    supported = re.findall(r'SupportedTypes"; ValueType: string; ValueName: "\.(\w+)"', script)
    defaults = re.findall(r'Subkey: "Software\\Classes\\\.(\w+)"; ValueType: string; ValueName: ""', script)
    assert sorted(open_with) == sorted(supported) == sorted(ALL_EXTENSIONS)
    assert defaults == ["ris", "nbib", "bib", "enw"]
    assert "PrivilegesRequired=lowest" in script


def test_the_linux_desktop_file_lists_the_same_types():
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str
    desktop.read(PACKAGING / "linux" / "org.exodesk.ExoDesk.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"] == "exodesk %F"
    assert entry["Icon"] == "org.exodesk.ExoDesk"
    mime_types = [t for t in entry["MimeType"].split(";") if t]
    assert mime_types == [kind.mime for kind in FILE_TYPES.FILE_TYPES]
    assert FILE_TYPES.extensions() == ALL_EXTENSIONS


def test_every_associated_extension_is_read_by_an_importer(tmp_path):
    """Opening a file of each associated kind imports it, by the reader made for it."""
    from exodesk.library import Library
    from exodesk.library.importing import IMPORTED, import_paths

    assert list(SAMPLE_OF) == ALL_EXTENSIONS
    read = []
    for extension, sample in SAMPLE_OF.items():
        source = FIXTURES / sample
        opened = tmp_path / f"{source.stem}.{extension}"
        opened.write_bytes(source.read_bytes())
        library = Library(tmp_path / f"{extension}.sqlite")  # one each: no merging between samples
        try:
            (result,) = import_paths(library, [opened])
        finally:
            library.close()
        read.append((extension, result.status, result.importer))
    assert read == [(extension, IMPORTED, sample.split("/")[0]) for extension, sample in SAMPLE_OF.items()]


def test_the_import_dialog_offers_the_same_extensions():
    from exodesk.gui.main_window import IMPORT_FILTER

    offered = re.findall(r"\*\.(\w+)", IMPORT_FILTER.split(";;")[0])
    assert sorted(offered) == sorted(ALL_EXTENSIONS)

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
ALL_EXTENSIONS = ["ris", "nbib", "bib", "html", "htm", "mhtml", "mht", "txt", "json", "xml", "pdf"]


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
    system_types = {"public.html": ["html", "htm"], "public.plain-text": ["txt"], "public.json": ["json"],
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
        "RIS citation file", "PubMed citation file", "BibTeX bibliography"]


def test_the_windows_installer_associates_the_same_formats():
    script = (PACKAGING / "windows" / "exodesk.iss").read_text(encoding="utf-8")
    open_with = re.findall(r'Subkey: "Software\\Classes\\\.(\w+)\\OpenWithProgids"', script)
    supported = re.findall(r'SupportedTypes"; ValueType: string; ValueName: "\.(\w+)"', script)
    defaults = re.findall(r'Subkey: "Software\\Classes\\\.(\w+)"; ValueType: string; ValueName: ""', script)
    assert sorted(open_with) == sorted(supported) == sorted(ALL_EXTENSIONS)
    assert defaults == ["ris", "nbib", "bib"]
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

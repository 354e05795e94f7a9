"""The declarations of what ExoDesk reads, writes and cites hold together."""

import importlib.resources
import re

from exodesk.export import EXPORTERS, SUFFIXES
from exodesk.formats import (
    CITATION_STYLES,
    DEFAULT_FORMAT,
    DEFAULT_STYLE,
    DIALOG_PATTERNS,
    EXPORT_FORMATS,
    extensions,
)
from exodesk.library.importing import collect_files


def test_the_import_dialog_offers_every_declared_ending_once():
    assert re.findall(r"\*\.(\w+)", DIALOG_PATTERNS) == extensions()
    assert len(set(extensions())) == len(extensions())


def test_a_saved_page_brings_its_folder_whatever_its_declared_ending(tmp_path):
    for ending in ("html", "htm", "xhtml"):
        page = tmp_path / ending / f"article.{ending}"
        (page.parent / "article_files").mkdir(parents=True)
        page.write_text("<html></html>", encoding="utf-8")
        (page.parent / "article_files" / "figure.png").write_bytes(b"\x89PNG")
        assert collect_files([page.parent]) == [(page, [page.parent / "article_files" / "figure.png"])]


def test_every_declared_export_format_has_its_writer_and_ending():
    assert list(EXPORTERS) == list(SUFFIXES) == list(EXPORT_FORMATS)
    assert DEFAULT_FORMAT in EXPORT_FORMATS
    for name, declared in EXPORT_FORMATS.items():
        assert EXPORTERS[name].__module__ == f"exodesk.export.{declared.writer}"
        assert SUFFIXES[name] == declared.suffix and declared.suffix.startswith(".")


def test_every_declared_citation_style_is_shipped_with_a_mnemonic():
    styles = importlib.resources.files("exodesk.resources") / "styles"
    assert DEFAULT_STYLE in CITATION_STYLES
    for style in CITATION_STYLES.values():
        assert (styles / style.file).is_file()
        assert style.menu.count("&") == 1

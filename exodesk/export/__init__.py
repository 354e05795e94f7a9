"""Export papers to the files other tools read: name -> function(papers) -> text.

The formats are declared in exodesk/formats.py; each names the module here
whose `export(papers)` writes it.

`export_papers` and `write_atomically` (export/files.py) are what the window
and the command line call: a damaged paper is skipped and named, the file is
written whole or not at all.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from pathlib import Path

from exodesk.export.files import (
    Exported,
    ExportError,
    Skipped,
    load_papers,
    render,
    write_atomically,
)
from exodesk.formats import EXPORT_FORMATS
from exodesk.model import Paper

EXPORTERS: dict[str, Callable[[list[Paper]], str]] = {
    name: importlib.import_module(f"exodesk.export.{declared.writer}").export
    for name, declared in EXPORT_FORMATS.items()
}
# The file ending each format is saved with.
SUFFIXES = {name: declared.suffix for name, declared in EXPORT_FORMATS.items()}

__all__ = ["EXPORTERS", "SUFFIXES", "ExportError", "Exported", "Skipped", "export", "export_papers",
           "export_file", "write_atomically"]


def export(papers: list[Paper], fmt: str) -> str:
    return EXPORTERS[fmt](papers)


def export_papers(fmt: str, ids: Iterable[int], load: Callable[[int], Paper]) -> Exported:
    """The papers numbered `ids` (each read by `load`, e.g. Library.get) in
    format `fmt`; a paper that cannot be read or written is in `skipped`."""
    papers, unreadable = load_papers(ids, load)
    exported = render(papers, fmt, EXPORTERS[fmt])
    exported.skipped = unreadable + exported.skipped
    return exported


def export_file(target: Path | str, fmt: str, ids: Iterable[int], load: Callable[[int], Paper]) -> Exported:
    """export_papers written to `target` atomically (ExportError if it cannot be)."""
    exported = export_papers(fmt, ids, load)
    write_atomically(target, exported.text)
    return exported

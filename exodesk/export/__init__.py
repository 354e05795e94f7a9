"""Export papers to the files other tools read: name -> function(papers) -> text."""

from __future__ import annotations

from collections.abc import Callable

from exodesk.export import bibtex, csl_json, csv_export, ris
from exodesk.model import Paper

EXPORTERS: dict[str, Callable[[list[Paper]], str]] = {
    "ris": ris.export,
    "bibtex": bibtex.export,
    "csl-json": csl_json.export,
    "csv": csv_export.export,
}
# The file ending each format is saved with.
SUFFIXES = {"ris": ".ris", "bibtex": ".bib", "csl-json": ".json", "csv": ".csv"}


def export(papers: list[Paper], fmt: str) -> str:
    return EXPORTERS[fmt](papers)

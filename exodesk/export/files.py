"""Exports that are safe to write: a damaged paper is skipped and named, the
rest are written, and the file appears whole or not at all.

A stored record that cannot be read, or one that a format cannot write
(a month 13, a date of letters, text that is not valid Unicode), used to make
the whole export fail. Each is now set aside with its reason. The file is
written beside its target under a temporary name and renamed over it, so a
failure half-way (a full disk, a killed process) leaves the old file as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from exodesk.model import Paper


class ExportError(Exception):
    """The export file could not be written; the message names it and why."""


@dataclass
class Skipped:
    paper_id: int | None
    reason: str

    def line(self) -> str:
        return f"paper #{self.paper_id} skipped: {self.reason}" if self.paper_id is not None else f"a paper skipped: {self.reason}"


@dataclass
class Exported:
    text: str
    written: int
    skipped: list[Skipped] = field(default_factory=list)


def render(papers: list[Paper], fmt: str, exporter: Callable[[list[Paper]], str]) -> Exported:
    """The papers in a format; a paper the format cannot write is skipped."""
    try:
        return Exported(_checked(exporter(papers)), len(papers))
    except Exception:  # some paper's values: find which, and write the others
        pass
    good, skipped = [], []
    for paper in papers:
        try:
            _checked(exporter([paper]))
            good.append(paper)
        except Exception as error:
            skipped.append(Skipped(paper.id, f"it could not be written as {fmt} ({_why(error)})"))
    return Exported(exporter(good), len(good), skipped)


def _checked(text: str) -> str:
    text.encode("utf-8")  # a lone surrogate from a damaged record cannot be saved
    return text


def _why(error: Exception) -> str:
    text = str(error).splitlines()[0][:200] if str(error) else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def load_papers(ids: Iterable[int], load: Callable[[int], Paper]) -> tuple[list[Paper], list[Skipped]]:
    """Each paper from `load` (Library.get); one whose stored record is damaged is skipped."""
    papers, skipped = [], []
    for paper_id in ids:
        try:
            paper = load(paper_id)
        except KeyError:
            skipped.append(Skipped(paper_id, "there is no such paper"))
            continue
        except Exception as error:
            # The library says what is damaged (DamagedRecord.reason); anything else is named by its type.
            why = getattr(error, "reason", None) or _why(error)
            skipped.append(Skipped(paper_id, f"its stored record is damaged ({why})"))
            continue
        paper.id = paper_id
        papers.append(paper)
    return papers, skipped


def write_atomically(target: Path | str, text: str | bytes) -> None:
    """Write `text` (UTF-8, line ends as given; or bytes) to `target` whole,
    or raise ExportError and leave whatever was there untouched."""
    target = Path(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise ExportError(f"{target} could not be written: {_reason(error, target)}") from None
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(temporary, target)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise ExportError(f"{target} could not be written: {_reason(error, target)}") from None
        raise
    _sync_folder(target.parent)


def _reason(error: OSError, target: Path) -> str:
    if isinstance(error, FileNotFoundError):
        return f"its folder {target.parent} does not exist"
    if isinstance(error, PermissionError):
        return "the folder or file may not be written"
    return error.strerror or str(error)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)

"""Reading and recognising one file, before the library is touched.

Everything here works on the file alone: its size and kind, its bytes and
their hash, which reader takes it and the papers that reader finds, prepared
for the library. So it can run in worker processes for many files at once
(library/parallel.py) while this process stores what they found.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from exodesk.importers import Refused, Source, choose
from exodesk.importers.registry import CERTAIN, other_guesses
from exodesk.library.prepared import stored_text

if TYPE_CHECKING:
    from exodesk.library.parallel import Part

# Saved pages are small; a larger "text" file is a mistake (a log, a data
# dump) and would only slow everything down. Bibliography exports are the
# exception: PubMed exports up to 10,000 records, 30-40 MB with abstracts.
MAX_TEXT_BYTES = 10 * 1024 * 1024
MAX_BIBLIOGRAPHY_BYTES = 100 * 1024 * 1024
MAX_PDF_BYTES = 200 * 1024 * 1024
BIBLIOGRAPHY_READERS = {"ris", "bibtex", "medline", "csl-json", "endnote-xml"}
# Asset files of a saved page: never papers themselves.
ASSET_SUFFIXES = {".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico",
                  ".woff", ".woff2", ".ttf", ".otf", ".eot", ".map"}
# Opening a named pipe waits for a writer, for ever; a device can be endless.
# Such files are named by kind and never opened.
NOT_FILES = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"))


_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def shown_text(text: str) -> str:
    """Text for one line of a report: control characters (a newline in a file
    name would start a line of its own) and the marks that reverse the order
    of what follows are shown as escapes, never obeyed."""
    text = stored_text(text)
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def failure_reason(error: BaseException) -> str:
    """Why a file that made ExoDesk fail was refused (the details go to the log)."""
    return (f"could not be imported: ExoDesk failed on it ({type(error).__name__}: {shown_text(str(error))[:300]}); "
            "the details are in ExoDesk's log")


@dataclass
class Examined:
    """A file read and recognised, not yet stored."""

    path: Path
    file_hash: str | None = None
    data: bytes = b""
    importer: str = ""  # the reader's NAME
    detect_errors: list[str] = field(default_factory=list)
    # The prepared papers, part by part (library/parallel.py): a list, or an
    # iterator that reads the next part while the last is being stored.
    parts: Iterable = field(default_factory=list)
    refusal: str = ""  # refused before anything was stored
    known: list[int] = field(default_factory=list)  # imported before: this exact file's papers
    left_here: bool = False  # large: a worker leaves it to the importing process


def examine(path: Path, companions: list[Path], *, suggest: bool = False, known=None,
            in_worker: bool = False) -> Examined:
    """Read, recognise and parse a file. `known(file_hash)` gives the papers of
    an exact file imported before, which are then not read again."""
    from exodesk.library.parallel import (
        prepared_parts,
        read_part,
        start_workers,
        worth_workers,
    )

    if path.suffix.lower() in ASSET_SUFFIXES:
        return Examined(path, refusal="an image, style or script file, not a paper")
    try:
        data = _read(path)
    except Refused as refusal:
        return Examined(path, refusal=str(refusal))
    except OSError as error:
        return Examined(path, refusal=f"could not be read ({error.strerror or error})")
    examined = Examined(path, file_hash=hashlib.sha256(data).hexdigest(), data=data)
    if known:
        examined.known = known(examined.file_hash)
        if examined.known:
            return examined
    big = worth_workers(len(data))
    if big and in_worker:
        return Examined(path, left_here=True)  # it gets workers of its own
    # A large file is read by worker processes: they start now, while this
    # one decodes and recognises the file.
    pool = start_workers() if big else None
    source = Source(path=path, data=data, companions=companions)
    importer, score, examined.detect_errors = choose(source)
    if importer is None:
        if pool is not None:
            pool.close()
        examined.refusal = "not a kind of file ExoDesk can read"
        if source.text is None:
            examined.refusal = f"not readable as text: {source.decoded[1]}"
        return examined
    if pool is None and score < CERTAIN:  # a guess, read whole here: another may read what it refuses
        importer, part = _read_guessed(importer, source, suggest=suggest, keep_papers=not in_worker)
        examined.importer, examined.parts = importer.NAME, [part]
        return examined
    examined.importer = importer.NAME
    if in_worker:
        examined.parts = [read_part(importer, source, suggest=suggest)]
    else:
        examined.parts = prepared_parts(importer, source, suggest=suggest, pool=pool)
    return examined


def _read_guessed(importer: ModuleType, source: Source, *, suggest: bool, keep_papers: bool) -> tuple[ModuleType, Part]:
    """The file read by the reader that guessed it best or, when that one
    refuses it, by the next that reads it. A claimed format (CERTAIN) never
    comes here: its own refusal, with its reason, stands."""
    from exodesk.library.parallel import read_part

    part = read_part(importer, source, suggest=suggest, keep_papers=keep_papers)
    if part.refusal:
        for other in other_guesses(source, importer):
            tried = read_part(other, source, suggest=suggest, keep_papers=keep_papers)
            if not tried.refusal:
                return other, tried
    return importer, part


def examine_files(files: list[tuple[Path, list[Path]]], suggest: bool) -> list[Examined]:
    """In a worker: several files, each examined whole (a large one is left).
    A file that fails is refused on its own; the others of the job go on."""
    from exodesk.library.parallel import known_before

    def known(file_hash: str) -> list[int]:  # the importing process finds which papers
        return [0] if known_before(file_hash) else []

    found = []
    for path, companions in files:
        try:
            found.append(examine(path, companions, suggest=suggest, known=known, in_worker=True))
        except Exception as error:
            found.append(Examined(path, refusal=failure_reason(error)))
    return found


def _signature(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns


def _read(path: Path) -> bytes:
    status = os.stat(path)
    _refuse_if_not_a_file(status.st_mode)
    before = (status.st_size, status.st_mtime_ns)  # as _signature gives it
    size = before[0]
    # Not blocking: if a pipe took the file's place since it was looked at,
    # opening it returns at once, and it is refused below.
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as handle:
        _refuse_if_not_a_file(os.fstat(descriptor).st_mode)
        head = handle.read(5)
        limit = MAX_PDF_BYTES if head.startswith(b"%PDF") else MAX_TEXT_BYTES
        if limit == MAX_TEXT_BYTES and size > limit:
            start = head + handle.read(8192)
            handle.seek(len(head))
            if _is_bibliography(path, start):
                limit = MAX_BIBLIOGRAPHY_BYTES
        if size > limit:
            raise Refused(
                f"the file is too large ({size / 1048576:.1f} MB; the limit for this kind is "
                f"{limit // 1048576} MB)"
            )
        # One byte more than its size, never more than the limit: a file that
        # grows while it is read is found out by the byte more. (Asking for
        # the limit itself made Python set aside 10 MB for each file: 0.05 s
        # of the workers' processor time for 1,000 files.)
        data = head + handle.read(max(size + 1 - len(head), 0))
    if len(data) > limit or _signature(path) != before or len(data) != size:
        raise Refused("the file changed while it was being read (is it still being saved?); import it again")
    return data


def _refuse_if_not_a_file(mode: int) -> None:
    for test, kind in NOT_FILES:
        if test(mode):
            raise Refused(f"skipped: {kind}, not a file; it was not opened")
    if not stat.S_ISREG(mode):
        raise Refused("skipped: not a regular file; it was not opened")


def _is_bibliography(path: Path, start: bytes) -> bool:
    """Whether a file's first kilobytes (cut at a line's end) read as a bibliography export."""
    start = start[: start.rfind(b"\n") + 1] or start
    importer, _score, _errors = choose(Source(path=path, data=start))
    return importer is not None and importer.NAME in BIBLIOGRAPHY_READERS



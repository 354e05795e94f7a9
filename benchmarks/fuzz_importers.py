"""Mutation fuzzing of every importer in the registry.

    python benchmarks/fuzz_importers.py [--inputs 100000] [--seed 1]

Inputs are the seeds and the importer fixtures (tests/importers/fixtures),
mutated: bytes flipped, inserted, deleted, repeated; files cut short or
spliced together; markup nested deep; text re-encoded. Every importer in
exodesk.importers.IMPORTERS is asked to detect each input, and those that
claim it to parse it. A failure is detect() raising or returning a score
outside 0..1, or parse() raising anything but Refused or returning anything
but Parsed, or one reader taking more than HANG_SECONDS over an input. The
slowest reader's time is reported.
tests/importers/test_fuzz.py runs a fixed-seed subset.
"""

from __future__ import annotations

import argparse
import faulthandler
import logging
import random
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from exodesk.importers import IMPORTERS, Parsed, Refused, Source

ROOT = Path(__file__).resolve().parents[1]
# A reader spending more CPU time than this on one input has failed: no input may hang it.
HANG_SECONDS = 10

# Pieces that mean something to some reader: markup, JSON, labels, identifiers.
TOKENS = [
    b"<", b">", b"</div>", b"<script>", b"<meta name=\"citation_title\" content=\"", b"{", b"}", b"[", b"]",
    b"\"", b":", b"\\u", b"&amp;", b"&#x", b"\x00", b"\r\n", b"\n\n", b"|", b"---|", b"TY  - ", b"ER  - ",
    b"@article{", b"PMID- ", b"AU  - ", b"doi: 10.", b"10.1000/", b"PMID: ", b"PMC", b"Abstract\n",
    b"Recommended Citation\n", b"2024 Jul 16;25(14):7794.", b"\xe6\x91\x98\xe8\xa6\x81", b"\xff\xfe",
    b"\xef\xbb\xbf", b"<!ENTITY a \"aaaaaaaaaa\">", b"&a;", b"MIME-Version: 1.0\n", b"%PDF-1.7\n",
]


def corpus() -> list[tuple[str, bytes]]:
    """(suffix, bytes) of every seed and importer fixture (not the expected JSON)."""
    files = sorted((ROOT / "seeds").glob("*.txt"))
    fixtures = ROOT / "tests" / "importers" / "fixtures"
    if fixtures.is_dir():
        files += sorted(p for p in fixtures.rglob("*") if p.is_file() and p.suffix != ".json")
    return [(p.suffix.lower(), p.read_bytes()) for p in files]


def mutate(data: bytes, rng: random.Random, others: list[tuple[str, bytes]]) -> bytes:
    """One to four random changes to `data`."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        size = len(data)
        kind = rng.randrange(10)
        at = rng.randint(0, size)
        if kind == 0 and size:  # flip bytes
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(size)] = rng.randrange(256)
        elif kind == 1:  # a meaningful token
            data[at:at] = rng.choice(TOKENS) * rng.choice((1, 1, 2, 50))
        elif kind == 2:  # delete a range
            data[at : at + rng.randint(1, 2000)] = b""
        elif kind == 3:  # repeat a range
            piece = data[at : at + rng.randint(1, 300)]
            data[at:at] = piece * rng.randint(2, 200)
        elif kind == 4:  # cut short
            data = data[: rng.randint(0, size)]
        elif kind == 5:  # splice another file in
            other = rng.choice(others)[1]
            start = rng.randint(0, len(other))
            data[at:at] = other[start : start + rng.randint(1, 4000)]
        elif kind == 6:  # deep nesting
            opener, closer = rng.choice(((b"<div>", b"</div>"), (b"[", b"]"), (b"{\"a\":", b"}"), (b"(", b")")))
            depth = rng.choice((50, 1000, 20000))
            data[at:at] = opener * depth + closer * rng.choice((0, depth))
        elif kind == 7:  # re-encode the text
            text = bytes(data).decode("utf-8", "replace")
            data = bytearray(text.encode(rng.choice(("utf-16", "utf-16-le", "gb18030", "big5", "cp1252")), "replace"))
        elif kind == 8:  # a huge line or string
            data[at:at] = rng.choice((b"a", b"\xe5\xa4\x96", b" ", b"\"")) * rng.choice((10_000, 200_000))
        else:  # swap two lines
            lines = bytes(data).split(b"\n")
            if len(lines) > 2:
                i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
                data = bytearray(b"\n".join(lines))
    return bytes(data)


@dataclass
class Outcome:
    inputs: int = 0
    parses: int = 0
    refusals: int = 0
    papers: int = 0
    failures: list[str] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")


def try_input(data: bytes, suffix: str, outcome: Outcome, label: str) -> None:
    """Detect with every importer, parse with each that claims the input."""
    outcome.inputs += 1
    for importer in IMPORTERS:
        source = Source(path=Path(f"fuzzed{suffix}"), data=data)
        started = time.process_time()  # CPU time: other work on the machine must not look like a hang
        try:
            score = importer.detect(source)
            if not 0.0 <= float(score) <= 1.0:
                raise ValueError(f"score {score!r} outside 0..1")
        except Exception:
            outcome.failures.append(f"{importer.NAME}.detect on {label}: {traceback.format_exc(limit=-2)}")
            continue
        if not score:
            continue
        outcome.parses += 1
        try:
            parsed = importer.parse(source)
            if not isinstance(parsed, Parsed):
                raise TypeError(f"parse returned {type(parsed).__name__}")
            outcome.papers += len(parsed.papers)
        except Refused:
            outcome.refusals += 1
        except Exception:
            outcome.failures.append(f"{importer.NAME}.parse on {label}: {traceback.format_exc(limit=-2)}")
        elapsed = time.process_time() - started
        if elapsed > HANG_SECONDS:
            outcome.failures.append(f"{importer.NAME} on {label}: detect and parse took {elapsed:.0f} s, a hang")
        if elapsed > outcome.slowest[0]:
            outcome.slowest = (elapsed, f"{importer.NAME} on {label} ({len(data):,} bytes)")


def fuzz(inputs: int, seed: int, *, report=None) -> Outcome:
    rng = random.Random(seed)
    files = corpus()
    outcome = Outcome()
    reported = 0
    for number in range(inputs):
        suffix, data = rng.choice(files)
        # An input still being read after a minute is a hang: show where.
        faulthandler.dump_traceback_later(60)
        try_input(mutate(data, rng, files), suffix, outcome, f"input {number} (seed {seed})")
        faulthandler.cancel_dump_traceback_later()
        if report:
            # Failures are shown as they happen, so a long run is worth watching.
            for failure in outcome.failures[reported:]:
                report(f"FAILURE: {failure}")
            reported = len(outcome.failures)
            if (number + 1) % 1_000 == 0:
                report(f"{number + 1:,} inputs, {len(outcome.failures)} failures")
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)  # the PDF and BibTeX libraries log every broken input
    started = time.perf_counter()
    outcome = fuzz(args.inputs, args.seed, report=lambda line: print(line, flush=True))
    print(f"inputs fuzzed: {outcome.inputs:,} across {len(IMPORTERS)} importers "
          f"({', '.join(i.NAME for i in IMPORTERS)}) in {time.perf_counter() - started:.0f} s")
    print(f"parses: {outcome.parses:,} ({outcome.papers:,} papers, {outcome.refusals:,} refusals); "
          f"slowest parse {outcome.slowest[0] * 1000:.0f} ms: {outcome.slowest[1]}")
    print(f"failures: {len(outcome.failures)}")
    return 1 if outcome.failures else 0


if __name__ == "__main__":
    sys.exit(main())

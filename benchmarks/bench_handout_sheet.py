"""The patient sheet for a condition with 200 and with 5,000 papers: build and fit.

    .venv/bin/python benchmarks/bench_handout_sheet.py

The papers are the layout tests' generated library (tests/handouts/entries.py,
`many_studies`): every design, results pointing both ways, harms in every
form, long titles and author lists. Each sheet is built (relevance, GRADE
certainty, harms, the parts) and fitted to two pages a language (the table
shortened until it fits, a PDF drawn for each try), warm: first run, then the
median of five. Target: under 1 s warm at 5,000 papers; time and size should
stay flat as the papers grow.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

# The generator the layout tests use, so the benchmark measures the sheets they check.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from handouts.entries import CLINIC, PRODUCED, many_studies  # noqa: E402

from exodesk.handouts.content import build_handout  # noqa: E402
from exodesk.handouts.pdf import fitted  # noqa: E402


def make(entries, language: str, paper: str):
    handout = build_handout(condition="psoriasis", entries=entries, clinic=CLINIC, language=language,
                            produced=PRODUCED)
    return fitted(handout, paper=paper)


def main() -> int:
    for count in (200, 5000):
        entries = many_studies(count)
        for language in ("en", "zh-Hant", "both"):
            for paper in ("a4", "letter"):
                started = time.perf_counter()
                handout, pdf = make(entries, language, paper)
                first = time.perf_counter() - started
                runs = []
                for _ in range(5):
                    started = time.perf_counter()
                    make(entries, language, paper)
                    runs.append(time.perf_counter() - started)
                print(f"{count:>5} papers  {language:<8} {paper:<6}  first {first:.2f} s, warm median "
                      f"{statistics.median(runs):.2f} s (max {max(runs):.2f}); {handout.rows} rows, "
                      f"{len(pdf) / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

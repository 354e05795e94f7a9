"""Time to build a 10-study bilingual handout, and its size.

    .venv/bin/python benchmarks/bench_handout.py

Targets: under 0.5 s in a warm process, under 1 s from a cold start (a new
Python process: imports, font loading, content and PDF), under 300 KB.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import time
from pathlib import Path

from exodesk.handouts.content import Clinic, build_handout
from exodesk.handouts.pdf import render_pdf
from exodesk.model import Author, Notes, Paper

DESIGNS = [
    ("randomised controlled trial", 64, "2"), ("randomised controlled trial", 120, "2"),
    ("non-randomised controlled study", 60, "3"), ("phase I/II clinical trial (single arm)", 24, "4"),
    ("case series", 15, "4"), ("case report", 1, "4"), ("case series", 9, "4"),
    ("preclinical study (animal or laboratory)", None, "5"), ("narrative review", None, "not graded"),
    ("systematic review / meta-analysis", 742, "1"),
]


def entries():
    out = []
    for i, (design, people, level) in enumerate(DESIGNS):
        paper = Paper(
            title=f"Mesenchymal stem cell exosomes for plaque psoriasis: study {i + 1}",
            authors=[Author(f"Author{i}", "Mei Ling"), Author("Chan", "Tai Man"), Author("Wong", "Ka Yan")],
            journal_abbrev="J Dermatol Res", date=f"{2015 + i}-05-0{1 + i % 9}", volume=str(10 + i), issue="3",
            pages=f"{100 + i}-{110 + i}", doi=f"10.1000/jdr.{2015 + i}.{i}",
        )
        notes = Notes(study_design=design, sample_size=people, evidence_level=level, conditions=["psoriasis"],
                      intervention="umbilical cord MSC-derived exosomes", direction="improved",
                      summary_en=f"Skin scaling eased in more treated people at 12 weeks (study {i + 1}).",
                      summary_zh=f"接受治療的人在第12週時皮屑減少較多（研究{i + 1}）。",
                      adverse_events="none reported" if people else "")
        out.append((paper, notes))
    return out


def build_once() -> bytes:
    handout = build_handout(condition="psoriasis", entries=entries(), clinic=Clinic("Harbour Skin Clinic", "2345 6789"),
                            language="both", produced=dt.date(2026, 11, 23))
    return render_pdf(handout, invariant=True)


COLD = """
import time; start = time.perf_counter()
import sys; sys.path.insert(0, {folder!r})
from bench_handout import build_once
data = build_once()
print(time.perf_counter() - start)
"""


def main() -> None:
    first_start = time.perf_counter()
    data = build_once()
    first = time.perf_counter() - first_start
    warm = []
    for _ in range(10):
        start = time.perf_counter()
        build_once()
        warm.append(time.perf_counter() - start)
    cold_inside, cold_wall = [], []
    for _ in range(3):
        start = time.perf_counter()
        code = COLD.format(folder=str(Path(__file__).resolve().parent))
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        cold_wall.append(time.perf_counter() - start)
        cold_inside.append(float(result.stdout.strip()))
    print(f"10-study bilingual handout, {len(data) / 1024:.0f} KB")
    print(f"first build in this process (fonts loaded): {first:.3f} s")
    print(f"warm build: median {statistics.median(warm):.3f} s, max {max(warm):.3f} s (10 runs)")
    print(f"cold start, imports to PDF bytes: median {statistics.median(cold_inside):.3f} s (3 runs)")
    print(f"cold start, whole new process: median {statistics.median(cold_wall):.3f} s (3 runs)")


if __name__ == "__main__":
    main()

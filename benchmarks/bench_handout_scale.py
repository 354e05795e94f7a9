"""A handout for a condition with 200 papers, in a 100,000-paper library.

    python benchmarks/bench_handout_scale.py --library FILE   # generated first if missing
    python benchmarks/bench_handout_scale.py --library postgresql://...   # a shared library (pg_server.py)

The library gets (once) 200 papers on hidradenitis suppurativa, a condition
the generator never writes about: 120 linked to it by confirmed notes, 80
naming it only in their abstracts, so the suggestion engine must find them.
Then the handout is made as `exodesk handout` makes it: the candidate papers
picked (notes first, then suggestions), the content built, the PDF drawn.
Timed in this process (first run, then the median of three) and as the
command in a new process. Target: under 2 s.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate_library import large_library, make_paper  # noqa: E402

from exodesk.library import Library  # noqa: E402
from exodesk.library.locations import open_library  # noqa: E402
from exodesk.model import Abstract, Notes  # noqa: E402

CONDITION = "hidradenitis-suppurativa"
LINKED, NAMED = 120, 80
DESIGNS = [("randomised controlled trial", "2"), ("case series", "4"), ("cohort study", "3"),
           ("systematic review / meta-analysis", "1"), ("case report", "4"), ("narrative review", "not graded")]


def add_condition_papers(library: Library) -> int:
    """Add the 200 papers unless they are there; how many name the condition."""
    named = len(library.search_ids("hidradenitis suppurativa"))
    if named >= LINKED + NAMED:
        return named
    rng = random.Random(5)
    with library.transaction():
        for number in range(LINKED + NAMED):
            paper = make_paper(rng, 900_000 + number)
            paper.title = f"Exosome therapy in hidradenitis suppurativa: study {number + 1}"
            paper.abstracts = [
                Abstract("en", "Hidradenitis suppurativa is a chronic inflammatory skin disease. "
                               + paper.abstracts[0].text),
                Abstract("zh-Hant", "化膿性汗腺炎是一種慢性炎症性皮膚病。" + paper.abstracts[1].text),
            ]
            notes = None
            if number < LINKED:
                design, level = DESIGNS[number % len(DESIGNS)]
                notes = Notes(study_design=design, evidence_level=level, sample_size=rng.randint(8, 300),
                              conditions=[CONDITION], summary_en="Fewer painful nodules at 12 weeks.",
                              summary_zh="12週時疼痛結節較少。", adverse_events="none reported")
            library.insert_paper(paper, notes)
    return len(library.search_ids("hidradenitis suppurativa"))


def make_handout(library: Library) -> tuple[int, int]:
    """As `exodesk handout` does it: (papers in the handout, PDF bytes)."""
    from exodesk.evidence import vocabulary
    from exodesk.handouts.content import Clinic, build_handout
    from exodesk.handouts.pdf import render_pdf
    from exodesk.handouts.selection import handout_entries

    condition = vocabulary.by_id(CONDITION)
    entries = handout_entries(library, condition.id)
    handout = build_handout(condition=condition, entries=entries, clinic=Clinic("Harbour Skin Clinic", "2345 6789"),
                            language="both")
    return len(entries), len(render_pdf(handout))


def main(argv: list[str] | None = None) -> int:
    library_path = large_library(__doc__, argv)
    with open_library(library_path, backup=False) as library:
        named = add_condition_papers(library)
        total = library.count()
        started = time.perf_counter()
        papers, size = make_handout(library)
        first = time.perf_counter() - started
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            make_handout(library)
            runs.append(time.perf_counter() - started)
    commands = []
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "handout.pdf"
        for _ in range(3):  # on a file, the first of the day also backs up
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "exodesk.cli", "--library", str(library_path), "handout",
                            "hidradenitis suppurativa", "-o", str(output)], check=True, capture_output=True)
            commands.append(time.perf_counter() - started)
    print(f"{total:,} papers; {named} name the condition; the handout rests on {papers} papers, {size / 1024:.0f} KB")
    print(f"in this process: first {first:.2f} s, then median {statistics.median(runs):.2f} s "
          f"({', '.join(f'{r:.2f}' for r in runs)})")
    if commands:
        print(f"exodesk handout in a new process: {', '.join(f'{c:.2f}' for c in commands)} s "
              f"(target < 2 s; a first run of the day includes the daily backup)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

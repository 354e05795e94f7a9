"""Render the seed library's handouts for two conditions to PDF and PNG, to look at.

    .venv/bin/python docs/render_seed_handouts.py OUTPUT_FOLDER

The papers are the five seeds (built as in the suggestion tests), their notes
the suggestions, unconfirmed: so every sheet prints as a draft. Pages are turned
into PNG with poppler's pdftoppm.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from evidence.seed_papers import seed_papers  # noqa: E402

from exodesk.evidence.suggest import suggest_notes  # noqa: E402
from exodesk.handouts.content import Clinic, build_handout  # noqa: E402
from exodesk.handouts.pdf import render_pdf  # noqa: E402

CLINIC = Clinic(name="Harbour Skin Clinic", contact="2345 6789 or info@harbourskin.example")


def seed_entries(condition_id: str):
    entries = []
    for number, paper in sorted(seed_papers().items()):
        paper.id = int(number)
        notes = suggest_notes(paper)
        if condition_id in notes.conditions:
            entries.append((paper, notes))
    return entries


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for condition in ("systemic-sclerosis", "perianal-fistula"):
        for language in ("en", "zh-Hant", "both"):
            handout = build_handout(condition=condition, entries=seed_entries(condition), clinic=CLINIC,
                                    language=language, produced=dt.date(2026, 11, 23))
            pdf = out / f"handout-{condition}-{language}.pdf"
            pdf.write_bytes(render_pdf(handout, invariant=True))
            subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(pdf.with_suffix(""))], check=True)
            print(pdf.name, f"{pdf.stat().st_size / 1024:.0f} KB", "warnings:", handout.warnings)


if __name__ == "__main__":
    main(Path(sys.argv[1]))

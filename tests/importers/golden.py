"""Golden pairs: fixtures/<importer>/<case>.<ext> beside <case>.json.

The .json holds {"papers": [...], "problems": [record numbers]}: each paper as
Paper.to_dict() without provenance (provenance is checked by its own tests).
Run `python tests/importers/golden.py FILE` to print the record a file gives,
then read it line by line against the file before saving it as the .json.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from exodesk.importers import Source, choose  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


def read(path: Path):
    """(importer name, record as stored in a golden .json) for one file."""
    source = Source(path=path, data=path.read_bytes(), companions=_companions(path))
    importer, _score, errors = choose(source)
    assert not errors, errors
    assert importer is not None, f"no importer recognised {path.name}"
    parsed = importer.parse(source)
    papers = []
    for paper in parsed.papers:
        data = paper.to_dict()
        for key in ("provenance", "conflicts", "edited"):
            data.pop(key)
        papers.append(data)
    return importer.NAME, {"papers": papers, "problems": [p.number for p in parsed.problems]}


def _companions(path: Path) -> list[Path]:
    folder = path.with_name(path.stem + "_files")
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []


def cases() -> list[Path]:
    return sorted(
        p
        for p in FIXTURES.glob("*/*")
        if p.is_file() and p.suffix != ".json" and p.with_suffix(".json").exists()
    )


if __name__ == "__main__":
    name, record = read(Path(sys.argv[1]))
    print(f"importer: {name}", file=sys.stderr)
    print(json.dumps(record, ensure_ascii=False, indent=1))

"""How many page texts from any site come out right, field by field.

    python benchmarks/page_text_agreement.py [--code DIR] [--fixtures DIR]

Reads every saved page of tests/importers/fixtures/page-text/ (texts, and a
page saved as HTML without embedded metadata) with the
importer ExoDesk chooses, and compares each record with its hand-checked
golden record: title, authors, year, journal, DOI, PMID, abstract. A listing
page counts once per article it lists; a refused file or a missing record
counts every field of its articles as wrong. `--code DIR` reads with the
ExoDesk found in DIR (an older checkout, to compare with).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("title", "authors", "year", "journal", "doi", "pmid", "abstract")


def fields_of(paper: dict) -> dict:
    """The compared fields of one record as stored in a golden .json."""
    journals = {j for j in (paper.get("journal"), paper.get("journal_abbrev")) if j}
    return {
        "title": paper.get("title"),
        "authors": [(a["family"], a["given"], a["literal"]) for a in paper.get("authors", [])],
        "year": (paper.get("date") or "")[:4] or None,
        "journal": journals,
        "doi": paper.get("doi"),
        "pmid": paper.get("pmid"),
        "abstract": {a["language"]: a["text"] for a in paper.get("abstracts", [])},
    }


def agrees(name: str, got, expected) -> bool:
    if name == "journal":  # the name or its abbreviation, as the page printed it
        return bool(got & expected) or got == expected
    return got == expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="an ExoDesk checkout to read with")
    parser.add_argument("--fixtures", type=Path, default=ROOT / "tests/importers/fixtures/page-text")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from exodesk.importers import Refused, Source, choose

    right, records, refused, files = Counter(), 0, [], 0
    for path in sorted(p for p in args.fixtures.iterdir() if p.suffix in (".txt", ".html")):
        files += 1
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["papers"]
        records += len(expected)
        source = Source(path=path, data=path.read_bytes())
        importer, _score, _errors = choose(source)
        try:
            papers = importer.parse(source).papers if importer else []
        except Refused as error:
            refused.append(f"{path.name}: {error}")
            papers = []
        got = [fields_of(p.to_dict()) for p in papers]
        for index, wanted in enumerate(fields_of(p) for p in expected):
            if index < len(got):
                right.update(name for name in FIELDS if agrees(name, got[index][name], wanted[name]))
    print(f"{files} page texts, {records} article records expected, {len(refused)} files refused")
    for line in refused:
        print(f"  refused: {line}")
    print("| field | right | share |")
    print("| --- | --- | --- |")
    for name in FIELDS:
        print(f"| {name} | {right[name]} of {records} | {100 * right[name] / records:.0f} % |")
    whole = sum(right.values())
    print(f"| all seven | {whole} of {records * len(FIELDS)} | {100 * whole / (records * len(FIELDS)):.0f} % |")


if __name__ == "__main__":
    main()

"""MEDLINE fields read a field at a time give what reading line by line gives."""

import random

from exodesk.importers.medline import _records, _tagged


def line_by_line(text: str) -> list[list[tuple[str, str]]]:
    """Each record's (tag, value) pairs, read one line at a time: a line
    indented by six spaces goes on with the value before it."""
    records, record = [], []
    for raw in text.replace("\r\n", "\n").lstrip("\ufeff").split("\n"):
        tag, value = _tagged(raw) if raw[:1] not in ("", " ") else (None, "")
        if tag == "PMID" and record:
            records.append(record)
            record = []
        if tag:
            record.append([tag, value.strip()])
        elif raw.startswith("      ") and record:
            record[-1][1] += " " + raw.strip()
        elif not raw.strip() and record:
            records.append(record)
            record = []
        elif raw.strip():
            record.append(["?", raw.strip()])
    if record:
        records.append(record)
    return [[tuple(pair) for pair in record] for record in records]


LINES = ["PMID- 1", "PMID-2", "AB  - words ", "      going on ", "      ", "       deeper", "   ", "", "stray",
         " y ", "TI - short tag", "AU  - Nazari H", "OABL- spa", "\r", "\ufeff", "TI  -  padded  ", "\t", "AD  - x\u00a0"]


def test_fields_are_read_as_lines_are():
    rng = random.Random(4)
    texts = ["", "\n", "PMID- 1\nTI  - A\n      B\n\nPMID- 2\n      C\n"]
    texts += [rng.choice(["", "\ufeff"]) + "\n".join(rng.choice(LINES) for _ in range(rng.randint(1, 14)))
              + rng.choice(["", "\n", "\r\n"]) for _ in range(20000)]
    for text in texts:
        assert list(_records(text)) == line_by_line(text), repr(text)

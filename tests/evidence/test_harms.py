"""The notes' harms text: each form read into a report, and written back the same."""

import re

import pytest

from exodesk.evidence import harms
from exodesk.evidence.guarded import lowered
from exodesk.evidence.harms import (
    NAMED,
    NONE,
    NONE_SERIOUS,
    NOT_REPORTED,
    UNCLEAR,
    Harm,
    HarmsReport,
)

from .seed_papers import seed_papers

READ = [
    ("", HarmsReport(NOT_REPORTED)),
    ("not reported", HarmsReport(NOT_REPORTED)),
    ("none reported", HarmsReport(NONE)),
    ("no serious adverse events reported", HarmsReport(NONE_SERIOUS)),
    ("no serious adverse events reported; redness (3); itching (2)",
     HarmsReport(NONE_SERIOUS, (Harm("redness", 3), Harm("itching", 2)))),
    ("redness at the injection site (3); infection (1); headache",
     HarmsReport(NAMED, (Harm("redness at the injection site", 3), Harm("infection", 1), Harm("headache")))),
    # What older versions wrote.
    ("none reported (0 of 5 patients)", HarmsReport(NONE)),
    ("no serious adverse events reported (0 of 7 patients)", HarmsReport(NONE_SERIOUS)),
    ("no serious adverse events reported; side effects in 2 of 7 patients",
     HarmsReport(NONE_SERIOUS, (Harm("side effects", 2),))),
    ("reported in 2 of 7 patients", HarmsReport(NAMED, (Harm("side effects", 2),))),
    ("some reported (see the abstract's words)", HarmsReport(UNCLEAR)),
    ("described as well tolerated; no details given", HarmsReport(UNCLEAR)),
    # What people type.
    ("Mild erythema, pruritus in 2 patients", HarmsReport(NAMED, (Harm("redness"), Harm("itching", 2)))),
    ("2 patients had transient injection-site pain", HarmsReport(NAMED, (Harm("pain at the injection site", 2),))),
    ("bruising (n = 2); Fever", HarmsReport(NAMED, (Harm("bruising", 2), Harm("fever")))),
    ("cellulitis in three patients", HarmsReport(NAMED, (Harm("cellulitis", 3),))),
    ("红斑3例；瘙痒1例", HarmsReport(NAMED, (Harm("redness", 3), Harm("itching", 1)))),
    ("no side effects", HarmsReport(NONE)),
    ("未見明顯不良反應", HarmsReport(NONE)),
    ("???", HarmsReport(UNCLEAR)),
    ("redness; 42", HarmsReport(UNCLEAR)),
]


@pytest.mark.parametrize(("text", "report"), READ, ids=[t or "empty" for t, _ in READ])
def test_each_form_is_read(text, report):
    assert harms.parse(text) == report


@pytest.mark.parametrize(("text", "report"), READ, ids=[t or "empty" for t, _ in READ])
def test_a_report_written_reads_back_the_same(text, report):
    assert harms.parse(harms.format(report)) == report


def test_the_written_forms():
    assert [harms.format(HarmsReport(s)) for s in (NOT_REPORTED, NONE, NONE_SERIOUS, UNCLEAR)] == [
        "not reported", "none reported", "no serious adverse events reported", "unclear (see the abstract's words)"]
    assert harms.format(HarmsReport(NONE_SERIOUS, (Harm("erythema", 3), Harm("headache")))) == (
        "no serious adverse events reported; redness (3); headache")


def test_a_harm_has_one_plain_name():
    assert Harm("Transient  erythema") == Harm("redness")
    assert Harm("injection-site reactions", 2) == Harm("reaction at the injection site", 2)
    assert Harm("瘙癢").name == "itching"
    with pytest.raises(ValueError):
        Harm("redness; swelling")
    with pytest.raises(ValueError):
        HarmsReport(NAMED)
    with pytest.raises(ValueError):
        HarmsReport(NONE, (Harm("fever"),))


def test_chinese_names_come_from_the_vocabulary():
    assert [harms.name_zh(n) for n in ("redness", "erythema", "pain at the injection site", "cellulitis")] == [
        "皮膚發紅（紅斑）", "皮膚發紅（紅斑）", "注射部位疼痛", None]


def test_names_grouped_by_first_letter_find_what_one_alternative_per_name_finds():
    vocabulary = harms._vocabulary()
    names = sorted(vocabulary.by_name, key=len, reverse=True)
    one_each = re.compile(r"(?<![a-z-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![a-z])")
    texts = [lowered(abstract.text) for paper in seed_papers().values() for abstract in paper.abstracts]
    texts += [f"{before}{name}{after}" for name in names for before in ("", " ", "x", "-") for after in ("", ".", "s")]
    for text in texts:
        assert [m.span() for m in vocabulary.english.finditer(text)] == [m.span() for m in one_each.finditer(text)]

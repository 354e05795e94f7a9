"""Damage in one EndNote XML record costs only that record."""

from pathlib import Path

from exodesk.importers import Source, choose

STYLE = '<style face="normal" font="default" size="100%">{}</style>'


def record(number: int, title: str, *, keywords: list[str] = ()) -> str:
    words = "".join(f"<keyword>{STYLE.format(k)}</keyword>" for k in keywords)
    return (f'<record><rec-number>{number}</rec-number><ref-type name="Journal Article">17</ref-type>'
            f"<titles><title>{STYLE.format(title)}</title></titles>"
            f"<dates><year>{STYLE.format(2020 + number)}</year></dates>"
            + (f"<keywords>{words}</keywords>" if words else "") + "</record>")


def read(body: str):
    text = f'<?xml version="1.0" encoding="UTF-8" ?><xml><records>{body}</records></xml>'
    source = Source(path=Path("library.xml"), data=text.encode("utf-8"))
    importer, _score, _errors = choose(source)
    assert importer is not None and importer.NAME == "endnote-xml"
    return importer.parse(source)


def test_a_record_with_broken_markup_is_reported_and_the_others_import():
    broken = record(2, "Exosomes &amp; scars").replace("</titles>", "</title>")  # hand-edited, tags crossed
    parsed = read(record(1, "Exosomes in wound healing") + broken + record(3, "MSC secretome in acne"))
    assert [(p.title, p.date) for p in parsed.papers] == [("Exosomes in wound healing", "2021"),
                                                          ("MSC secretome in acne", "2023")]
    assert [p.number for p in parsed.problems] == [2]
    assert "damaged" in parsed.problems[0].reason


def test_a_file_cut_off_inside_its_last_record_keeps_the_records_before_it():
    parsed = read(record(1, "Exosomes in wound healing") + record(2, "Cut off")[:60])
    assert [p.title for p in parsed.papers] == ["Exosomes in wound healing"]
    assert [p.number for p in parsed.problems] == [2]


def test_keywords_written_in_one_keyword_element_are_split():
    parsed = read(record(1, "Exosomes", keywords=["", "Anxiety; Craving; Dependency", " "]))
    assert parsed.papers[0].keywords == ["Anxiety", "Craving", "Dependency"]

"""Inputs the long fuzz run (benchmarks/fuzz_importers.py) found, kept as regressions."""

import contextlib
import signal
from pathlib import Path

import pytest

# Inputs the long fuzz run found: each must end in a refusal, never another exception.
DEEP = 100_000
FUZZ_FINDINGS = {
    # An EndNote XML export whose declaration names an encoding that does not exist.
    "unknown-encoding.xml": (
        b'<?xml version="1.0" encoding="UTg-8"?>\n<xml><records><record><ref-type name="Journal Article">17'
        b'</ref-type><titles><title>Exosomes</title></titles></record></records></xml>'
    ),
    # A CSL-JSON export whose value was mutated into deep nesting.
    "deeply-nested.json": (
        '[{"type": "article-journal", "title": "Exosomes", "DOI": "10.1/x", "container-title": '
        + "[" * DEEP + "]" * DEEP + "}]"
    ).encode(),
    # An aggregator page whose embedded record holds deep nesting.
    "nested-json-in-script.html": (
        '<html><body><script>var d = {"title": "Exosomes", "abstract": "text", "doi": '
        + "[" * DEEP + "]" * DEEP + "};</script></body></html>"
    ).encode(),
    "nested-json-in-text.txt": (
        '{"title": "Exosomes", "authors": "A B", "doi": "10.1/x", "abstract": '
        + "[" * DEEP + "]" * DEEP + "}"
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(FUZZ_FINDINGS))
def test_inputs_found_by_fuzzing_are_refused_or_read_never_crash(name):
    from exodesk.importers import IMPORTERS, Refused, Source

    source = Source(path=Path(name), data=FUZZ_FINDINGS[name])
    for importer in IMPORTERS:
        score = importer.detect(source)
        assert 0 <= score <= 1
        if score > 0:
            with contextlib.suppress(Refused):
                importer.parse(source)


@pytest.mark.parametrize(
    "text",
    [
        '@string{jcd = "J Cosmet Dermatol"}\n@string{jcd = "Other"}\n@article{a1, title={Exosomes for scars}, journal=jcd, year=2023}\n',
        '@article{a1, title={Exosomes}, year=2023}\n@string{a1 = "x"}\n@article{a2, title={Scars}, year=2022}\n',
    ],
)
def test_a_bibtex_string_sharing_a_key_is_never_read_as_an_entry(text):
    # The fuzz run once met an @string block handed over as if it were an entry.
    from exodesk.importers import Source, bibtex

    parsed = bibtex.parse(Source(path=Path("mixed.bib"), data=text.encode()))
    assert parsed.problems == []
    assert all(paper.title for paper in parsed.papers)
    assert len(parsed.papers) == text.count("@article")


# A long run of white space inside a field. The long fuzz run met a BibTeX
# author field of 200,000 spaces that took minutes: the "and" between names
# was looked for from every space of the run, each look going back over the
# rest of it. The same shape of pattern was in the MEDLINE reader. Every
# sample gets such runs at several places, each read by the sample's own
# reader; a watchdog fails the test if one does not finish (a linear reader
# takes milliseconds, a quadratic one minutes).
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    p for p in (ROOT / "tests/importers/fixtures").rglob("*")
    if p.is_file() and p.suffix not in (".json", ".pdf")
)
RUN = 100_000


@contextlib.contextmanager
def finished_within(seconds: int, what: str):
    def expired(*_):
        raise AssertionError(f"{what}: still running after {seconds} s, so it hangs")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="the watchdog needs SIGALRM (POSIX)")
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_long_runs_of_white_space_inside_fields_are_read_in_linear_time(sample):
    from exodesk.importers import Refused, Source, choose

    data = sample.read_bytes()
    reader, _score, _errors = choose(Source(path=sample, data=data))
    assert reader is not None
    spaces = [i for i, byte in enumerate(data) if byte == 0x20]
    for number, at in enumerate(spaces[:: max(1, len(spaces) // 6)][:6]):
        run = (b" ", b"\t")[number % 2] * RUN
        with (finished_within(20, f"{reader.NAME} on {sample.name} with a run at byte {at}"),
              contextlib.suppress(Refused)):
            reader.parse(Source(path=sample, data=data[:at] + run + data[at:]))


def test_a_huge_recommended_citation_does_not_hang_the_reference_reader():
    # A Digital Commons record whose "Recommended Citation" grew to 56 KB: the
    # reference patterns looked ahead from every character for a name's comma.
    from exodesk.text.reference import parse_reference

    huge = "Wang " + "x" * 120_000 + " (2020). A title. J Clin, 1(2), 3-4."
    with finished_within(20, "parse_reference on a 120,000-character citation"):
        assert parse_reference(huge) is None
    # A real reference followed by a long run of page text is still read.
    followed = parse_reference("Wang, A. (2020). A title. J Clin, 1(2), 3-4. " + "Download " * 20_000)
    assert followed.authors[0].family == "Wang" and followed.title == "A title"


def test_an_accent_command_before_a_long_run_of_spaces_does_not_hang():
    # A BibTeX abstract where "\u" stood before 75,000 spaces and no letter.
    from exodesk.text.latex import decode_latex

    with finished_within(20, "decode_latex on an accent command before 200,000 spaces"):
        decoded = decode_latex("结论 \\u" + " " * 200_000 + "。")
    assert decoded.startswith("结论 ") and len(decoded) < 10  # the run of spaces is folded
    assert decode_latex("Th{\\'e}ry and \\u {g} and \\c c") == "Théry and ğ and ç"


def test_a_huge_latex_field_is_not_walked_mark_by_mark():
    # The fuzz run's slowest input: a 600 KB BibTeX field that pylatexenc read
    # one mark at a time (5 s). A field that long loses its commands instead.
    from exodesk.text.latex import decode_latex

    with finished_within(20, "decode_latex on a 5,000,000-character field"):
        decoded = decode_latex("\\alpha{x}~" * 500_000)
    assert decoded.startswith("x x x") and "\\" not in decoded and "{" not in decoded


def test_an_affiliation_with_a_huge_word_before_an_address_does_not_hang():
    # The second 100,000-input run: a MEDLINE AD line whose 200,000-letter word
    # made the e-mail pattern go back over it from every letter (32 s).
    from exodesk.importers import Source, medline

    record = ("PMID- 12345678\nTI  - Exosomes for scars.\nFAU - Wong, Ka Yan\nAU  - Wong KY\n"
              "AD  - Skin Centre, Hong Kong, " + "a" * 200_000 + " Electronic address: kyw@example.org.\n")
    with finished_within(20, "the MEDLINE reader on a 200,000-letter affiliation"):
        (paper,) = medline.parse(Source(path=Path("x.nbib"), data=record.encode())).papers
    assert paper.affiliations[0].startswith("Skin Centre, Hong Kong, aaa")
    assert "example.org" not in paper.affiliations[0]


def test_a_run_together_author_line_with_a_huge_segment_does_not_hang():
    # The third 100,000-input run: a VuFind author line one of whose segments
    # held thousands of words; every place to cut it was tried, each with a
    # key made of the whole segment (quadratic).
    from exodesk.importers.vufind import split_run_together

    line = "Asbagh, " + " ".join(["Reza"] * 20_000) + " Behboudi, Behnam"
    with finished_within(20, "split_run_together on a 20,000-word segment"):
        people, _unsure = split_run_together(line, set())
    assert people[0].family == "Asbagh" and people[-1].given == "Behnam"
    # Real names are still cut where the catalogue's keys say.
    people, unsure = split_run_together("Asbagh, Reza Akbari Behboudi, Behnam", {"behboudibehnam"})
    assert [(p.family, p.given) for p in people] == [("Asbagh", "Reza Akbari"), ("Behboudi", "Behnam")]
    assert unsure == []


def test_nested_abstract_sections_are_read_once_each(monkeypatch):
    # The fourth 100,000-input run's slowest input: a PMC page whose abstract
    # section was repeated inside itself over a hundred times; each was read
    # with all those inside it (2 s for 44 KB; lxml's nesting limit bounds it).
    from exodesk.importers import Source, html_meta, pmc_html

    nested = '<section class="abstract"><h2>Abstract</h2><p>Exosomes eased scarring in mice. ' * 200
    page = ('<html><head><meta name="citation_title" content="Exosomes for scars">'
            '<meta name="citation_doi" content="10.1000/scar.1"></head><body>'
            + nested + "</p></section>" * 200 + "</body></html>")
    read = []
    abstract_from_block = html_meta.abstract_from_block
    monkeypatch.setattr(html_meta, "abstract_from_block", lambda block, **kw: read.append(1) or
                        abstract_from_block(block, **kw))
    (paper,) = pmc_html.parse(Source(path=Path("page.html"), data=page.encode())).papers
    assert read == [1]  # the outermost block, which holds all the others
    assert paper.title == "Exosomes for scars"
    assert paper.abstract("en").text.startswith("Exosomes eased scarring in mice.")


def test_a_pdf_whose_title_is_an_undecodable_byte_string_is_read():
    # The fifth 100,000-input run: a mutated sample PDF whose document
    # information title pypdf gives as bytes, not text (TypeError before).
    from exodesk.importers import Source, pdf

    path = Path(__file__).parent / "fuzz_findings" / "pdf-title-as-byte-string.pdf"
    parsed = pdf.parse(Source(path=path, data=path.read_bytes()))
    assert len(parsed.papers) == 1 and "title left empty" in " ".join(parsed.warnings)


def test_a_journal_name_of_thousands_of_brackets_is_judged_in_linear_time():
    # An EndNote record whose journal grew 20,000 "(" (seed 9, input 19871): the
    # brackets pattern looked from each one for a closing bracket to the end.
    from exodesk.importers.records import is_abbreviated

    with finished_within(20, "is_abbreviated on 200,000 opening brackets"):
        assert is_abbreviated("J Cosmet Dermatol " + "(" * 200_000) is True
    assert is_abbreviated("Gastroenterol Rep (Oxf)") is True
    assert is_abbreviated("Science (New York, N.Y.)") is False
    assert is_abbreviated("Stem Cells (Dayton, Ohio)") is False

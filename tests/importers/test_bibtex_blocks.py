"""The quick paths in reading BibTeX give exactly what bibtexparser gives."""

import random

import pytest
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)

from exodesk.importers.bibtex import _author, _names
from exodesk.importers.bibtex_blocks import Entry, Failed, _parsed, entries
from exodesk.model import Author
from exodesk.text.latex import decode_latex


def bibtexparser_reads(text: str) -> list:
    return list(_parsed(text, 0, len(text)))


CASES = {
    "simple entries, trailing comma, quotes, bare words": (
        "@article{a1,\n  title = {Exosomes {MSC} in \\emph{skin}},\n  author = \"Th\\'ery, Clotilde\",\n"
        "  year = 2021,\n  month = dec,\n}\n\n@Book {b2, title={Two, with commas = and \"quotes\"}}\n"
    ),
    "an entry left open before the next one": (
        "@article{ok1, title={First}}\n@article{broken,\n  title = {Lost its brace,\n  year = {2021}\n\n"
        "@article{ok2,\n  title = {After the broken one},\n  year = {2020}\n}\n"
    ),
    "comments, preamble and parentheses": (
        "% Encoding: UTF-8\n@comment{jabref-meta: databaseType:bibtex;}\n@preamble{\"\\newcommand{\\x}{y}\"}\n"
        "@article(paren1, title = {In parentheses}, year = 1999)\n@misc{m, note = {see @article{x} inline}}\n"
    ),
    "@string definitions used by later and earlier entries": (
        "@article{early, journal = jid, year = 2020}\n@String{jid = {Journal of Investigative Dermatology}}\n"
        "@article{late, journal = jid # { (Online)}, year = 2023}\n"
    ),
    "repeated keys and repeated fields": (
        "@article{same, title = {One}, doi = {10.1/a}}\n@article{same, title = {Two}, doi = {10.1/b}}\n"
        "@article{twice, title = {A}, title = {B}}\n@article{fine, title = {C}}\n"
    ),
    "escaped braces and quotes, concatenation, empty values": (
        "@article{e1, title = {50\\% of {\\{}cases\\}}, note = {}, pages = \"1--2\" # \"3\"}\n"
        "@article{e2, title = \"Quoted {with} braces\", abstract = {a \"quote\" inside}}\n"
        "@article{e3}\n@article{e4,}\n@article{, title={No key}}\n"
    ),
    "a block start inside a value, at a line start and mid-line": (
        "@article{v1, title = {Contact author@example.org}, note = {x @misc{y} z}}\n"
        "@article{v2, abstract = {First line\n  @inproceedings{stray, title={t}}\n"
        "@article{v3, title={Last}}\n"
    ),
    "a dangling name and a missing comma": (
        "@article{d1, title = {T} year = {2020}}\n@article{d2, title = {T}, year}\n@article{d3 title = {T}}\n"
        "@article{d4, title = {Good}}\n"
    ),
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_quick_reader_gives_what_bibtexparser_gives(text):
    assert list(entries(text)) == bibtexparser_reads(text)


def test_quick_reader_reads_the_simple_form_itself():
    text = CASES["simple entries, trailing comma, quotes, bare words"]
    assert list(entries(text)) == [
        Entry("article", [("title", "Exosomes {MSC} in \\emph{skin}"), ("author", "Th\\'ery, Clotilde"),
                          ("year", "2021"), ("month", "dec")]),
        Entry("book", [("title", 'Two, with commas = and "quotes"')]),
    ]


def test_a_broken_entry_is_reported_at_its_line_between_good_ones():
    found = list(entries(CASES["an entry left open before the next one"]))
    assert [type(block) for block in found] == [Entry, Failed, Entry]
    assert found[1].line == 2
    assert found[2] == Entry("article", [("title", "After the broken one"), ("year", "2020")])


PIECES = [
    "@article{k1,", "@Article {k2,\n", "@misc(k3,", "@comment{", "@preamble{", "\n@book{k4, ", "@{",
    " title = {A {B} C}", " title = \"Q\"", " year = 2020", " month = dec", " note = {x, y = z}",
    " pages = {1--2} # {3}", " abstract = {line\n  @article{inner, t={u}}", " doi = \"a {b} c\"",
    ",", ",", ",\n", "}", "}", "}\n", ")", "\n", "\\\n", "\t", " ", "{", "\"", "\\{", "\\}", "=", "#", "%", "@", "text ",
]


def test_quick_reader_agrees_with_bibtexparser_on_scrambled_files():
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30)))
        assert list(entries(text)) == bibtexparser_reads(text), text


FAMILIES = ["Th{\\'e}ry", "M{\\\"u}ller", "van Balkom", "van der Berg", "Østergaard", "de la Cruz Smith", "Ahmadi  Tafti", "Garc{\\'i}a Lira", "{\\O}stergaard",
            "De{\\'a}k", "Th{\\}ery", "{Simon and Schuster}", "Smith\\&Co", "O'Neil", "le Blanc", "Ha"]
# (Not "Family, " with nothing after the comma: bibtexparser then takes the
# first word for the given name, where we keep the whole family name.)
GIVENS = ["Clotilde", "Jos{\\'e} Ram{\\'o}n", "R. A.", "Jr", "S{\\o}ren", "Dae Hyun"]


def test_quick_name_reading_agrees_with_bibtexparser():
    rng = random.Random(3)
    for _ in range(2000):
        names = [f"{rng.choice(FAMILIES)}, {rng.choice(GIVENS)}" for _ in range(rng.randint(1, 4))]
        joiner = rng.choice([" and ", "  AND\n", " and\t", " andy ", " and and "])
        field = joiner.join(names) + rng.choice(["", " ", "\n"])
        assert _names(field) == split_multiple_persons_names(field), field
        for name in _names(field):
            parts = parse_single_name_into_parts(name.strip(), strict=False)
            slow = Author(family=decode_latex(" ".join(parts.von + parts.last + parts.jr)),
                          given=decode_latex(" ".join(parts.first)))
            assert _author(name) == slow, name


def test_a_field_read_in_one_match_is_read_as_step_by_step():
    from exodesk.importers.bibtex_blocks import _field, _flat_field

    pieces = ["title", " ", "\n", "=", "{", "}", "\\}", "\\{", '"', "word", "2021", ",", "#", "@", "a b", "{x}", "é"]
    rng = random.Random(11)
    read = 0
    for _ in range(20000):
        start = rng.choice(["", "title = ", " year=", "note =\n"])
        text = start + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        flat = _flat_field(text, 0, len(text))
        if flat is not None:
            read += 1
            assert flat == _field(text, 0, len(text)), text
    assert read > 500  # the one-match path was taken often

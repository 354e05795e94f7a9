"""Names as sources write them, read into family and given names."""

import pytest

from exodesk.model import Author
from exodesk.text.names import from_vancouver, parse_name


@pytest.mark.parametrize(("name", "expected"), [
    ("Lindqvist Å", Author(family="Lindqvist", given="Å")),
    ("Петров ВВ", Author(family="Петров", given="ВВ")),
    ("Okafor C.A.", Author(family="Okafor", given="CA")),
    ("García Lira JR", Author(family="García Lira", given="JR")),
    ("Dupont J.-P.", Author(family="Dupont", given="J-P")),
])
def test_initials_of_any_script_come_last_in_a_vancouver_name(name, expected):
    assert from_vancouver(name) == expected
    assert parse_name(name) == expected


def test_a_name_that_ends_in_a_word_is_given_then_family():
    assert parse_name("Åsa Lindqvist") == Author(family="Lindqvist", given="Åsa")

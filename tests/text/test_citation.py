"""Finding a citation line's year."""

import re

import pytest

from exodesk.text.citation import YEAR


@pytest.mark.parametrize("line", [
    "Stem Cell Res Ther. 2023 Apr 1;14(1):57.", "x2020 2021y", "_2020", "12345", "2020", "(2020)", "a 2020-2021",
    "Vol ٢٠٢٠", "é2020", "page 123", "",
])
def test_a_year_is_four_digits_standing_alone(line):
    found, expected = YEAR.search(line), re.search(r"\b\d{4}\b", line)
    assert (found and found.span()) == (expected and expected.span())

"""HTML fragments from data fields become readable plain text."""

from exodesk.text.markup import html_to_text


def test_entities_and_nested_paragraphs_become_plain_words():
    assert html_to_text("<p><p>Allergy &amp; Immunology&nbsp;review</p>") == "Allergy & Immunology review"


def test_paragraphs_stay_apart_and_inline_tags_join_their_words():
    fragment = "<p><b>Background</b>: <i>in vitro</i> work.</p><p><b>Methods</b>: mice.</p>"

    assert html_to_text(fragment) == "Background: in vitro work.\nMethods: mice."


def test_exponents_and_indices_keep_their_meaning():
    assert html_to_text("10<sup>6</sup> cells in CO<sub>2</sub>, P&lt;0.05") == "10⁶ cells in CO₂, P<0.05"
    assert html_to_text("x<sup>a,b</sup>") == "x^(a,b)"


def test_empty_input_gives_empty_text():
    assert html_to_text(None) == ""
    assert html_to_text("<p> </p>") == ""


def test_markup_with_control_characters_from_a_damaged_file_gives_its_text():
    from exodesk.text.markup import html_to_text

    assert html_to_text("Exosomes for <i>acne</i>\x00 scars\x1f: a <b>trial</b>") == "Exosomes for acne scars : a trial"

"""LaTeX in BibTeX fields: the quick path and pylatexenc agree on what files hold."""

import pytest

from exodesk.text.latex import decode_latex

CASES = {
    "Th{\\'e}ry, Clotilde": "Théry, Clotilde",
    "Garc{\\'\\i}a Lira": "García Lira",
    "Gonz{\\'{a}}lez-Garc{\\'{i}}a": "González-García",
    '{\\"{O}}zt{\\"{u}}rk and \\"Ozt\\"urk': "Öztürk and Öztürk",
    "{\\O}stergaard, S{\\o}ren": "Østergaard, Søren",
    "Fran\\c{c}ois \\v{S}koda Ma\\~{n}ana": "François Škoda Mañana",
    "{MSC}-derived exosomes in {C}rohn's disease": "MSC-derived exosomes in Crohn's disease",
    "Cell \\& Gene Therapy: 10\\% of~patients": "Cell & Gene Therapy: 10% of patients",
    "\\textasciitilde{}100 nm, back\\textbackslash{}slash \\{brace\\}": "~100 nm, back\\slash {brace}",
    "$\\alpha$-SMA falls by 45% in {MSC} groups": "α-SMA falls by 45% in MSC groups",
    "no markup at all": "no markup at all",
}


@pytest.mark.parametrize("latex", CASES)
def test_decode_latex(latex):
    assert decode_latex(latex) == CASES[latex]


def _all_steps(text: str) -> str | None:
    """The quick decoding with every step taken, whatever the text holds."""
    from exodesk.text import latex

    text = latex._ACCENTED.sub(latex._accent, text)
    text = latex._LETTER.sub(lambda m: latex._LETTERS[m.group(1)], text)
    text = latex._WORD.sub(lambda m: "\x00" + latex._SPECIAL_WORDS[m.group(1)] + "\x00", text)
    text = latex._ESCAPED.sub(lambda m: "\x00" + m.group(1) + "\x00", text)
    if "\\" in text.replace("\x00\\\x00", "") or "$" in text.replace("\x00$\x00", ""):
        return None
    parts = text.split("\x00")
    return "".join(p if i % 2 else p.replace("{", "").replace("}", "").replace("~", " ") for i, p in enumerate(parts))


MARKS = ["{", "}", "\\", "$", "~", "\x00", "'", '"', "u", "o", "ss", "&", "%", "textendash", " ", "  ", "\t", "\n",
         "\u00a0", "é", "a", "Th", "{}", "\\'e", "{\\o}", "\\&", "\\{", "\\textbackslash{}"]


def test_the_shortcuts_give_what_every_step_gives():
    import random
    import re

    from exodesk.text.latex import _has_markup, _quick

    rng = random.Random(5)
    texts = list(CASES) + ["".join(rng.choice(MARKS) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    for text in texts:
        assert _quick(text) == _all_steps(text), text
        assert _has_markup(text) == bool(re.search(r"[\\{}$~]", text)), text
        if not _has_markup(text):  # decoded as it is, spaces folded
            assert decode_latex(text) == " ".join(text.split()), text

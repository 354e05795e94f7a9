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

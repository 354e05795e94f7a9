"""A record without a title is kept when a person could still find the paper
it names (a journal with its authors or pages), and refused with its reason
only when it names nothing, alike in every bibliography-file reader."""

from __future__ import annotations

import pytest

from exodesk.library import import_paths
from exodesk.library.importing import IMPORTED_WITH_GAPS

# Each file: a citation whose title the exporting tool lost (the authors,
# journal, year, volume and pages of a real paper), then a stub that names
# no paper (one author and a year, a note to find a talk).
FILES = {
    "lost_titles.ris": (
        "TY  - JOUR\nAU  - Nazari, Hojjatollah\nAU  - Alborzi, Fatemeh\nPY  - 2022\nJO  - Stem Cell Res Ther\n"
        "VL  - 13\nSP  - 479\nER  - \n\n"
        "TY  - JOUR\nAU  - Smith, John\nPY  - 2021\nN1  - to find: the talk at the aesthetic congress\nER  - \n"),
    "lost_titles.nbib": (
        "OWN - ERIC\nFAU - Nazari, Hojjatollah\nAU  - Nazari H\nFAU - Alborzi, Fatemeh\nAU  - Alborzi F\n"
        "DP  - 2022\nTA  - Stem Cell Res Ther\nVI  - 13\nPG  - 479\n\n"
        "OWN - ERIC\nFAU - Smith, John\nAU  - Smith J\nDP  - 2021\n"),
    "lost_titles.bib": (
        "@article{nazari2022,\n  author = {Nazari, Hojjatollah and Alborzi, Fatemeh},\n  journal = {Stem Cell Res Ther},\n"
        "  year = {2022},\n  volume = {13},\n  pages = {479}\n}\n\n"
        "@set{congress,\n  entryset = {nazari2022},\n  year = {2021}\n}\n"),
    "lost_titles.json": (
        '[{"type": "article-journal", "author": [{"family": "Nazari", "given": "Hojjatollah"},'
        ' {"family": "Alborzi", "given": "Fatemeh"}], "container-title-short": "Stem Cell Res Ther",'
        ' "issued": {"date-parts": [[2022]]}, "volume": "13", "page": "479"},\n'
        ' {"type": "article-journal", "author": [{"family": "Smith", "given": "John"}],'
        ' "issued": {"date-parts": [[2021]]}, "note": "to find: the talk at the aesthetic congress"}]\n'),
    "lost_titles.xml": (
        '<?xml version="1.0" encoding="UTF-8" ?><xml><records>'
        '<record><ref-type name="Journal Article">17</ref-type><contributors><authors>'
        '<author><style face="normal" font="default" size="100%">Nazari, H.</style></author>'
        '<author><style face="normal" font="default" size="100%">Alborzi, F.</style></author></authors></contributors>'
        '<periodical><abbr-1><style face="normal" font="default" size="100%">Stem Cell Res Ther</style></abbr-1></periodical>'
        '<pages><style face="normal" font="default" size="100%">479</style></pages>'
        '<volume><style face="normal" font="default" size="100%">13</style></volume>'
        '<dates><year><style face="normal" font="default" size="100%">2022</style></year></dates></record>'
        '<record><ref-type name="Journal Article">17</ref-type><contributors><authors>'
        '<author><style face="normal" font="default" size="100%">Smith, J.</style></author></authors></contributors>'
        '<dates><year><style face="normal" font="default" size="100%">2021</style></year></dates></record>'
        '</records></xml>'),
}
READERS = {"lost_titles.ris": "ris", "lost_titles.nbib": "medline", "lost_titles.bib": "bibtex",
           "lost_titles.json": "csl-json", "lost_titles.xml": "endnote-xml"}


@pytest.mark.parametrize("name", FILES)
def test_a_citation_without_its_title_imports_with_gaps_and_a_stub_is_reported(new_library, tmp_path, name):
    path = tmp_path / name
    path.write_text(FILES[name], encoding="utf-8")
    with new_library as library:
        [result] = import_paths(library, [path])
        [paper] = [library.get(paper_id) for paper_id in result.paper_ids]
    assert (result.importer, result.status, result.missing) == (READERS[name], IMPORTED_WITH_GAPS, ["title"])
    assert "record 2: it has no title, DOI, PubMed id or link, nor a journal" in result.reason
    assert (paper.title, paper.authors[0].family, paper.year, paper.journal or paper.journal_abbrev, paper.volume, paper.pages) == (
        None, "Nazari", 2022, "Stem Cell Res Ther", "13", "479")

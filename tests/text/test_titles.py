"""Titles are cleaned one way, whichever reader finds them."""

import json
from pathlib import Path

import pytest
from first_page import write_first_page
from importers.golden import read
from importers.sample_pdfs import with_metadata

from exodesk.text.titles import clean_title

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Reply to Li et al. | Aesthetic Surgery Journal</title>
<meta name="citation_title" content="Reply to Li et al.">
<meta name="citation_author" content="Costa, Maria">
<meta name="citation_journal_title" content="Aesthetic Surgery Journal">
<meta name="citation_publication_date" content="2024/03/02">
<meta name="citation_doi" content="10.1093/asj/sjad123">
</head><body><h1>Reply to Li et al.</h1><p>We thank Li and colleagues for their letter.</p></body></html>
"""
RIS = """TY  - JOUR
TI  - Reply to Li et al.
AU  - Costa, Maria
JO  - Aesthetic Surgery Journal
PY  - 2024
DO  - 10.1093/asj/sjad123
ER  -
"""


@pytest.mark.parametrize(("text", "expected"), [
    ("Exosomes in skin repair.", "Exosomes in skin repair"),
    ("Reply to Li et al.", "Reply to Li et al."),
    ("Exosomes and more...", "Exosomes and more..."),
    ("  <i>In vitro</i>\u00a0study  of  MSC-EVs. ", "In vitro study of MSC-EVs"),
    ("", None),
    (None, None),
])
def test_a_title_loses_the_stop_citations_add_but_not_an_abbreviations(text, expected):
    assert clean_title(text) == expected


FIXTURES = Path(__file__).parents[1] / "importers" / "fixtures"
REPLY = "Reply to Li et al."


def retitled(fixture: str) -> str:
    """A fixture's text with its paper's title, wherever it is printed, made one
    that ends in "et al." (whose stop is then also the one a citation puts after it)."""
    path = FIXTURES / fixture
    title = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["papers"][0]["title"]
    text = path.read_text(encoding="utf-8")
    assert title in text
    return text.replace(title + ".", REPLY).replace(title, REPLY)


XMP = f"""<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{REPLY}</rdf:li></rdf:Alt></dc:title>
</rdf:Description></rdf:RDF></x:xmpmeta>"""


def test_web_pages_ris_files_and_pdfs_store_a_title_ending_in_et_al_alike(tmp_path):
    (tmp_path / "reply.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "reply.ris").write_text(RIS, encoding="utf-8")
    write_first_page(tmp_path / "reply.pdf", journal_line="Aesthet Surg J. 2024;44(3):310-311.", title=REPLY)
    # The title in the XMP packet is the one kept; the first page prints it shortened.
    shortened = write_first_page(tmp_path / "short.pdf", journal_line="Aesthet Surg J. 2024;44(3):310-311.", title="Reply")
    (tmp_path / "xmp.pdf").write_bytes(with_metadata(shortened.read_bytes(), xmp=XMP))
    shortened.unlink()
    titles = {}
    for path in sorted(tmp_path.iterdir()):
        importer, record = read(path)
        titles[path.name] = (importer, record["papers"][0]["title"])
    assert titles == {"reply.html": ("html-meta", REPLY), "reply.ris": ("ris", REPLY),
                      "reply.pdf": ("pdf", REPLY), "xmp.pdf": ("pdf", REPLY)}


@pytest.mark.parametrize("fixture", [
    "pubmed-text/case-report-erratum.txt",
    "plain-text/rct-with-authors.txt",
    "generic/labelled-english.txt",
    "digital-commons/apa-citation-with-authors.txt",
    "vufind/english_many_compound_names.txt",
    "aggregator-json/simplified_titlecn_pmcid.txt",
])
def test_text_dumps_store_a_title_ending_in_et_al_as_the_other_readers_do(tmp_path, fixture):
    path = tmp_path / Path(fixture).name
    path.write_text(retitled(fixture), encoding="utf-8")
    importer, record = read(path)
    assert (importer, record["papers"][0]["title"]) == (Path(fixture).parent.name, REPLY)

"""Saved pages, single-file pages and PDFs: behaviour beyond the golden records."""

from __future__ import annotations

import shutil
import socket
import urllib.request
from pathlib import Path

import pytest

from exodesk.importers import Refused, Source, by_name, choose
from exodesk.model import Paper
from importers.golden import FIXTURES
from importers.sample_pdfs import scanned_pdf

ELSEVIER_PAGE = FIXTURES / "elsevier-html" / "jds-systemic-sclerosis.html"
ELSEVIER_PDF = FIXTURES / "pdf" / "jds-elsevier-xmp.pdf"

# The same article as a person copies it out of PubMed into a text file.
TEXT_DUMP = """Mesenchymal stromal cell-derived extracellular vesicles for skin fibrosis in systemic sclerosis: a phase I dose-escalation study
Hiroshi Tanaka, Yuki Morimoto, Anna de Vries, Lars Eriksen
Journal of Dermatological Science. 2023 Nov 1;112(2):45-53. doi: 10.1016/j.jdermsci.2023.08.004.
Background: Skin fibrosis in systemic sclerosis (SSc) has few effective treatments. Extracellular vesicles from mesenchymal stromal cells (MSC-EVs) reduce fibrosis in animal models. Objective: To establish the safety of intradermal MSC-EVs in patients with diffuse cutaneous SSc. Methods: In this open-label phase I study, nine patients received intradermal MSC-EVs into one forearm at three dose levels. Safety was the primary end point; the modified Rodnan skin score (mRSS) of the treated site was a secondary end point. Results: No dose-limiting toxicity occurred. Transient injection-site erythema was seen in four patients. The local skin score fell from 2.6 to 1.7 at week 24. Conclusion: Intradermal MSC-EVs were well tolerated in SSc skin; controlled trials are needed to judge efficacy.
"""


def read(path: Path, data: bytes | None = None, companions: list[Path] | None = None):
    source = Source(path=path, data=data if data is not None else path.read_bytes(),
                    companions=companions or [])
    importer, _score, errors = choose(source)
    assert not errors and importer is not None
    return importer.NAME, importer.parse(source)


def essentials(paper: Paper) -> dict:
    """What a text dump, a saved page and a PDF of one article must agree on."""
    return {
        "ids": (paper.doi, paper.pmid, paper.pmcid),
        "title": paper.title,
        "authors": [(a.family, a.given) for a in paper.authors],
        "date": paper.date,
        "journal": paper.journal or paper.journal_abbrev,
        "volume/issue/pages": (paper.volume, paper.issue, paper.pages),
        "abstract": [(a.language, a.text, [(s.heading, s.text) for s in a.sections]) for a in paper.abstracts],
    }


def test_text_dump_saved_page_and_pdf_give_the_same_record(tmp_path):
    dump = tmp_path / "copied.txt"
    dump.write_text(TEXT_DUMP, encoding="utf-8")
    records = {name: essentials(parsed.papers[0])
               for name, parsed in (read(dump), read(ELSEVIER_PAGE), read(ELSEVIER_PDF))}
    assert list(records) == ["plain-text", "elsevier-html", "pdf"]
    text, page, pdf = records.values()
    assert page == text
    assert pdf == text


def test_parsing_pages_with_scripts_iframes_and_remote_images_makes_no_network_call(monkeypatch):
    calls = []

    def refuse(*args, **kwargs):
        calls.append(args)
        raise AssertionError("an importer tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    pages = sorted(FIXTURES.glob("*-html/*.html")) + sorted(FIXTURES.glob("mhtml/*.mht*"))
    for path in pages:
        text = path.read_bytes()
        assert b"<iframe" in text or path.suffix != ".html"
        _name, parsed = read(path)
        assert len(parsed.papers) == 1
    # A remote DTD, an external entity and an XML stylesheet are not fetched either.
    hostile = (b'<?xml version="1.0"?><?xml-stylesheet href="https://example.org/s.xsl"?>\n'
               b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
               b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" [<!ENTITY ext SYSTEM "http://example.org/x">]>\n'
               b'<html><head><meta name="citation_title" content="Exosomes and skin &ext;">'
               b'<meta name="citation_doi" content="10.1000/example.1"></head>'
               b'<body><img src="https://example.org/a.png"><iframe src="https://example.org/"></iframe>'
               b'<script src="https://example.org/a.js"></script></body></html>')
    _name, parsed = read(Path("hostile.html"), data=hostile)
    assert parsed.papers[0].doi == "10.1000/example.1"
    assert calls == []


def test_saved_page_complete_ignores_the_files_folder(tmp_path):
    page = tmp_path / "Exosome cream for atopic dermatitis - ScienceDirect.html"
    shutil.copy(FIXTURES / "elsevier-html" / "jaadint-atopic-dermatitis.html", page)
    assets = tmp_path / f"{page.stem}_files"
    assets.mkdir()
    # A saved page's folder holds scripts, styles, images and frames: HTML among them.
    (assets / "main.css").write_text("body{margin:0}")
    (assets / "app.bundle.js").write_text("fetch('https://www.sciencedirect.com/track')")
    (assets / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (assets / "recommendations.html").write_text(
        '<html><head><meta name="citation_title" content="Another article in a frame"></head></html>')
    companions = sorted(assets.iterdir())
    name, with_assets = read(page, companions=companions)
    _, alone = read(page)
    assert name == "elsevier-html"
    assert len(with_assets.papers) == 1
    assert with_assets.papers[0] == alone.papers[0]


def test_mhtml_page_is_read_by_the_best_html_reader():
    parsed = by_name("mhtml").parse(Source(path=FIXTURES / "mhtml" / "pubmed-acne-scars.mhtml",
                                           data=(FIXTURES / "mhtml" / "pubmed-acne-scars.mhtml").read_bytes()))
    paper = parsed.papers[0]
    assert parsed.warnings[0] == "read the saved page inside the file with: PubMed page (saved HTML)"
    assert paper.provenance["pmid"].importer == "pubmed-html"
    assert (paper.pmid, paper.doi) == ("38699432", "10.1111/jocd.16210")


def test_scanned_pdf_without_metadata_is_refused_with_a_reason(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf(xmp=None))
    with pytest.raises(Refused, match="no title or DOI was found"):
        read(path)


def test_scanned_pdf_with_metadata_flags_what_it_could_not_read():
    _name, parsed = read(FIXTURES / "pdf" / "scanned-with-xmp.pdf")
    assert parsed.warnings == [
        "the PDF has no text layer (a scan?): only its metadata was read",
        "authors could not be read with confidence; please fill it in",
    ]


def test_pdf_title_from_document_information_is_not_trusted_when_it_is_a_file_name():
    _name, parsed = read(FIXTURES / "pdf" / "bmc-no-metadata.pdf")
    paper = parsed.papers[0]
    assert paper.title.startswith("Umbilical cord mesenchymal stem cell-derived exosomes")
    assert paper.provenance["title"].part == "first page (largest type)"
    assert paper.date == "2024"  # the running head gives only the year; no day is invented


def test_damaged_pdf_is_refused_not_raised(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")
    with pytest.raises(Refused):
        read(path)


def test_every_value_from_a_page_says_where_it_came_from():
    for path in sorted(FIXTURES.glob("*-html/*.html")) + sorted(FIXTURES.glob("pdf/*.pdf")):  # all kinds
        _name, parsed = read(path)
        paper = parsed.papers[0]
        set_fields = [f for f, v in paper.to_dict().items()
                      if v not in (None, "", [], {}, False)
                      and f not in ("provenance", "abstracts", "extra", "titles")]
        set_fields += list(paper.extra) + [f"title:{language}" for language in paper.titles]
        assert [f for f in set_fields if f not in paper.provenance] == [], path.name
        assert [a.language for a in paper.abstracts] == [
            k.split(":")[1] for k in paper.provenance if k.startswith("abstract:")], path.name


# An abstract copied one section a paragraph, that argues against the
# treatment, with its translation below it.
SECTIONS_DUMP = """Exosomes derived from adipose stem cells versus placebo for chronic venous leg ulcers: a randomised, double-blind trial
Wound Repair Regen. 2025 Mar;33(2):e13101. doi: 10.1111/wrr.13101. PMID: 39911234
Background: Exosome products are marketed for wound healing without trial evidence.
Methods: We randomly assigned 212 adults with venous leg ulcers to topical exosomes (n = 106) or placebo gel (n = 106) for 12 weeks.
Results: Complete healing at 12 weeks occurred in 41 of 106 (38.7%) versus 44 of 106 (41.5%) participants (risk difference -2.8 percentage points; 95% CI -16.0 to 10.4). Serious adverse events: 9 vs 4, including 3 wound infections.
Conclusions: Exosomes made little or no difference to healing and may increase infections.
背景：外泌体产品在缺乏试验证据的情况下被用于创面愈合。方法：将212名静脉性腿部溃疡成人随机分配至外泌体或安慰剂凝胶组，治疗12周。结果：两组愈合率相近。结论：外泌体对愈合几乎没有影响，并可能增加感染。
"""


def test_an_abstract_printed_one_section_a_paragraph_is_read_whole_with_its_translation(tmp_path):
    from exodesk.evidence.suggest import suggest_notes

    reader, parsed = read(tmp_path / "ulcers.txt", SECTIONS_DUMP.encode("utf-8"))
    paper = parsed.papers[0]
    assert reader == "plain-text"
    english = paper.abstract("en")
    # Before, only the first long paragraph was kept (Results): the methods
    # and the conclusions were lost without a word.
    assert [s.heading for s in english.sections] == ["Background", "Methods", "Results", "Conclusions"]
    assert english.text.startswith("Background: Exosome products") and "little or no difference" in english.text
    assert paper.abstract("zh-Hans").text.startswith("背景：外泌体产品")
    notes = suggest_notes(paper)
    assert (notes.sample_size, notes.direction) == (212, "no clear difference")


def test_a_page_showing_one_table_of_an_article_gives_its_identifiers_and_says_so():
    """PMC's view of one table: the article's citation line, then "Table 3."
    and the table. The site's "Skip to main content" is no title, and the
    table's caption and notes are neither the title nor the abstract."""
    rows = "\n".join(f"Condition {n} 1/2 {20 + n} UC Allogeneic Inhalation China NCT0460210{n}" for n in range(8))
    text = ("Skip to main content\n. 2021 May 21;12:297. doi: 10.1186/s13287-021-02378-7\n\nTable 3.\n\n"
            "Evaluation of MSC exosomes therapeutic potential in clinical trials registered in ClinicalTrials.gov\n\n"
            f"Condition Study phase Participant number Cell source Cell type Delivery route Location NCT number\n{rows}\n\n"
            "Note; ARDS acute respiratory distress syndrome, COVID-19 coronavirus disease 2019, MODS multiple organ "
            "dysfunction syndromes, AIS acute ischemic stroke, AD Alzheimer's diseases, AT adipose tissue, UC umbilical "
            "cord, IV intravenous, IP intraperitoneal, n.a not available\n")
    _name, parsed = read(Path("table 3.txt"), text.encode("utf-8"))
    (paper,) = parsed.papers
    assert (paper.doi, paper.date, paper.volume) == ("10.1186/s13287-021-02378-7", "2021-05-21", "12")
    assert paper.title is None and paper.abstracts == []
    assert "the page shows Table 3 of the article, not its title or abstract" in parsed.warnings


def test_a_pdf_byline_with_degrees_is_read_by_the_same_byline_reader_as_pages():
    """The line under a PDF's title, "Wei Chen MD¹, Mei-Ling Zhou PhD¹²,
    Hao Liang²": names with degrees and marks, read as saved pages' are."""
    import dataclasses

    from importers.sample_papers import WOUND, Person
    from importers.sample_pdfs import article_pdf

    with_degrees = dataclasses.replace(WOUND, authors=[
        Person("Wei", "Chen MD", [1]), Person("Mei-Ling", "Zhou PhD", [1, 2]), Person("Hao", "Liang", [2])])
    _name, parsed = read(Path("article.pdf"), article_pdf(with_degrees, style="bmc"))
    (paper,) = parsed.papers
    assert [(a.family, a.given) for a in paper.authors] == [("Chen", "Wei"), ("Zhou", "Mei-Ling"), ("Liang", "Hao")]

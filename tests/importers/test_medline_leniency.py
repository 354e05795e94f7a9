"""MEDLINE-tagged files with or without PMIDs are read by the MEDLINE reader."""

from pathlib import Path

import pytest

from exodesk.importers import Refused, Source, choose
from exodesk.model import Author
from exodesk.text.kinds import kind_code


def chosen(text: str, name: str = "export.nbib"):
    source = Source(path=Path(name), data=text.encode("utf-8"))
    importer, _score, _errors = choose(source)
    return importer, source


def read(text: str, name: str = "export.nbib"):
    importer, source = chosen(text, name)
    assert importer is not None and importer.NAME == "medline"
    return importer.parse(source)


# ERIC's "citation manager" export: MEDLINE tags, no PMID, names "Family, Given".
ERIC = """OWN - ERIC
TI  - Teaching Skin Cancer Prevention in Primary Schools: A Cluster Trial
AU  - Guo, Wenbo
AU  - Straub, Detmar W.
OT  - Health Education
OT  - Elementary School Students
JT  - Journal of School Health
SO  - v91 n3 p201-209 2021
AID - 10.1111/josh.12995
OID - EJ1287654
VI  - 91
IP  - 3
PG  - 201-209
DP  - 2021
LA  - English
PT  - Journal Articles
PT  - Reports - Research
AB  - Schools are a setting for sun-safety teaching.

OWN - ERIC
TI  - Sun Safety Habits of Adolescents
AU  - Ha, Dae Hyun
JT  - Health Education Research
DP  - 2019
PT  - Journal Articles
"""


def test_an_eric_export_without_pmids_is_read_record_by_record():
    first, second = read(ERIC).papers
    assert (first.title, first.authors, first.journal, first.date, first.doi, first.pmid, first.volume, first.issue,
            first.pages, first.keywords) == (
        "Teaching Skin Cancer Prevention in Primary Schools: A Cluster Trial",
        [Author(family="Guo", given="Wenbo"), Author(family="Straub", given="Detmar W")],
        "Journal of School Health", "2021", "10.1111/josh.12995", None, "91", "3", "201-209",
        ["Health Education", "Elementary School Students"])
    assert (second.title, second.authors, second.date) == (
        "Sun Safety Habits of Adolescents", [Author(family="Ha", given="Dae Hyun")], "2019")


def test_a_pmid_written_without_its_space_and_a_doi_written_doi_colon_are_read():
    paper = read("PMID-22664220\nTI  - Exosomes and scars.\nPT  - Technical Report\nAID - doi:10.1016/j.cpr.2005.02.002\n"
                 "DP  - 2013 06 10\n", "pubmed.txt").papers[0]
    assert (paper.pmid, paper.doi, paper.date, paper.publication_type) == (
        "22664220", "10.1016/j.cpr.2005.02.002", "2013-06-10", "Technical Report")
    assert kind_code(paper.publication_type, "ris") == "RPRT"


def test_medline_records_without_a_title_doi_or_pmid_are_refused_by_the_medline_reader():
    # (a DOI in the abstract once made the generic reader give a paper holding only that DOI)
    text = ("OWN - ERIC\nJT  - Journal of School Health\nDP  - 2021\nPT  - Journal Articles\n"
            "AB  - Replicates 10.1111/josh.12000 with older pupils.\n")
    importer, source = chosen(text)
    assert importer is not None and importer.NAME == "medline"
    with pytest.raises(Refused, match="none of the 1 MEDLINE records could be read .*no title, DOI, PubMed id or link"):
        importer.parse(source)


def test_one_bad_record_costs_no_other_in_a_file_without_pmids():
    parsed = read("OWN - ERIC\nTI  - Sun safety in schools\nDP  - 2021\nPT  - Journal Articles\n\n"
                  "OWN - ERIC\nDP  - 2020\nPT  - Journal Articles\n\n"
                  "OWN - ERIC\nTI  - Shade at playgrounds\nDP  - 2022\nPT  - Journal Articles\n")
    assert [p.title for p in parsed.papers] == ["Sun safety in schools", "Shade at playgrounds"]
    assert [p.number for p in parsed.problems] == [2]


def test_a_title_split_over_several_ti_lines_is_kept_whole():
    paper = read("PMID- 20481061\nTI  - From danger and motherhood\nTI  - to health and beauty.\nDP  - 2009\n").papers[0]
    assert paper.title == "From danger and motherhood to health and beauty"


def test_the_copyright_line_closing_an_abstract_is_kept_apart_from_it():
    paper = read("PMID- 33002321\nTI  - Exosomes for scars.\nDP  - 2021\nAB  - Scars faded in 12 of 20 patients. Copyright\n"
                 "      (c) 2021 Elsevier Inc. All rights reserved.\n", "pubmed.txt").papers[0]
    assert paper.abstracts[0].text == "Scars faded in 12 of 20 patients."
    assert paper.extra["copyright"] == "Copyright (c) 2021 Elsevier Inc. All rights reserved."


def test_importing_such_a_file_refuses_it_with_the_medline_readers_reason(new_library, tmp_path):
    from exodesk.library import import_paths

    path = tmp_path / "eric.nbib"
    path.write_text("OWN - ERIC\nOID - ED623001\nDP  - 2021\nPT  - Reports - Evaluative\n"
                    "AB  - Withdrawn; see 10.1000/another.paper instead.\n", encoding="utf-8")
    with new_library as library:
        [result] = import_paths(library, [path])
        assert (result.status, library.count()) == ("refused", 0)
        assert result.importer == "medline" and "no title, DOI, PubMed id or link" in result.reason


def test_mesh_headings_are_keywords_by_their_descriptor_after_the_authors_keywords():
    paper = read("PMID- 20481061\nTI  - From danger and motherhood to health and beauty.\nDP  - 2009\n"
                 "OT  - occupational health\nOT  - factory girls\nMH  - Attitude to Health\n"
                 "MH  - History, 20th Century\nMH  - Occupational Health/*history\n"
                 "MH  - Women, Working/*history/psychology\nMH  - *Women, Working\n").papers[0]
    assert paper.keywords == ["occupational health", "factory girls", "Attitude to Health", "History, 20th Century",
                              "Women, Working"]
    assert paper.extra["mesh_terms"] == ["Attitude to Health", "History, 20th Century", "Occupational Health/*history",
                                         "Women, Working/*history/psychology", "*Women, Working"]

"""CSV for Excel, and readable, stable BibTeX citation keys."""

import csv
import io

from exodesk.export import EXPORTERS
from exodesk.export.common import citation_keys
from exodesk.model import Abstract, Author, Paper


def _chinese_paper() -> Paper:
    return Paper(
        title="Umbilical cord MSC exosomes in diabetic wounds",
        titles={"zh-Hans": "人脐带间充质干细胞来源外泌体促进糖尿病大鼠皮肤创面愈合"},
        authors=[Author(literal="王晓明"), Author(family="Li", given="Ting")],
        authors_truncated=True,
        journal="中国组织工程研究",
        date="2023-05",
        keywords=["外泌体", "wound healing"],
        abstracts=[Abstract("en", "Exosomes helped, in rats."), Abstract("zh-Hans", "外泌体可促进创面愈合。")],
        links=["https://example.org/a", "https://example.org/b"],
    )


def test_csv_has_a_bom_and_one_row_per_paper_with_chinese_intact():
    text = EXPORTERS["csv"]([_chinese_paper(), Paper(title="Second", doi="10.1000/x")])
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert len(rows) == 2
    assert rows[0] == {
        "title": "Umbilical cord MSC exosomes in diabetic wounds",
        "title_zh": "人脐带间充质干细胞来源外泌体促进糖尿病大鼠皮肤创面愈合",
        "authors": "王晓明; Li Ting; et al.",
        "year": "2023", "date": "2023-05", "journal": "中国组织工程研究", "journal_abbrev": "",
        "volume": "", "issue": "", "pages": "", "doi": "", "pmid": "", "pmcid": "", "issn": "",
        "publisher": "", "publication_type": "", "language": "",
        "keywords": "外泌体; wound healing",
        "abstract_en": "Exosomes helped, in rats.",
        "abstract_zh": "外泌体可促进创面愈合。",
        "links": "https://example.org/a; https://example.org/b",
    }
    assert rows[1]["doi"] == "10.1000/x" and rows[1]["authors"] == ""


def test_citation_keys_are_readable_and_repeats_get_letters():
    nazari = Paper(title="Evaluating the safety of exosomes", authors=[Author("Nazari", "Hojjatollah")], date="2022-12-09")
    thery = Paper(title="The Minimal information 2018", authors=[Author("Théry", "Clotilde")], date="2018")
    chinese = Paper(title="外泌体", authors=[Author(literal="王晓明")], date="2023")
    keys = citation_keys([nazari, thery, nazari, chinese, nazari, Paper()])
    assert keys == ["nazari2022evaluating", "thery2018minimal", "nazari2022evaluatinga", "ref2023", "nazari2022evaluatingb", "ref"]


def test_csl_json_is_the_text_the_standard_json_writer_makes(monkeypatch):
    import json

    import orjson

    from exodesk.export import csl_json

    from .seed_papers import seed_papers

    papers = [*seed_papers(), _chinese_paper()]
    expected = json.dumps(csl_json.items(papers), ensure_ascii=False, indent=2) + "\n"
    assert csl_json.export(papers) == expected
    assert "外泌体, wound healing" in expected  # Chinese as it is, not escaped

    def refuse(*_args, **_kwargs):
        raise orjson.JSONEncodeError("Integer exceeds 64-bit range")

    monkeypatch.setattr(csl_json.orjson, "dumps", refuse)
    assert csl_json.export(papers) == expected  # what orjson cannot write, json does

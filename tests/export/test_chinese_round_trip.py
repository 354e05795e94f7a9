"""Chinese titles and abstracts survive every export: written where each
format has room, read back by our own importers and kept by the reference
parsers other tools use."""

import json

import bibtexparser
import pytest
import rispy

from exodesk.export import EXPORTERS
from exodesk.export.cite import format_references
from exodesk.model import Abstract, Author, Paper, fold_text
from export.test_round_trip import reimport

TITLE_HANS = "人脐带间充质干细胞来源外泌体促进糖尿病大鼠皮肤创面愈合的实验研究"
TITLE_HANT = "人臍帶間充質幹細胞來源外泌體促進糖尿病大鼠皮膚創面癒合的實驗研究"
ABSTRACT_HANS = ("目的：探讨人脐带间充质干细胞来源外泌体对糖尿病大鼠皮肤创面愈合的影响。方法：将40只糖尿病大鼠随机分为两组，"
                 "分别于创面局部注射外泌体或生理盐水。结果：外泌体组第14天创面愈合率明显高于对照组（P<0.05）。"
                 "结论：外泌体可促进糖尿病创面愈合。")
ABSTRACT_HANT = ("目的：探討人臍帶間充質幹細胞來源外泌體對糖尿病大鼠皮膚創面癒合的影響。結果：外泌體組第14天創面癒合率"
                 "明顯高於對照組。結論：外泌體可促進糖尿病創面癒合。")
ENGLISH_TITLE = "Human umbilical cord MSC-derived exosomes promote skin wound healing in diabetic rats"
ENGLISH_ABSTRACT = ("Objective: To explore the effect of exosomes from human umbilical cord mesenchymal stem cells on "
                    "skin wound healing in diabetic rats. Results: On day 14 the healing rate was higher with exosomes "
                    "(P<0.05; 50% vs 30%). Conclusion: Exosomes can promote diabetic wound healing.")


def english_paper_with_chinese() -> Paper:
    """As an aggregator page gives it: the English record with its Chinese translation."""
    return Paper(
        title=ENGLISH_TITLE,
        titles={"zh-Hans": TITLE_HANS, "zh-Hant": TITLE_HANT},
        authors=[Author("Wang", "Xiaoming"), Author(literal="李婷")],
        journal="Chinese Journal of Tissue Engineering Research", date="2023-05", volume="27", issue="14",
        pages="2201-2207", doi="10.12307/2023.512",
        abstracts=[Abstract("en", ENGLISH_ABSTRACT), Abstract("zh-Hans", ABSTRACT_HANS), Abstract("zh-Hant", ABSTRACT_HANT)],
    )


def chinese_paper_with_english() -> Paper:
    """As a Chinese journal gives it: the Chinese record, with the journal's English title and abstract."""
    return Paper(
        title=TITLE_HANS, titles={"en": ENGLISH_TITLE}, authors=[Author(literal="王晓明")],
        journal="中国组织工程研究", date="2023", language="zh",
        abstracts=[Abstract("zh-Hans", ABSTRACT_HANS), Abstract("en", ENGLISH_ABSTRACT)],
    )


def languages(paper: Paper):
    return paper.title, paper.titles, [(a.language, fold_text(a.text)) for a in paper.abstracts]


@pytest.mark.parametrize("fmt", ["ris", "bibtex", "csl-json"])
@pytest.mark.parametrize("make", [english_paper_with_chinese, chinese_paper_with_english])
def test_chinese_titles_and_abstracts_come_back_from_each_format(fmt, make):
    paper = make()
    _name, (again,) = reimport(EXPORTERS[fmt]([paper]), fmt)
    assert languages(again) == languages(paper)


def test_reference_parsers_find_the_chinese_where_other_tools_look():
    paper = english_paper_with_chinese()
    (entry,) = rispy.loads(EXPORTERS["ris"]([paper]))  # one value per tag: the Simplified first
    assert (entry["translated_title"], entry["notes_abstract"]) == (TITLE_HANS, ABSTRACT_HANS)
    (entry,) = bibtexparser.parse_string(EXPORTERS["bibtex"]([paper])).entries
    assert entry["origtitle"] == "{" + TITLE_HANS + "}"
    assert entry["annote"].split("\n\n") == [
        f"Title (zh-Hans): {TITLE_HANS}", f"Title (zh-Hant): {TITLE_HANT}",
        f"Abstract (zh-Hans): {ABSTRACT_HANS}", f"Abstract (zh-Hant): {ABSTRACT_HANT}",
    ]
    (item,) = json.loads(EXPORTERS["csl-json"]([paper]))
    assert item["original-title"] == TITLE_HANS
    assert item["multi"] == {"_keys": {"title": {"zh-Hans": TITLE_HANS, "zh-Hant": TITLE_HANT},
                                       "abstract": {"zh-Hans": ABSTRACT_HANS, "zh-Hant": ABSTRACT_HANT}}}


def test_a_formatted_reference_stays_in_the_papers_own_language():
    (reference,) = format_references([english_paper_with_chinese()], "apa")
    assert ENGLISH_TITLE in reference and "外泌体" not in reference

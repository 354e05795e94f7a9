"""Aggregator pages: the embedded record is found by its shape, and notices are recognised."""

from pathlib import Path

import pytest

from exodesk.importers import Source, aggregator_json
from exodesk.text.lines import is_machine_translation_notice


def source(text: str) -> Source:
    return Source(path=Path("page.txt"), data=text.encode("utf-8"))


def test_the_record_is_found_among_other_braces_and_text():
    text = (
        'var cfg = {"theme":"light"}; {broken json\n'
        '{"title":"A trial.","authors":"Ann Lee","doi":"10.1000/xyz1","abstract":null} 引用次数: 3\n'
    )

    record, _start = aggregator_json.find_record(text)

    assert record == {"title": "A trial.", "authors": "Ann Lee", "doi": "10.1000/xyz1", "abstract": None}
    assert aggregator_json.detect(source(text)) == 0.9


def test_a_json_object_without_bibliographic_keys_is_not_a_record():
    text = 'Settings\n{"title":"Dashboard","theme":"dark","layout":"wide"}\n'

    assert aggregator_json.detect(source(text)) == 0.0


def test_a_page_without_a_record_is_refused_with_a_reason():
    with pytest.raises(aggregator_json.Refused, match="embedded record"):
        aggregator_json.parse(source("Abstract\nExosomes are small vesicles.\n"))


@pytest.mark.parametrize(
    "line",
    [
        "本文章由计算机程序翻译,如有差异,请以英文原文为准。",
        "本文章由電腦程式翻譯，如有差異，請以英文原文為準。",
        "本文由機器翻譯，僅供參考",
        "此摘要为AI翻译",
        "Machine-translated abstract; the English original prevails.",
    ],
)
def test_translation_notices_are_recognised_in_either_script(line):
    assert is_machine_translation_notice(line)


@pytest.mark.parametrize("line", ["求助全文", "本文章的英文原文", "翻译医学研究"])
def test_page_chrome_is_not_a_translation_notice(line):
    assert not is_machine_translation_notice(line)



def test_without_an_abstract_in_the_record_the_page_text_gives_it():
    english = "Exosomes from mesenchymal stem cells were applied to photoaged skin in twelve volunteers. " * 3
    text = f'{{"title":"A pilot study.","authors":"Ann Lee","doi":"10.1000/xyz1","abstract":null}}\nAbstract\n{english}\n'

    paper = aggregator_json.parse(source(text)).papers[0]

    assert [(a.language, a.text, a.origin) for a in paper.abstracts] == [("en", english.strip(), "source")]
    assert paper.provenance["abstract:en"].part == "page text after the record"

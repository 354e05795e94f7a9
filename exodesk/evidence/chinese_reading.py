"""Suggestions read from a Chinese abstract (Mainland and Taiwan journals often
give only one). The text is read in Simplified characters (a Traditional
abstract is converted first), so each pattern is written once; words shown to
a person (outcome_zh) are converted to Hong Kong Traditional."""

from __future__ import annotations

import re

from exodesk.evidence import designs, harms
from exodesk.evidence.negation import denied_zh
from exodesk.model import IMPROVED, NO_CLEAR_DIFFERENCE, WORSE
from exodesk.text.chinese import to_simplified, to_traditional_hk

_BREAK = re.compile(r"[。；！？!?\n]+")


def simplified_sentences(text: str, language: str) -> list[str]:
    if language != "zh-Hans":
        text = to_simplified(text)
    return [s.strip() for s in _BREAK.split(text) if s.strip()]


# Checked in this order: a protocol's plan names the trial it will be, and a
# systematic review names the trials it pools, so both come before trial words.
_DESIGNS = (
    (designs.PROTOCOL, re.compile(r"研究方案|试验方案|本方案|方案设计|拟纳入|计划纳入|预计纳入|将招募|将纳入|拟招募|将被随机|将随机")),
    (designs.SURVEY, re.compile(r"问卷调查|横断面|调查问卷|问卷")),
    (designs.SYSTEMATIC_REVIEW, re.compile(r"系统评价|系统综述|[Mm]eta分析|荟萃分析")),
    (designs.NARRATIVE_REVIEW, re.compile(r"综述|文献回顾")),
    (designs.PRECLINICAL, re.compile(r"小鼠|大鼠|家兔|体外|细胞实验|动物模型|细胞系")),
    (designs.RCT, re.compile(r"随机对照|随机分为|随机分组|随机数字表|双盲|安慰剂")),
    (designs.SINGLE_ARM, re.compile(r"无对照|未设对照|单臂|单组")),
    (designs.NON_RANDOMISED, re.compile(r"对照组|非随机")),
    (designs.SINGLE_ARM, re.compile(r"[IⅠ]期临床|开放标签|开放性试验")),
    (designs.CASE_REPORT, re.compile(r"病例报告|个案报道|报告1例|报道1例")),
    (designs.CASE_SERIES, re.compile(r"回顾性|回顾分析|病例系列")),
)


def design(simplified: str, people: int | None) -> tuple[str, str] | None:
    """(design id, the words) from the abstract and title in Simplified
    characters; a cue the abstract denies ("本研究不是问卷调查") is passed over."""
    for design_id, pattern in _DESIGNS:
        if design_id == designs.PRECLINICAL and people:
            continue  # a trial in people may mention its laboratory work
        for m in pattern.finditer(simplified):
            if not denied_zh(simplified, m.start()):
                return design_id, m.group(0)
    return None


# What was measured: a score, rate or area the results name ("瘢痕评分", "总有效率").
_MEASURE = re.compile(r"((?:[A-Za-z]{2,8}|[\u4e00-\u9fff]){1,8}?"
                      r"(?:评分|积分|指数|面积|愈合率|愈合时间|有效率|治愈率|复发率|闭合率|复色率|改善率|密度))")
_MEASURE_ENDS = ("评分", "积分", "指数", "面积", "率", "时间", "密度")
# Where a measure's own words start: after these, in the sentence's lead-in.
_LEAD_IN = re.compile(r".*(?:组|后|前|的|及|和|与|在|者|时|周|月|天|患者|治疗|比较|两组|各组|"
                      r"评定|评估|测量|测定|记录|观察|采用)")  # (how it was measured: "评定MASI评分" is MASI评分)


def outcome(sentences: list[str]) -> tuple[str, str] | None:
    """(what was measured in Hong Kong Traditional, the sentence)."""
    for sentence in sentences:
        # Each measure ends in one of these: a look is quicker than the pattern's search.
        if not any(end in sentence for end in _MEASURE_ENDS):
            continue
        if m := _MEASURE.search(sentence):
            words = m.group(1)
            lead = _LEAD_IN.match(words[:-2])
            if lead:
                words = words[lead.end():]
            if len(words) > 2:
                return to_traditional_hk(words), sentence
    return None


_NO_DIFFERENCE = re.compile(r"差异无统计学意义|无显著差异|无明显差异|差异不显著|无统计学差异|差异均无统计学意义")
_WORSE = re.compile(r"加重|恶化")
_IMPROVED = re.compile(r"显著改善|明显改善|明显降低|显著降低|显著减少|明显减少|显著提高|明显提高|显著升高|优于对照组|"
                       r"高于对照组|低于对照组|多于对照组|优于安慰剂组|高于安慰剂组|低于安慰剂组|多于安慰剂组|改善|好转|缩小|愈合")
_NOT_ABOUT_OUTCOME = re.compile(r"基线|一般资料|可比性|不良反应|副作用|并发症|目的|探讨")


def direction(sentences: list[str]) -> tuple[str, str] | None:
    for pattern, found in ((_NO_DIFFERENCE, NO_CLEAR_DIFFERENCE), (_WORSE, WORSE), (_IMPROVED, IMPROVED)):
        for sentence in sentences:
            # As the English direction: asked only of a sentence the pattern finds
            # (400 Chinese abstracts: 2.9 ms of CPU instead of 4.2 ms).
            if (m := pattern.search(sentence)) and not _NOT_ABOUT_OUTCOME.search(sentence):
                if found == WORSE and _a_harm_worsened(sentence, m.start()):
                    continue  # "感染加重": a side effect that grew worse, not the result
                return found, sentence
    return None


def _a_harm_worsened(sentence: str, at: int) -> bool:
    """Whether a harm's name (infection, swelling, …) stands just before `at`,
    in some of the people ("2例出现感染加重"); "瘙痒加重" alone may be an
    eczema trial's result."""
    return bool(_SOME_PEOPLE_ZH.search(sentence, 0, at)) and any(
        0 <= at - end <= 2 for _name, _start, end in harms.find_names_zh(sentence[:at]))


_SOME_PEOPLE_ZH = re.compile(r"\d+\s*(?:例|名|人)")


_CURED = re.compile(r"(?:治愈|痊愈|完全愈合)\s*(\d+)\s*例|(\d+)\s*例(?:患者)?(?:治愈|痊愈|完全愈合)")


def responders(sentences: list[str], people: int | None) -> tuple[int, str] | None:
    """Those cured ("治愈18例"), when the count is of everyone in the study
    (a trial with two groups reports each group's; not read there)."""
    found = [(int(m.group(1) or m.group(2)), m.group(0)) for s in sentences for m in _CURED.finditer(s)]
    if len(found) == 1 and people and found[0][0] <= people:
        return found[0]
    return None

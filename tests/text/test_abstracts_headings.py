"""Structured abstracts whose headings have no colon (JAMA's), and Chinese
combined headings ("结果与结论"), are split into their sections; prose whose
sentences happen to start with such a word is not."""

import pytest

from exodesk.text.abstracts import make_abstract, split_inline_sections

# A JAMA-style abstract as its page prints it: each heading alone on a line.
JAMA = [
    ("Importance", "Hypertrophic scars after burns cause itching, pain, and contracture, and few treatments "
                   "have been tested in randomized trials."),
    ("Objective", "To assess whether topical exosomes derived from adipose stem cells reduce scar thickness "
                  "at 12 weeks."),
    ("Design, Setting, and Participants", "This double-blind randomized clinical trial was conducted at 2 burn "
                                          "centers in Seoul, South Korea, from March 2021 to August 2022 and "
                                          "included 84 adults with hypertrophic burn scars."),
    ("Interventions", "Participants were randomized 1:1 to exosome gel or vehicle gel applied twice daily for "
                      "12 weeks."),
    ("Main Outcomes and Measures", "The primary outcome was change in scar thickness measured by "
                                   "ultrasonography; secondary outcomes included Vancouver Scar Scale score "
                                   "and itch."),
    ("Results", "Of 84 participants (mean [SD] age, 41.2 [12.6] years; 30 [36%] women), 79 completed the "
                "trial. Scar thickness decreased by 0.62 mm (95% CI, 0.41-0.83 mm) with exosome gel vs 0.21 mm "
                "(95% CI, 0.05-0.37 mm) with vehicle (P < .001)."),
    ("Conclusions and Relevance", "In this randomized clinical trial, topical exosome gel reduced the thickness "
                                  "of hypertrophic burn scars more than vehicle; longer follow-up is needed."),
    ("Trial Registration", "ClinicalTrials.gov Identifier: NCT04812345"),
]


@pytest.mark.parametrize("joined", ["\n", " ", ""], ids=["heading on its line", "lines joined", "heading glued"])
def test_jama_headings_without_a_colon_split_the_abstract(joined):
    # Lines joined: a RIS or BibTeX export folds the lines into one; glued: a
    # page's heading elements copied without the space between them.
    text = joined.join(f"{heading}{joined}{body}" for heading, body in JAMA)
    abstract = make_abstract(text, "en")
    assert [(s.heading, s.text) for s in abstract.sections] == JAMA
    # Its text is then written as a structured abstract is: "Heading: text", a section a line.
    assert abstract.text == "\n".join(f"{heading}: {body}" for heading, body in JAMA)


def test_chinese_combined_headings_start_their_own_section():
    text = ("目的：探讨脂肪干细胞外泌体对光老化皮肤的修复作用。材料与方法：选取40只裸鼠，随机分为4组，紫外线照射8周后"
            "局部注射外泌体。结果与结论：外泌体组真皮厚度及胶原含量高于对照组（P＜0.05），提示外泌体可减轻光老化损伤。")
    assert [(s.heading, s.text) for s in split_inline_sections(text)] == [
        ("目的", "探讨脂肪干细胞外泌体对光老化皮肤的修复作用。"),
        ("材料与方法", "选取40只裸鼠，随机分为4组，紫外线照射8周后局部注射外泌体。"),
        ("结果与结论", "外泌体组真皮厚度及胶原含量高于对照组（P＜0.05），提示外泌体可减轻光老化损伤。"),
    ]


def test_chinese_headings_followed_by_a_space_instead_of_a_colon_split_the_abstract():
    # As many Chinese journals print them: "目的 探讨…" (Chinese prose has no spaces).
    text = ("目的 观察外泌体联合点阵激光治疗痤疮瘢痕的疗效。方法 将60例患者随机分为两组，各30例。"
            "结果 治疗组有效率为86.7%，高于对照组的63.3%（P＜0.05）。结论与讨论 外泌体可提高点阵激光的疗效。")
    assert [s.heading for s in split_inline_sections(text)] == ["目的", "方法", "结果", "结论与讨论"]


@pytest.mark.parametrize("text", [
    # Sentences starting with heading words, followed by a word in lower case.
    "Results were similar in both arms. Objective measures of scar height improved. Conclusions about itch "
    "could not be drawn from 20 patients.",
    # Two capitalised starts are not a structure; JAMA prints at least five headings.
    "Design Thinking has entered dermatology clinics. Results Based Accountability is used by funders to "
    "judge such projects. We describe one clinic's experience.",
    # Lines of prose that start with heading words.
    "Importance of the skin barrier in atopic dermatitis is well established.\nResults of small trials\n"
    "suggest that exosomes restore it.\nConclusions must wait for larger trials.",
    # Chinese prose: a heading word glued to the sentence it starts.
    "结果显示外泌体组真皮厚度增加。方法学上本研究样本量较小。结论尚需更大样本的研究验证。",
])
def test_prose_starting_sentences_with_heading_words_is_not_split(text):
    assert split_inline_sections(text) == []


def test_a_heading_in_capitals_that_goes_on_past_the_known_words_stays_whole():
    # As a Citavi export prints it: "RESULTS AND EVALUATION" is one heading,
    # not "Results" over a text starting "AND EVALUATION".
    text = ("OBJECTIVE To portray an information literacy programme. METHODS The offering includes standard "
            "workshops. RESULTS AND EVALUATION A small team taught 276 hours. DISCUSSION Contacts grew. "
            "CONCLUSIONS PRP sessions continue.")
    assert [(s.heading, s.text.split()[0]) for s in split_inline_sections(text)] == [
        ("Objective", "To"), ("Methods", "The"), ("Results and evaluation", "A"), ("Discussion", "Contacts"),
        ("Conclusions", "PRP")]  # an abbreviation opening a section stays in its text

"""Realistic abstracts written for the tests (not copies of the seeds), each a
function returning a model.Paper, for the suggestion tests and the handout
tests alike. Each covers a kind of paper the suggestions got wrong."""

from __future__ import annotations

from exodesk.model import Abstract, Paper
from exodesk.text.abstracts import make_abstract


def _paper(title: str, abstract: str, language: str = "en", publication_type: str | None = None,
           **fields) -> Paper:
    made = make_abstract(abstract, language)
    return Paper(title=title, abstracts=[made], publication_type=publication_type, **fields)


def rct_no_benefit() -> Paper:
    """On topic, randomised, and the exosomes did no better than the vehicle."""
    return _paper(
        "Adipose stem cell-derived exosome cream versus vehicle for mild-to-moderate atopic dermatitis: "
        "a randomised, double-blind trial",
        "BACKGROUND: Exosome creams are promoted for eczema, but controlled evidence is scarce. "
        "METHODS: Ninety-two adults with mild-to-moderate atopic dermatitis were randomly assigned to an exosome "
        "cream or the same cream without exosomes twice daily for 12 weeks. The primary outcome was the change in "
        "EASI score at week 12. RESULTS: EASI fell by 38% with exosomes and by 35% with vehicle, with no "
        "significant difference between groups (p = 0.61). Itching and sleep scores were similar in both groups. "
        "Contact dermatitis occurred in 2 patients in the exosome group. CONCLUSIONS: The exosome cream was safe "
        "and showed a promising trend that warrants larger studies.",
    )


def split_face_acne_scars() -> Paper:
    """A split-face randomised trial, harms named with counts."""
    return _paper(
        "Microneedling with umbilical cord MSC-derived exosomes for atrophic acne scars: a split-face "
        "randomized controlled trial",
        "Thirty patients with atrophic acne scars received four sessions of microneedling, with umbilical cord "
        "MSC-derived exosomes applied to one randomly chosen side of the face and saline to the other. Acne scar "
        "grading by two blinded dermatologists improved more on the exosome side at 16 weeks (p < 0.01). "
        "No serious adverse events were reported; mild erythema in 3 patients and transient itching in 2 "
        "resolved within a week. These findings demonstrate the remarkable regenerative power of exosomes.",
    )


def tcm_protocol() -> Paper:
    """Off topic and without results: a Chinese herbal medicine trial protocol."""
    return _paper(
        "Efficacy and safety of a Chinese herbal medicine decoction for chronic eczema: study protocol for a "
        "multicentre randomised controlled trial",
        "Introduction: Chinese herbal medicine is widely used for chronic eczema, yet systematic reviews and "
        "meta-analyses have found the trials to be of low quality. Methods and analysis: This protocol "
        "describes a double-blind trial in which 240 participants will be randomised to the decoction or a "
        "placebo granule for 8 weeks. The primary outcome will be the EASI score. Adverse events will be "
        "recorded at each visit. Trial registration: ChiCTR2300071234.",
    )


def mindfulness_protocol() -> Paper:
    """Off topic and without results: a mindfulness trial protocol."""
    return _paper(
        "Mindfulness-based stress reduction for people with psoriasis: protocol for a randomised controlled "
        "trial",
        "Psychological stress can trigger psoriasis flares. We will recruit 120 adults with plaque psoriasis "
        "from two dermatology clinics, who will be randomly allocated to an 8-week mindfulness-based stress "
        "reduction course or usual care. Outcomes are PASI, itch and perceived stress at 6 months.",
    )


def survey_of_users() -> Paper:
    """A survey: its respondents had no treatment from the study."""
    return _paper(
        "Use of exosome skin products among aesthetic clinic clients in Hong Kong: a cross-sectional survey",
        "We invited clients of 14 aesthetic clinics to an online survey. In total, 1,024 respondents completed "
        "a questionnaire, of whom 312 adults had received exosome facials. Redness after treatment was recalled "
        "by 21%. Most respondents did not know that no exosome product is approved.",
    )


def meta_analysis_4311() -> Paper:
    """A meta-analysis: its patients are other studies', written out in words."""
    return _paper(
        "Mesenchymal stem cell-derived extracellular vesicles for chronic wounds: a systematic review and "
        "meta-analysis",
        "We searched PubMed, Embase and CNKI for randomized controlled trials of MSC-derived extracellular "
        "vesicles in chronic wounds. Twenty-three trials were included. Four thousand three hundred and eleven "
        "patients were pooled. Complete wound closure at 12 weeks was more frequent with extracellular vesicles "
        "(risk ratio 1.42, 95% CI 1.18 to 1.71), and the certainty of evidence was low.",
    )


def mouse_psoriasis() -> Paper:
    """Animals only: forty mice are not a sample of people."""
    return _paper(
        "Exosomes from human umbilical cord MSCs relieve imiquimod-induced psoriasis-like inflammation in mice",
        "Forty BALB/c mice with imiquimod-induced psoriasis-like dermatitis were randomly assigned to "
        "subcutaneous exosomes or phosphate-buffered saline. Exosomes reduced epidermal thickness and IL-17 "
        "expression. These data suggest that exosomes are a promising therapy for psoriasis.",
    )


def case_report_with_harms() -> Paper:
    """One person; harms named as a clinician writes them."""
    return _paper(
        "Granulomatous reaction after injection of an unlicensed exosome product: a case report",
        "We report a 41-year-old woman who received intradermal injections of an exosome product for facial "
        "rejuvenation at a beauty salon. Two weeks later she developed painful swelling, redness at the "
        "injection site and fever. Biopsy showed a granulomatous reaction; a culture grew no organism. The "
        "lesions resolved after oral doxycycline and intralesional steroid over 3 months.",
    )


def single_arm_harms_listed() -> Paper:
    """Harms in several phrasings, with counts before and after the names."""
    return _paper(
        "Intralesional exosome injection for keloids: an open-label pilot study",
        "Eighteen patients with keloids received three monthly intralesional injections of MSC-derived exosomes. "
        "Keloid volume decreased by a median of 31% at 6 months. Injection-site pain was reported in 7 patients, "
        "two patients developed bruising, and one patient had a headache after the first session. There were "
        "no infections.",
    )


def chinese_rct_simplified() -> Paper:
    """A Mainland trial with only a Simplified Chinese abstract."""
    return _paper(
        "外泌体联合微针治疗痤疮萎缩性瘢痕的临床观察",
        "目的 观察外泌体联合微针治疗痤疮萎缩性瘢痕的疗效及安全性。方法 将60例痤疮萎缩性瘢痕患者随机分为治疗组和对照组，"
        "各30例，治疗组采用微针联合外泌体治疗，对照组仅采用微针治疗。结果 治疗后两组瘢痕评分均降低，治疗组明显低于对照组，"
        "差异有统计学意义（P<0.05）。治疗组出现红斑3例、瘙痒2例，均自行缓解，无严重不良反应。结论 外泌体联合微针治疗痤疮瘢痕疗效显著，安全可靠。",
        language="zh-Hans",
        titles={"zh-Hans": "外泌体联合微针治疗痤疮萎缩性瘢痕的临床观察"},
    )


def chinese_single_arm_traditional() -> Paper:
    """A Taiwan journal's trial with only a Traditional Chinese abstract."""
    return _paper(
        "間充質幹細胞外泌體治療慢性傷口之臨床研究",
        "目的：評估間充質幹細胞外泌體治療慢性傷口的效果。方法：共納入患者40例，均接受外泌體凝膠局部治療8週，無對照組。"
        "結果：治療後傷口面積明顯縮小，治癒18例。治療期間未見明顯不良反應。",
        language="zh-Hant",
    )


def chinese_no_difference() -> Paper:
    """A Chinese trial whose groups did not differ."""
    return _paper(
        "富血小板血浆治疗白癜风的随机对照研究",
        "方法 将80例稳定期白癜风患者随机分为观察组与对照组，各40例。观察组采用富血小板血浆注射联合窄谱中波紫外线，"
        "对照组仅采用窄谱中波紫外线。结果 两组复色率差异无统计学意义（P>0.05）。",
        language="zh-Hans",
    )


ALL = {f.__name__: f for f in (
    rct_no_benefit, split_face_acne_scars, tcm_protocol, mindfulness_protocol, survey_of_users,
    meta_analysis_4311, mouse_psoriasis, case_report_with_harms, single_arm_harms_listed, chinese_rct_simplified,
    chinese_single_arm_traditional, chinese_no_difference,
)}


def abstract_text(paper: Paper) -> str:
    """The paper's one abstract's text."""
    (only,) = paper.abstracts
    return only.text if isinstance(only, Abstract) else ""

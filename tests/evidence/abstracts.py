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


# --- abstracts that deny a cue: the cue's words are there, the paper says the opposite --------


def rct_denies_survey() -> Paper:
    """A randomised trial that says it is no survey; it finds no benefit."""
    return _paper(
        "Topical exosome serum after fractional laser for atrophic acne scars: a randomised, vehicle-controlled "
        "trial",
        "BACKGROUND: Exosome serums are sold to aesthetic clinics to speed recovery after fractional laser, and "
        "their benefit is usually inferred from clients' satisfaction. This was not a cross-sectional survey of "
        "clinic users: no survey was done, and no questionnaire was sent to patients. METHODS: We randomly "
        "assigned 96 adults with atrophic acne scars to an umbilical cord MSC-derived exosome serum or the same "
        "serum without exosomes, applied twice daily for 7 days after each of three fractional CO2 laser "
        "sessions. Two dermatologists unaware of the assignment graded the scars from photographs. The primary "
        "outcome was the change in acne scar grade at 24 weeks. RESULTS: Ninety-one participants completed the "
        "trial. Acne scar grade fell in both groups, with no significant difference between them (mean "
        "difference 0.2 points, 95% CI -0.3 to 0.7). Downtime after each session was a median of 4 days in "
        "both groups. Contact dermatitis occurred in 3 patients in the exosome group and 1 in the vehicle group. "
        "CONCLUSIONS: Adding an exosome serum to fractional laser did not improve acne scars more than its "
        "vehicle. Satisfaction surveys are no substitute for controlled trials.",
    )


def rct_patients_not_recontacted() -> Paper:
    """Its enrolment sentence says what will not happen: the people are still the sample."""
    return _paper(
        "Scalp injections of adipose stem cell-derived exosomes versus saline for androgenetic alopecia: a "
        "double-blind randomised trial",
        "Background: Exosome scalp injections are widely advertised for hair loss, but no controlled trial has "
        "tested them. Methods: At three dermatology centres, men and women aged 20 to 60 years with "
        "androgenetic alopecia were randomised 1:1 to four monthly scalp injections of adipose stem "
        "cell-derived exosomes or saline. The 212 enrolled participants will not be recontacted after the "
        "final visit, because the sponsor ended the programme. The primary outcome was the change in "
        "non-vellus hair density in a tattooed target area at 24 weeks, measured by phototrichogram. Results: "
        "Two hundred and three participants completed the study. Hair density did not differ between the "
        "groups (mean change +4.1 versus +3.6 hairs per square centimetre; p = 0.58), nor did the "
        "investigators' global photographic assessment. Injection-site pain was reported in 41 participants "
        "and headache in 9, similarly in both groups. Conclusions: Exosome injections did not improve hair "
        "density more than saline. Clinics should not present them as an effective treatment for pattern hair "
        "loss.",
    )


def neither_randomised_nor_blinded() -> Paper:
    """A controlled study that was neither randomised nor blinded."""
    return _paper(
        "Microneedling with exosomes for stable vitiligo: a prospective comparative study",
        "Objective: To compare microneedling with topical exosomes against microneedling alone in stable "
        "non-segmental vitiligo. Methods: The study was neither randomised nor blinded; patients chose their "
        "treatment after counselling. A total of 83 patients were enrolled at one university hospital: 45 "
        "received six sessions of microneedling followed by topical umbilical cord MSC-derived exosomes, and "
        "38 received microneedling with saline and formed the control group. All patients also used "
        "narrowband ultraviolet B phototherapy twice weekly. Repigmentation was graded by the treating "
        "physician on standardised photographs. Results: At 6 months, repigmentation of more than 50% was seen "
        "in 20 of 45 patients in the exosome group and 11 of 38 in the control group. Repigmentation was "
        "greater on acral sites in both groups. Koebner phenomenon occurred in 2 patients. Conclusions: "
        "Exosomes may add to microneedling and phototherapy in vitiligo, but the choice of treatment by "
        "patients and unblinded grading may have favoured them. A randomised trial is needed.",
    )


def single_arm_without_control() -> Paper:
    """A phase 2 trial without a control group, set against earlier placebo-controlled trials."""
    return _paper(
        "Intralesional mesenchymal stem cell exosomes for refractory hypertrophic scars: an open-label phase 2 "
        "study",
        "Background: Unlike the placebo-controlled trials of intralesional corticosteroids, studies of exosomes "
        "for scars have been small and uncontrolled. Methods: This phase 2 study was carried out without a "
        "control group. Thirty-two patients with hypertrophic scars that had not responded to at least two "
        "courses of triamcinolone received three intralesional injections of umbilical cord MSC-derived "
        "exosomes four weeks apart. Scar appearance was rated with the Vancouver Scar Scale by a dermatologist "
        "at baseline and at 6 months. Results: Twenty-nine patients completed follow-up. The Vancouver Scar "
        "Scale score decreased from a median of 9 to 6 (p < 0.001), with improvement in pliability and height "
        "but not in pigmentation. Injection-site pain was reported in 12 patients and bruising in 3; no "
        "serious adverse events occurred. Conclusions: Exosome injections were followed by softer, flatter "
        "scars, but without a comparison group the effect of time and of earlier treatments cannot be "
        "separated from that of the exosomes.",
    )


def case_series_instead_of_survey() -> Paper:
    """Chart review of harms, rather than a survey: a case series that argues against the treatment."""
    return _paper(
        "Complications after exosome injections for facial rejuvenation at aesthetic clinics",
        "Background: Reports of harm after unlicensed exosome products are increasing. Methods: Instead of a "
        "questionnaire survey of practitioners, we retrospectively reviewed the records of 27 consecutive "
        "patients referred to our dermatology department between 2021 and 2024 with complications after "
        "intradermal exosome injections for facial rejuvenation. Products, injection technique and the time to "
        "onset were recorded, and biopsies were examined where taken. Results: The patients were 25 women and "
        "2 men with a median age of 44 years. Complications began a median of 10 days after injection. "
        "Nineteen patients had persistent nodules, 8 had granulomatous reactions on biopsy, and 5 had "
        "abscesses, of which 2 grew non-tuberculous mycobacteria. Skin texture worsened in 14 patients "
        "compared with photographs taken before treatment. Most lesions needed months of antibiotics or "
        "intralesional steroids. Conclusions: Exosome injections at aesthetic clinics can cause lasting harm. "
        "Products are unregistered and their contents unknown; patients should be told this before treatment.",
    )


def rct_no_earlier_review() -> Paper:
    """A trial whose background says no review has been done: a trial, not a review."""
    return _paper(
        "Extracellular vesicle gel for plaque psoriasis: results of a multicentre trial",
        "Background: Extracellular vesicles from mesenchymal stem cells reduce skin inflammation in mice, and "
        "clinics offer them for psoriasis. No systematic review or meta-analysis has examined their use in "
        "people, and no controlled study had been reported. Methods: In this multicentre trial, 120 adults with "
        "mild-to-moderate plaque psoriasis were randomly assigned to an extracellular vesicle gel or a vehicle "
        "gel applied once daily to target plaques for 12 weeks. The primary outcome was the proportion "
        "reaching PASI 75 at week 12. Results: PASI 75 was reached by 14 of 60 patients with the vesicle gel "
        "and by 12 of 60 with the vehicle; the PASI did not differ significantly between groups at any "
        "visit. Itch scores were similar in both groups. Local irritation occurred in 6 patients given the "
        "vesicle gel and in 4 given the vehicle. Conclusions: An extracellular vesicle gel was no better than "
        "its vehicle for plaque psoriasis.",
    )


def chinese_rct_not_survey() -> Paper:
    """A Mainland trial whose methods say it used no questionnaire."""
    return _paper(
        "外泌体面膜辅助治疗玫瑰痤疮的临床研究",
        "目的 评价人脐带间充质干细胞外泌体面膜辅助治疗玫瑰痤疮的疗效。方法 本研究不是问卷调查，未采用问卷评价疗效，"
        "将86例玫瑰痤疮患者随机分为观察组和对照组，各43例。两组均口服多西环素，观察组加用外泌体面膜，对照组加用"
        "不含外泌体的基质面膜，疗程8周。由两名不知分组的皮肤科医师评定红斑评分。结果 治疗后两组红斑评分均降低，"
        "两组红斑评分差异无统计学意义（P>0.05）。观察组出现刺痛4例，对照组出现刺痛3例。结论 外泌体面膜未能进一步"
        "减轻玫瑰痤疮红斑，不宜作为常规辅助治疗推荐。",
        language="zh-Hans",
    )


def chinese_single_arm_not_randomised() -> Paper:
    """A Taiwan journal's single-arm study that says it did not randomise."""
    return _paper(
        "外泌體治療糖尿病足潰瘍之初步臨床觀察",
        "目的：觀察間充質幹細胞外泌體凝膠治療糖尿病足潰瘍的效果。方法：本研究沒有隨機分組，亦無對照組，"
        "共納入35例糖尿病足潰瘍患者，於標準清創及減壓之外，每週兩次局部塗抹外泌體凝膠，連續12週。每4週測量潰瘍"
        "面積。結果：治療12週後潰瘍面積明顯縮小，治癒14例；2例因感染而截趾。結論：外泌體凝膠或可促進糖尿病足"
        "潰瘍癒合，但本研究沒有對照組，仍需隨機對照試驗證實。",
        language="zh-Hant",
    )


def rct_no_improvement() -> Paper:
    """A trial against the treatment that says so without "no significant difference"."""
    return _paper(
        "Exosome-enriched emollient for children with atopic dermatitis: a randomised trial",
        "Background: Emollients enriched with stem cell-derived exosomes are marketed to parents of children "
        "with eczema at several times the price of plain emollients. Methods: We randomly assigned 78 children "
        "aged 2 to 12 years with moderate atopic dermatitis to an emollient containing adipose stem cell-derived "
        "exosomes or the same emollient without them, applied twice daily for 8 weeks alongside their usual "
        "topical corticosteroid. The primary outcome was the SCORAD at week 8, assessed by an investigator "
        "unaware of the assignment; parents recorded itch and sleep loss in a diary. Results: Seventy-one "
        "children completed the trial. There was no improvement in SCORAD with the exosome emollient over the "
        "plain emollient at week 8 (mean difference -1.4, 95% CI -5.2 to 2.4), and neither itch nor sleep loss "
        "improved more with it. The use of topical corticosteroid was the same in both groups. Stinging on "
        "application was reported for 5 children using the exosome emollient and 2 using the plain one. "
        "Conclusions: Adding exosomes to an emollient did not help children with atopic dermatitis, and "
        "parents should not be asked to pay more for it.",
    )


def chinese_no_improvement() -> Paper:
    """A Mainland trial whose exosome group did no better: "无明显改善", not "差异无统计学意义"."""
    return _paper(
        "外泌体精华液联合点阵激光治疗黄褐斑的随机对照研究",
        "目的 评价脂肪干细胞外泌体精华液联合1927 nm点阵激光治疗黄褐斑的疗效和安全性。方法 将64例黄褐斑患者随机分为"
        "观察组和对照组，各32例。两组均接受4次点阵激光治疗，每次间隔4周，观察组术后外用外泌体精华液，对照组外用"
        "不含外泌体的基质精华液。治疗前及末次治疗后8周评定MASI评分。结果 治疗后观察组MASI评分较对照组无明显改善，"
        "两组患者满意度相近。观察组出现一过性红斑6例，对照组出现一过性红斑5例，均未经处理自行消退。结论 外泌体"
        "精华液未能增强点阵激光治疗黄褐斑的效果，临床应用前仍需更多研究。",
        language="zh-Hans",
    )


ALL = {f.__name__: f for f in (
    rct_no_benefit, split_face_acne_scars, tcm_protocol, mindfulness_protocol, survey_of_users,
    meta_analysis_4311, mouse_psoriasis, case_report_with_harms, single_arm_harms_listed, chinese_rct_simplified,
    chinese_single_arm_traditional, chinese_no_difference, rct_denies_survey, rct_patients_not_recontacted,
    neither_randomised_nor_blinded, single_arm_without_control, case_series_instead_of_survey, rct_no_earlier_review,
    chinese_rct_not_survey, chinese_single_arm_not_randomised, rct_no_improvement, chinese_no_improvement,
)}


def abstract_text(paper: Paper) -> str:
    """The paper's one abstract's text."""
    (only,) = paper.abstracts
    return only.text if isinstance(only, Abstract) else ""

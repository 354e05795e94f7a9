"""Articles the sample pages describe: the clinic's field, written for the tests.

Each is one article as a publisher would present it; sample_pages.py and
sample_pdfs.py write it in the form each site or PDF layout uses.
Names, numbers and identifiers are made up for the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Person:
    given: str
    family: str
    affiliations: list[int] = field(default_factory=lambda: [1])

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def vancouver(self) -> str:
        initials = "".join(part[0] for part in self.given.replace("-", " ").split())
        return f"{self.family} {initials}"


@dataclass
class Article:
    title: str
    authors: list[Person]
    affiliations: list[str]
    journal: str
    abbrev: str
    issn: str
    publisher: str
    date: tuple[int, int, int]
    volume: str
    issue: str
    pages: str  # "45-53" or an article number
    doi: str
    sections: list[tuple[str, str]]  # (heading, text); heading "" for one paragraph
    keywords: list[str] = field(default_factory=list)
    pmid: str = ""
    pmcid: str = ""
    publication_type: str = "Journal Article"
    title_zh: str = ""
    abstract_zh: str = ""

    @property
    def iso(self) -> str:
        y, m, d = self.date
        return f"{y:04d}-{m:02d}-{d:02d}"

    @property
    def slash_date(self) -> str:
        y, m, d = self.date
        return f"{y:04d}/{m:02d}/{d:02d}"

    @property
    def abstract_text(self) -> str:
        if len(self.sections) == 1 and not self.sections[0][0]:
            return self.sections[0][1]
        return " ".join(f"{h}: {t}" for h, t in self.sections)

    @property
    def first_page(self) -> str:
        return self.pages.split("-")[0]

    @property
    def last_page(self) -> str:
        return self.pages.split("-")[1] if "-" in self.pages else ""


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

WOUND = Article(
    title="Umbilical cord mesenchymal stem cell-derived exosomes accelerate diabetic wound healing through the miR-21-5p/PTEN axis",
    authors=[Person("Wei", "Chen", [1]), Person("Mei-Ling", "Zhou", [1, 2]), Person("Hao", "Liang", [2]),
             Person("Jun", "Wang", [1]), Person("Xiaoming", "Li", [1, 3])],
    affiliations=["Department of Dermatology, Huashan Hospital, Fudan University, Shanghai 200040, China",
                  "Shanghai Institute of Dermatology, Shanghai 200443, China",
                  "Department of Plastic Surgery, The Chinese University of Hong Kong, Hong Kong SAR, China"],
    journal="Stem Cell Research & Therapy", abbrev="Stem Cell Res Ther", issn="1757-6512",
    publisher="BioMed Central", date=(2024, 3, 12), volume="15", issue="1", pages="78",
    doi="10.1186/s13287-024-03688-1", pmid="38472901", pmcid="PMC10931204",
    sections=[
        ("Background", "Chronic diabetic wounds heal slowly and often recur. Exosomes from umbilical cord mesenchymal stem cells (UC-MSC-Exos) carry microRNAs that regulate inflammation and angiogenesis, but how they act on diabetic skin is not well understood."),
        ("Methods", "UC-MSC-Exos were isolated by ultracentrifugation and characterised by transmission electron microscopy, nanoparticle tracking and western blot. Full-thickness wounds in db/db mice were treated with exosome hydrogel or vehicle, and wound closure was followed for 14 days."),
        ("Results", "Exosome-treated wounds closed faster (92.4% vs 61.8% at day 14, P < 0.01) with more CD31-positive vessels and less macrophage infiltration. miR-21-5p was enriched in the exosomes and suppressed PTEN in keratinocytes; blocking miR-21-5p removed most of the benefit."),
        ("Conclusions", "UC-MSC-Exos promote diabetic wound healing at least in part through the miR-21-5p/PTEN axis and are a candidate cell-free therapy for chronic wounds."),
    ],
    keywords=["Mesenchymal stem cells", "Exosomes", "Diabetic wound", "miR-21-5p", "PTEN"],
)

SCARS = Article(
    title="Topical exosome serum after fractional CO2 laser for atrophic acne scars: a split-face randomized controlled trial",
    authors=[Person("Ka-Wai", "Leung", [1]), Person("Siu-Ming", "Chan", [1]), Person("Priya", "Raman", [2]),
             Person("Tomás", "Herrera", [3])],
    affiliations=["Department of Medicine, Queen Mary Hospital, The University of Hong Kong, Hong Kong",
                  "Skin Research Institute of Singapore, Singapore",
                  "Clínica Dermatológica Herrera, Madrid, Spain"],
    journal="Journal of Cosmetic Dermatology", abbrev="J Cosmet Dermatol", issn="1473-2165",
    publisher="John Wiley & Sons, Ltd", date=(2024, 5, 3), volume="23", issue="5", pages="1650-1659",
    doi="10.1111/jocd.16210", pmid="38699432",
    sections=[
        ("Background", "Fractional CO2 laser improves atrophic acne scars but causes prolonged erythema and downtime."),
        ("Aims", "To assess whether a topical serum containing adipose stem cell-derived exosomes shortens recovery and improves scar outcomes after laser treatment."),
        ("Methods", "Twenty-eight patients received three sessions of fractional CO2 laser to both cheeks; one randomly assigned side received exosome serum and the other a placebo gel. Blinded raters scored scars with the ECCA scale."),
        ("Results", "Erythema resolved 2.1 days earlier on the exosome side (P = 0.003), and ECCA scores improved more at 12 weeks (-42% vs -31%, P = 0.02). No serious adverse events occurred."),
        ("Conclusion", "Exosome serum after fractional CO2 laser shortened downtime and modestly improved atrophic acne scars."),
    ],
    keywords=["acne scars", "exosomes", "fractional laser", "randomized controlled trial"],
    publication_type="Randomized Controlled Trial",
)

FIBROSIS = Article(
    title="Mesenchymal stromal cell-derived extracellular vesicles for skin fibrosis in systemic sclerosis: a phase I dose-escalation study",
    authors=[Person("Hiroshi", "Tanaka", [1]), Person("Yuki", "Morimoto", [1]), Person("Anna", "de Vries", [2]),
             Person("Lars", "Eriksen", [2])],
    affiliations=["Department of Dermatology, Graduate School of Medicine, Osaka University, Osaka, Japan",
                  "Department of Rheumatology, Leiden University Medical Center, Leiden, The Netherlands"],
    journal="Journal of Dermatological Science", abbrev="J Dermatol Sci", issn="0923-1811",
    publisher="Elsevier", date=(2023, 11, 1), volume="112", issue="2", pages="45-53",
    doi="10.1016/j.jdermsci.2023.08.004", pmid="37748021",
    sections=[
        ("Background", "Skin fibrosis in systemic sclerosis (SSc) has few effective treatments. Extracellular vesicles from mesenchymal stromal cells (MSC-EVs) reduce fibrosis in animal models."),
        ("Objective", "To establish the safety of intradermal MSC-EVs in patients with diffuse cutaneous SSc."),
        ("Methods", "In this open-label phase I study, nine patients received intradermal MSC-EVs into one forearm at three dose levels. Safety was the primary end point; the modified Rodnan skin score (mRSS) of the treated site was a secondary end point."),
        ("Results", "No dose-limiting toxicity occurred. Transient injection-site erythema was seen in four patients. The local skin score fell from 2.6 to 1.7 at week 24."),
        ("Conclusion", "Intradermal MSC-EVs were well tolerated in SSc skin; controlled trials are needed to judge efficacy."),
    ],
    keywords=["Systemic sclerosis", "Extracellular vesicles", "Mesenchymal stromal cells", "Skin fibrosis"],
    publication_type="Clinical Trial, Phase I",
)

REVIEW = Article(
    title="Exosomes in Aesthetic Dermatology: A Systematic Review of Clinical Evidence",
    authors=[Person("Sofia", "Marchetti", [1]), Person("Daniel", "Okafor", [2]), Person("Lin", "Zhang", [3])],
    affiliations=["Department of Dermatology, University of Milan, 20122 Milan, Italy",
                  "Lagos University Teaching Hospital, Lagos 102215, Nigeria",
                  "School of Chinese Medicine, Hong Kong Baptist University, Hong Kong, China"],
    journal="International Journal of Molecular Sciences", abbrev="Int J Mol Sci", issn="1422-0067",
    publisher="Multidisciplinary Digital Publishing Institute", date=(2024, 4, 28), volume="25", issue="9",
    pages="4821", doi="10.3390/ijms25094821", pmid="38732040", pmcid="PMC11084512",
    sections=[("", "Exosome products are widely marketed for skin rejuvenation, hair loss and scars, but the clinical evidence behind them has not been summarised. We searched PubMed, Embase and the Cochrane Library to January 2024 for clinical studies of exosomes applied to the skin or scalp. Fourteen studies with 512 patients met the inclusion criteria: four randomized trials, six uncontrolled case series and four case reports. Most studies combined exosomes with microneedling or laser, so the effect of the exosomes alone could not be separated. Reported benefits included faster recovery after laser resurfacing and modest gains in hair density. Adverse events were mild and short-lived. The evidence is low to very low in certainty, and products differ widely in source and content. Well-designed trials with characterised products are needed before exosomes can be recommended.")],
    keywords=["exosomes", "extracellular vesicles", "aesthetic dermatology", "systematic review"],
    publication_type="Systematic Review",
)

HAIR = Article(
    title="Adipose-derived stem cell exosomes combined with microneedling for androgenetic alopecia: a 24-week prospective study",
    authors=[Person("Min-Jun", "Park", [1]), Person("Seo-Yeon", "Kim", [1]), Person("Jae-Hoon", "Lee", [2])],
    affiliations=["Department of Dermatology, Seoul National University College of Medicine, Seoul, Korea",
                  "CHA Biotech Research Institute, Seongnam, Korea"],
    journal="Archives of Dermatological Research", abbrev="Arch Dermatol Res", issn="1432-069X",
    publisher="Springer Berlin Heidelberg", date=(2023, 9, 18), volume="315", issue="8", pages="2281-2290",
    doi="10.1007/s00403-023-02715-9", pmid="37718342",
    sections=[
        ("Purpose", "To evaluate hair growth after scalp microneedling with adipose-derived stem cell exosomes in men and women with androgenetic alopecia."),
        ("Methods", "Thirty-nine patients received six monthly sessions. Hair density and shaft diameter were measured by phototrichogram at baseline and week 24."),
        ("Results", "Mean hair density rose from 105.2 to 127.9 hairs/cm2 (P < 0.001) and mean diameter from 57.3 to 64.1 µm. Two patients reported transient scalp pain."),
        ("Conclusion", "Exosome-assisted microneedling increased hair density in this uncontrolled series; randomized trials are warranted."),
    ],
    keywords=["Androgenetic alopecia", "Exosomes", "Microneedling", "Hair density"],
    publication_type="Original Paper",
)

NANO = Article(
    title="Engineered extracellular vesicles loaded with curcumin relieve imiquimod-induced psoriasis-like inflammation in mice",
    authors=[Person("Yan", "Liu", [1]), Person("Qing", "Huang", [1]), Person("Rui", "Guo", [1, 2]),
             Person("Fang", "He", [2]), Person("Zhen", "Xu", [1]), Person("Ling", "Deng", [1])],
    affiliations=["State Key Laboratory of Biotherapy, West China Hospital, Sichuan University, Chengdu 610041, China",
                  "Department of Dermatovenereology, West China Hospital, Sichuan University, Chengdu 610041, China"],
    journal="Journal of Nanobiotechnology", abbrev="J Nanobiotechnology", issn="1477-3155",
    publisher="BioMed Central", date=(2022, 10, 6), volume="20", issue="1", pages="431",
    doi="10.1186/s12951-022-01621-4", pmid="36203179", pmcid="PMC9535879",
    sections=[
        ("Background", "Psoriasis is a chronic inflammatory skin disease in which keratinocytes and immune cells sustain each other. Curcumin is anti-inflammatory but poorly absorbed through skin."),
        ("Results", "Curcumin-loaded vesicles from MSCs penetrated the epidermis, lowered IL-17A and IL-23 in lesional skin and reduced the psoriasis area and severity index in mice by 58% compared with free curcumin."),
        ("Conclusions", "Engineered vesicles carrying curcumin are a promising topical approach for psoriasis."),
    ],
    keywords=["Psoriasis", "Extracellular vesicles", "Curcumin", "Drug delivery"],
)

VITILIGO = Article(
    title="Exosomes from human amniotic mesenchymal stem cells protect melanocytes from oxidative stress in vitiligo",
    authors=[Person("Xiaohui", "Wang", [1]), Person("Jia", "Song", [1]), Person("Chi-Keung", "Ho", [2])],
    affiliations=["Department of Dermatology, Xijing Hospital, Fourth Military Medical University, Xi'an 710032, China",
                  "Li Ka Shing Faculty of Medicine, The University of Hong Kong, Hong Kong"],
    journal="Experimental Dermatology", abbrev="Exp Dermatol", issn="1600-0625",
    publisher="John Wiley & Sons, Ltd", date=(2023, 2, 14), volume="32", issue="4", pages="487-496",
    doi="10.1111/exd.14763", pmid="36785521", pmcid="PMC10008514",
    sections=[("", "Oxidative stress drives melanocyte loss in vitiligo. We tested whether exosomes from human amniotic mesenchymal stem cells protect melanocytes exposed to hydrogen peroxide. Exosome pre-treatment raised melanocyte survival from 48% to 81%, restored tyrosinase activity and activated the Nrf2/HO-1 pathway; silencing Nrf2 abolished the protection. These results suggest a cell-free approach to vitiligo that deserves clinical study.")],
    keywords=["vitiligo", "melanocytes", "oxidative stress", "exosomes", "Nrf2"],
    title_zh="人羊膜间充质干细胞外泌体保护白癜风黑素细胞免受氧化应激损伤",
    abstract_zh="氧化应激导致白癜风中黑素细胞的丢失。本研究检验了人羊膜间充质干细胞来源的外泌体能否保护暴露于过氧化氢的黑素细胞。外泌体预处理使黑素细胞存活率由48%提高至81%，恢复了酪氨酸酶活性并激活Nrf2/HO-1通路；沉默Nrf2后保护作用消失。结果提示一种值得临床研究的白癜风无细胞治疗方法。",
)

LETTER = Article(
    title="Granulomatous reaction after cosmetic injection of unregulated exosome products: three cases",
    authors=[Person("Rachel", "Goldberg", [1]), Person("Marc", "Lefèvre", [2])],
    affiliations=["Department of Dermatology, Mount Sinai Hospital, New York, USA",
                  "Service de Dermatologie, Hôpital Saint-Louis, Paris, France"],
    journal="Journal of the European Academy of Dermatology and Venereology", abbrev="J Eur Acad Dermatol Venereol",
    issn="1468-3083", publisher="John Wiley & Sons, Ltd", date=(2024, 8, 22), volume="38", issue="11",
    pages="e1012-e1014", doi="10.1111/jdv.20287", sections=[],
    publication_type="Letter",
)

ATOPIC = Article(
    title="Allogeneic mesenchymal stem cell-derived exosome cream for moderate atopic dermatitis: a randomized, double-blind, vehicle-controlled trial",
    authors=[Person("Ji-Won", "Cho", [1]), Person("Hyun-Woo", "Jang", [1]), Person("Sarah", "McAllister", [2]),
             Person("Wing-Yee", "Lam", [3])],
    affiliations=["Department of Dermatology, Yonsei University College of Medicine, Seoul, Korea",
                  "Department of Dermatology, University of California San Francisco, San Francisco, CA, USA",
                  "Department of Paediatrics, Prince of Wales Hospital, The Chinese University of Hong Kong, Hong Kong"],
    journal="JAAD International", abbrev="JAAD Int", issn="2666-3287", publisher="Elsevier",
    date=(2024, 6, 1), volume="15", issue="", pages="112-120", doi="10.1016/j.jdin.2024.02.011",
    sections=[
        ("Background", "Many patients with atopic dermatitis prefer topical treatment without corticosteroids."),
        ("Objective", "To compare an exosome cream with its vehicle in moderate atopic dermatitis."),
        ("Methods", "Adults with an EASI score of 12 to 21 applied exosome cream or vehicle twice daily for 8 weeks."),
        ("Results", "Of 86 randomized patients, 44 received exosome cream. EASI-50 was reached by 59% versus 33% (P = 0.016). Pruritus scores fell more with exosome cream. Adverse events were similar in both groups."),
        ("Limitations", "Short follow-up and a single product."),
        ("Conclusion", "Exosome cream improved moderate atopic dermatitis over 8 weeks."),
    ],
    keywords=["atopic dermatitis", "eczema", "exosomes", "randomized controlled trial", "topical therapy"],
    publication_type="Randomized Controlled Trial",
)

GRAFT = Article(
    title="Manufacturing and release testing of clinical-grade extracellular vesicles from bone marrow mesenchymal stromal cells",
    authors=[Person("Eleanor", "Whitfield", [1]), Person("Rajesh", "Kumar", [1]), Person("Giulia", "Romano", [2])],
    affiliations=["Cell Therapy Unit, NHS Blood and Transplant, Birmingham, UK",
                  "Laboratory of Cell Therapy, University of Modena and Reggio Emilia, Modena, Italy"],
    journal="Cytotherapy", abbrev="Cytotherapy", issn="1465-3249", publisher="Elsevier",
    date=(2023, 12, 1), volume="25", issue="12", pages="1310-1321", doi="10.1016/j.jcyt.2023.07.009",
    pmid="37610383",
    sections=[("", "Extracellular vesicles from mesenchymal stromal cells are entering clinical trials, yet few centres describe how they are made and released. We report a good manufacturing practice process that yields 2.1 × 10^12 particles per litre of conditioned medium by tangential flow filtration, and the release tests agreed with the regulator: particle count, size, protein content, CD63/CD81 markers, sterility, endotoxin and a potency assay of T-cell suppression. Ten consecutive batches met all specifications. The process can serve as a reference for academic centres.")],
    keywords=["Extracellular vesicles", "Good manufacturing practice", "Potency assay", "Quality control"],
)

PHARMA = Article(
    title="Hydrogel Delivery of Platelet-Derived Exosomes Improves Healing of Radiation Dermatitis in Rats",
    authors=[Person("Ana", "Ferreira", [1]), Person("João", "Silva Santos", [1]), Person("Marta", "Nowak", [2])],
    affiliations=["Faculty of Pharmacy, University of Lisbon, 1649-003 Lisbon, Portugal",
                  "Department of Radiotherapy, Medical University of Warsaw, 02-091 Warsaw, Poland"],
    journal="Pharmaceutics", abbrev="Pharmaceutics", issn="1999-4923",
    publisher="Multidisciplinary Digital Publishing Institute", date=(2023, 7, 21), volume="15", issue="7",
    pages="1994", doi="10.3390/pharmaceutics15071994",
    sections=[
        ("Background", "Radiation dermatitis affects most patients who receive radiotherapy for breast or head and neck cancer."),
        ("Methods", "Rats received 30 Gy to the dorsal skin and were treated with a chitosan hydrogel carrying platelet-derived exosomes, hydrogel alone or no treatment."),
        ("Results", "Exosome hydrogel reduced the peak dermatitis score by 38% and halved the time to re-epithelialisation; collagen organisation and vessel density were closer to normal skin."),
        ("Conclusions", "Platelet-derived exosomes in a hydrogel improved healing of radiation dermatitis in rats."),
    ],
    keywords=["radiation dermatitis", "exosomes", "hydrogel", "platelet lysate"],
)

COSMETICS = Article(
    title="Consumer Exosome Skincare Products: Labelling, Claims and Measured Vesicle Content",
    authors=[Person("Emily", "Tan", [1]), Person("Wai-Lun", "Cheung", [2])],
    affiliations=["Department of Pharmacy, National University of Singapore, Singapore 117543, Singapore",
                  "School of Pharmacy, The Chinese University of Hong Kong, Hong Kong, China"],
    journal="Cosmetics", abbrev="Cosmetics", issn="2079-9284",
    publisher="Multidisciplinary Digital Publishing Institute", date=(2024, 11, 5), volume="11", issue="6",
    pages="193", doi="10.3390/cosmetics11060193",
    sections=[("", "Skincare products sold as containing exosomes are popular in Asia, but their content is rarely verified. We bought 21 products in Hong Kong, Singapore and online, recorded their labels and claims, and measured particles by nanoparticle tracking analysis and CD63 immunoblotting. Only six products contained detectable CD63-positive vesicles, and particle counts differed by four orders of magnitude; eleven labels made therapeutic claims. Clinicians and regulators should treat exosome claims on cosmetics with caution.")],
    keywords=["exosomes", "cosmetics", "labelling", "nanoparticle tracking analysis"],
)

FRONT = Article(
    title="Mesenchymal stem cell secretome for chronic venous leg ulcers: a pilot randomized trial",
    authors=[Person("Katarzyna", "Wiśniewska", [1]), Person("Piotr", "Zieliński", [1]), Person("Helena", "Berg", [2])],
    affiliations=["Department of Vascular Surgery, Medical University of Gdańsk, Gdańsk, Poland",
                  "Wound Healing Centre, Karolinska University Hospital, Stockholm, Sweden"],
    journal="Frontiers in Medicine", abbrev="Front Med (Lausanne)", issn="2296-858X",
    publisher="Frontiers Media S.A.", date=(2023, 5, 9), volume="10", issue="", pages="1156793",
    doi="10.3389/fmed.2023.1156793",
    sections=[
        ("Introduction", "Venous leg ulcers often fail to heal with compression alone."),
        ("Methods", "Forty patients were randomized to weekly topical MSC secretome gel or standard dressing for 12 weeks, both with compression."),
        ("Results", "Complete healing occurred in 9 of 20 patients with secretome gel and 4 of 20 with standard care (P = 0.09). Ulcer area decreased faster with secretome gel."),
        ("Conclusion", "Secretome gel was safe and may speed healing; a larger trial is justified."),
    ],
    keywords=["venous leg ulcer", "secretome", "mesenchymal stem cells", "wound healing"],
)

DOVE = Article(
    title="Patient-Reported Satisfaction and Safety of Exosome Facial Treatments in a Hong Kong Aesthetic Clinic: A Retrospective Survey",
    authors=[Person("Natalie", "Ng", [1]), Person("Kelvin", "Yip", [1])],
    affiliations=["Aesthetic Medicine Centre, Hong Kong Sanatorium & Hospital, Hong Kong"],
    journal="Clinical, Cosmetic and Investigational Dermatology", abbrev="Clin Cosmet Investig Dermatol",
    issn="1178-7015", publisher="Dove Medical Press", date=(2024, 2, 20), volume="17", issue="",
    pages="431-440", doi="10.2147/CCID.S451234",
    sections=[
        ("Purpose", "To describe satisfaction and adverse events after exosome facial treatments in routine practice."),
        ("Patients and Methods", "Records and survey answers of 214 patients treated between 2021 and 2023 were reviewed."),
        ("Results", "Most patients (78%) were satisfied or very satisfied. Adverse events were transient redness (21%), swelling (9%) and one case of contact dermatitis."),
        ("Conclusion", "Exosome facial treatments were well accepted, with mild and transient adverse events."),
    ],
    keywords=["exosomes", "aesthetic medicine", "patient satisfaction", "Hong Kong"],
)

TANDF = Article(
    title="Regulatory status of exosome-based products for skin in Asia, Europe and the United States",
    authors=[Person("Olivia", "Brennan", [1]), Person("Kenji", "Watanabe", [2]), Person("Siew-Hoon", "Lim", [3])],
    affiliations=["School of Law, Trinity College Dublin, Dublin, Ireland",
                  "Pharmaceuticals and Medical Devices Agency, Tokyo, Japan",
                  "Health Sciences Authority, Singapore"],
    journal="Journal of Dermatological Treatment", abbrev="J Dermatolog Treat", issn="0954-6634",
    publisher="Taylor & Francis", date=(2024, 1, 15), volume="35", issue="1", pages="2301122",
    doi="10.1080/09546634.2024.2301122",
    sections=[("", "Exosome products for skin are sold as cosmetics in some markets and regulated as medicines in others. We compared the rules of nine regulators. No regulator has approved an exosome product for a skin indication; the United States Food and Drug Administration has issued consumer warnings, and Korea, Japan and the European Union treat injectable use as a medicinal product. Hong Kong has no specific regulation. Clinicians offering these treatments should know the legal status of the product they use.")],
    keywords=["exosomes", "regulation", "cosmetics", "advanced therapy medicinal products"],
    publication_type="Review",
)

"""Article pages from any site, saved or copied as text: the rules the reader
follows beyond its golden records (tests/importers/fixtures/page-text/)."""

from pathlib import Path

import pytest

from exodesk.importers import Refused, Source, choose

FIXTURES = Path(__file__).parent / "fixtures" / "page-text"

ABSTRACT = (
    "Chronic wounds in older adults heal slowly. We randomized 40 patients with venous leg ulcers to a "
    "topical gel of platelet lysate or to standard dressings for 12 weeks. Complete healing occurred in 45% "
    "and 30% of ulcers (p = 0.33), and pain scores did not differ between the groups at any visit."
)


def read(text: str):
    """The records ExoDesk makes of a page text, through the reader it chooses."""
    source = Source(path=Path("saved page.txt"), data=text.encode("utf-8"))
    importer, _score, errors = choose(source)
    assert importer is not None and not errors
    return importer.parse(source).papers


def page(byline: str, *, head: str = "", title: str = "Platelet lysate gel for venous leg ulcers: a randomized trial",
         tail: str = "") -> str:
    return f"{head}{title}\n{byline}\nAbstract\n{ABSTRACT}\nIntroduction\nVenous ulcers are common.\n{tail}"


def names(paper) -> list[str]:
    return [a.literal or f"{a.given} {a.family}" for a in paper.authors]


def test_the_sites_own_words_are_set_aside():
    head = (
        "Skip to main content\nWe use cookies to improve your experience. Accept all cookies\nMenu\nSearch\n"
        "Minireviews Open Access\nShare\nTweet\n1,204 Views\n12 Citations\nDownload PDF\n"
    )
    (paper,) = read(page("Anna Berg, Jonas Lind", head=head, tail="doi: 10.1111/iwj.14021\n"))
    assert paper.title == "Platelet lysate gel for venous leg ulcers: a randomized trial"
    assert names(paper) == ["Anna Berg", "Jonas Lind"]
    assert [a.text for a in paper.abstracts] == [ABSTRACT]


@pytest.mark.parametrize(
    "byline, expected",
    [
        ("Kate Goldie,1,* Martina Kerscher,2 Sabrina Guillen Fabi3", ["Kate Goldie", "Martina Kerscher", "Sabrina Guillen Fabi"]),
        ("Shannon Humphrey *,†, Stephanie Manson Brown §, Rahul Mehta", ["Shannon Humphrey", "Stephanie Manson Brown", "Rahul Mehta"]),
        ("Jane Doe, MD, PhD, John Smith, MBBS and Wei Zhang", ["Jane Doe", "John Smith", "Wei Zhang"]),
        ("Authors Goldie K, Kerscher M, Fabi SG", ["K Goldie", "M Kerscher", "SG Fabi"]),
        ("Xiao-Yu Wang a, Chen Liu a b, Hai-Bo Tang b", ["Xiao-Yu Wang", "Chen Liu", "Hai-Bo Tang"]),
        ("Hui LvHui LvHanxiao LiuHanxiao LiuTing SunTing Sun1*", ["Hui Lv", "Hanxiao Liu", "Ting Sun"]),
        ("Ortega, María José M.D.; Navarro, Pablo M.D., Ph.D.", ["María José Ortega", "Pablo Navarro"]),
        ("Wei Chen¹², Li Na Huang³, and Ming Zhao¹*", ["Wei Chen", "Li Na Huang", "Ming Zhao"]),
        ("王小明1，李华2*，张伟1", ["王小明", "李华", "张伟"]),
        ("TENG Xiaopin, PAN Xinyuan▲", ["Xiaopin Teng", "Xinyuan Pan"]),  # family names first, in capitals
        ("ZHANG Xiao-Ming1, LI Hua2", ["Xiao-Ming Zhang", "Hua Li"]),
        ("JP Smith, Anna Berg", ["JP Smith", "Anna Berg"]),  # initials in capitals, not a family name
        ("Greg Chernoff* BSc, MD, FRCSC", ["Greg Chernoff"]),
        ("王小明（中山大学附属第一医院皮肤科） 李华（广州医科大学）", ["王小明", "李华"]),
    ],
)
def test_a_byline_is_split_into_people(byline, expected):
    (paper,) = read(page(byline, tail="doi: 10.1111/iwj.14021\n"))
    assert names(paper) == expected


def test_chinese_names_and_their_affiliations_stay_apart():
    text = (
        "外泌体凝胶治疗慢性创面的随机对照研究\n王小明1，李华2\n1中山大学附属第一医院皮肤科，广州 510080\n"
        "2广州医科大学基础医学院，广州 511436\n摘要：目的 观察外泌体凝胶治疗慢性创面的疗效。方法 将40例患者随机分为两组。"
        "结果 两组愈合率差异无统计学意义。结论 外泌体凝胶未提高愈合率。\n关键词：外泌体；创面\n"
        "中华医学杂志, 2023, 103(12): 890-895. DOI: 10.3760/cma.j.cn112137-20221010-02123\n"
    )
    (paper,) = read(text)
    assert names(paper) == ["王小明", "李华"]
    assert paper.affiliations == ["中山大学附属第一医院皮肤科，广州 510080", "广州医科大学基础医学院，广州 511436"]
    assert (paper.journal, paper.date, paper.volume, paper.issue, paper.pages) == (
        "中华医学杂志", "2023", "103", "12", "890-895")


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("Cite this article\nBerg A, Lind J. Platelet lysate gel for venous leg ulcers: a randomized trial. "
         "Int Wound J. 2023;20(4):1101-1108. doi:10.1111/iwj.14021\n",
         ("Int Wound J", "2023", "20", "4", "1101-1108")),
        ("Citation: Berg A and Lind J (2023) Platelet lysate gel for venous leg ulcers: a randomized trial. "
         "Front. Med. 10:1187265. doi: 10.3389/fmed.2023.1187265\n", ("Front. Med", "2023", "10", None, "1187265")),
        ("How to Cite: Berg A, Lind J. Platelet lysate gel for venous leg ulcers: a randomized trial. "
         "Wound Repair Regen. 2022;30(2):e134512.\n", ("Wound Repair Regen", "2022", "30", "2", "e134512")),
        ("Wound Repair and Regeneration, Volume 31, Issue 2, March 2023, Pages 45-53\n",
         ("Wound Repair and Regeneration", "2023-03", "31", "2", "45-53")),
        ("Published: 14 March 2024\n© 2024 The Authors. Published by Wiley.\n", (None, "2024-03-14", None, None, None)),
        ("Copyright © 2021 Berg and Lind.\n", (None, "2021", None, None, None)),
        # A table-of-contents bar of labelled parts, as journal platforms print above the title.
        ("ORIGINAL ARTICLE Year : 2022  |  Volume : 40  |  Issue : 3  |  Page : 141-147\n",
         (None, "2022", "40", "3", "141-147")),
    ],
)
def test_where_and_when_come_from_the_pages_publication_lines(tail, expected):
    (paper,) = read(page("Anna Berg, Jonas Lind", tail=tail))
    journal = paper.journal_abbrev or paper.journal
    assert (journal, paper.date, paper.volume, paper.issue, paper.pages) == expected


def test_an_author_manuscript_takes_the_journal_it_was_published_in():
    head = (
        "Author manuscript; available in PMC: 2024 Jan 1.\n"
        "Published in final edited form as: J Invest Dermatol. 2023 Jan;143(1):98–108. doi: 10.1016/j.jid.2022.07.021\n"
    )
    (paper,) = read(page("Jennifer L Adams 1, Michael T Brown 2", head=head, tail="PMCID: PMC9871234  PMID: 35987654\n"))
    assert (paper.journal, paper.journal_abbrev, paper.date) == (None, "J Invest Dermatol", "2023-01")
    assert "manuscript" not in str(paper.to_dict()).casefold()


def test_the_abstract_runs_from_its_heading_to_the_next_section_and_no_further():
    text = page("Anna Berg1, Jonas Lind2", tail="doi: 10.1111/iwj.14021\n").replace(
        "Abstract\n", "1 Department of Surgery, Lund University, Lund, Sweden\n2 Skåne University Hospital, Malmö, Sweden\nAbstract\n")
    (paper,) = read(text)
    assert [a.text for a in paper.abstracts] == [ABSTRACT]
    assert paper.affiliations == ["Department of Surgery, Lund University, Lund, Sweden", "Skåne University Hospital, Malmö, Sweden"]


def test_a_structured_abstract_keeps_its_sections():
    text = page("Anna Berg, Jonas Lind", tail="doi: 10.1111/iwj.14021\n").replace(
        f"Abstract\n{ABSTRACT}\n",
        "Abstract\nBackground\nChronic wounds in older adults heal slowly and cost a great deal.\nMethods\n"
        "We randomized 40 patients with venous leg ulcers to platelet lysate gel or dressings.\nResults\n"
        "Complete healing occurred in 45% and 30% of ulcers (p = 0.33).\nConclusions\nThe gel did not heal more ulcers.\n")
    (paper,) = read(text)
    assert [s.heading for s in paper.abstracts[0].sections] == ["Background", "Methods", "Results", "Conclusions"]


def test_papers_a_page_lists_after_its_article_lend_it_nothing():
    tail = (
        "doi: 10.1111/iwj.14021\nSimilar articles\nHoney dressings for venous ulcers.\nKarlsson P, Nilsson M.\n"
        "Wound Repair Regen. 2019 Mar;27(2):101-108. doi: 10.1111/wrr.12690.\nPMID: 30512345\n"
    )
    (paper,) = read(page("Anna Berg, Jonas Lind", tail=tail))
    assert (paper.doi, paper.pmid) == ("10.1111/iwj.14021", None)


def test_a_listing_page_gives_one_record_per_article():
    papers = read((FIXTURES / "listing-pubmed-search-results.txt").read_text(encoding="utf-8"))
    assert [p.pmid for p in papers] == ["33073298", "36789012", "36125210", "33481441"]
    assert len({p.title for p in papers}) == 4 and all(p.authors and p.journal_abbrev for p in papers)


def test_a_result_table_gives_one_record_per_row():
    papers = read((FIXTURES / "listing-cnki-results-table.txt").read_text(encoding="utf-8"))
    assert [(p.title[:6], p.journal, p.date) for p in papers] == [
        ("人脐带间充质", "中国组织工程研究", "2023-05-12"), ("脂肪干细胞外", "中华整形外科杂志", "2022-11-25"),
        ("富血小板血浆", "中国美容医学", "2024-01-20")]


def test_a_page_with_a_title_and_abstract_but_no_identifier_is_imported():
    (paper,) = read(page("Anna Berg, Jonas Lind"))
    assert paper.title and paper.abstracts and not paper.doi


def test_a_page_with_nothing_bibliographic_is_refused_with_the_reason():
    text = ("Skip to main content\nMenu\nAbout our clinic\nOpening hours: Monday to Friday, 9 am to 6 pm.\n"
            "Abstract\n" + "Our clinic offers laser treatments, facials and consultations for all skin types. " * 4)
    source = Source(path=Path("clinic.txt"), data=text.encode("utf-8"))
    importer, _score, _errors = choose(source)
    with pytest.raises(Refused, match="no article title with its authors, year or journal, and no DOI or PubMed id"):
        importer.parse(source)


def test_a_guide_that_cites_a_paper_is_refused_rather_than_given_the_papers_doi():
    """A clinic's or magazine's guide credits an image to a paper: the DOI is
    that paper's, and a record of the guide's title with it would be wrong."""
    text = ("Should You Get An Exosome Facial?\n\n"
            "Exosome treatment for the face is said to rejuvenate, regenerate and repair the skin, helping with "
            "texture, scarring and signs of ageing. However, there is significant controversy about their safety, "
            "with many practitioners wary of using them at all.\n\nWhat Are Exosomes?\n\nexosome\n"
            "Image credit: Yang, Gi Hoon et al. “Overcome the barriers of the skin: exosome therapy.” Biomaterials "
            "research vol. 25,1 22. 3 Jul. 2021, doi:10.1186/s40824-021-00224-8/ CC BY 4.0\n\n"
            "Exosomes have found a number of potential uses, including wound healing and skincare.\n")
    source = Source(path=Path("guide.txt"), data=text.encode("utf-8"))
    importer, _score, _errors = choose(source)
    with pytest.raises(Refused, match="no DOI or PubMed id"):
        importer.parse(source)
    # The paper's own page, citing itself, keeps its DOI.
    (paper,) = read(text.replace("Should You Get An Exosome Facial?", "Overcome the barriers of the skin: exosome therapy"))
    assert paper.doi == "10.1186/s40824-021-00224-8"


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name)
def test_every_value_read_says_where_it_came_from(path):
    for paper in read(path.read_text(encoding="utf-8")):
        assert {p.importer for p in paper.provenance.values()} == {"page-text"}
        filled = {name for name, value in paper.to_dict().items()
                  if value not in (None, "", [], {}, False) and name not in ("abstracts", "provenance", "extra")}
        filled |= {f"abstract:{a.language}" for a in paper.abstracts}
        filled |= {f"title:{language}" for language in paper.titles} - {"titles"}
        assert filled - {"titles"} - paper.provenance.keys() == set()


def test_a_saved_page_without_embedded_metadata_is_read_by_the_same_rules():
    path = FIXTURES / "society-journal-page-without-metadata.html"
    source = Source(path=path, data=path.read_bytes())
    importer, _score, _errors = choose(source)
    (paper,) = importer.parse(source).papers
    assert paper.title.startswith("Pulsed dye laser versus intralesional triamcinolone")
    assert names(paper) == ["KM Chan", "WY Leung", "SF Ho"]
    assert paper.affiliations == ["Social Hygiene Service, Department of Health, Hong Kong",
                                  "Department of Medicine, Queen Mary Hospital, Hong Kong"]
    assert (paper.journal_abbrev, paper.date, paper.volume, paper.issue, paper.pages) == (
        "Hong Kong J Dermatol Venereol", "2021", "29", "2", "61-68")


def test_an_abstract_under_a_heading_of_several_words_is_read():
    """A journal's own site: "Abstract", then "Background and Objectives" over the first paragraph."""
    text = (
        "Advertisement\nJournal of Clinical Epidemiology\nLog in\nOriginal Article\nVolume 149, P146-153, September 2022\n"
        "Reporting of funding improved from preprints to peer-reviewed publications\n"
        "Dima Itani, Ghena Lababidi, Elie A. Akl\nPublished: June 20, 2022\n"
        "DOI: https://doi.org/10.1016/j.jclinepi.2022.06.008\nAbstract\nBackground and Objectives\n"
        "To assess changes in the reporting of funding between preprints and their peer-reviewed versions.\n"
        "Results\nA quarter of the studies added at least one author to the peer-reviewed version.\n"
        "Keywords\nPreprint\nTo read this article in full you will need to make a payment\n"
    )
    (paper,) = read(text)
    assert [s.heading for s in paper.abstracts[0].sections] == ["Background and Objectives", "Results"]


def test_a_record_in_ukrainian_labels_keeps_its_own_doi_and_authors():
    """An aggregator's record: "Автори:" over names one to a line, "Список літератури" of other papers' DOIs."""
    text = (
        "OUCI\nПошук\nPlatelet lysate in wound care: a review of clinical evidence\n"
        "https://doi.org/10.1088/2516-1091/ad1338\nВидання: Progress in Biomedical Engineering, 2024, № 1, с. 012004\n"
        "Видавець: IOP Publishing\nАвтори:\nSayanti Shome\nM Kodieswaran\nBiman B Mandal\nАнотація\n"
        f"Abstract {ABSTRACT}\nСписок літератури\nMarx, Platelet-rich plasma, Implant Dent., № 10, с. 225\n"
        "DOI: 10.1097/00008505-200110000-00002\n"
    )
    (paper,) = read(text)
    assert paper.title == "Platelet lysate in wound care: a review of clinical evidence"
    assert names(paper) == ["Sayanti Shome", "M Kodieswaran", "Biman B Mandal"]
    assert paper.doi == "10.1088/2516-1091/ad1338"


def test_a_page_without_an_abstract_does_not_take_the_introduction_for_one():
    text = (
        "proLékaře.cz\nJournals\nCourses\nLog in\nActa Chirurgiae Plasticae\n2021, 63, Issue 3\n"
        "Platelet-rich plasma after maxillofacial surgery\n"
        "Authors: Yuliya Menchisheva 1;  Ulmeken Mirzakulova 1;  Dildora Usupova 2\n"
        "Authors‘ workplace: Department Surgical Dentistry, State Hospital №5, Kazakh National Medical University, "
        "Almaty, Kazakhstan 1;  Department of the Diseases and Traumatology of the Maxillofacial Region, Tashkent State "
        "Dental Institute, Tashkent, Uzbekistan 2\n"
        "Published in: ACTA CHIRURGIAE PLASTICAE, 63, 3, 2021, pp. 118-126\ndoi: https://doi.org/10.48095/ccachp2021118\n"
        f"Introduction\n{ABSTRACT}\nMaterials and methods\nSixty patients were included.\n"
        "Literature\n1. Marx RE. Platelet-rich plasma. J Oral Maxillofac Surg 2004;62:489-496.\n"
    )
    (paper,) = read(text)
    assert names(paper) == ["Yuliya Menchisheva", "Ulmeken Mirzakulova", "Dildora Usupova"]
    assert paper.abstracts == []


def test_the_abstract_ends_at_the_record_pages_own_sections():
    text = (
        "ScienceOpen\nSearch\nRecord: found\nAbstract: found\nIs Open Access\n"
        "Platelet lysate gel for venous leg ulcers: a randomized trial\nresearch-article\n"
        "Anna Berg, Jonas Lind\nInternational Wound Journal\n2021\nAbstract\n"
        f"{ABSTRACT}\nRelated collections\nMost cited references\nAuthor and article information\nJournal\n"
        "International Wound Journal\nPublisher: Wiley\nISSN: 1742-4801\nPublication date: 1 June 2021\n"
        "DOI: 10.1111/iwj.14021\n"
    )
    (paper,) = read(text)
    assert [a.text for a in paper.abstracts] == [ABSTRACT]
    assert paper.journal != "Publisher: Wiley"
    assert paper.doi == "10.1111/iwj.14021"


@pytest.mark.parametrize(
    "byline, families",
    [
        ("Dima Itani, Tala El Ghoul, Elie A. Akl", ["Itani", "El Ghoul", "Akl"]),  # a capitalised particle
        ("Seo Won SONG ; Dong Geon LEE ; Bark-Lynn LEW", ["Song", "Lee", "Lew"]),  # family names set in capitals
    ],
)
def test_family_names_are_read_whole_and_written_as_names(byline, families):
    (paper,) = read(page(byline, tail="doi: 10.1111/iwj.14021\n"))
    assert [a.family for a in paper.authors] == families


def test_labels_printed_above_or_beside_their_values():
    """"PubMed ID" over its number (a research-profile page); "Pages 679-684 (October 2013)"."""
    head = "Journal Information\nVol. 104. Issue 8.\nPages 679-684 (October 2013)\n"
    (paper,) = read(page("Anna Berg, Jonas Lind", head=head, tail="PubMed ID\n35738307\n"))
    assert (paper.pmid, paper.volume, paper.issue, paper.pages, paper.date) == ("35738307", "104", "8", "679-684", "2013-10")


@pytest.mark.parametrize("affiliation", [
    "Stockholms led- & smärtklinik, 11424 Stockholm, Sweden",
    "Klinik für Dermatologie, Universitätsklinikum Essen, Essen, Germany",
    "Service de dermatologie, Hôpital Saint-Louis, Paris, France",
    "Clínica Dermatológica del Valle, Cali, Colombia",
])
def test_affiliations_named_in_other_languages_are_read_as_affiliations(affiliation):
    text = f"Platelet lysate gel for venous leg ulcers: a case series\nAnna Berg*\n{affiliation}\nAbstract\n{ABSTRACT}\n"
    (paper,) = read(text)
    assert paper.affiliations == [affiliation]


@pytest.mark.parametrize("line", ["[文章编号]1008-6455(2018)10-0017-05", "文章編號：1008-6455 (2018) 10-0017-05"])
def test_a_chinese_journals_article_number_gives_the_year_issue_and_pages(line):
    text = (f"皮肤年轻化领域美塑配方的应用现状、功效及展望\n付俊 鲍峰 裴璐 孙林潮\n[摘要]{'为帮助医美工作者建立清晰的知识脉络。' * 6}\n"
            f"[关键词]美塑疗法;皮肤年轻化\n{line}\n")
    (paper,) = read(text)
    assert (paper.date, paper.issue, paper.pages, paper.issn) == ("2018", "10", "17-21", "1008-6455")


def family_given(paper) -> list[tuple[str, str]]:
    return [(a.family, a.given) for a in paper.authors]


@pytest.mark.parametrize(
    "byline, expected",
    [
        ("Okafor C, Lindqvist Å, Yılmaz E, Strauß K", [("Okafor", "C"), ("Lindqvist", "Å"), ("Yılmaz", "E"), ("Strauß", "K")]),
        ("Zhang Y, Li X, Wang H*, O'Brien-Smith JP, van der Berg M, Nguyen TT",
         [("Zhang", "Y"), ("Li", "X"), ("Wang", "H"), ("O'Brien-Smith", "JP"), ("van der Berg", "M"), ("Nguyen", "TT")]),
        ("Okafor C., Lindqvist Å.", [("Okafor", "C"), ("Lindqvist", "Å")]),
        ("Okafor C.A., Nguyen T.T. and d'Amico F.", [("Okafor", "CA"), ("Nguyen", "TT"), ("d'Amico", "F")]),
        ("Petrov AV1, Smirnova OI2†, García-Núñez JL1 & Øster B3", [("Petrov", "AV"), ("Smirnova", "OI"),
                                                                   ("García-Núñez", "JL"), ("Øster", "B")]),
        ("Okafor C", [("Okafor", "C")]),
        ("Okafor C.A.", [("Okafor", "CA")]),
    ],
)
def test_a_compact_byline_gives_family_names_and_initials(byline, expected):
    (paper,) = read(page(byline, tail="doi: 10.1111/iwj.14021\n"))
    assert family_given(paper) == expected


def test_a_compact_byline_cut_short_says_so():
    (paper,) = read(page("Okafor C, Lindqvist Å, Yılmaz E, et al.", tail="doi: 10.1111/iwj.14021\n"))
    assert family_given(paper) == [("Okafor", "C"), ("Lindqvist", "Å"), ("Yılmaz", "E")]
    assert paper.authors_truncated


@pytest.mark.parametrize("abbreviation", ["Int Wound J", "J Dermatol Sci", "Stem Cells Transl Med", "Br J Dermatol"])
def test_a_journals_abbreviated_name_under_the_title_is_no_author(abbreviation):
    title = "Platelet lysate gel for venous leg ulcers: a randomized trial"
    (alone,) = read(page(abbreviation, tail="doi: 10.1111/iwj.14021\n"))
    assert alone.authors == [] and alone.title == title
    (above_one,) = read(page(f"{abbreviation}\nOkafor C", tail="doi: 10.1111/iwj.14021\n"))
    assert family_given(above_one) == [("Okafor", "C")] and above_one.title == title
    (above_many,) = read(page(f"{abbreviation}\nChen L1, Wu JH2", tail="doi: 10.1111/iwj.14021\n"))
    assert family_given(above_many) == [("Chen", "L"), ("Wu", "JH")] and above_many.title == title


def test_the_affiliation_under_a_compact_byline_is_no_person():
    """"Moscow Scientific and …": two capitalised words, then an institution's name."""
    for affiliation in ("Moscow Scientific and Practical Center of Dermatovenereology and Cosmetology, Moscow, Russia",
                        "Zhejiang Provincial Burns and Wound Repair Center, Hangzhou 310009, China",
                        "Karolinska Institutet, Department of Medicine, Stockholm, Sweden"):
        (paper,) = read(page(f"Petrov AV, Okafor CA\n{affiliation}", tail="doi: 10.1111/iwj.14021\n"))
        assert family_given(paper) == [("Petrov", "AV"), ("Okafor", "CA")]
        assert paper.affiliations == [affiliation]

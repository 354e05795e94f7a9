"""On the server, a search asks the terms' index which papers match, even
when most of them do: reading every paper's terms instead took 0.4 s a
keystroke at 100,000 papers (benchmarks/README.md)."""

from exodesk.library.locations import open_library
from exodesk.model import Abstract, Paper


def searched_plans(library, query: str) -> tuple[list[int], list[str]]:
    """The ids a search finds, and the server's plans of its statements that search terms."""
    library.db.execute("ANALYZE search")
    plans: list[str] = []
    library.db.raw.add_notice_handler(lambda notice: plans.append(notice.message_primary or ""))
    # The server's own account of each plan, nested statements included, sent here.
    for setting in ("LOAD 'auto_explain'", "SET auto_explain.log_min_duration = 0",
                    "SET auto_explain.log_nested_statements = on", "SET auto_explain.log_level = notice"):
        library.db.execute(setting)
    try:
        found = library.search_ids(query, order_by="id")
    finally:
        library.db.execute("RESET ALL")
    return found, [plan for plan in plans if "@@" in plan]


def test_a_search_matching_most_papers_reads_the_terms_index(shared_location):
    library = open_library(shared_location)
    with library.transaction():
        ids = [library.insert_paper(Paper(title=f"Exosomes in wound healing, study {n}", date="2021"))
               for n in range(300)]
        library.insert_paper(Paper(title="Keloid scars", date="2020"))
    found, searched = searched_plans(library, "exo")
    library.close()
    assert found == ids
    assert searched and all("Bitmap Index Scan on search_terms" in plan for plan in searched), searched


def test_chinese_alone_is_checked_in_the_chinese_terms_and_finds_the_same_papers(shared_location):
    library = open_library(shared_location)
    with library.transaction():
        adjacent = library.insert_paper(Paper(title="Exosomes", abstracts=[Abstract("zh-Hant", "外泌體治療皮膚")]))
        apart = library.insert_paper(Paper(title="Exosomes", abstracts=[Abstract("zh-Hans", "外用泌体")]))
        simplified = library.insert_paper(Paper(title="外泌体 in wound healing"))
        library.insert_paper(Paper(title="Keloid scars"))
    chinese, chinese_plans = searched_plans(library, "外泌體")
    mixed, mixed_plans = searched_plans(library, "外泌體 wound")
    library.close()
    assert (chinese, mixed) == ([adjacent, simplified], [simplified])
    assert apart not in chinese
    assert chinese_plans and all("search_han_terms" in plan for plan in chinese_plans), chinese_plans
    assert mixed_plans and all("search_terms" in plan for plan in mixed_plans), mixed_plans

"""On the server, a search asks the terms' index which papers match, even
when most of them do: reading every paper's terms instead took 0.4 s a
keystroke at 100,000 papers (benchmarks/README.md)."""

from exodesk.library.locations import open_library
from exodesk.model import Paper


def test_a_search_matching_most_papers_reads_the_terms_index(shared_location):
    library = open_library(shared_location)
    with library.transaction():
        ids = [library.insert_paper(Paper(title=f"Exosomes in wound healing, study {n}", date="2021"))
               for n in range(300)]
        library.insert_paper(Paper(title="Keloid scars", date="2020"))
    library.db.execute("ANALYZE search")
    plans: list[str] = []
    library.db.raw.add_notice_handler(lambda notice: plans.append(notice.message_primary or ""))
    # The server's own account of each plan, nested statements included, sent here.
    for setting in ("LOAD 'auto_explain'", "SET auto_explain.log_min_duration = 0",
                    "SET auto_explain.log_nested_statements = on", "SET auto_explain.log_level = notice"):
        library.db.execute(setting)
    try:
        assert library.search_ids("exo", order_by="id") == ids
    finally:
        library.db.execute("RESET ALL")
        library.close()
    searched = [plan for plan in plans if "@@" in plan]
    assert searched, plans
    assert all("Bitmap Index Scan on search_terms" in plan for plan in searched), searched

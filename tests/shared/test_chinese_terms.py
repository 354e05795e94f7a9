"""A shared library indexed before the Chinese terms were kept apart (m005)
gets them on upgrade, the same as the ones written with each paper since."""

from exodesk.library.locations import open_library
from exodesk.library.search import paper_index_row
from exodesk.library.shared.search import tsvector_texts
from exodesk.model import Abstract, Notes, Paper

PAPERS = [
    Paper(title="外泌體治療系統性硬化症皮膚纖維化 (Exosomes, 3.5 mg)", abstracts=[Abstract("zh-Hans", "间充质干细胞外泌体")]),
    Paper(title="Exosomes in wound healing", abstracts=[Abstract("en", "No Chinese at all.")]),
    Paper(title="Éxosomes: Müller's ﬁndings", abstracts=[Abstract("zh-Hant", "臨床試驗，安全性與有效性。")]),
]


def test_the_upgrade_fills_the_chinese_terms_as_new_papers_get_them(shared_location):
    library = open_library(shared_location)
    with library.transaction():
        ids = [library.insert_paper(paper, Notes(summary_zh="皮膚再生")) for paper in PAPERS]
        # As a library of the version before: no Chinese terms, no record of the migration.
        for statement in ("DROP FUNCTION exodesk_han_matches", "DROP TABLE search_han",
                          "DELETE FROM exodesk_migrations WHERE name = 'm005_chinese_terms_apart'"):
            library.db.execute(statement)
    library.close()

    with open_library(shared_location) as upgraded:
        stored = dict(upgraded.db.execute("SELECT paper_id, han::text FROM search_han").fetchall())
        expected = {i: upgraded.db.execute("SELECT ?::tsvector::text", [
            tsvector_texts(paper_index_row(upgraded.get(i), upgraded.notes(i)))[1]]).fetchone()[0] for i in ids}
        found = upgraded.search_ids("外泌體", order_by="id")
    assert stored == expected  # each paper here has Chinese: in its record, or its notes
    assert found == [ids[0]]

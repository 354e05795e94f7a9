"""The detail pane: each paper from its title, each field's source on request,
names typed in capitals shown as people write them."""

from PySide6.QtCore import Qt

from exodesk.library import Library
from exodesk.model import Author, Paper

from .conftest import BILINGUAL_DOI, paper_with_doi, shown_ids

NAZARI_DOI = "10.1093/gastro/goac075"


def test_each_paper_starts_at_its_title(window, qtbot):
    window.resize(1000, 560)  # a pane that scrolls
    window.table.setFocus()
    bar = window.detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the person read down to the details
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.detail.paper.id == shown_ids(window)[1]
    assert bar.value() == 0


def test_show_sources_tells_where_each_field_came_from(window, qtbot):
    window.select_papers([paper_with_doi(window.library, NAZARI_DOI)])
    detail = window.detail
    assert not detail.sources["doi"].isVisible()
    detail.sources_button.setFocus()
    qtbot.keyClick(detail.sources_button, Qt.Key.Key_Space)
    assert detail.sources["doi"].isVisible()
    file = window.library.original_files(detail.paper.id)[0]["name"]
    assert detail.sources["doi"].text() == (
        f"Source: {file} · Library catalogue record (VuFind staff view) · url field")
    assert detail.sources["volume"].text() == "Source: not recorded"
    assert detail.english.source.isVisible()
    assert detail.english.source.text() == (
        f"Source: {file} · Library catalogue record (VuFind staff view) · description field")
    # The choice holds for the next paper, and an edit is named as a person's.
    window.select_papers([paper_with_doi(window.library, BILINGUAL_DOI)])
    title = detail.editors["title"]
    title.setFocus()
    qtbot.keyClicks(title, "Exosomes in skin repair")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert detail.sources["title"].isVisible()
    assert detail.sources["title"].text() == "Source: typed by a person"


def test_a_name_typed_in_capitals_shows_in_proper_case(open_window, demo_path):
    with Library(demo_path, backup=False) as library, library.transaction():
        paper_id = library.insert_paper(Paper(title="Scar outcomes", date="2021", authors=[
            Author("WINTER", "GEORGE D"), Author("McDonald", "J"), Author("NG", "KW")]))
    window = open_window(demo_path)
    window.select_papers([paper_id])
    assert window.detail.byline.text() == "Winter George D, McDonald J, Ng KW"
    column = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)].index("First author")
    assert window.model.index(window.model.position(paper_id), column).data() == "Winter George D"
    assert window.library.get(paper_id).authors[0] == Author("WINTER", "GEORGE D")  # shown, not changed

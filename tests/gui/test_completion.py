"""Complete from Crossref / PubMed in the window, against the local stand-in."""

import pytest
from lookup.standin import closed_port, stand_in
from PySide6.QtCore import Qt

from exodesk.lookup import crossref, pubmed

from .conftest import BILINGUAL_DOI, paper_with_doi


@pytest.fixture
def server(monkeypatch):
    with stand_in() as running:
        monkeypatch.setattr(crossref, "BASE_URL", running.crossref_url)
        monkeypatch.setattr(pubmed, "BASE_URL", running.pubmed_url)
        yield running


def select(window, doi):
    paper_id = paper_with_doi(window.library, doi)
    window.select_papers([paper_id])
    return paper_id


def test_the_banner_offers_completion_and_the_ticked_fields_are_filled_undoably(window, server, qtbot):
    paper_id = select(window, BILINGUAL_DOI)
    before = window.library.get(paper_id)
    assert window.detail.complete_button.isVisibleTo(window) and window.menu_actions.complete.isEnabled()

    window.detail.complete_button.click()
    qtbot.waitUntil(lambda: window.completion.dialog is not None and window.completion.dialog.isVisible(), timeout=10000)
    dialog = window.completion.dialog
    rows = [[dialog.list.topLevelItem(r).text(c) for c in range(4)] for r in range(dialog.list.topLevelItemCount())]
    assert rows == [
        ["Title", "(empty)", "Clinical Applications of Exosomes: Therapeutic Promise and the Obstacles Ahead", "Crossref"],
        ["Authors", "(empty)", "Chan Tai Man; Wong Siu Ming", "Crossref"],
        ["Journal", "(empty)", "International Journal of Molecular Sciences", "Crossref"],
        ["ISSN", "(empty)", "1422-0067", "Crossref"],
        ["Publisher", "(empty)", "MDPI AG", "Crossref"],
        ["Publication type", "(empty)", "Journal Article", "Crossref"],
        ["Language", "(empty)", "en", "Crossref"],
    ]
    for name in ("issn", "publisher", "publication_type", "language"):
        dialog.item(name).setCheckState(0, Qt.CheckState.Unchecked)
    dialog.apply_button.click()

    after = window.library.get(paper_id)
    assert (after.title, [a.display() for a in after.authors], after.journal, after.issn, after.publisher) == (
        "Clinical Applications of Exosomes: Therapeutic Promise and the Obstacles Ahead",
        ["Chan Tai Man", "Wong Siu Ming"], "International Journal of Molecular Sciences", None, None)
    assert after.edited == [] and after.provenance["title"].importer == "crossref"
    assert window.detail.title.text() == after.title
    assert not window.detail.missing_banner.isVisibleTo(window)
    assert window.undo_stack.undoText() == "Complete from Crossref / PubMed"

    window.undo()
    assert window.library.get(paper_id).to_dict() == before.to_dict()


def test_offline_the_window_says_so_plainly_and_changes_nothing(window, monkeypatch, qtbot):
    monkeypatch.setattr(crossref, "BASE_URL", f"http://127.0.0.1:{closed_port()}")
    paper_id = select(window, BILINGUAL_DOI)
    before = window.library.get(paper_id).to_dict()

    window.menu_actions.complete.trigger()
    qtbot.waitUntil(lambda: window.completion.notice is not None and window.completion.notice.isVisible(), timeout=10000)
    assert window.completion.notice.text() == "ExoDesk could not reach Crossref: you seem to be offline. Nothing was changed."
    assert window.completion.dialog is None
    assert window.library.get(paper_id).to_dict() == before
    assert window.undo_stack.count() == 0
    assert window.menu_actions.complete.isEnabled()


def test_a_look_up_that_timed_out_or_failed_its_secure_connection_says_so():
    from exodesk.gui.completion_dialog import failure_text
    from exodesk.lookup.http import SECURE_CONNECTION, TIMED_OUT, LookupFailed

    late = failure_text(LookupFailed(TIMED_OUT, "Crossref", "10.1/x", "no whole answer within 15 s"))
    assert late == "Crossref did not answer in time; try again later."
    insecure = failure_text(LookupFailed(SECURE_CONNECTION, "PubMed", "123", "CERTIFICATE_VERIFY_FAILED"))
    assert "secure connection" in insecure and "offline" not in insecure

"""Importing, searching, exporting and citing never touch the network."""

import socket
from pathlib import Path

import pytest

from exodesk.export import EXPORTERS, export
from exodesk.export.cite import format_references
from exodesk.library import Library, import_paths

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FORMAT_SAMPLES = sorted((ROOT / "tests" / "importers" / "fixtures").glob("*/*.*"))


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network call: {args[:2]}")

    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)


@pytest.mark.usefixtures("no_network")
def test_import_search_export_and_cite_make_no_network_call(tmp_path):
    samples = [p for p in FORMAT_SAMPLES if p.suffix != ".json" or p.parent.name == "csl-json"]
    with Library(tmp_path / "library.sqlite") as library:
        results = import_paths(library, [*SEEDS, *samples])
        assert [r.path.name for r in results if r.status == "refused"] == []
        assert len(library.search_ids("exosomes")) > 5
        papers = [library.get(i) for i in library.all_ids()]
        for fmt in EXPORTERS:
            assert export(papers, fmt)
        assert len(format_references(papers[:5], "vancouver")) == 5


@pytest.mark.usefixtures("no_network")
def test_the_guard_does_catch_a_network_call():
    import urllib.request

    with pytest.raises(NetworkUsed):
        urllib.request.urlopen("http://example.org/", timeout=1)

"""Servers that answer slowly, oddly or with markup, on 127.0.0.1: a look-up
keeps one deadline, never raises anything but LookupFailed, keeps plain text
only, and names a failed secure connection as such."""

import contextlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from exodesk.lookup import LookupFailed, crossref, look_up, pubmed
from exodesk.lookup.http import SECURE_CONNECTION, TIMED_OUT
from exodesk.model import Paper

DOI = "10.1000/hostile.1"


@contextlib.contextmanager
def serving(answer):
    """A server whose handler is `answer(handler)`, in a thread."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the http.server name)
            with contextlib.suppress(OSError):
                answer(self)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def trickle_body(handler):
    """Headers at once, then a byte at a time, each well within a read timeout."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "200")
    handler.end_headers()
    for _ in range(200):
        handler.wfile.write(b" ")
        handler.wfile.flush()
        time.sleep(0.25)


def trickle_headers(handler):
    handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
    for _ in range(200):
        handler.wfile.write(b"X: y\r\n")
        handler.wfile.flush()
        time.sleep(0.25)


@pytest.mark.parametrize("answer", [trickle_body, trickle_headers])
def test_a_server_sending_a_little_at_a_time_does_not_get_past_the_deadline(answer):
    with serving(answer) as url, pytest.raises(LookupFailed) as raised:
        crossref.fetch(DOI, base_url=url, timeout=1.0)
    assert raised.value.kind == TIMED_OUT
    assert raised.value.message() == ("Crossref did not answer in time (no whole answer within 1 s); try again "
                                      "later. Nothing was changed.")


def work_answer(message):
    def answer(handler):
        body = json.dumps({"status": "ok", "message-type": "work", "message": message}).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
    return answer


def test_fields_of_the_wrong_type_are_left_out_and_the_rest_kept():
    message = {
        "DOI": DOI, "title": {"not": "a list"}, "container-title": "Journal of Odd Answers",
        "author": [5, "Chan", {"family": ["Wong"], "given": "Siu Ming"}, {"family": "Lee", "given": 7,
                                                                        "affiliation": "Hong Kong"}],
        "ISSN": [1422, None], "issued": {"date-parts": "2024"}, "published-online": {"date-parts": [[2024, 7, 16]]},
        "page": {"from": 1}, "volume": 25, "subject": "Medicine", "abstract": ["not", "JATS"], "type": 3,
        "publisher": True,
    }
    with serving(work_answer(message)) as url:
        paper = crossref.fetch(DOI, base_url=url)
    found = {name: getattr(paper, name) for name in ("title", "journal", "date", "volume", "pages", "issn",
                                                     "publisher", "publication_type", "keywords")}
    assert found == {"title": None, "journal": "Journal of Odd Answers", "date": "2024-07-16", "volume": "25",
                     "pages": None, "issn": None, "publisher": None, "publication_type": None,
                     "keywords": ["Medicine"]}
    assert [(a.family, a.given) for a in paper.authors] == [("", "Siu Ming"), ("Lee", "7")]
    assert paper.abstracts == []


@pytest.mark.parametrize("message", [[], "work", {"author": {"family": "Chan"}, "title": [["nested"]]}])
def test_a_look_up_of_a_strange_answer_fails_as_a_value_or_reads_what_it_can(message):
    with serving(work_answer(message)) as url:
        completion = look_up(Paper(doi=DOI), crossref_url=url)
    assert completion.changes == [] and (completion.failures or completion.answered)


def test_markup_in_an_answer_is_reduced_to_plain_text():
    message = {
        "DOI": DOI,
        "title": ["&lt;b&gt;Exosomes&lt;/b&gt; <i>in vitro</i> <script>alert(1)</script>and p < 0.05"],
        "container-title": ["<a href='http://example.org'>Stem Cells</a>"],
        "author": [{"family": "<img src=x onerror=alert(1)>Chan", "given": "Tai\u202eMan"}],
        "publisher": "<table><tr><td><table><tr><td>MDPI</td></tr></table></td></tr></table>",
        "abstract": "<jats:p>&lt;b style='font-size:90px'&gt;Results&lt;/b&gt; improved in 10<jats:sup>6</jats:sup> "
                    "cells.</jats:p>",
    }
    with serving(work_answer(message)) as url:
        paper = crossref.fetch(DOI, base_url=url)
    assert (paper.title, paper.journal, paper.publisher) == (
        "Exosomes in vitro and p < 0.05", "Stem Cells", "MDPI")
    assert [(a.family, a.given) for a in paper.authors] == [("Chan", "Tai Man")]
    assert paper.abstracts[0].text == "Results improved in 10⁶ cells."


def test_markup_escaped_in_pubmed_xml_is_reduced_to_plain_text():
    xml = ("<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>12345</PMID><Article>"
           "<ArticleTitle>&lt;span style=&quot;color:red&quot;&gt;Exosomes&lt;/span&gt; for acne scars"
           "</ArticleTitle><Abstract><AbstractText>&lt;a href=&quot;x&quot;&gt;Ten&lt;/a&gt; patients."
           "</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>")

    def answer(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/xml")
        handler.end_headers()
        handler.wfile.write(xml.encode())

    with serving(answer) as url:
        paper = pubmed.fetch("12345", base_url=url)
    assert (paper.title, paper.abstracts[0].text) == ("Exosomes for acne scars", "Ten patients.")


def test_a_failed_secure_connection_is_named_not_offline():
    def answer(handler):  # plain HTTP where the client speaks TLS
        handler.send_response(200)
        handler.end_headers()

    with serving(answer) as url, pytest.raises(LookupFailed) as raised:
        crossref.fetch(DOI, base_url=url.replace("http:", "https:"), timeout=5)
    assert raised.value.kind == SECURE_CONNECTION
    assert raised.value.message().startswith("ExoDesk reached Crossref but could not make a secure connection (")
    assert "offline" not in raised.value.message()

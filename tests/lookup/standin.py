"""A local stand-in for Crossref and PubMed E-utilities, on 127.0.0.1.

It serves the fixture answers in fixtures/ at the services' paths:
GET /works/{doi} (Crossref) and GET /entrez/eutils/efetch.fcgi?db=pubmed&id=…
(PubMed). An unknown DOI gets Crossref's 404 "Resource not found."; an unknown
PMID gets an empty PubmedArticleSet, as efetch answers. Every request is
recorded so a test can see what was asked and with which User-Agent. The
server shuts itself down after LIFETIME seconds whatever happens to the test.
"""

from __future__ import annotations

import contextlib
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
LIFETIME = 60
EMPTY_SET = (b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
             b'1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
             b"<PubmedArticleSet></PubmedArticleSet>\n")


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        url = urllib.parse.urlsplit(self.path)
        self.server.requests.append({"path": url.path, "query": urllib.parse.parse_qs(url.query),
                                     "user_agent": self.headers.get("User-Agent", "")})
        if url.path.startswith("/works/"):
            doi = urllib.parse.unquote(url.path.removeprefix("/works/")).lower()
            found = FIXTURES / "crossref" / (doi.replace("/", "_") + ".json")
            if found.is_file():
                self._send(200, "application/json", found.read_bytes())
            else:
                self._send(404, "text/plain", b"Resource not found.")
        elif url.path == "/entrez/eutils/efetch.fcgi":
            ids = urllib.parse.parse_qs(url.query).get("id", [""])[0]
            found = FIXTURES / "pubmed" / f"{ids}.xml"
            body = found.read_bytes() if ids.isdigit() and found.is_file() else EMPTY_SET
            self._send(200, "text/xml; charset=UTF-8", body)
        else:
            self._send(404, "text/plain", b"Not found")

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # keep the test output quiet
        pass


class StandIn:
    def __init__(self, server: ThreadingHTTPServer):
        self.server = server
        host, port = server.server_address[:2]
        self.crossref_url = f"http://{host}:{port}"
        self.pubmed_url = f"http://{host}:{port}/entrez/eutils"

    @property
    def requests(self) -> list[dict]:
        return self.server.requests


@contextlib.contextmanager
def stand_in():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.requests = []
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    deadline = threading.Timer(LIFETIME, server.shutdown)
    deadline.daemon = True
    deadline.start()
    try:
        yield StandIn(server)
    finally:
        deadline.cancel()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening: connecting is refused."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]

"""The one way ExoDesk asks a web service: a bounded GET with one deadline.

Failures become `LookupFailed` with a `kind` the interface can word in the
person's language ("offline", "timed-out", "secure-connection", "not-found",
"refused", "unreadable") and an English message for the command line and the
log.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request

from exodesk import APP_NAME, __version__

# Services ask callers to say who they are (Crossref's "polite pool", NCBI's tool=).
USER_AGENT = f"{APP_NAME}/{__version__} (desktop reference manager for a clinic; Python urllib)"
# For the whole look-up: connecting, the headers and the body. A socket
# timeout alone bounds each read, so a server sending a byte every few
# seconds would hold a look-up (and the window waiting on it) for ever.
TIMEOUT_SECONDS = 15
# A record is a few hundred kilobytes at most (Crossref lists every reference);
# more than this is not an answer to our question.
MAX_BYTES = 8 * 1024 * 1024
_CHUNK = 64 * 1024
# What reading an odd answer into a record may raise; the services' readers
# turn it into LookupFailed, so a look-up never raises anything else.
UNEXPECTED = (TypeError, ValueError, AttributeError, KeyError, IndexError, RecursionError)

OFFLINE = "offline"
TIMED_OUT = "timed-out"
SECURE_CONNECTION = "secure-connection"  # TLS failed: a clock, a proxy or a security program in the way
NOT_FOUND = "not-found"
REFUSED = "refused"  # the service answered with an error
UNREADABLE = "unreadable"  # the answer is not the format the service documents


class LookupFailed(Exception):
    def __init__(self, kind: str, service: str, identifier: str = "", detail: str = ""):
        self.kind, self.service, self.identifier, self.detail = kind, service, identifier, detail
        super().__init__(self.message())

    def message(self) -> str:
        if self.kind == OFFLINE:
            text = f"ExoDesk could not reach {self.service}: you seem to be offline."
        elif self.kind == TIMED_OUT:
            text = f"{self.service} did not answer in time ({self.detail}); try again later."
        elif self.kind == SECURE_CONNECTION:
            text = (f"ExoDesk reached {self.service} but could not make a secure connection ({self.detail}): "
                    "the computer's clock, a proxy or a security program may be in the way.")
        elif self.kind == NOT_FOUND:
            text = f"{self.service} has no record of {self.identifier}."
        elif self.kind == REFUSED:
            text = f"{self.service} answered with an error ({self.detail}); try again later."
        else:
            text = f"{self.service}'s answer could not be read ({self.detail})."
        return text + " Nothing was changed."


def get(url: str, *, service: str, identifier: str, accept: str, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """The body of a 200 answer, all of it within `timeout` seconds; anything else raises LookupFailed.

    The request runs on a thread of its own: connecting and reading the
    headers cannot be given a deadline any other way with urllib. A request
    given up on is left to end on its own (it stops at its next read)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": accept})
    deadline = time.monotonic() + timeout
    outcome: dict = {}

    def fetch() -> None:
        try:
            outcome["body"] = _fetch(request, deadline)
        except BaseException as error:  # handed to the asking thread, which words it
            outcome["error"] = error

    worker = threading.Thread(target=fetch, name="look-up", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if worker.is_alive() or isinstance(outcome.get("error"), _PastDeadline):
        raise LookupFailed(TIMED_OUT, service, identifier, f"no whole answer within {timeout:g} s")
    error = outcome.get("error")
    if error is None:
        return outcome["body"]
    if isinstance(error, urllib.error.HTTPError):
        if error.code == 404:
            raise LookupFailed(NOT_FOUND, service, identifier) from None
        raise LookupFailed(REFUSED, service, identifier, f"HTTP {error.code}") from None
    reason = getattr(error, "reason", error)
    if isinstance(reason, ssl.SSLError) or isinstance(error, ssl.SSLError):
        raise LookupFailed(SECURE_CONNECTION, service, identifier, str(reason)) from None
    if isinstance(error, _TooLarge):
        raise LookupFailed(UNREADABLE, service, identifier, "the answer is far larger than a record") from None
    if isinstance(reason, (socket.timeout, TimeoutError)):
        raise LookupFailed(TIMED_OUT, service, identifier, f"no whole answer within {timeout:g} s") from None
    if isinstance(error, (urllib.error.URLError, OSError)):
        # Connection refused, no DNS, no route: all read to a person as "offline".
        raise LookupFailed(OFFLINE, service, identifier, str(reason)) from None
    if isinstance(error, http.client.HTTPException):  # not HTTP as it is spoken
        raise LookupFailed(UNREADABLE, service, identifier, f"{type(error).__name__}: {error}") from None
    raise error


class _PastDeadline(Exception):
    pass


class _TooLarge(Exception):
    pass


def _fetch(request: urllib.request.Request, deadline: float) -> bytes:
    with urllib.request.urlopen(request, timeout=max(0.1, deadline - time.monotonic())) as response:
        body = bytearray()
        while True:
            # read1 returns what has come, so the deadline is looked at between arrivals.
            chunk = response.read1(_CHUNK)
            if not chunk:
                return bytes(body)
            body += chunk
            if len(body) > MAX_BYTES:
                raise _TooLarge
            if time.monotonic() > deadline:
                raise _PastDeadline

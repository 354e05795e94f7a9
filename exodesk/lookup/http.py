"""The one way ExoDesk asks a web service: a bounded GET with a timeout.

Failures become `LookupFailed` with a `kind` the interface can word in the
person's language ("offline", "not-found", "refused", "unreadable") and an
English message for the command line and the log.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request

from exodesk import __version__

# Services ask callers to say who they are (Crossref's "polite pool", NCBI's tool=).
USER_AGENT = f"ExoDesk/{__version__} (desktop reference manager for a clinic; Python urllib)"
TIMEOUT_SECONDS = 15
# A record is a few hundred kilobytes at most (Crossref lists every reference);
# more than this is not an answer to our question.
MAX_BYTES = 8 * 1024 * 1024

OFFLINE = "offline"
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
        elif self.kind == NOT_FOUND:
            text = f"{self.service} has no record of {self.identifier}."
        elif self.kind == REFUSED:
            text = f"{self.service} answered with an error ({self.detail}); try again later."
        else:
            text = f"{self.service}'s answer could not be read ({self.detail})."
        return text + " Nothing was changed."


def get(url: str, *, service: str, identifier: str, accept: str, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """The body of a 200 answer; anything else raises LookupFailed."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        if error.code == 404:
            raise LookupFailed(NOT_FOUND, service, identifier) from None
        raise LookupFailed(REFUSED, service, identifier, f"HTTP {error.code}") from None
    except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError) as error:
        # Connection refused, no DNS, no route, or no answer in time: all read
        # to a person as "offline".
        raise LookupFailed(OFFLINE, service, identifier, str(getattr(error, "reason", error))) from None
    if len(body) > MAX_BYTES:
        raise LookupFailed(UNREADABLE, service, identifier, "the answer is far larger than a record")
    return body

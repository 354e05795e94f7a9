"""A page saved as one file (.mht / .mhtml: "Webpage, single file").

The file is a MIME message (multipart/related): the page's HTML and its
images, styles and scripts as parts. It is read with the standard library's
email parser; the HTML part goes to whichever HTML reader scores best on it,
and the other parts are ignored (they hold no record).
"""

from __future__ import annotations

import re

from exodesk.importers.base import Parsed, Refused, Source

NAME = "mhtml"
LABEL = "Web page saved as a single file (MHTML)"

_MULTIPART = re.compile(rb"content-type:\s*multipart/related", re.I)


def detect(source: Source) -> float:
    head = source.data[:4000]
    return 0.9 if b"MIME-Version" in head and _MULTIPART.search(head) else 0.0


def parse(source: Source) -> Parsed:
    from exodesk.importers.registry import choose  # the registry imports this module

    html = html_part(source.data)
    if html is None:
        raise Refused("the single-file page holds no HTML part")
    page = Source(path=source.path.with_suffix(".html"), data=html.encode("utf-8"))
    best = choose(page)[0]
    if best is None or best.NAME == NAME:  # (a page in a page: never read without end)
        raise Refused("the page inside the single-file page is not one ExoDesk can read")
    parsed = best.parse(page)
    parsed.warnings.insert(0, f"read the saved page inside the file with: {best.LABEL}")
    return parsed


def html_part(data: bytes) -> str | None:
    """The first text/html part, decoded with its declared charset."""
    import email  # loaded when an MHTML file is first read: it slows every start-up
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)  # bytes, or None when there is none
        if not isinstance(payload, bytes):
            payload = b""
        charset = part.get_content_charset() or "utf-8"
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return payload.decode("utf-8", errors="replace")
    return None

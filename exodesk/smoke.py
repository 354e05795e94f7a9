"""Start, show, quit: how a packaged build proves that its window opens.

`exodesk --demo --quit-after MS` (or EXODESK_QUIT_AFTER_MS in the environment)
asks the window to close by itself MS milliseconds after it is shown. The
window calls quit_after_ms() once it is on screen and, when that gives a
number, quits the event loop after that delay with exit status 0. It calls
window_shown() as it appears, which writes the line the smoke test looks for
in the log.
"""

from __future__ import annotations

import logging
import os

QUIT_AFTER_ENV = "EXODESK_QUIT_AFTER_MS"
SHOWN_MESSAGE = "window shown"

log = logging.getLogger("exodesk.smoke")


def ask_to_quit_after(ms: int) -> None:
    """Pass the command line's --quit-after MS on to the window, which only
    ever asks quit_after_ms()."""
    os.environ[QUIT_AFTER_ENV] = str(ms)


def quit_after_ms() -> int | None:
    """The delay after which the window should quit, or None to stay open."""
    value = os.environ.get(QUIT_AFTER_ENV, "").strip()
    if not value:
        return None
    try:
        return max(0, int(value))
    except ValueError:
        log.warning("Ignoring %s=%r: not a number of milliseconds", QUIT_AFTER_ENV, value)
        return None


def window_shown(*, title: str, papers: int) -> None:
    log.info("%s: %s, %d papers", SHOWN_MESSAGE, title, papers)

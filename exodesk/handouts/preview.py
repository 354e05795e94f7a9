"""A handout's PDF pages as pixels (pypdfium2), for the preview and for printing.

The pixels are 32-bit BGRx rows, the layout Qt calls Format_RGB32 on
little-endian machines, so the window wraps them without copying twice; this
module itself knows nothing of Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int  # bytes per row
    pixels: bytes  # BGRx, `height` rows of `stride` bytes


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf: bytes, *, dpi: float, pages: list[int] | None = None) -> list[PageImage]:
    """The pages (all, or the given 0-based ones) drawn at `dpi` on white."""
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)) if pages is None else pages:
            page = document[index]
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
            images.append(PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
            bitmap.close()
            page.close()
        return images
    finally:
        document.close()


def paper_of(pdf: bytes) -> str:
    """"letter" or "a4": the paper the first page was drawn for (Letter is 612 pt wide)."""
    document = pdfium.PdfDocument(pdf)
    try:
        width, _height = document[0].get_size()
    finally:
        document.close()
    return "letter" if abs(width - 612) < 2 else "a4"

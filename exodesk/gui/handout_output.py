"""Putting a handout's PDF bytes on paper or on disk, for the dialog and the history.

Printing paints the PDF's own pages, rendered by PDFium, so the printed sheet
is the saved sheet: same fonts, same line breaks, same page count.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from exodesk.handouts.preview import PageImage, page_count, render_pages

# Enough for sharp text on paper; a 1200 dpi printer would need 140 MB per page.
MAX_PRINT_DPI = 300
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def to_qimage(page: PageImage) -> QImage:
    """A QImage that owns a copy of the page's pixels."""
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    return image.copy()  # the bytes object may go; the copy keeps its own buffer


def print_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of `pdf` on `printer`, each filling the paper; the page count."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("HandoutOutput", "The printer could not be started."))
    try:
        pages = page_count(pdf)
        for index in range(pages):
            if index:
                printer.newPage()
            (page,) = render_pages(pdf, dpi=dpi, pages=[index])
            image = to_qimage(page)
            target = QRectF(painter.viewport())
            # Keep the page's proportions when the paper differs (A4 sheet on Letter).
            scale = min(target.width() / image.width(), target.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRectF(target.x() + (target.width() - width) / 2, target.y(), width, height), image)
        return pages
    finally:
        painter.end()


def make_printer(paper: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the PDF has its own margins
    printer.setPageSize(QPageSize(PAGE_SIZES.get(paper, QPageSize.PageSizeId.A4)))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def ask_and_print(parent: QWidget, pdf: bytes, *, paper: str, title: str) -> bool:
    """The system print dialog, then the pages; True when printed."""
    printer = make_printer(paper)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("HandoutOutput", "Print handout"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_pdf(printer, pdf)
    return True


def ask_save_path(parent: QWidget, suggested_name: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("HandoutOutput", "Save handout as PDF"), suggested_name,
        QCoreApplication.translate("HandoutOutput", "PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def file_name(condition_en: str, language: str, day: str) -> str:
    """A file name that says what the sheet is: handout-perianal-fistula-en-2026-11-23.pdf"""
    slug = "-".join("".join(ch if ch.isalnum() else " " for ch in condition_en.lower()).split())
    return f"handout-{slug}-{language}-{day}.pdf"

"""A one-page article PDF as journals print its first page: the journal's line
at the top, the title in the largest type, the authors, the abstract."""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ABSTRACT = (
    "Extracellular vesicles from mesenchymal stem cells were applied after fractional laser in",
    "twenty patients; redness resolved sooner on the treated side of the face than on the other",
    "side, and no serious adverse event was recorded during twelve weeks of follow-up.",
)


def write_first_page(path: Path, *, journal_line: str, title: str) -> Path:
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page.setFont("Helvetica", 8)
    page.drawString(50, 800, journal_line)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(50, 770, title)
    page.setFont("Helvetica", 10)
    page.drawString(50, 750, "Maria Costa, Wei Chen")
    page.setFont("Times-Roman", 9)
    page.drawString(50, 720, "Abstract")
    for number, line in enumerate(ABSTRACT):
        page.drawString(50, 705 - 12 * number, line)
    page.showPage()
    page.save()
    return path

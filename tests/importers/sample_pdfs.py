"""Write the sample article PDFs in fixtures/pdf/, laid out as journals print them.

Run `python tests/importers/sample_pdfs.py`. reportlab's invariant mode makes
the same PDF bytes on every run. The golden .json beside each was checked by hand.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

sys.path.insert(0, str(Path(__file__).parent))

from sample_papers import FIBROSIS, MONTHS, VITILIGO, WOUND, Article  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

HEAD = ParagraphStyle("head", fontName="Helvetica", fontSize=7.5, leading=10)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=8, spaceAfter=6)
AUTHORS = ParagraphStyle("authors", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4)
AFFIL = ParagraphStyle("affil", fontName="Helvetica-Oblique", fontSize=7.5, leading=9.5)
HEADING = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=9, leading=12, spaceBefore=6)
BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=9, leading=11.5)
ZH = ParagraphStyle("zh", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")

BODY_TEXT = (
    "Extracellular vesicles are released by nearly all cell types and carry proteins, lipids and "
    "nucleic acids between cells [1,2]. Their use as a cell-free therapy has been studied in wound "
    "healing, fibrosis and inflammation [3-5], with reviews available at https://doi.org/10.1080/20013078.2018.1535750. "
) * 6


def _superscripts(a: Article, marks: str) -> str:
    return ", ".join(
        f"{escape(p.full)}<super>{','.join(marks[i - 1] for i in p.affiliations)}</super>" for p in a.authors
    )


def article_pdf(a: Article, *, style: str, chinese: bool = False) -> bytes:
    """A journal-like first page: running head, title, authors, affiliations,
    abstract with section headings, keywords, DOI; then a page of body text."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, invariant=1,
                            title="", author="", subject="")
    y, m, d = a.date
    story = []
    if style == "elsevier":
        marks = "abcdefgh"
        story.append(Paragraph(f"{escape(a.journal)} {a.volume} ({y}) {a.pages.replace('-', '–')}", HEAD))
        story.append(Paragraph("Contents lists available at ScienceDirect", HEAD))
    else:
        marks = "12345678"
        story.append(Paragraph(f"{escape(a.authors[0].family)} et al. {escape(a.journal)} ({y}) {a.volume}:{a.pages}", HEAD))
        story.append(Paragraph(f"https://doi.org/{a.doi}", HEAD))
    story.append(Paragraph(escape(a.title), TITLE))
    story.append(Paragraph(_superscripts(a, marks), AUTHORS))
    for i, affiliation in enumerate(a.affiliations):
        story.append(Paragraph(f"<super>{marks[i]}</super> {escape(affiliation)}", AFFIL))
    story.append(Spacer(1, 8))
    story.append(Paragraph("Abstract", HEADING))
    for heading, text in a.sections:
        if not heading:
            story.append(Paragraph(escape(text), BODY))
        elif style == "elsevier":
            story.append(Paragraph(f"<b>{escape(heading)}:</b> {escape(text)}", BODY))
        else:  # BMC prints each heading on its own line
            story.append(Paragraph(f"<b>{escape(heading)}</b>", BODY))
            story.append(Paragraph(escape(text), BODY))
    story.append(Spacer(1, 6))
    story.append(Paragraph(f"<b>Keywords:</b> {escape('; '.join(a.keywords))}", BODY))
    if chinese and a.abstract_zh:
        story.append(Spacer(1, 6))
        story.append(Paragraph(f"摘要：{a.abstract_zh}", ZH))
        story.append(Paragraph("关键词：白癜风；黑素细胞；氧化应激；外泌体", ZH))
    story.append(Spacer(1, 10))
    if style == "elsevier":
        story.append(Paragraph(f"https://doi.org/{a.doi}", HEAD))
    story.append(Paragraph(f"Received 3 {MONTHS[(m + 7) % 12]} {y - 1}; Accepted 2 {MONTHS[(m + 9) % 12]} {y - 1}", HEAD))
    story.append(PageBreak())
    story.append(Paragraph("1. Introduction", HEADING))
    story.append(Paragraph(escape(BODY_TEXT), BODY))
    doc.build(story)
    return out.getvalue()


def with_metadata(pdf: bytes, *, info: dict | None = None, xmp: str | None = None) -> bytes:
    """Add document information and an XMP packet, as publishers' tools do."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    if info:
        writer.add_metadata(info)
    if xmp:
        stream = DecodedStreamObject()
        stream.set_data(xmp.encode("utf-8"))
        stream[NameObject("/Type")] = NameObject("/Metadata")
        stream[NameObject("/Subtype")] = NameObject("/XML")
        writer._root_object[NameObject("/Metadata")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def elsevier_xmp(a: Article) -> str:
    creators = "".join(f"<rdf:li>{escape(p.full)}</rdf:li>" for p in a.authors)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/" xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/"
 prism:aggregationType="journal" prism:publicationName="{escape(a.journal)}" prism:copyright="© {a.date[0]} Elsevier B.V."
 prism:issn="{a.issn}" prism:volume="{a.volume}" prism:number="{a.issue}" prism:coverDate="{a.iso}"
 prism:coverDisplayDate="{MONTHS[a.date[1]-1]} {a.date[0]}" prism:pageRange="{a.pages}"
 prism:startingPage="{a.first_page}" prism:endingPage="{a.last_page}" prism:doi="{a.doi}"
 prism:url="https://doi.org/{a.doi}" pdfx:doi="{a.doi}">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(a.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq>{creators}</rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(a.journal)}, {a.volume} ({a.date[0]}) {a.pages}</rdf:li></rdf:Alt></dc:description>
<dc:identifier>doi:{a.doi}</dc:identifier>
<dc:publisher>Elsevier B.V.</dc:publisher>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


def scanned_pdf(*, xmp: str | None) -> bytes:
    """Pages with only drawn shapes where a scanner would put the page image: no text layer."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    for _page in range(2):
        c.setFillGray(0.93)
        c.rect(40, 40, 515, 760, fill=1, stroke=0)
        c.setFillGray(0.2)
        for row in range(60):  # grey bars where the scanned lines of text are
            c.rect(60, 760 - row * 12, 300 + (row * 37) % 170, 6, fill=1, stroke=0)
        c.showPage()
    c.save()
    return with_metadata(out.getvalue(), info={"/Producer": "Canon iR-ADV C5535 PDF", "/Creator": "Scan"},
                         xmp=xmp)


PDFS = {
    "jds-elsevier-xmp.pdf": lambda: with_metadata(article_pdf(FIBROSIS, style="elsevier"),
                                                  info={"/Title": FIBROSIS.title, "/Creator": "Elsevier"},
                                                  xmp=elsevier_xmp(FIBROSIS)),
    "bmc-no-metadata.pdf": lambda: with_metadata(article_pdf(WOUND, style="bmc"),
                                                 info={"/Title": "s13287-024-03688-1.pdf", "/Creator": "Arbortext"}),
    "expdermatol-chinese-abstract.pdf": lambda: with_metadata(article_pdf(VITILIGO, style="bmc", chinese=True),
                                                              info={"/Title": "Microsoft Word - EXD-22-0871 revised.docx"}),
    "scanned-with-xmp.pdf": lambda: scanned_pdf(xmp=elsevier_xmp(FIBROSIS).replace(
        f'<dc:creator><rdf:Seq>{"".join(f"<rdf:li>{escape(p.full)}</rdf:li>" for p in FIBROSIS.authors)}</rdf:Seq></dc:creator>', "")),
}


def write_all() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name, make in PDFS.items():
        (FIXTURES / name).write_bytes(make())


if __name__ == "__main__":
    write_all()

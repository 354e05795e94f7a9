"""Draw a handout's content as a PDF with reportlab: fonts embedded, clear print.

Clear print (RNIB): body text 12 pt or more (Chinese 13 pt), left-aligned, no
italics, no capitals for emphasis, line spacing 1.5. The Chinese font has no
Latin letters, so text is cut into runs and each run is set in the first font
that has its characters. Everything a person typed is escaped, so <, & and
quote marks print as written.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak, Flowable, Image, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

from exodesk.handouts.content import (
    BULLETS, CHECKLIST, PARAGRAPH, PICTURE, TABLE, Block, Handout, Part, format_date,
)

LATIN, LATIN_BOLD, CJK = "ExoDeskSans", "ExoDeskSans-Bold", "ExoDeskCJK"
_FONT_FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}
PAPER_SIZES = {"a4": A4, "letter": LETTER}
INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#0b4f6c")
DRAFT_RED = colors.HexColor("#a4161a")
# Light to dark: the scale's boxes, each with text dark or light enough to read.
SCALE_FILLS = ["#e0e0e0", "#fde2c8", "#fff1a8", "#cfe8c4", "#7fbf7b"]


@functools.lru_cache(maxsize=None)
def register_fonts() -> dict[str, frozenset[int]]:
    """Register the shipped fonts once; each font's characters, for run splitting."""
    from importlib import resources

    folder = resources.files("exodesk.resources") / "fonts"
    covered = {}
    for name, filename in _FONT_FILES.items():
        with resources.as_file(folder / filename) as path:
            font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        covered[name] = frozenset(font.face.charToGlyph)
    return covered


def font_runs(text: str, primary: str) -> list[tuple[str, str]]:
    """(font, text) runs: each character in the first font that has it."""
    covered = register_fonts()
    order = [primary] + [f for f in (LATIN, CJK) if f != primary]
    if primary == LATIN_BOLD:
        order = [LATIN_BOLD, CJK, LATIN]
    runs: list[tuple[str, str]] = []
    for ch in text:
        font = next((f for f in order if ord(ch) in covered[f] or ch in "\n\t"), primary)
        if ch == " " and runs:
            font = runs[-1][0]  # a space stays in the run it is in
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def markup(text: str, primary: str) -> str:
    """Paragraph markup for plain text: escaped, each run in its font."""
    return "".join(
        escape(run) if font == primary else f'<font name="{font}">{escape(run)}</font>'
        for font, run in font_runs(text, primary)
    )


class _Styles:
    def __init__(self, language: str):
        chinese = language.startswith("zh")
        self.font = CJK if chinese else LATIN
        self.bold = CJK if chinese else LATIN_BOLD
        size = 13 if chinese else 12
        wrap = "CJK" if chinese else None
        common = dict(alignment=TA_LEFT, wordWrap=wrap)
        self.body = ParagraphStyle("body", fontName=self.font, fontSize=size, leading=size * 1.5,
                                   spaceAfter=size * 0.5, textColor=INK, **common)
        self.item = ParagraphStyle("item", parent=self.body, leftIndent=22, bulletIndent=4,
                                   bulletFontName=LATIN, bulletFontSize=size, spaceAfter=size * 0.3)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=12, leading=16, spaceAfter=0)
        self.head_cell = ParagraphStyle("head_cell", parent=self.cell, fontName=self.bold, textColor=colors.white)
        self.heading = ParagraphStyle("heading", fontName=self.bold, fontSize=16, leading=22, spaceBefore=10,
                                      spaceAfter=6, textColor=ACCENT, **common)
        self.title = ParagraphStyle("title", fontName=self.bold, fontSize=22, leading=29, spaceAfter=4,
                                    textColor=ACCENT, **common)
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, fontSize=size + 1, leading=(size + 1) * 1.5)
        self.reference = ParagraphStyle("reference", parent=self.body, fontName=LATIN, wordWrap=None,
                                        leftIndent=24, firstLineIndent=-24)

    def p(self, text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(markup(text, style.fontName), style)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of `text` no wider than `width` (by words, or by characters in Chinese)."""
    units = text.split(" ") if " " in text else list(text)
    joiner = " " if " " in text else ""
    lines, line = [], ""
    for unit in units:
        trial = f"{line}{joiner}{unit}" if line else unit
        if line and _width(trial, font, size) > width:
            lines.append(line)
            line = unit
        else:
            line = trial
    return lines + ([line] if line else [])


def _width(text: str, font: str, size: float) -> float:
    return sum(stringWidth(run, f, size) for f, run in font_runs(text, font))


class EvidenceScale(Flowable):
    """The strength-of-evidence scale: five boxes from "not tested in people" to
    "high", the box for today's evidence outlined, an arrow under it.

    Drawn straight on the canvas (not as a reportlab Drawing, whose renderer
    sets Helvetica, a font that would not be embedded)."""

    size = 12

    def __init__(self, part: Part, width: float, styles: _Styles):
        super().__init__()
        self.part, self.width, self.styles = part, width, styles
        self.height = 48 + 58

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        canvas, picture, styles, size = self.canv, self.part.picture, self.styles, self.size
        box_w, box_h, gap = self.width / len(picture.scale), 48, 4
        top = self.height - box_h
        for i, label in enumerate(picture.scale):
            x = i * box_w
            chosen = i == picture.position
            canvas.setFillColor(colors.HexColor(SCALE_FILLS[i]))
            canvas.setStrokeColor(INK if chosen else colors.HexColor("#9e9e9e"))
            canvas.setLineWidth(3 if chosen else 0.8)
            canvas.rect(x + gap / 2, top, box_w - gap, box_h, stroke=1, fill=1)
            font = styles.bold if chosen else styles.font
            lines = _wrap(label, font, size, box_w - 10)
            y = top + box_h / 2 + (len(lines) - 1) * 7 - 4
            canvas.setFillColor(INK)
            for line in lines:
                _draw(canvas, x + box_w / 2 - _width(line, font, size) / 2, y, line, font, size)
                y -= 14
        cx = picture.position * box_w + box_w / 2
        arrow = canvas.beginPath()
        arrow.moveTo(cx, top - 4)
        arrow.lineTo(cx - 9, top - 18)
        arrow.lineTo(cx + 9, top - 18)
        arrow.close()
        canvas.setFillColor(INK)
        canvas.drawPath(arrow, stroke=0, fill=1)
        _draw(canvas, cx - _width(picture.marker, styles.bold, size) / 2, top - 33, picture.marker, styles.bold, size)
        _draw(canvas, 0, 2, picture.counts, styles.font, size)


def _block(block: Block, part: Part, styles: _Styles, width: float) -> list:
    if block.kind == PARAGRAPH:
        return [styles.p(text, styles.body) for text in block.items]
    if block.kind == BULLETS:
        items = [Paragraph(markup(text, styles.font), styles.item, bulletText="•") for text in block.items]
        return items + [Spacer(1, 6)]
    if block.kind == CHECKLIST:
        # A checklist is a tool to take along: kept on one page.
        return [KeepTogether([Paragraph(markup(text, styles.font), styles.item, bulletText="☐")
                              for text in block.items])]
    if block.kind == TABLE:
        fractions = [0.17, 0.09, 0.18, 0.125, 0.315, 0.12]
        data = [[styles.p(h, styles.head_cell) for h in block.header]]
        data += [[styles.p(c, styles.cell) for c in row] for row in block.rows]
        # A tall row may continue on the next page rather than leave a gap.
        table = Table(data, colWidths=[f * width for f in fractions], repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), LATIN, 12),  # the table's own default is Helvetica
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f6f8")]),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return [table, Spacer(1, 4), styles.p(block.caption, styles.body)]
    if block.kind == PICTURE:
        return [KeepTogether([EvidenceScale(part, width, styles), Spacer(1, 6), styles.p(block.caption, styles.body)])]
    raise ValueError(f"unknown block kind {block.kind}")


def _story(handout: Handout, width: float) -> list:
    story: list = []
    logo = handout.clinic.logo_path
    for number, part in enumerate(handout.parts):
        styles = _Styles(part.language)
        if number:
            story.append(PageBreak())
        if logo and Path(logo).is_file():
            story.append(Image(logo, width=30 * mm, height=15 * mm, kind="proportional", hAlign="LEFT"))
        story += [styles.p(part.title, styles.title), styles.p(part.subtitle, styles.subtitle)]
        for section in part.sections:
            heading = styles.p(section.heading, styles.heading)
            flowables = [f for block in section.blocks for f in _block(block, part, styles, width)]
            # A heading never stands alone at the foot of a page.
            story += [CondPageBreak(90), heading, *flowables]
    styles = _Styles(handout.parts[-1].language)
    heading = " / ".join(dict.fromkeys(p.sections[0].heading and _references_heading(p) for p in handout.parts))
    story += [CondPageBreak(90), styles.p(heading, styles.heading)]
    story += [Paragraph(f"{i}. " + markup(ref, LATIN), styles.reference) for i, ref in enumerate(handout.references, 1)]
    return story


def _references_heading(part: Part) -> str:
    from exodesk.handouts import texts

    return texts.load(part.language)["headings"]["references"]


def _page_label(handout: Handout, page: int, pages: int) -> str:
    return " · ".join(p.page_label.format(page=page, pages=pages) for p in handout.parts)


def _make_canvas(handout: Handout, margin: float):
    """A canvas that knows the page count when it draws each page's furniture."""

    class HandoutCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Not Helvetica: every font in the file is embedded.
            kwargs["initialFontName"] = LATIN
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._furniture(number, total)
                super().showPage()
            super().save()

        def _furniture(self, page: int, pages: int):
            width, height = self._pagesize
            self.setFillColor(INK)
            produced = format_date(handout.produced, handout.parts[0].language)
            footer = f"{handout.clinic.name} · {produced} · v{handout.version}"
            _draw(self, margin, margin / 2, footer, LATIN, 10)
            label = _page_label(handout, page, pages)
            _draw(self, width - margin - _width(label, LATIN, 10), margin / 2, label, LATIN, 10)
            if handout.draft:
                banner = " / ".join(dict.fromkeys(p.draft_banner for p in handout.parts))
                self.setStrokeColor(DRAFT_RED)
                self.setLineWidth(2)
                self.rect(margin, height - margin + 8, width - 2 * margin, 24, stroke=1, fill=0)
                self.setFillColor(DRAFT_RED)
                _draw(self, margin + 8, height - margin + 15, banner, LATIN_BOLD, 12)

    return HandoutCanvas


def _draw(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    for run_font, run in font_runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, run_font, size)


def render_pdf(handout: Handout, *, paper: str = "a4", invariant: bool = False) -> bytes:
    """The handout as PDF bytes. `invariant` makes equal input give equal bytes."""
    register_fonts()
    pagesize = PAPER_SIZES[paper.lower()]
    margin = 20 * mm
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margin, rightMargin=margin, topMargin=margin + 16, bottomMargin=margin,
        title=handout.title,
        author=handout.clinic.name,
        subject=" / ".join(p.subtitle for p in handout.parts),
        creator="ExoDesk",
        keywords=[handout.condition.en, handout.condition.zh_hant, "patient information"],
        lang=handout.pdf_language,
        invariant=int(invariant),
    )
    doc.build(_story(handout, doc.width), canvasmaker=_make_canvas(handout, margin))
    return buffer.getvalue()

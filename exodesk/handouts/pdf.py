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
from typing import Any
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
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from exodesk import APP_NAME
from exodesk.handouts.content import (
    BULLETS,
    CHECKLIST,
    KEY_POINTS,
    PARAGRAPH,
    PICTURE,
    TABLE,
    Block,
    Handout,
    Part,
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


@functools.cache
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
    """Clear print at two pages a language: 12 pt body (Chinese 13 pt), left-aligned,
    line spacing 1.2 (RNIB asks 1.5; two pages at 12 pt leave room for 1.2)."""

    def __init__(self, language: str):
        chinese = language.startswith("zh")
        self.font = CJK if chinese else LATIN
        self.bold = CJK if chinese else LATIN_BOLD
        size = 13 if chinese else 12
        wrap = "CJK" if chinese else None
        common = dict(alignment=TA_LEFT, wordWrap=wrap)
        self.size = size
        self.body = ParagraphStyle("body", fontName=self.font, fontSize=size, leading=size * 1.2,
                                   spaceAfter=size * 0.2, textColor=INK, **common)
        self.item = ParagraphStyle("item", parent=self.body, leftIndent=18, bulletIndent=3,
                                   bulletFontName=LATIN, bulletFontSize=size, spaceAfter=size * 0.15)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=12, leading=14.5, spaceAfter=0)
        self.head_cell = ParagraphStyle("head_cell", parent=self.cell, fontName=self.bold, textColor=colors.white)
        self.study_cell = ParagraphStyle("study_cell", parent=self.cell, wordWrap=None)
        # keepWithNext: a heading is never the last line of a page.
        self.heading = ParagraphStyle("heading", fontName=self.bold, fontSize=13.5, leading=16, spaceBefore=5,
                                      spaceAfter=1.5, textColor=ACCENT, keepWithNext=1, **common)
        self.title = ParagraphStyle("title", fontName=self.bold, fontSize=18, leading=22, spaceAfter=1,
                                    textColor=ACCENT, **common)
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, spaceAfter=2)
        self.reference = ParagraphStyle("reference", parent=self.body, fontName=LATIN, wordWrap=None,
                                        fontSize=12, leading=14.5, leftIndent=20, firstLineIndent=-20,
                                        spaceAfter=2)

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
    "high", the box for today's evidence outlined, an arrow and "Today" under it.

    Drawn straight on the canvas (not as a reportlab Drawing, whose renderer
    sets Helvetica, a font that would not be embedded)."""

    size = 12
    box_height = 38

    def __init__(self, part: Part, width: float, styles: _Styles):
        super().__init__()
        self.part, self.width, self.styles = part, width, styles
        self.height = self.box_height + 22

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self):
        canvas, picture, styles, size = self.canv, self.part.picture, self.styles, self.size
        box_w, box_h, gap = self.width / len(picture.scale), self.box_height, 4
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
        arrow.moveTo(cx, top - 3)
        arrow.lineTo(cx - 8, top - 15)
        arrow.lineTo(cx + 8, top - 15)
        arrow.close()
        canvas.setFillColor(INK)
        canvas.drawPath(arrow, stroke=0, fill=1)
        marker_x = cx + 12 if picture.position < len(picture.scale) - 1 else cx - 12 - _width(picture.marker, styles.bold, size)
        _draw(canvas, marker_x, top - 16, picture.marker, styles.bold, size)
        # The picture's caption on the arrow's line, on the side away from the arrow.
        caption = picture.caption
        caption_x = self.width - _width(caption, styles.font, size) if picture.position <= 2 else 0
        _draw(canvas, caption_x, top - 16, caption, styles.font, size)


class _PartStart(Flowable):
    """Marks where a language's part begins, for its own page numbers."""

    def __init__(self, index: int):
        super().__init__()
        self.index = index

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self):
        self.canv.part_started(self.index)


# Table columns as shares of the width: study, kind, people, what was found, level.
_COLUMNS = [0.17, 0.2, 0.11, 0.41, 0.11]


def _study_style(name: str, styles: _Styles, width: float) -> ParagraphStyle:
    """A study's name ("王小明等 2023") breaks at its spaces, so its year stays
    whole, where every word fits the column (Chinese text may break anywhere)."""
    inner = width - 8  # the cell's padding
    if all(_width(word, styles.cell.fontName, styles.cell.fontSize) <= inner for word in name.split(" ")):
        return styles.study_cell
    return styles.cell


def _block(block: Block, part: Part, styles: _Styles, width: float) -> list:
    if block.kind == PARAGRAPH:
        return [styles.p(text, styles.body) for text in block.items]
    if block.kind == BULLETS:
        return [Paragraph(markup(text, styles.font), styles.item, bulletText="•") for text in block.items]
    if block.kind == KEY_POINTS:
        items = [Paragraph(markup(text, styles.font), styles.item, bulletText="•") for text in block.items]
        box = Table([[items]], colWidths=[width], hAlign="LEFT")
        box.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), LATIN, 12),  # the table's own default is Helvetica
            ("BOX", (0, 0), (-1, -1), 1.5, ACCENT),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f1f5")),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        return [box]
    if block.kind == CHECKLIST:  # kept on one page with its heading (_section)
        return [Paragraph(markup(text, styles.font), styles.item, bulletText="☐") for text in block.items]
    if block.kind == TABLE:
        widths = [f * width for f in _COLUMNS]
        data = [[styles.p(h, styles.head_cell) for h in block.header]]
        data += [[styles.p(c, _study_style(c, styles, widths[0]) if i == 0 else styles.cell) for i, c in enumerate(row)]
                 for row in block.rows]
        # No row is ever split across pages; the header repeats on a new page.
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), LATIN, 12),  # the table's own default is Helvetica
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f6f8")]),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]))
        return [table, Spacer(1, 5)]
    if block.kind == PICTURE:
        return [KeepTogether([Spacer(1, 5), EvidenceScale(part, width, styles), Spacer(1, 3)])]
    raise ValueError(f"unknown block kind {block.kind}")


def _section(section, part: Part, styles: _Styles, width: float) -> list:
    heading = styles.p(section.heading, styles.heading)
    flowables = [f for block in section.blocks for f in _block(block, part, styles, width)]
    if section.key in ("questions", "help", "about", "regulation"):
        # Short sections, and the checklist to take along, are read whole: never split over two pages.
        return [KeepTogether([heading, *flowables])]
    return [heading, *flowables]


def _story(handout: Handout, width: float) -> list:
    story: list = []
    logo = handout.clinic.logo_path
    for number, part in enumerate(handout.parts):
        styles = _Styles(part.language)
        if number:
            story.append(PageBreak())
        story.append(_PartStart(number))
        if logo and Path(logo).is_file():
            story.append(Image(logo, width=30 * mm, height=15 * mm, kind="proportional", hAlign="LEFT"))
        story += [styles.p(part.title, styles.title), styles.p(part.subtitle, styles.subtitle)]
        for section in part.sections:
            story += _section(section, part, styles, width)
        if part.references:
            # The heading stays with the first reference; each reference is kept whole.
            story.append(styles.p(part.references_heading, styles.heading))
            story += [KeepTogether([Paragraph(f"{i}. " + markup(ref, LATIN), styles.reference)])
                      for i, ref in enumerate(part.references, 1)]
    return story


def _make_canvas(handout: Handout, margin: float):
    """A canvas that knows each part's page count when it draws the page furniture."""

    class HandoutCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Not Helvetica: every font in the file is embedded.
            kwargs["initialFontName"] = LATIN
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self.part_of_page: list[int] = []
            self._part = 0

        def part_started(self, index: int) -> None:
            self._part = index

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self.part_of_page.append(self._part)
            self._startPage()

        def save(self):
            for number, state in enumerate(self._pages):
                part = self.part_of_page[number]
                pages = self.part_of_page.count(part)
                page = self.part_of_page[:number + 1].count(part)
                self.__dict__.update(state)
                self._furniture(handout.parts[part], page, pages)
                super().showPage()
            super().save()

        def _furniture(self, part: Part, page: int, pages: int):
            width, height = self._pagesize
            self.setFillColor(INK)
            _draw(self, margin, margin / 2, part.footer, LATIN, 10)
            label = part.page_label.format(page=page, pages=pages)
            _draw(self, width - margin - _width(label, LATIN, 10), margin / 2, label, LATIN, 10)
            if handout.draft:
                self.setStrokeColor(DRAFT_RED)
                self.setLineWidth(2)
                self.rect(margin, height - margin + 4, width - 2 * margin, 22, stroke=1, fill=0)
                self.setFillColor(DRAFT_RED)
                _draw(self, margin + 8, height - margin + 10, part.draft_banner, LATIN_BOLD, 12)

    return HandoutCanvas


def _draw(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    for run_font, run in font_runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, run_font, size)


# Each language's part fits this many pages (HANDOUTS.md §6).
PAGES_PER_LANGUAGE = 2


def _render(handout: Handout, paper: str, invariant: bool) -> tuple[bytes, list[int]]:
    """The PDF and the number of pages of each part."""
    register_fonts()
    pagesize = PAPER_SIZES[paper.lower()]
    margin = 12 * mm
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margin, rightMargin=margin, topMargin=margin + 14, bottomMargin=margin,
        title=handout.title,
        author=handout.clinic.name,
        subject=" / ".join(p.subtitle for p in handout.parts),
        creator=APP_NAME,
        keywords=[handout.condition.en, handout.condition.zh_hant, "patient information"],
        lang=handout.pdf_language,
        invariant=int(invariant),
    )
    canvas_class = _make_canvas(handout, margin)
    made: list = []

    def canvasmaker(*args, **kwargs):
        made.append(canvas_class(*args, **kwargs))
        return made[-1]

    doc.build(_story(handout, doc.width), canvasmaker=canvasmaker)
    part_of_page = made[-1].part_of_page
    return buffer.getvalue(), [part_of_page.count(i) for i in range(len(handout.parts))]


def fitted(handout: Handout, *, paper: str = "a4", invariant: bool = False) -> tuple[Handout, bytes]:
    """The sheet with as many table rows as keep each language to two pages, and its PDF.

    More rows never take fewer pages, so the most that fit are found by halving
    the range: about four drawings instead of one for each row taken off."""
    pdf, pages = _render(handout, paper, invariant)
    if max(pages) <= PAGES_PER_LANGUAGE or handout.rows == 0:
        return handout, pdf
    fits, too_many = None, handout.rows  # the most rows known to fit, the fewest known not to
    low = 0
    while too_many - low > 1:
        middle = (low + too_many) // 2
        trial = handout.with_rows(middle)
        trial_pdf, pages = _render(trial, paper, invariant)
        if max(pages) <= PAGES_PER_LANGUAGE:
            low, fits = middle, (trial, trial_pdf)
        else:
            too_many = middle
    if fits is None:  # not even one row fits: the sheet without a table is the shortest there is
        trial = handout.with_rows(low)
        fits = (trial, _render(trial, paper, invariant)[0])
    return fits


def render_pdf(handout: Handout, *, paper: str = "a4", invariant: bool = False) -> bytes:
    """The handout as PDF bytes, its table shortened where two pages a language
    need it. `invariant` makes equal input give equal bytes."""
    return fitted(handout, paper=paper, invariant=invariant)[1]

"""The detail pane: one paper's metadata, links and abstracts.

Metadata fields are edited in place; an edit becomes an undoable command in
the window (`edit_requested`). Fields no source supplied are highlighted with
a prompt to fill them in. The English and Chinese abstracts sit side by side,
stacked when the pane is narrow; Simplified Chinese can be shown in
Traditional (Hong Kong) characters, always labelled as converted.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exodesk.gui.notes_editor import AUTOSAVE_MS
from exodesk.gui.shown import (
    BLOCK,
    ITEMS,
    LINE,
    NAMES,
    elide,
    more,
    plain,
    proper_case,
    side_note,
    some,
)
from exodesk.library.store import ChangedBy
from exodesk.model import (
    ORIGIN_MACHINE,
    PAPER_FIELDS,
    Abstract,
    Author,
    Paper,
    Provenance,
    paper_fields,
)
from exodesk.text.dates import parse_date
from exodesk.text.names import parse_name

# (Paper attribute, label) for the editable metadata form; labels translated in this context.
FIELDS = tuple((name, PAPER_FIELDS[name].label) for name in paper_fields(edit=True))
# Missing essential fields map onto these form fields.
MISSING_TO_FIELD = {"title": "title", "authors": "authors", "year": "date", "journal": "journal"}
MISSING_STYLE = "QLineEdit { background: #ffe9d6; border: 1px solid #e0a070; }"
UNSAVED_STYLE = "QLineEdit { background: #fde2e1; border: 1px solid #c0392b; }"
# Below this width the two abstracts are stacked instead of side by side.
SIDE_BY_SIDE_MIN = 640
# Links listed under the title; a longer address than this is no real link.
LINKS = 20
LONGEST_ADDRESS = 2000


def field_text(paper: Paper, name: str, *, items: int | None = None) -> str:
    """A field as its editor shows it; of a list, the first `items` entries if given."""
    value = getattr(paper, name)
    if name == "authors":
        return "; ".join(_author_text(a) for a in value[:items])
    if name == "keywords":
        return "; ".join(value[:items])
    return value or ""


def _author_text(author: Author) -> str:
    if author.literal:
        return author.literal
    return f"{author.family}, {author.given}" if author.given else author.family


def field_value(name: str, text: str):
    """A typed field as the Paper holds it; raises ValueError for a bad date."""
    text = text.strip()
    if name == "authors":
        return [parse_name(part) for part in text.split(";") if part.strip()]
    if name == "keywords":
        return [part.strip() for part in text.split(";") if part.strip()]
    if name == "date" and text:
        parsed = parse_date(text)
        if not parsed:
            raise ValueError(text)
        return parsed
    return text or None


def links(paper: Paper) -> list[tuple[str, str]]:
    """(label, address) for the paper's DOI, PubMed, PMC and other links."""
    found = []
    if paper.doi:
        found.append((f"DOI {paper.doi}", f"https://doi.org/{paper.doi}"))
    if paper.pmid:
        found.append((f"PubMed {paper.pmid}", f"https://pubmed.ncbi.nlm.nih.gov/{paper.pmid}/"))
    if paper.pmcid:
        found.append((paper.pmcid, f"https://www.ncbi.nlm.nih.gov/pmc/articles/{paper.pmcid}/"))
    known = {address for _, address in found}
    for address in paper.links:
        if address.startswith(("http://", "https://")) and address not in known:
            found.append((elide(address, 60), address))
    return [(elide(label, 80), address) for label, address in found[:LINKS] if len(address) <= LONGEST_ADDRESS]


def _reader(name: str) -> str:
    """The name of the importer (or online service) that read a field."""
    from exodesk.importers import by_name

    try:
        return by_name(name).LABEL
    except KeyError:
        return {"crossref": "Crossref", "pubmed": "PubMed"}.get(name, name)


class Collapsible(QWidget):
    """A heading button that shows or hides its content."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.title = title
        self.button = QToolButton()
        self.button.setCheckable(True)
        self.button.setStyleSheet("QToolButton { border: none; font-weight: 600; }")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.content = QLabel()
        self.content.setWordWrap(True)
        self.content.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.content)
        self.button.toggled.connect(self._toggle)

    def set_items(self, items: list[str]) -> None:
        shown, left_out = some(items, ITEMS)
        lines = [escape(elide(item, BLOCK)) for item in shown] + ([escape(more(left_out))] if left_out else [])
        self.content.setText("".join(f"<p>{line}</p>" for line in lines))
        self.button.setText(f"{self.title} ({len(items)})")
        self.setVisible(bool(items))
        self._toggle(self.button.isChecked())

    def _toggle(self, open_: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.content.setVisible(open_)


class AbstractView(QWidget):
    """One abstract: a label line (language, machine translation, converted) and the text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setStyleSheet("font-weight: 600;")
        self.badge = plain(QLabel())  # it quotes the source's own notice
        self.badge.setWordWrap(True)
        self.badge.setStyleSheet("background: #e8eefc; color: #23408e; padding: 2px 6px; border-radius: 3px;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.abstract: Abstract | None = None
        self.source = plain(QLabel())  # where the abstract came from, on request
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: #666; font-size: 9pt;")
        self.source.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.badge)
        layout.addWidget(self.source)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def show_abstract(self, title: str, abstract: Abstract | None, *, badges: list[str], empty: str,
                      convert=None) -> None:
        self.abstract = abstract
        self.label.setText(title)
        self.badge.setText(elide(" · ".join(badges)))
        self.badge.setVisible(bool(badges))
        if abstract is None:
            self.text.setText(f"<i style='color:#888'>{escape(empty)}</i>")
            return
        change = convert or (lambda s: s)
        if abstract.sections:
            html = "".join(
                f"<p><b>{escape(change(elide(s.heading)))}</b><br>{escape(change(elide(s.text, BLOCK)))}</p>"
                for s in abstract.sections[:ITEMS]
            )
        else:
            html = "".join(f"<p>{escape(change(p))}</p>" for p in elide(abstract.text, BLOCK).split("\n") if p.strip())
        self.text.setText(html)

    def plain_text(self) -> str:
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.text.text())
        return document.toPlainText()


class DetailPane(QScrollArea):
    # (paper_id, {field: value}): the window pushes an undoable edit.
    edit_requested = Signal(int, dict)
    complete_requested = Signal(int)  # the person asks Crossref / PubMed for the gaps
    traditional_changed = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.paper: Paper | None = None
        self.read_only = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.other_titles = QLabel()
        self.other_titles.setWordWrap(True)
        self.byline = QLabel()
        self.byline.setWordWrap(True)
        self.citation = QLabel()
        self.citation.setWordWrap(True)
        self.citation.setStyleSheet("color: #444;")
        # Their texts are escaped HTML; without tags Qt would guess plain text
        # and show "&amp;" for a journal's "&".
        for label in (self.title, self.other_titles, self.byline, self.citation):
            label.setTextFormat(Qt.TextFormat.RichText)
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.link_label.linkActivated.connect(self.open_link)
        self.missing_banner = QWidget()
        self.missing_banner.setStyleSheet("background: #ffe9d6;")
        banner = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.missing_banner)
        banner.setContentsMargins(8, 4, 8, 4)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.fill_button = QPushButton(self.tr("Fill in…"))
        self.fill_button.clicked.connect(self.focus_first_missing)
        self.complete_button = QPushButton(self.tr("Complete from Crossref / PubMed…"))
        self.complete_button.clicked.connect(
            lambda: self.paper is not None and self.paper.id is not None and self.complete_requested.emit(self.paper.id))
        banner.addWidget(self.missing_label, 1)
        banner.addWidget(self.complete_button)
        banner.addWidget(self.fill_button)
        for widget in (self.title, self.other_titles, self.byline, self.citation, self.link_label,
                       self.missing_banner):
            layout.addWidget(widget)

        self.traditional = QCheckBox(self.tr("Show Simplified Chinese in Traditional characters (Hong Kong)"))
        self.traditional.toggled.connect(self._traditional_toggled)
        layout.addWidget(self.traditional)
        self.abstracts = QWidget()
        self.abstract_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.abstracts)
        self.abstract_layout.setContentsMargins(0, 4, 0, 4)
        self.abstract_layout.setSpacing(16)
        self.english = AbstractView()
        self.chinese = AbstractView()
        self.english.setObjectName("abstract_en")
        self.chinese.setObjectName("abstract_zh")
        self.abstract_layout.addWidget(self.english, 1)
        self.abstract_layout.addWidget(self.chinese, 1)
        layout.addWidget(self.abstracts)
        self.others = QLabel()  # abstracts in any other language
        self.others.setWordWrap(True)
        layout.addWidget(self.others)

        self.captions = Collapsible(self.tr("Figure captions"))
        self.references = Collapsible(self.tr("References"))
        layout.addWidget(self.captions)
        layout.addWidget(self.references)

        heading = QLabel(self.tr("Details"))
        heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        # Where each field came from, on request: the file, the reader, the part of the page.
        self.sources_button = QToolButton()
        self.sources_button.setText(self.tr("Show &Sources"))
        self.sources_button.setCheckable(True)
        self.sources_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sources_button.toggled.connect(self._show_sources)
        heading_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        heading_row.addWidget(heading)
        heading_row.addWidget(self.sources_button)
        heading_row.addStretch(1)
        layout.addLayout(heading_row)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, QLineEdit] = {}
        # Fields save a moment after typing stops, as the notes do, and at once on Enter or leaving.
        self._typed: dict[str, str] = {}
        self._typed_paper: Paper | None = None
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self._unsaved_tips: dict[str, str] = {}  # field marked as not saved yet -> its usual tooltip

        self.sources: dict[str, QLabel] = {}
        for name, label in FIELDS:
            editor = QLineEdit()
            editor.setObjectName(f"field_{name}")
            editor.textEdited.connect(lambda text, n=name: self._typing(n, text))
            editor.editingFinished.connect(lambda n=name: self._field_edited(n))
            self.editors[name] = editor
            source = plain(QLabel())  # file and part names as the source gave them
            source.setWordWrap(True)
            source.setStyleSheet("color: #666; font-size: 9pt;")
            source.hide()
            self.sources[name] = source
            field = QVBoxLayout()
            field.setContentsMargins(0, 0, 0, 0)
            field.setSpacing(1)
            field.addWidget(editor)
            field.addWidget(source)
            form.addRow(self.tr(label), field)
        self._tips = {"authors": QT_TRANSLATE_NOOP("DetailPane", "Family, Given; Family, Given; …"),
                      "keywords": QT_TRANSLATE_NOOP("DetailPane", "Separate keywords with ;")}
        layout.addLayout(form)
        self.files = plain(QLabel())  # file names as they were on the disk
        self.files.setWordWrap(True)
        self.files.setStyleSheet("color: #666;")
        layout.addWidget(self.files)
        # On a shared library: who last changed the notes (the server's login).
        self.changed_by = plain(side_note())
        layout.addWidget(self.changed_by)
        layout.addStretch(1)
        self.show_paper(None)

    # -- showing --------------------------------------------------------

    def show_paper(self, paper: Paper | None, *, files: list[str] | None = None,
                   changed_by: ChangedBy | None = None) -> None:
        """`changed_by`: Library.changed_by's answer for the paper (None on a file library)."""
        another = paper is None or self.paper is None or paper.id != self.paper.id
        self.paper = paper
        body = self.widget()
        assert body is not None  # set once, when the pane is made
        body.setVisible(paper is not None)
        if paper is None:
            return
        if another:  # each paper starts at its title; the same one keeps its place
            self.verticalScrollBar().setValue(0)
        no_title = self.tr("(no title)")
        self.title.setText(escape(elide(paper.title)) if paper.title else f"<i style='color:#888'>{escape(no_title)}</i>")
        self._show_other_titles()
        self.other_titles.setVisible(bool(paper.titles))
        authors, left_out = some(paper.authors, NAMES)
        names = [elide(proper_case(a.natural()), 100) for a in authors] + ([more(left_out)] if left_out else [])
        byline = ", ".join(names) + (" " + self.tr("et al.") if paper.authors_truncated else "")
        self.byline.setText(escape(byline))
        self.byline.setVisible(bool(byline))
        parts = [paper.journal or paper.journal_abbrev, paper.date,
                 paper.volume and self.tr("vol. %s") % paper.volume,
                 paper.issue and self.tr("no. %s") % paper.issue, paper.pages,
                 paper.publication_type]
        self.citation.setText(escape(" · ".join(elide(p, 200) for p in parts if p)))
        found = links(paper)
        self.link_label.setText(" &nbsp; ".join(f"<a href='{escape(a)}'>{escape(t)}</a>" for t, a in found))
        self.link_label.setVisible(bool(found))
        self._show_missing(paper)
        self._show_abstracts()
        self.captions.set_items(paper.figure_captions)
        self.references.set_items(paper.references)
        for name, editor in self.editors.items():
            value = getattr(paper, name)
            # A list this long cannot fit (each entry takes 2 characters at least with its "; "):
            # only its start is joined, not a million names.
            many = isinstance(value, list) and len(value) > editor.maxLength() // 2 + 1
            text = field_text(paper, name, items=LINE if many else None)
            # Qt would cut a longer text without a word, and the cut text would be saved.
            too_long = many or len(text) > editor.maxLength()
            editor.blockSignals(True)
            editor.setText(elide(text) if too_long else text)
            editor.setCursorPosition(0)
            editor.setReadOnly(self.read_only or too_long)
            if many:
                tip = self.tr("Too long to edit here: %1 entries").replace("%1", f"{len(value):,}")
            elif too_long:
                tip = self.tr("Too long to edit here: %1 characters").replace("%1", f"{len(text):,}")
            else:
                tip = self.tr(self._tips.get(name, ""))
            editor.setToolTip(tip)
            editor.blockSignals(too_long)  # nothing shown cut short is ever saved
        if self.sources_button.isChecked():  # built when shown: the button builds them when pressed
            self._show_sources(True)
        shown_files, left_out = some([elide(f) for f in files or []], NAMES)
        read_from = ", ".join(shown_files + ([more(left_out)] if left_out else []))
        self.files.setText(self.tr("Read from: %s") % read_from if read_from else "")
        notes_by = changed_by.notes if changed_by else None
        self.changed_by.setText(self.tr("Notes last changed by %1").replace("%1", notes_by) if notes_by else "")
        self.changed_by.setVisible(bool(notes_by))

    def _show_sources(self, shown: bool) -> None:
        provenance = self.paper.provenance if self.paper is not None else {}
        for name, label in self.sources.items():
            label.setText(self.source_text(provenance.get(name)))
            label.setVisible(shown and self.paper is not None)
        for view in (self.english, self.chinese):
            abstract = view.abstract
            if abstract is not None:
                view.source.setText(self.source_text(provenance.get(f"abstract:{abstract.language}")))
            view.source.setVisible(shown and abstract is not None)

    def source_text(self, found: Provenance | None) -> str:
        """Where a field's value came from, in a line."""
        if found is None:
            return self.tr("Source: not recorded")
        if found.by_person:
            return self.tr("Source: typed by a person")
        return self.tr("Source: %1").replace("%1", " · ".join(
            elide(p) for p in (found.file, _reader(found.importer), found.part) if p))

    def _show_missing(self, paper: Paper) -> None:
        missing = [MISSING_TO_FIELD[m] for m in paper.missing]
        labels = dict(FIELDS)
        for name, editor in self.editors.items():
            editor.setStyleSheet(MISSING_STYLE if name in missing else "")
            editor.setPlaceholderText(self.tr("Missing: type it in") if name in missing else "")
        self.missing_label.setText(
            self.tr("The source did not give: %s.") % self.tr(", ").join(self.tr(labels[m]) for m in missing)
        )
        self.missing_banner.setVisible(bool(missing) and not self.read_only)
        # Only a paper with an identifier can be looked up online.
        self.complete_button.setVisible(bool(paper.doi or paper.pmid))

    def _zh(self, text: str, language: str) -> str:
        if self.traditional.isChecked() and language == "zh-Hans":
            from exodesk.text.chinese import to_traditional_hk

            return to_traditional_hk(text)
        return text

    def _show_abstracts(self) -> None:
        paper = self.paper
        if paper is None:
            return
        english = paper.abstract("en")
        chinese = paper.abstract("zh")
        badges = [self.tr("Machine translation")] if english and english.origin == ORIGIN_MACHINE else []
        self.english.show_abstract(self.tr("English"), english, badges=badges, empty=self.tr("No English abstract"))
        convert = None
        title = self.tr("Chinese")
        badges = []
        if chinese is not None:
            simplified = chinese.language == "zh-Hans"
            title = self.tr("Chinese (Simplified)") if simplified else self.tr("Chinese (Traditional)")
            if chinese.origin == ORIGIN_MACHINE:
                badges.append(self.tr("Machine translation") + (f": {chinese.notice}" if chinese.notice else ""))
            if simplified and self.traditional.isChecked():
                from exodesk.text.chinese import to_traditional_hk

                convert = to_traditional_hk
                title = self.tr("Chinese (Traditional, Hong Kong)")
                badges.append(self.tr("Converted from Simplified by ExoDesk"))
        self.traditional.setVisible(chinese is not None and chinese.language == "zh-Hans"
                                    or any(lang == "zh-Hans" for lang in paper.titles))
        self.chinese.show_abstract(title, chinese, badges=badges, empty=self.tr("No Chinese abstract"),
                                   convert=convert)
        shown = {id(english), id(chinese)}
        others = [a for a in paper.abstracts if id(a) not in shown]
        self.others.setText("".join(f"<p><b>{escape(elide(a.language, 40))}</b><br>{escape(elide(a.text, BLOCK))}</p>"
                                    for a in others[:ITEMS]))
        self.others.setVisible(bool(others))

    def _show_other_titles(self) -> None:
        titles = self.paper.titles if self.paper is not None else {}
        self.other_titles.setText("<br>".join(escape(self._zh(elide(t), lang)) for lang, t in titles.items()))

    def _traditional_toggled(self, on: bool) -> None:
        if self.paper is not None:
            self._show_other_titles()
            self._show_abstracts()
        self.traditional_changed.emit(on)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = self.viewport().width() >= SIDE_BY_SIDE_MIN
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.abstract_layout.direction() != direction:
            self.abstract_layout.setDirection(direction)

    # -- acting ---------------------------------------------------------

    def open_link(self, address: str) -> None:
        QDesktopServices.openUrl(QUrl(address))

    def focus_first_missing(self) -> None:
        if self.paper and self.paper.missing:
            editor = self.editors[MISSING_TO_FIELD[self.paper.missing[0]]]
            self.ensureWidgetVisible(editor)
            editor.setFocus()

    def _typing(self, name: str, text: str) -> None:
        if self.paper is None or self.read_only:
            return
        if self._typed_paper is not None and self._typed_paper.id != self.paper.id:
            self.flush()  # typed for the paper shown before: saved to that paper
        self._typed_paper = self.paper
        self._typed[name] = text
        self._autosave.start()

    def _field_edited(self, name: str) -> None:
        """Enter or leaving a field saves what it shows at once."""
        if self.paper is not None and (self._typed_paper is None or self._typed_paper.id == self.paper.id):
            self._typed_paper = self.paper
            self._typed[name] = self.editors[name].text()
        self.flush()

    def flush(self) -> None:
        """Save now what was typed in the fields, to the paper it was typed for."""
        self._autosave.stop()
        typed, paper = self._typed, self._typed_paper
        self._typed, self._typed_paper = {}, None
        if paper is None or paper.id is None or self.read_only:
            return
        changes = {}
        for name, text in typed.items():
            try:
                value = field_value(name, text)
            except ValueError:
                if self.paper is not None and self.paper.id == paper.id:
                    editor = self.editors[name]
                    editor.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }")
                    editor.setToolTip(self.tr("Not a date ExoDesk can read; try 2024-07-16, 2024-07 or 2024."))
                continue
            if value != getattr(paper, name) and not (value is None and getattr(paper, name) in ("", None)):
                changes[name] = value
        if not changes:
            return
        # The window shows the saved paper again; the field being typed in keeps its text and cursor.
        focused = next((e for e in self.editors.values() if e.hasFocus()), None)
        text, cursor = (focused.text(), focused.cursorPosition()) if focused else ("", 0)
        self.edit_requested.emit(paper.id, changes)
        if focused is not None and self.paper is not None and self.paper.id == paper.id:
            focused.blockSignals(True)
            if focused.text() != text:
                focused.setText(text)
            focused.setCursorPosition(cursor)
            focused.blockSignals(False)

    def show_unsaved(self, values: dict, reason: str) -> None:
        """Mark the shown paper's fields that are not saved yet, showing the values typed."""
        if self.paper is None:
            return
        missing = [MISSING_TO_FIELD[m] for m in self.paper.missing]
        for name, editor in self.editors.items():
            if name in values:
                self._unsaved_tips.setdefault(name, editor.toolTip())
                text = field_text(Paper(**{name: values[name]}), name)
                if not editor.hasFocus() and editor.text() != text:
                    editor.setText(text)
                editor.setStyleSheet(UNSAVED_STYLE)
                editor.setToolTip(self.tr("Not saved yet: %s") % reason)
            elif name in self._unsaved_tips:
                editor.setStyleSheet(MISSING_STYLE if name in missing else "")
                editor.setToolTip(self._unsaved_tips.pop(name))

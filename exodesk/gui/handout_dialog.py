"""Handout…: choose the condition, language, paper size and papers; see the pages
as they will print; approve; save as PDF or print. Each saved or printed sheet
is recorded in the library's handout history.

The sheet is built and drawn on a worker (tasks.py) a moment after the last
change, so typing a name or ticking papers never waits for the PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exodesk.evidence import designs, vocabulary
from exodesk.gui import core_words
from exodesk.gui.handout_output import (
    ask_and_print,
    ask_save_path,
    file_name,
    print_pdf,
    to_qimage,
)
from exodesk.gui.operations import (
    HandoutPreview,
    HandoutRequest,
    location_of,
    make_handout,
    read_candidates,
)
from exodesk.gui.shown import elide, plain, show_message, side_note, tooltip
from exodesk.gui.tasks import Task, run_task
from exodesk.handouts.content import Handout
from exodesk.handouts.readability import TARGET_GRADE
from exodesk.handouts.references import short_name
from exodesk.handouts.relevance import BORDERLINE, OFF_TOPIC, ON_TOPIC
from exodesk.handouts.wording import clinic_details, clinic_texts
from exodesk.library import Library, LibraryError
from exodesk.library.faults import NOT_ALLOWED
from exodesk.library.handouts import check_approval, record_handout
from exodesk.settings import Settings

PREVIEW_DELAY_MS = 300
PAGE_GAP = 12
SUGGESTED_FILL = QColor("#fff1c2")
_VERDICTS = {ON_TOPIC: QT_TRANSLATE_NOOP("HandoutDialog", "yes"),
             BORDERLINE: QT_TRANSLATE_NOOP("HandoutDialog", "borderline: not printed"),
             OFF_TOPIC: QT_TRANSLATE_NOOP("HandoutDialog", "no: not printed")}
WARN_STYLE = "color: #a4161a; font-weight: bold;"
OK_STYLE = "color: #1e7b34;"


class HandoutDialog(QDialog):
    """Emits `preview_ready` each time the pages shown match the choices made."""

    preview_ready = Signal()

    def __init__(self, library: Library, settings: Settings, parent=None, *, condition_id: str | None = None):
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.setWindowTitle(self.tr("Patient handout"))
        self.preview: HandoutPreview | None = None
        self.candidates: list = []
        self._generation = 0
        self._tasks: list[Task] = []
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.condition_box = QComboBox()
        self.condition_box.setEditable(True)
        self.condition_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for condition in sorted(vocabulary.load(), key=lambda c: c.en.casefold()):
            self.condition_box.addItem(f"{condition.en} — {condition.zh_hant}", condition.id)
        completer = QCompleter(self.condition_box.model(), self.condition_box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.condition_box.setCompleter(completer)
        typed = self.condition_box.lineEdit()
        assert typed is not None  # an editable combo box has its line edit
        typed.setPlaceholderText(self.tr("Any name, synonym or abbreviation (English or 中文)"))
        self.condition_box.setCurrentIndex(-1)
        self.condition_box.activated.connect(lambda _i: self._condition_chosen())
        typed.editingFinished.connect(self._condition_typed)
        self.condition_hint = plain(QLabel())
        self.condition_hint.setStyleSheet("color: #a4161a;")
        self.condition_hint.hide()

        self.language_box = QComboBox()
        for label, value in ((self.tr("English"), "en"), (self.tr("Traditional Chinese"), "zh-Hant"),
                             (self.tr("English and Traditional Chinese"), "both")):
            self.language_box.addItem(label, value)
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("Letter"), "letter")
        for box in (self.language_box, self.paper_box):
            box.currentIndexChanged.connect(self._changed)

        self.papers = QTreeWidget()
        self.papers.setRootIsDecorated(False)
        self.papers.setAlternatingRowColors(True)
        self.papers.setHeaderLabels([self.tr("Paper"), self.tr("Design"), self.tr("Level"),
                                     self.tr("People"), self.tr("Linked by"), self.tr("On topic?")])
        header = self.papers.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.papers.itemChanged.connect(lambda *_: self._changed())
        self.papers_note = side_note()
        papers_box = QGroupBox(self.tr("Papers on the sheet"))
        papers_layout = QVBoxLayout(papers_box)
        papers_layout.addWidget(self.papers)
        papers_layout.addWidget(self.papers_note)

        self.approver = QLineEdit()
        self.approver.setPlaceholderText(self.tr("Clinician's name"))
        self.approve = QCheckBox(self.tr("I have reviewed this sheet and approve it"))
        self.approve.setEnabled(False)
        self.approver.textChanged.connect(self._approver_changed)
        self.approve.toggled.connect(self._changed)
        approval_box = QGroupBox(self.tr("Approval"))
        approval_layout = QFormLayout(approval_box)
        approval_layout.addRow(self.tr("Approved by"), self.approver)
        approval_layout.addRow("", self.approve)

        self.draft_label = plain(QLabel())  # it names the approver
        self.draft_label.setWordWrap(True)
        self.grade_label = QLabel()
        self.grade_label.setWordWrap(True)
        # How certain the evidence is, and each GRADE step that made it so.
        self.certainty_label = QLabel()
        self.certainty_label.setWordWrap(True)
        self.certainty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_list = QListWidget()
        self.warnings_list.setWordWrap(True)
        self.warnings_list.setMaximumHeight(110)
        checks_box = QGroupBox(self.tr("Checks"))
        checks_layout = QVBoxLayout(checks_box)
        for widget in (self.draft_label, self.certainty_label, self.grade_label, self.warnings_list):
            checks_layout.addWidget(widget)

        form = QFormLayout()
        form.addRow(self.tr("Condition"), self.condition_box)
        form.addRow(self.condition_hint)
        form.addRow(self.tr("Language"), self.language_box)
        form.addRow(self.tr("Paper size"), self.paper_box)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(papers_box, 1)
        left_layout.addWidget(approval_box)
        left_layout.addWidget(checks_box)

        self.pages_widget = QWidget()
        self.pages_widget.setStyleSheet("background: #8a8f94;")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_labels: list[QLabel] = []
        self.pages_scroll = QScrollArea()
        self.pages_scroll.setWidgetResizable(True)
        self.pages_scroll.setWidget(self.pages_widget)
        self.pages_count = QLabel()
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.pages_scroll, 1)
        preview_layout.addWidget(self.pages_count)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 620])

        self.status = plain(QLabel())  # it names files and errors
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        close = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_with_dialog)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1180, 820)
        self._set_ready(False)
        if condition_id:
            self.choose_condition(condition_id)

    # -- choices ---------------------------------------------------------

    def condition_id(self) -> str | None:
        return self.condition_box.currentData()

    def choose_condition(self, name: str) -> bool:
        """Pick the condition any spelling names; False when none does."""
        found = vocabulary.lookup(name)
        if found is None:
            return False
        index = self.condition_box.findData(found.id)
        if index != self.condition_box.currentIndex():
            self.condition_box.setCurrentIndex(index)
            self._condition_chosen()
        return True

    def _condition_typed(self) -> None:
        text = self.condition_box.currentText().strip()
        if text == self.condition_box.itemText(self.condition_box.currentIndex()):
            return
        if not self.choose_condition(text.split(" — ")[0]) and text:
            self.condition_hint.setText(self.tr("No condition in the vocabulary is called “%1”.").replace("%1", text))
            self.condition_hint.show()

    def reread(self) -> None:
        """Read the condition's papers again (the library was replaced): the
        choices start again from what the library now holds."""
        self._condition_chosen()

    def _condition_chosen(self) -> None:
        condition_id = self.condition_id()
        self.condition_hint.hide()
        self.papers.clear()
        self.candidates = []
        self._set_ready(False)
        if condition_id is None:
            return
        self.papers_note.setText(self.tr("Finding the papers linked to this condition…"))
        self._generation += 1
        self._start(partial(read_candidates, location_of(self.library), condition_id),
                    partial(self._candidates_read, self._generation, condition_id))

    def _candidates_read(self, generation: int, condition_id: str, candidates: list) -> None:
        if generation != self._generation or condition_id != self.condition_id():
            return  # the choice changed while the library was read
        self.candidates = candidates
        self.papers.blockSignals(True)
        self.papers.clear()
        for index, candidate in enumerate(candidates):
            self.papers.addTopLevelItem(self._paper_item(index, candidate))
        self.papers.blockSignals(False)
        if candidates:
            self.papers_note.setText(self.tr(
                "Rows marked “suggestion” are linked to the condition only by ExoDesk's suggestion, or "
                "rest on values nobody has confirmed yet; the sheet is a draft while it uses them."))
        else:
            self.papers_note.setText(self.tr(
                "No paper in the library is linked to this condition: the sheet says that no studies were found."))
        self._changed()

    def _paper_item(self, index: int, candidate) -> QTreeWidgetItem:
        paper, notes = candidate.paper, candidate.notes
        design = designs.design_of(notes.study_design)
        level = notes.evidence_level if notes.evidence_level[:1].isdigit() else (design.level if design else "")
        pending = [f for f in ("study_design", "evidence_level", "sample_size", "conditions") if f in notes.suggested]
        item = QTreeWidgetItem([
            elide(f"{short_name(paper)} · {paper.title or self.tr('(no title)')}"),
            core_words.design_name(notes.study_design) or self.tr("not recorded"),
            core_words.level_name(level) or "—",
            str(notes.sample_size) if notes.sample_size else "—",
            self.tr("suggestion") if candidate.suggested_link or pending else self.tr("notes"),
            QApplication.translate("HandoutDialog", str(_VERDICTS[candidate.relevance.verdict]))
            if candidate.relevance else "",
        ])
        item.setData(0, Qt.ItemDataRole.UserRole, index)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)
        item.setToolTip(0, tooltip(paper.title))
        if candidate.suggested_link or pending:
            item.setBackground(4, SUGGESTED_FILL)
            item.setToolTip(4, tooltip(self.tr("Not yet confirmed by a person: %1").replace(
                "%1", ", ".join(map(core_words.field_label, pending)) or self.tr("the link to this condition"))))
        if candidate.relevance and candidate.relevance.reason:
            # Only papers on topic are printed; the others are shown here, never printed silently.
            reason = core_words.sentence(candidate.relevance.reason)
            item.setToolTip(5, tooltip(reason))
            item.setForeground(5, QBrush(QColor("#a4161a")))
            item.setToolTip(0, tooltip(f"{paper.title or ''}\n{self.tr('Not printed')}: {reason}"))
        return item

    def chosen_entries(self) -> list:
        chosen = []
        for row in range(self.papers.topLevelItemCount()):
            item = self.papers.topLevelItem(row)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                candidate = self.candidates[item.data(0, Qt.ItemDataRole.UserRole)]
                chosen.append((candidate.paper, candidate.notes))
        return chosen

    def approved_by(self) -> str:
        return self.approver.text().strip() if self.approve.isChecked() else ""

    def _approver_changed(self, text: str) -> None:
        # Nothing is approved unseen: not before a preview, nor while it has things to settle.
        blocked = self.preview is None or bool(_sheet(self.preview).blockers)
        self.approve.setEnabled(bool(text.strip()) and not blocked)
        if not text.strip():
            self.approve.setChecked(False)
        elif self.approve.isChecked():
            self._changed()  # the name shown and recorded changes

    def request(self) -> HandoutRequest | None:
        condition_id = self.condition_id()
        if condition_id is None:
            return None
        ratio = self.devicePixelRatioF()
        page_inches = 8.5 if self.paper_box.currentData() == "letter" else 8.27
        # The page fits beside the scroll bar that appears once there are pages.
        margins = self.pages_layout.contentsMargins()
        width = max(self.pages_scroll.width() - self.pages_scroll.verticalScrollBar().sizeHint().width()
                    - margins.left() - margins.right() - 6, 300)
        return HandoutRequest(
            condition_id=condition_id,
            entries=self.chosen_entries(),
            clinic=clinic_details(self.settings),
            language=self.language_box.currentData(),
            paper=self.paper_box.currentData(),
            approved_by=self.approved_by(),
            texts=clinic_texts(),
            dpi=min(max(width / page_inches, 40), 150) * ratio,
        )

    # -- the preview -------------------------------------------------------

    def _changed(self, *_args) -> None:
        self._set_ready(False)
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Build and draw the sheet for the present choices, on a worker."""
        self._preview_timer.stop()
        request = self.request()
        if request is None:
            return
        self._generation += 1
        self.status.setText(self.tr("Drawing the pages…"))
        self._start(partial(make_handout, request), partial(self._preview_made, self._generation))

    def _start(self, function, on_done) -> None:
        self._tasks = [t for t in self._tasks if t.running()]
        self._tasks.append(run_task(function, parent=self, on_done=on_done, on_error=self._failed))

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The handout could not be made: %1").replace("%1", message))
        self.status.setStyleSheet(WARN_STYLE)

    def _preview_made(self, generation: int, preview: HandoutPreview) -> None:
        if generation != self._generation:
            return  # a newer choice is being drawn
        self.preview = preview
        self._show_pages(preview)
        self._show_checks(preview)
        self.status.clear()
        self.status.setStyleSheet("")
        self._set_ready(True)
        self.preview_ready.emit()

    def _show_pages(self, preview: HandoutPreview) -> None:
        while len(self.page_labels) > len(preview.pages):
            self.page_labels.pop().deleteLater()
        while len(self.page_labels) < len(preview.pages):
            label = QLabel()
            label.setStyleSheet("background: white; border: 1px solid #555;")
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        ratio = self.devicePixelRatioF()
        for label, page in zip(self.page_labels, preview.pages, strict=True):
            pixmap = QPixmap.fromImage(to_qimage(page))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(QSize(round(page.width / ratio), round(page.height / ratio)))
        self.pages_count.setText(self.tr("%n page(s)", "", len(preview.pages)))

    def _show_checks(self, preview: HandoutPreview) -> None:
        handout = _sheet(preview)
        if handout.blockers:
            self.draft_label.setText(self.tr(
                "Draft — it cannot be approved until the points marked “settle first” below are settled. "
                "The draft line prints on every page."))
            self.draft_label.setStyleSheet(WARN_STYLE)
        elif handout.draft:
            self.draft_label.setText(self.tr(
                "Draft — nothing blocks approval: a clinician who has read the sheet may approve it."))
            self.draft_label.setStyleSheet(WARN_STYLE)
        else:
            self.draft_label.setText(self.tr("Approved by %1: the sheet prints without the draft line.")
                                     .replace("%1", handout.approved_by))
            self.draft_label.setStyleSheet(OK_STYLE)
        # Approval follows the same rules as the command line's --approved-by.
        can_approve = not handout.blockers and bool(self.approver.text().strip())
        self.approve.setEnabled(can_approve or self.approve.isChecked())
        certainty = handout.certainty
        self.certainty_label.setText(self.tr("Certainty: %1 (%2)").replace(
            "%1", core_words.grade_name(certainty.grade)).replace(
            "%2", self.tr("; ").join(map(core_words.sentence, certainty.reasons))))
        if preview.grade is None:
            self.grade_label.setText(self.tr("Reading grade: not measured (no formula is validated for Chinese)."))
            self.grade_label.setStyleSheet("")
        elif preview.grade > TARGET_GRADE:
            self.grade_label.setText(self.tr("Reading grade of the English text: %1 — above grade 8: "
                                             "simplify the wording.").replace("%1", f"{preview.grade:.1f}"))
            self.grade_label.setStyleSheet(WARN_STYLE)
        else:
            self.grade_label.setText(self.tr("Reading grade of the English text: %1 (grade 8 or lower is the aim).")
                                     .replace("%1", f"{preview.grade:.1f}"))
            self.grade_label.setStyleSheet(OK_STYLE)
        self.warnings_list.clear()
        blockers = set(handout.blockers)
        self.warnings_list.addItems(
            [(self.tr("Settle first: %1") if w in blockers else "%1").replace("%1", core_words.sentence(w))
             for w in handout.warnings] or [self.tr("No warnings.")])

    def _set_ready(self, ready: bool) -> None:
        """Save and Print act on the pages shown, so only while they match the choices."""
        ready = ready and self.preview is not None and self.preview.request == self.request()
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.preview is not None:
            self._preview_timer.start()  # redraw the pages at the new width

    # -- save and print ------------------------------------------------------

    def _previewed(self) -> HandoutPreview:
        """The preview shown: Save and Print are enabled only while there is one."""
        if self.preview is None:
            raise RuntimeError("no handout is previewed")
        return self.preview

    def _may_output(self) -> bool:
        """Whether the sheet may be written or printed as it is: an approved
        sheet only from a login the library lets approve (a shared library's
        clinicians); otherwise the dialog says why, and it can go as a draft."""
        preview = self._previewed()
        try:
            check_approval(self.library, snapshot=_sheet(preview).snapshot, approved_by=self.approved_by())
        except LibraryError as error:
            if error.kind != NOT_ALLOWED:
                self._warn(str(error))
            else:
                self._warn(self.tr("%1. Without the approval it can be saved or printed as a draft.")
                           .replace("%1", str(error)))
            return False
        return True

    def _record(self, done: str, unrecorded: Callable[[str], str]) -> int | None:
        """Record the sheet written or printed, saying `done`; None if it could
        not be recorded: `unrecorded(reason)` says so, and the sheet stays
        here to save or print again."""
        preview = self._previewed()
        try:
            record_id = record_handout(self.library, snapshot=_sheet(preview).snapshot, pdf=preview.pdf,
                                       approved_by=self.approved_by())
        except LibraryError as error:
            self._warn(unrecorded(str(error)))
            return None
        self.status.setText(done)
        self.status.setStyleSheet(OK_STYLE)
        return record_id

    def _printed(self) -> int | None:
        return self._record(self.tr("Sent to the printer and recorded in the handout history."),
                            lambda reason: self.tr(
                                "Sent to the printer, but not recorded in the handout history: %1. The sheet is kept "
                                "here: print or save it again to record it.").replace("%1", reason))

    def _warn(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet(WARN_STYLE)

    def save_to(self, path) -> int | None:
        """Write the previewed PDF to `path` and record it; the history record's id
        (None: not written, or not recorded, and the status says why)."""
        if not self._may_output():
            return None
        with open(path, "wb") as out:
            out.write(self._previewed().pdf)
        return self._record(
            self.tr("Saved to %1 and recorded in the handout history.").replace("%1", str(path)),
            lambda reason: self.tr("Saved to %1, but not recorded in the handout history: %2. The sheet is kept here: "
                                   "save or print it again to record it.").replace("%2", reason).replace("%1", str(path)))

    def save_as(self) -> None:
        if self.preview is None:
            return
        handout = _sheet(self.preview)
        path = ask_save_path(self, file_name(handout.condition.en, handout.language, dt.date.today().isoformat()))
        if path is None:
            return
        try:
            self.save_to(path)
        except OSError as error:
            show_message(self, QMessageBox.Icon.Warning, self.tr("Save as PDF"), self.tr("The file could not be written: %1")
                                .replace("%1", str(error)))

    def print_to(self, printer) -> int | None:
        """Print the previewed pages on `printer` (already set up) and record it."""
        if not self._may_output():
            return None
        print_pdf(printer, self._previewed().pdf)
        return self._printed()

    def print_with_dialog(self) -> None:
        if self.preview is None or not self._may_output():
            return
        preview = self.preview
        if ask_and_print(self, preview.pdf, paper=preview.request.paper, title=_sheet(preview).title):
            self._printed()

    def done(self, result: int) -> None:
        for task in self._tasks:
            task.cancel()
            task.wait()
        super().done(result)


def _sheet(preview: HandoutPreview) -> Handout:
    """The sheet a preview shows (HandoutPreview does not name its type)."""
    if not isinstance(preview.handout, Handout):
        raise TypeError(f"a preview of {type(preview.handout).__name__}, not of a handout")
    return preview.handout

"""The Preferences dialog: library location, interface language, clinic details,
and the handout's fixed wording (wording_page.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exodesk.gui import shown
from exodesk.gui.wording_page import WordingPage
from exodesk.library import default_library_path
from exodesk.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))

        self.library_path = QLineEdit(settings["library_path"])
        self.library_path.setPlaceholderText(str(default_library_path()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_library)
        library_row = QHBoxLayout()
        library_row.addWidget(self.library_path, 1)
        library_row.addWidget(browse)

        self.language = QComboBox()
        for label, value in ((self.tr("As the system"), ""), ("English", "en"), ("繁體中文（香港）", "zh_Hant")):
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(self.language.findData(settings["language"]), 0))

        self.clinic_name = QLineEdit(settings["clinic_name"])
        self.clinic_contact = QPlainTextEdit(settings["clinic_contact"])
        self.clinic_contact.setTabChangesFocus(True)
        self.clinic_contact.setFixedHeight(70)
        self.interest = QPlainTextEdit(settings["clinic_interest_statement"])
        self.interest.setTabChangesFocus(True)
        self.interest.setFixedHeight(70)
        self.interest.setPlaceholderText(self.tr("e.g. The clinic offers this treatment."))

        form = QFormLayout()
        form.addRow(self.tr("Library file"), library_row)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Clinic name"), self.clinic_name)
        form.addRow(self.tr("Clinic contact"), self.clinic_contact)
        form.addRow(self.tr("Interest statement"), self.interest)
        note = shown.side_note(self.tr("The clinic details appear on patient handouts. A new library "
                                       "location or language takes effect when ExoDesk starts again."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(note)
        general_layout.addStretch(1)
        self.wording = WordingPage()
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.wording, self.tr("Handout Wording"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 0)

    def _choose_library(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Library file"), self.library_path.text() or str(default_library_path()),
            self.tr("ExoDesk library (*.sqlite)"), options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.library_path.setText(path)

    def accept(self) -> None:
        if not self.wording.save():
            self.tabs.setCurrentWidget(self.wording)  # it shows what is wrong
            return
        self.settings.update(
            library_path=self.library_path.text().strip(),
            language=self.language.currentData(),
            clinic_name=self.clinic_name.text().strip(),
            clinic_contact=self.clinic_contact.toPlainText().strip(),
            clinic_interest_statement=self.interest.toPlainText().strip(),
        )
        super().accept()

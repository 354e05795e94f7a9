"""The filter bar: condition, design, evidence level, years, tag, language, review."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QWidget,
)

from exodesk.evidence import designs
from exodesk.gui.conditions import condition_name
from exodesk.gui.core_words import design_name, level_label
from exodesk.gui.table import ShownFilters

NO_YEAR = 1800  # the spin boxes' "any" value


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        # One entry per study design, whatever labels the notes use for it (set_facets fills it).
        self._design_labels: dict[str, tuple[str, ...]] = {}
        self.condition = self._combo(self.tr("Any condition"))
        self.design = self._combo(self.tr("Any design"))
        self.level = self._combo(self.tr("Any level"))
        self.tag = self._combo(self.tr("Any tag"))
        self.language = QComboBox()
        for label, value in ((self.tr("Any language"), ""), (self.tr("English abstract"), "en"),
                             (self.tr("Chinese abstract"), "zh"), (self.tr("Simplified Chinese"), "zh-Hans"),
                             (self.tr("Traditional Chinese"), "zh-Hant")):
            self.language.addItem(label, value)
        self.language.setToolTip(self.tr("Abstract language"))
        self.language.currentIndexChanged.connect(self.changed)
        self.year_from = self._year(self.tr("Published in or after"))
        self.year_to = self._year(self.tr("Published in or before"))
        self.needs_review = QCheckBox(self.tr("Needs review"))
        self.needs_review.setToolTip(self.tr("Papers whose notes hold unconfirmed suggestions"))
        self.needs_review.toggled.connect(self.changed)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.condition, self.design, self.level):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Years")))
        layout.addWidget(self.year_from)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.year_to)
        for widget in (self.tag, self.language, self.needs_review, self.clear_button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _combo(self, any_label: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_label, "")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(220)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _year(self, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(NO_YEAR, 2100)
        box.setSpecialValueText(self.tr("any"))
        box.setValue(NO_YEAR)
        box.setToolTip(tip)
        box.valueChanged.connect(self.changed)
        return box

    def set_facets(self, facets: dict) -> None:
        """Offer the values the library holds; keep what is chosen."""
        conditions = sorted(facets["conditions"], key=lambda v: condition_name(v).casefold())
        self._design_labels = {}
        for label in facets["designs"]:
            key = _design_key(label)
            self._design_labels[key] = (*self._design_labels.get(key, ()), label)
        design_keys = sorted(self._design_labels, key=lambda k: _design_shown(k).casefold())
        for combo, values, label in ((self.condition, conditions, condition_name),
                                     (self.design, design_keys, _design_shown),
                                     (self.level, facets["levels"], level_label),
                                     (self.tag, facets["tags"], str)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(label(value), value)
            position = combo.findData(chosen)
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)
            combo.setEnabled(bool(values))

    def filters(self, *, trash: bool = False) -> ShownFilters:
        def year(box: QSpinBox) -> int | None:
            return None if box.value() == NO_YEAR else box.value()

        labels = self._design_labels.get(self.design.currentData() or "", ())
        return ShownFilters(
            condition=self.condition.currentData() or "",
            design=labels[0] if len(labels) == 1 else "",
            designs=labels,
            level=self.level.currentData() or "",
            year_from=year(self.year_from),
            year_to=year(self.year_to),
            tag=self.tag.currentData() or "",
            language=self.language.currentData() or "",
            needs_review=self.needs_review.isChecked(),
            trash=trash,
        )

    def clear(self) -> None:
        widgets = (self.condition, self.design, self.level, self.tag, self.language,
                   self.year_from, self.year_to, self.needs_review)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.condition, self.design, self.level, self.tag, self.language):
            combo.setCurrentIndex(0)
        self.year_from.setValue(NO_YEAR)
        self.year_to.setValue(NO_YEAR)
        self.needs_review.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()


def _design_key(label: str) -> str:
    """The design a label in the notes means, or the label itself when none."""
    design = designs.design_of(label)
    return design.id if design is not None else label


def _design_shown(key: str) -> str:
    try:
        return design_name(designs.by_id(key).label)
    except KeyError:
        return design_name(key)

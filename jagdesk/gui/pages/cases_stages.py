"""The Objective, Scanning and Assessment tabs of a case: what success is, where the problem came
to light with the incidents by month, and whether the response worked."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.problem_solving.vocabulary import (
    SCANNING_SOURCES,
    AssessmentResult,
    BeforeAfter,
    MonthlyCounts,
)
from jagdesk.gui.dialogs.common.fields import choices, tab_chain, text_box
from jagdesk.gui.pages.cases_parts import CaseTab, OptionalDate, boxes
from jagdesk.gui.widgets.figure_table import FigureTable
from jagdesk.services.problem_solving.cases import CaseDetail
from jagdesk.services.problem_solving.evidence import DEFAULT_ASSESSMENT_MONTHS

NO_PLACES = ("No incidents to show: link the hotspots where the problem happens on the location "
             "side of the triangle (Analysis tab), and import police.uk data for them.")


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def month_text(month: str) -> str:
    """'2026-03' as 'Mar 2026'."""
    return date(int(month[:4]), int(month[5:7]), 1).strftime("%b %Y")


class ObjectiveTab(CaseTab):
    """What success looks like, how it is measured, the target and the date to reach it by."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.objective = text_box("", 70, "What will be different when the problem is solved")
        self.measure = text_box("", 60, "How you will know: the figures or reports you will compare")
        self.target = QLineEdit()
        self.target.setPlaceholderText("For example: 30% fewer reports of ASB at the parade")
        self.due_on = OptionalDate()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_field(form, "objective", "&Objective:", self.objective)
        self.add_field(form, "objective_measure", "&Measured by:", self.measure)
        self.add_field(form, "objective_target", "T&arget:", self.target)
        self.add_field(form, "objective_due_on", "&By:", self.due_on)
        layout = QVBoxLayout(self)
        layout.addWidget(hint("Say first what success is: the rest of the case works towards it, "
                              "and the assessment measures against it."))
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.save_row())
        tab_chain(self.objective, self.measure, self.target, self.due_on.edit, self.save_button)

    def show_case(self, detail: CaseDetail) -> None:
        if self.dirty:
            return

        def fill() -> None:
            self.objective.setPlainText(detail.objective)
            self.measure.setPlainText(detail.objective_measure)
            self.target.setText(detail.objective_target)
            self.due_on.set_value(detail.objective_due_on)

        self.fill(fill)

    def values(self) -> dict[str, Any]:
        return {"objective": self.objective.toPlainText(),
                "objective_measure": self.measure.toPlainText(),
                "objective_target": self.target.text(), "objective_due_on": self.due_on.value()}


class ScanningTab(CaseTab):
    """Where the problem came to light, and the incidents in its places month by month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sources = QGroupBox("Where the problem came to &light")
        column = QVBoxLayout(sources)
        self.sources = boxes(column, list(SCANNING_SOURCES.items()))
        for box in self.sources.values():
            self.watch(box)
        self.notes = text_box("", 64, "What the sources showed: numbers of calls, complaints, themes")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_field(form, "scanning_notes", "&Notes:", self.notes)
        self.monthly = FigureTable("Incidents by month in the linked hotspots")
        self.monthly.setMinimumHeight(120)
        self.no_monthly = hint(NO_PLACES)
        self.monthly_title = QLabel("<b>Incidents by month in the linked hotspots</b>")
        layout = QVBoxLayout(self)
        layout.addWidget(sources)
        layout.addLayout(form)
        layout.addLayout(self.save_row())
        layout.addWidget(self.monthly_title)
        layout.addWidget(self.no_monthly)
        layout.addWidget(self.monthly)
        layout.addStretch(1)
        tab_chain(*self.sources.values(), self.notes, self.save_button, self.monthly)

    def show_case(self, detail: CaseDetail, monthly: MonthlyCounts | None) -> None:
        self.show_monthly(monthly)
        if self.dirty:
            return

        def fill() -> None:
            for key, box in self.sources.items():
                box.setChecked(key in detail.scanning_sources)
            self.notes.setPlainText(detail.scanning_notes)

        self.fill(fill)

    def show_monthly(self, monthly: MonthlyCounts | None) -> None:
        """Months down, places across, the total of all places last (each incident counted once)."""
        shown = monthly is not None and bool(monthly.months)
        self.monthly.setVisible(shown)
        self.no_monthly.setVisible(not shown)
        if monthly is None or not shown:
            self.monthly.set_table([], [])
            return
        header = ["Month", *(name for name, _ in monthly.places), "All linked places"]
        body: list[list[object]] = [
            [month_text(month), *(counts[i] for _, counts in monthly.places), monthly.totals[i]]
            for i, month in enumerate(monthly.months)]
        body.append(["Total", *(sum(counts) for _, counts in monthly.places), sum(monthly.totals)])
        self.monthly.set_table(header, body)
        # As tall as its rows (up to two years' worth), the space under it left empty.
        rows = self.monthly.verticalHeader().length() + self.monthly.horizontalHeader().height()
        self.monthly.setMaximumHeight(min(rows + 4, 26 * 25))

    def values(self) -> dict[str, Any]:
        return {"scanning_sources": tuple(k for k, box in self.sources.items() if box.isChecked()),
                "scanning_notes": self.notes.toPlainText()}


def before_after_text(figures: BeforeAfter | None, why_not: str | None = None) -> str:
    """The before/after figure as a small table (rich text), or why there is none."""
    if figures is None:
        why = why_not or "Set the periods and save to see the incidents before and after the response."
        return f"<span style='color: palette(placeholder-text)'>{html.escape(why)}</span>"

    def period(start: date, end: date) -> str:
        return f"{start:%b %Y} – {end:%b %Y}"

    percent = "" if figures.percent is None else f" ({figures.percent:+.0f}%)"
    change = "no change" if figures.change == 0 else f"{figures.change:+,}{percent}"
    return (f"<table cellspacing='0' cellpadding='3'>"
            f"<tr><td>Before</td><td>{period(figures.before_from, figures.before_to)}</td>"
            f"<td align='right'><b>{figures.before:,}</b> incidents</td></tr>"
            f"<tr><td>After</td><td>{period(figures.after_from, figures.after_to)}</td>"
            f"<td align='right'><b>{figures.after:,}</b> incidents</td></tr>"
            f"<tr><td>Change</td><td></td><td align='right'><b>{change}</b></td></tr></table>")


class AssessmentTab(CaseTab):
    """When the response ran, the periods before and after it, the figures, and the judgement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.started = OptionalDate()
        self.ended = OptionalDate()
        self.before_from, self.before_to = OptionalDate(months=True), OptionalDate(months=True)
        self.after_from, self.after_to = OptionalDate(months=True), OptionalDate(months=True)
        self.suggest_button = QPushButton("Suggest &periods")
        self.suggest_button.setToolTip(f"The {DEFAULT_ASSESSMENT_MONTHS} whole months before the "
                                       "response began and the same after it ended")
        self.figures = QLabel(before_after_text(None))
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName("Incidents before and after the response")
        # As wide as the form allows, so that a sentence of why there are no figures wraps onto
        # as many lines as it needs rather than being cut at a narrow label's height.
        self.figures.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.result = QComboBox()
        choices(self.result, [("(not judged yet)", "")] + [(r.label, r.value) for r in AssessmentResult], "")
        self.notes = text_box("", 70, "What worked, what did not, and what the partners learnt")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_field(form, "response_started_on", "Response &began:", self.started)
        self.add_field(form, "response_ended_on", "Response &ended:", self.ended)
        self.add_field(form, "before_from", "Before: &from month:", self.before_from)
        self.add_field(form, "before_to", "Before: &to month:", self.before_to)
        self.add_field(form, "after_from", "After: fro&m month:", self.after_from)
        self.add_field(form, "after_to", "After: to mont&h:", self.after_to)
        form.addRow("", self.suggest_button)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow("Incidents:", self.figures)
        self.add_field(form, "assessment_result", "&Result:", self.result)
        self.add_field(form, "assessment_notes", "&Notes:", self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.save_row())
        tab_chain(self.started.edit, self.ended.edit, self.before_from.edit, self.before_to.edit,
                  self.after_from.edit, self.after_to.edit, self.suggest_button, self.result,
                  self.notes, self.save_button)
        self.suggest_button.clicked.connect(self._on_suggest_button_clicked)

    def show_case(self, detail: CaseDetail, figures: BeforeAfter | None, why_not: str | None) -> None:
        self.figures.setText(before_after_text(figures, why_not))
        if self.dirty:
            return

        def fill() -> None:
            self.started.set_value(detail.response_started_on)
            self.ended.set_value(detail.response_ended_on)
            self.before_from.set_value(detail.before_from)
            self.before_to.set_value(detail.before_to)
            self.after_from.set_value(detail.after_from)
            self.after_to.set_value(detail.after_to)
            index = self.result.findData(detail.assessment_result)
            self.result.setCurrentIndex(max(0, index))
            self.notes.setPlainText(detail.assessment_notes)

        self.fill(fill)

    def _on_suggest_button_clicked(self) -> None:
        started, ended = self.started.value(), self.ended.value()
        if started is None or ended is None:
            self.show_errors({"response_started_on": "Enter when the response began and ended first."})
            return
        length = DEFAULT_ASSESSMENT_MONTHS
        self.before_to.set_value(_add_months(started, -1))
        self.before_from.set_value(_add_months(started, -length))
        self.after_from.set_value(_add_months(ended, 1))
        self.after_to.set_value(_add_months(ended, length))

    def values(self) -> dict[str, Any]:
        return {"response_started_on": self.started.value(), "response_ended_on": self.ended.value(),
                "before_from": self.before_from.value(), "before_to": self.before_to.value(),
                "after_from": self.after_from.value(), "after_to": self.after_to.value(),
                "assessment_result": self.result.currentData(),
                "assessment_notes": self.notes.toPlainText()}


def _add_months(day: date, count: int) -> date:
    """The first day of the month `count` months from `day`'s month."""
    index = day.year * 12 + day.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)



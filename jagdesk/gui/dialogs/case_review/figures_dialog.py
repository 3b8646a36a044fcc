"""The published figures: the period (April to March by default, or any range), what they come
to, and CSV or a one-page PDF to write them to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from jagdesk.domain.case_review.documents import CaseReviewFigures, financial_year
from jagdesk.errors import JagdeskError
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.case_review.ui_figures_dialog import Ui_FiguresDialog


@dataclass(frozen=True)
class FiguresEntry:
    first: date
    last: date
    suffix: str  # "csv" or "pdf"


class FiguresDialog(RecordDialog):
    """Choose the period and the format; `count` gives the figures shown as the period changes."""

    def __init__(self, save: Save, count: Callable[[date, date], CaseReviewFigures], today: date,
                 parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_FiguresDialog()
        super().__init__("Published figures: ASB case reviews", save, parent, ui)
        self.first, self.last, self.format, self.preview = ui.first, ui.last, ui.format, ui.preview
        self.count = count
        first, last = financial_year(today)
        show_day(self.first, first)
        show_day(self.last, last)
        choices(self.format, [("CSV for the council's website", "csv"), ("PDF, one page", "pdf")], "csv")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("E&xport…")
        self.first.dateChanged.connect(self._on_period_changed)
        self.last.dateChanged.connect(self._on_period_changed)
        self._on_period_changed()
        self.first.setFocus()

    def _on_period_changed(self, _day: object = None) -> None:
        try:
            figures = self.count(picked_day(self.first), picked_day(self.last))
        except JagdeskError as exc:
            self.preview.setPlainText(str(exc))
            return
        rows = "".join(f"<tr><td>{escape(str(label))}</td><td align='right'>{number}</td>"
                       f"<td>{'of ' + str(out_of) if out_of != '' else ''}</td></tr>"
                       for label, number, out_of in figures.body())
        self.preview.setHtml(f"<p><b>{escape(figures.title)}</b> (counts only: no names, no "
                             f"addresses)</p><table cellspacing='4'>{rows}</table>")

    def values(self) -> FiguresEntry:
        return FiguresEntry(picked_day(self.first), picked_day(self.last), str(self.format.currentData()))

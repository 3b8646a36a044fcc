"""The Details tab of a meeting: its fields, status, next meeting and notes, saved together."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.meetings.vocabulary import MeetingStatus
from jagdesk.gui.dialogs.common.fields import choices, tab_chain, text_box
from jagdesk.gui.pages.cases_parts import CaseTab
from jagdesk.gui.pages.meetings_fields import MeetingFields
from jagdesk.gui.widgets.date_field import DateField
from jagdesk.services.meetings import MeetingDetail, MeetingInput, MeetingTypeRow, SeriesRow
from jagdesk.services.reference.agencies import ContactRow


class DetailsTab(CaseTab):
    """A meeting's fields in one form; Save (Ctrl+S) writes them in one unit of work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: MeetingFields | None = None
        self._base: MeetingInput | None = None
        self.version: int | None = None  # the meeting's version the form was filled from
        self.holder = QWidget()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(self.holder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(self.save_row())

    def show_meeting(self, detail: MeetingDetail, types: Sequence[MeetingTypeRow],
                     series: Sequence[SeriesRow], contacts: Sequence[ContactRow],
                     cases: Sequence[Any]) -> None:
        """Build the form afresh for this meeting (the lists of choices may have changed)."""
        self._base = detail.as_input()
        self.version = detail.version
        self._errors.clear()
        self._fields.clear()
        holder = QWidget()
        form = QFormLayout(holder)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._loading = True
        try:
            fields = MeetingFields(types, series, contacts, cases, self._base)
            self.status = QComboBox()
            choices(self.status, [(s.label, s.value) for s in MeetingStatus], detail.status)
            self.next_meeting = text_box(detail.next_meeting, 50,
                                         "When and where the next meeting is, as the minutes say it")
            self.notes = text_box(detail.notes, 80, "Anything else about this meeting")
            self.add_field(form, "meeting_type_id", "T&ype:", fields.meeting_type)
            self.add_field(form, "series_id", "Ser&ies:", fields.series)
            self.add_field(form, "case_id", "&Case:", fields.case)
            self.add_field(form, "name", "Tit&le:", fields.name)
            self.add_field(form, "held_on", "Date:", fields.held_on)
            self.add_field(form, "starts_at", "Time:", fields.times)
            for widget in (fields.starts_at, fields.ends_at):
                self.watch(widget)
            self.add_field(form, "venue", "&Venue:", fields.venue)
            self.add_field(form, "chair_id", "Chair:", fields.chair)
            self.add_field(form, "minute_taker_id", "Minute-ta&ker:", fields.minute_taker)
            self.add_field(form, "marking", "Marking:", fields.marking)
            self.add_field(form, "status", "Stat&us:", self.status)
            self.add_field(form, "next_meeting", "Ne&xt meeting:", self.next_meeting)
            self.add_field(form, "notes", "Notes:", self.notes)
            self._errors["ends_at"] = self._errors["starts_at"]
            case_holder = fields.case.parentWidget()
            if case_holder is not None:
                form.setRowVisible(case_holder, fields.is_problem_solving())
        finally:
            self._loading = False
        self.fields = fields
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(holder)
        self.holder = holder
        # Once the form is in this tab's window: Qt orders Tab only between widgets of one window.
        tab_chain(*fields.widgets(), self.status, self.next_meeting, self.notes, self.save_button)
        self.saved()

    def rebase(self, detail: MeetingDetail) -> None:
        """The meeting was read again while the form has unsaved changes: if its fields are still
        those the changes started from (only its attendance or agenda changed, say by this user's
        own saves), they are saved over its newer version; if not, the version read first is kept,
        so that saving is refused rather than undo a colleague's changes."""
        if detail.as_input() == self._base:
            self.version = detail.version

    def watch(self, widget: QWidget) -> None:
        super().watch(widget)
        if isinstance(widget, QTimeEdit):
            widget.timeChanged.connect(self.mark_dirty)
        elif isinstance(widget, QDateEdit | DateField):
            widget.dateChanged.connect(self.mark_dirty)
        if isinstance(widget, DateField):
            widget.line.textEdited.connect(self.mark_dirty)

    def values(self) -> dict[str, Any]:
        assert self.fields is not None and self._base is not None
        data = self.fields.values(self._base)
        return {"data": MeetingInput(**{**data.__dict__, "status": str(self.status.currentData()),
                                        "next_meeting": self.next_meeting.toPlainText(),
                                        "notes": self.notes.toPlainText()})}

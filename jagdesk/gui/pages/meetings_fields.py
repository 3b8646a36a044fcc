"""The fields of a meeting, shared by the New meeting dialog and the meeting's Details tab: the title
follows the series (or the type, or the case) and the month until the user types their own; a new
meeting of a series starts with the times, venue, chair and minute-taker of the series' last one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from jagdesk.domain.meetings.vocabulary import Marking
from jagdesk.errors import ValidationError
from jagdesk.gui.dialogs.common.fields import choices
from jagdesk.gui.widgets.date_field import DateField
from jagdesk.services.meetings import MeetingInput, MeetingTypeRow, SeriesRow
from jagdesk.services.reference.agencies import ContactRow

NO_TIME = QTime(0, 0)  # the bottom of the range, shown as "not set": no meeting starts at midnight


def default_title(series: str, held_on: date) -> str:
    """A meeting's usual title: "Hertsmere JAG, November 2026"."""
    return f"{series}, {held_on:%B %Y}" if series else f"Meeting, {held_on:%B %Y}"


def time_edit(value: time | None, name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setMinimumTime(NO_TIME)
    edit.setSpecialValueText("not set")
    edit.setTime(QTime(value.hour, value.minute) if value else NO_TIME)
    edit.setAccessibleName(name)
    edit.setMaximumWidth(110)
    return edit


def time_value(edit: QTimeEdit) -> time | None:
    if edit.time() == NO_TIME:
        return None
    picked = edit.time().toPython()
    assert isinstance(picked, time)
    return picked


def contact_text(contact: ContactRow) -> str:
    return f"{contact.name} — {contact.agency_name}" if contact.agency_name else contact.name


class MeetingFields:
    """The fields of a meeting (new, or on its Details tab) and the title that follows the series."""

    def __init__(self, types: Sequence[MeetingTypeRow], series: Sequence[SeriesRow],
                 contacts: Sequence[ContactRow], cases: Sequence[Any],
                 initial: MeetingInput | None = None,
                 defaults: dict[Any, MeetingInput] | None = None) -> None:
        """`defaults`: for a new meeting, what each series' meetings start from."""
        data = initial or MeetingInput(name="", held_on=date.today(), starts_at=time(10, 0),
                                       ends_at=time(12, 0))
        self._defaults = defaults or {}
        self._new = initial is None
        self._types = {t.id: t for t in types}
        self._series = {s.id: s for s in series}
        self.meeting_type = QComboBox()
        choices(self.meeting_type, [(t.name, t.id) for t in types], data.meeting_type_id)
        self.series = QComboBox()
        choices(self.series, [("(no series)", None)] + [(s.name, s.id) for s in series if s.active
                                                        or s.id == data.series_id], data.series_id)
        self.name = QLineEdit(data.name)
        self.name.setMaxLength(200)
        self._title_typed = bool(data.name)
        held = data.held_on or date.today()
        self.held_on = DateField(held)
        self.held_on.setAccessibleName("Date of the meeting")
        self.starts_at = time_edit(data.starts_at, "Starts at")
        self.ends_at = time_edit(data.ends_at, "Ends at")
        self.times = QWidget()
        row = QHBoxLayout(self.times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.starts_at)
        row.addWidget(QLabel("to"))
        row.addWidget(self.ends_at)
        row.addStretch(1)
        self.venue = QLineEdit(data.venue)
        self.venue.setPlaceholderText("Where: room, building, town (or Teams)")
        people = [("(not set)", None)] + [(contact_text(c), c.id) for c in contacts]
        self.chair = QComboBox()
        choices(self.chair, people, data.chair_id)
        self.minute_taker = QComboBox()
        choices(self.minute_taker, people, data.minute_taker_id)
        for combo in (self.chair, self.minute_taker, self.series, self.meeting_type):
            combo.setMaxVisibleItems(20)
        self.marking = QComboBox()
        choices(self.marking, [(m.value, m.value) for m in Marking], data.marking)
        self.case = QComboBox()
        choices(self.case, [("(choose the case)", None)]
                + [(f"{c.reference} {c.name}", c.id) for c in cases], data.case_id)
        self._cases = {c.id: c for c in cases}
        self.name.textEdited.connect(self._on_name_text_edited)
        self.series.currentIndexChanged.connect(self._on_series_current_index_changed)
        self.meeting_type.currentIndexChanged.connect(lambda _i: self._follow_title())
        self.case.currentIndexChanged.connect(lambda _i: self._follow_title())
        self.held_on.dateChanged.connect(lambda _d: self._follow_title())
        if initial is None:
            self._on_series_current_index_changed()

    def widgets(self) -> list[QWidget]:
        """In the order Tab goes through them."""
        return [self.meeting_type, self.series, self.case, self.name, self.held_on, self.starts_at,
                self.ends_at, self.venue, self.chair, self.minute_taker, self.marking]

    def is_problem_solving(self) -> bool:
        chosen = self._types.get(self.meeting_type.currentData())
        return chosen is not None and chosen.is_problem_solving

    def _on_name_text_edited(self, text: str) -> None:
        self._title_typed = bool(text.strip())

    def _on_series_current_index_changed(self, _index: int = 0) -> None:
        series = self._series.get(self.series.currentData())
        if series is not None:  # a series' meetings are of its type
            self.meeting_type.setCurrentIndex(self.meeting_type.findText(series.meeting_type))
        last = self._defaults.get(self.series.currentData()) if self._new else None
        if last is not None:
            self._start_from(last)
        self._follow_title()

    def _start_from(self, last: MeetingInput) -> None:
        """A new meeting of a series: where, when in the day, who chairs and who minutes, as at
        the series' last meeting."""
        for edit, value in ((self.starts_at, last.starts_at), (self.ends_at, last.ends_at)):
            edit.setTime(QTime(value.hour, value.minute) if value else NO_TIME)
        self.venue.setText(last.venue)
        wanted: tuple[tuple[QComboBox, object], ...] = (
            (self.chair, last.chair_id), (self.minute_taker, last.minute_taker_id),
            (self.marking, last.marking))
        for combo, data in wanted:
            # findData() does not match ids: compare each item's.
            index = next((i for i in range(combo.count()) if combo.itemData(i) == data), -1)
            if index >= 0:
                combo.setCurrentIndex(index)

    def _follow_title(self) -> None:
        if self._title_typed:
            return
        series = self._series.get(self.series.currentData())
        name = series.name if series else self.meeting_type.currentText()
        case = self._cases.get(self.case.currentData())
        if series is None and case is not None and self.is_problem_solving():
            name = f"{name} {case.reference}"  # "Problem-solving meeting PS-2021-002, June 2021"
        day = self.day()
        if day is not None:  # while the date is half typed the title waits
            self.name.setText(default_title(name, day))

    def day(self) -> date | None:
        """The date typed, None while it names no day."""
        return self.held_on.value()

    def set_day(self, value: date) -> None:
        self.held_on.set_value(value)

    def values(self, base: MeetingInput | None = None) -> MeetingInput:
        """The meeting as typed; ValidationError at the date if it names no day."""
        if self.day() is None and self.held_on.line.text().strip():
            raise ValidationError({"held_on": self.held_on.problem()})
        base = base or MeetingInput(name="")
        return MeetingInput(
            name=self.name.text(), meeting_type_id=self.meeting_type.currentData(),
            series_id=self.series.currentData(),
            case_id=self.case.currentData() if self.is_problem_solving() else None,
            held_on=self.day(), starts_at=time_value(self.starts_at), ends_at=time_value(self.ends_at),
            venue=self.venue.text(), chair_id=self.chair.currentData(),
            minute_taker_id=self.minute_taker.currentData(), marking=str(self.marking.currentData()),
            status=base.status, next_meeting=base.next_meeting, notes=base.notes)

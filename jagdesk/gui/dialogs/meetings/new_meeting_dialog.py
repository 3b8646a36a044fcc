"""A new meeting: its type and series, title, when and where, chair, minute-taker, marking. The
meeting's fields are shared with its Details tab."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from jagdesk.gui.dialogs.common.fields import Save, tab_chain
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.pages.meetings_fields import MeetingFields
from jagdesk.services.meetings import MeetingInput, MeetingTypeRow, SeriesRow
from jagdesk.services.reference.agencies import ContactRow


class NewMeetingDialog(RecordDialog):
    """A new meeting: its type and series, title, when and where, chair, minute-taker, marking."""

    def __init__(self, save: Save, types: Sequence[MeetingTypeRow], series: Sequence[SeriesRow],
                 contacts: Sequence[ContactRow], cases: Sequence[Any],
                 defaults: dict[Any, MeetingInput] | None = None,
                 parent: QWidget | None = None) -> None:
        """`defaults`: what a new meeting of each series starts from (services' series_defaults)."""
        super().__init__("New meeting", save, parent)
        self.setMinimumWidth(560)
        self.fields = MeetingFields(types, series, contacts, cases, defaults=defaults)
        f = self.fields
        self.add_field("meeting_type_id", "T&ype:", f.meeting_type)
        self.add_field("series_id", "Se&ries:", f.series)
        self.add_field("case_id", "&Case:", f.case)
        self.add_field("name", "&Title:", f.name)
        self.add_field("held_on", "&Date:", f.held_on)
        self.add_field("starts_at", "T&ime:", f.times)
        self.add_field("venue", "&Venue:", f.venue)
        self.add_field("chair_id", "C&hair:", f.chair)
        self.add_field("minute_taker_id", "&Minute-taker:", f.minute_taker)
        self.add_field("marking", "Mar&king:", f.marking)
        self._fields["ends_at"] = f.ends_at
        self._error_labels["ends_at"] = self._error_labels["starts_at"]
        tab_chain(*f.widgets())
        f.meeting_type.currentIndexChanged.connect(self._on_type_changed)
        self._on_type_changed()
        f.series.setFocus()

    def _on_type_changed(self, _index: int = 0) -> None:
        holder = self.fields.case.parentWidget()
        if holder is not None:
            self.form.setRowVisible(holder, self.fields.is_problem_solving())

    def values(self) -> MeetingInput:
        return self.fields.values()

"""The review's panel (contacts and agencies) and its meeting, arranged as a JAGDesk meeting of
the ASB case review group with the panel invited."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWidget

from jagdesk.domain.common.day_text import day_text
from jagdesk.gui.dialogs.common.fields import Save, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.case_review.ui_arrange_dialog import Ui_ArrangeDialog
from jagdesk.gui.widgets.ticks import fill_ticks, ticked
from jagdesk.services.case_review.choices import Choice
from jagdesk.services.case_review.rows import CaseReviewDetail

DEFAULT_START = time(10, 0)


@dataclass(frozen=True)
class ArrangeEntry:
    contact_ids: tuple[uuid.UUID, ...]
    agency_ids: tuple[uuid.UUID, ...]
    held_on: date
    starts_at: time
    venue: str


class ArrangeDialog(RecordDialog):
    """Choose the panel and the meeting's day, time and venue for `detail`'s review."""

    def __init__(self, save: Save, detail: CaseReviewDetail, contacts: Sequence[Choice],
                 agencies: Sequence[Choice], today: date, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_ArrangeDialog()
        super().__init__(f"Arrange the review of {detail.reference}", save, parent, ui)
        self.contacts, self.agencies = ui.contact_ids, ui.agency_ids
        self.held_on, self.starts_at, self.venue = ui.held_on, ui.starts_at, ui.venue
        due = next((s.due_on for s in detail.steps if s.step == "review"), None)
        ui.what.setText("The panel is invited to the review meeting, which is added to the meetings"
                        + (f"; the review is due by {day_text(due)}." if due else "."))
        panel = {member.id for member in detail.panel}
        fill_ticks(self.contacts, contacts, panel)
        fill_ticks(self.agencies, agencies, panel)
        show_day(self.held_on, due if due is not None and due >= today else today)
        self.starts_at.setTime(QTime(DEFAULT_START.hour, DEFAULT_START.minute))
        self.venue.setPlaceholderText("Where the panel meets")
        self.contacts.setFocus()

    def values(self) -> ArrangeEntry:
        start = self.starts_at.time().toPython()
        assert isinstance(start, time)
        return ArrangeEntry(ticked(self.contacts), ticked(self.agencies), picked_day(self.held_on),
                            start, self.venue.text())

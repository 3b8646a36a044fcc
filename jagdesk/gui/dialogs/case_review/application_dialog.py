"""An ASB case review application, new or as saved (to correct it): the applicant (a person on the
register, or a name; or someone applying on the victim's behalf, with the victim's consent), how
and when it came in, the problem, the complaints behind it, and the people, hotspots, cases and
ASB interventions it is about.

When the complaints, with those on the victim's other applications, hold a second incident in six
months, the dialog prompts the officer, as the 2025 guidance asks, to tell the victim about the
case review and to give a single point of contact."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from jagdesk.domain.case_review.rules import RECEIVED_HOW
from jagdesk.gui.dialogs.case_review.cells import (
    add_cells,
    cell_day,
    cell_id,
    cell_text,
    choice_cell,
    day_cell,
    table_columns,
    text_cell,
)
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.case_review.ui_application_dialog import Ui_ApplicationDialog
from jagdesk.gui.widgets.ticks import fill_ticks, ticked
from jagdesk.services.case_review.applications import ApplicationInput, ComplaintInput
from jagdesk.services.case_review.choices import ApplicationChoices
from jagdesk.services.case_review.rows import CaseReviewDetail

# The prompt of the 2025 guidance, for the people and incident days entered; "" for none.
Prompt = Callable[[Iterable[uuid.UUID | None], list[date]], str]
PROMPT_STYLE = "background: #fff4ce; color: #3b2f00; padding: 6px; border: 1px solid #c8a600;"
NOT_ON_REGISTER = "(not on the register)"


class ApplicationDialog(RecordDialog):
    """Record a new application, or change one saved (`initial`); Save refuses it, nothing
    recorded, while the complaints are out of order, missing or in the future."""

    def __init__(self, save: Save, found: ApplicationChoices, prompt: Prompt, today: date,
                 parent: QWidget | None = None, initial: CaseReviewDetail | None = None) -> None:
        self.ui = ui = Ui_ApplicationDialog()
        super().__init__(f"Change the application {initial.reference}" if initial
                         else "New ASB case review application", save, parent, ui)
        self.received_on, self.received_how = ui.received_on, ui.received_how
        self.applicant, self.applicant_name = ui.applicant_id, ui.applicant_name
        self.on_behalf, self.victim, self.consent_on = ui.on_behalf, ui.victim_id, ui.consent_on
        self.contact, self.problem, self.complaints = ui.contact_id, ui.problem, ui.complaints
        self.prompt_label, self.prompt, self.today = ui.prompt, prompt, today
        people = [(name, i) for i, name in found.people]
        choices(self.received_how, [(how.capitalize(), how) for how in RECEIVED_HOW], RECEIVED_HOW[0])
        choices(self.applicant, [(NOT_ON_REGISTER, None), *people], None)
        choices(self.victim, [("(the applicant)", None), *people], None)
        choices(self.contact, [("(none yet)", None), *((n, i) for i, n in found.contacts)], None)
        self.agencies = [("(agency)", None), *((n, i) for i, n in found.agencies)]
        for day in (self.received_on, self.consent_on):
            show_day(day, today)
        self.applicant_name.setPlaceholderText("When the applicant is not on the register")
        self.problem.setPlaceholderText("The behaviour the applicant has reported")
        table_columns(self.complaints, ("Incident", "Reported", "Agency", "Reference", "Hate"),
                      (112, 112, 190, 110, 60))
        fill_ticks(ui.person_ids, found.people, set())
        fill_ticks(ui.hotspot_ids, found.hotspots, set())
        fill_ticks(ui.case_ids, found.cases, set())
        fill_ticks(ui.intervention_ids, found.interventions, set())
        self.prompt_label.setStyleSheet(PROMPT_STYLE)
        self.prompt_label.hide()
        ui.add_complaint.clicked.connect(lambda: self.add_complaint())
        ui.remove_complaint.clicked.connect(self._on_remove_complaint_clicked)
        self.on_behalf.toggled.connect(self._on_behalf_toggled)
        for combo in (self.applicant, self.victim):
            combo.currentIndexChanged.connect(lambda _i: self.update_prompt())
        self._on_behalf_toggled(False)
        if initial is not None:
            self.show_saved(initial)
        self.received_on.setFocus()

    def show_saved(self, saved: CaseReviewDetail) -> None:
        """The application as saved: its applicant, complaints and links, to be corrected."""
        ui = self.ui
        show_day(self.received_on, saved.row.received_on)
        # With no items to add, choices() only shows the item holding the saved value.
        choices(self.received_how, [], saved.received_how)
        choices(self.applicant, [], saved.applicant_id)
        if saved.applicant_id is None:
            self.applicant_name.setText(saved.applicant)
        self.on_behalf.setChecked(saved.on_behalf)
        choices(self.victim, [], saved.victim_id)
        if saved.consent_on:
            show_day(self.consent_on, saved.consent_on)
        choices(self.contact, [], saved.contact_id)
        self.problem.setPlainText(saved.row.problem)
        for c in saved.row.complaints:
            self.add_complaint(c.incident_on, c.reported_on, c.agency, c.agency_reference, c.hate_incident,
                               c.description)
        for box, kind in ((ui.person_ids, "person"), (ui.hotspot_ids, "hotspot"), (ui.case_ids, "case"),
                          (ui.intervention_ids, "intervention")):
            linked = {link.id for link in saved.links if link.kind == kind}
            for n in range(box.count()):
                if box.item(n).data(Qt.ItemDataRole.UserRole) in linked:
                    box.item(n).setCheckState(Qt.CheckState.Checked)

    def _on_behalf_toggled(self, on: bool) -> None:
        self.victim.setEnabled(on)
        self.consent_on.setEnabled(on)

    def add_complaint(self, incident_on: date | None = None, reported_on: date | None = None,
                      agency: str = "", reference: str = "", hate: bool = False,
                      description: str = "") -> int:
        """A new complaint row (today's dates unless given); its number. Its description, which the
        table has no room for, rides on its reference cell so that a correction keeps it."""
        row = add_cells(self.complaints, day_cell(incident_on or self.today),
                        day_cell(reported_on or self.today),
                        choice_cell(self.agencies, next(
                            (i for n, i in self.agencies if agency and n == agency), None)),
                        text_cell(reference, "Their reference"),
                        choice_cell([("No", False), ("Yes", True)], hate))
        self.complaints.cellWidget(row, 3).setProperty("description", description)
        for column in (0, 1):
            edit = self.complaints.cellWidget(row, column)
            assert isinstance(edit, QDateEdit)
            edit.dateChanged.connect(lambda _d: self.update_prompt())
        self.update_prompt()
        return row

    def _on_remove_complaint_clicked(self) -> None:
        if self.complaints.currentRow() >= 0:
            self.complaints.removeRow(self.complaints.currentRow())
            self.update_prompt()

    def update_prompt(self) -> None:
        """Show the guidance's prompt when this is the victim's second report in six months."""
        days = [cell_day(self.complaints, row, 0) for row in range(self.complaints.rowCount())]
        text = self.prompt((self.applicant.currentData(), self.victim.currentData()), days)
        self.prompt_label.setText(text)
        self.prompt_label.setVisible(bool(text))

    def _complaint(self, row: int) -> ComplaintInput:
        hate = self.complaints.cellWidget(row, 4)
        assert isinstance(hate, QComboBox)
        return ComplaintInput(cell_day(self.complaints, row, 0), cell_day(self.complaints, row, 1),
                              cell_id(self.complaints, row, 2), cell_text(self.complaints, row, 3),
                              bool(hate.currentData()),
                              str(self.complaints.cellWidget(row, 3).property("description") or ""))

    def values(self) -> ApplicationInput:
        ui, behalf = self.ui, self.on_behalf.isChecked()
        applicant = self.applicant.currentData()
        return ApplicationInput(
            received_on=picked_day(self.received_on),
            complaints=tuple(self._complaint(row) for row in range(self.complaints.rowCount())),
            problem=self.problem.toPlainText(), received_how=str(self.received_how.currentData()),
            applicant_id=applicant, applicant_name="" if applicant else self.applicant_name.text(),
            on_behalf=behalf, victim_id=self.victim.currentData() if behalf else None,
            consent_on=picked_day(self.consent_on) if behalf else None,
            contact_id=self.contact.currentData(), person_ids=ticked(ui.person_ids),
            hotspot_ids=ticked(ui.hotspot_ids), case_ids=ticked(ui.case_ids),
            intervention_ids=ticked(ui.intervention_ids))

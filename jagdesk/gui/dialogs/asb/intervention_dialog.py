"""An intervention: its kind first, then only the fields that kind needs (whom or what it is about,
its dates, who signed it, the warning it follows), from the people register and reference lists;
and the cases, hotspots and wards it is linked to."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QWidget

from jagdesk.domain.asb.powers import POWERS, Power
from jagdesk.domain.asb.vocabulary import Kind, Rank, Subject
from jagdesk.gui.dialogs.asb.person_search import picked_person, searchable_people
from jagdesk.gui.dialogs.common.fields import Save, choices, picked_day, show_day
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.forms.asb.ui_intervention_dialog import Ui_InterventionDialog
from jagdesk.gui.widgets.ticks import fill_ticks, ticked
from jagdesk.services.asb.choices import Choice, FormChoices
from jagdesk.services.asb.drawn_area import area_sentence
from jagdesk.services.asb.types import InterventionInput

SUBJECT_TEXT = {Subject.PERSON: "a person", Subject.PREMISES: "premises", Subject.AREA: "an area"}


def _power(kind: Kind) -> Power:
    """The latest version of the power in the book, for which fields it asks (the rules judge the
    version in force on the day when saving)."""
    return [power for power in POWERS if power.kind == kind][-1]


def _moment(value: datetime | None, today: date) -> QDateTime:
    shown = value or datetime(today.year, today.month, today.day, 12, 0)
    return QDateTime.fromString(shown.strftime("%Y-%m-%dT%H:%M"), "yyyy-MM-ddTHH:mm")


def _picked_moment(edit: QWidget) -> datetime:
    value = edit.dateTime().toPython()  # type: ignore[attr-defined]
    assert isinstance(value, datetime)
    return value.replace(second=0, microsecond=0)


def _fill(combo: QComboBox, items: tuple[Choice, ...], current: uuid.UUID | None, none: str) -> None:
    choices(combo, [(none, None), *items], current)


class InterventionDialog(RecordDialog):
    """A new intervention (`initial` its kind, person and links), or one saved (`editing`)."""

    def __init__(self, save: Save, initial: InterventionInput, lists: FormChoices, today: date,
                 editing: bool = False, parent: QWidget | None = None) -> None:
        self.ui = ui = Ui_InterventionDialog()
        super().__init__("Change the intervention" if editing else "New intervention", save, parent, ui)
        self.initial, self.lists, self.today = initial, lists, today
        ui.intro.setText("Its kind stays as recorded; its start and status change through its steps "
                         "(offered, signed, granted...)." if editing else
                         "Choose the kind first: the form then asks only what that power needs. "
                         "Its start and status are set by its steps (offered, signed, granted...).")
        drawn = area_sentence(initial.area)
        if drawn and not editing:
            ui.intro.setText(f"{drawn[:-1]}: it is kept with the intervention when it is about an area "
                             "(a PSPO, a dispersal authorisation). Name the area and choose the kind.")
        choices(ui.kind, [(kind.label, kind.value) for kind in Kind], initial.kind)
        ui.kind.setEnabled(not editing)  # a saved record's kind never changes
        searchable_people(ui.person_id, lists.people, initial.person_id)
        _fill(ui.officer_id, lists.officers, initial.officer_id, "(none)")
        _fill(ui.lead_agency_id, lists.agencies, initial.lead_agency_id, "(none)")
        _fill(ui.locality_id, lists.localities, initial.locality_id, "(none)")
        choices(ui.signed_rank, [("(not recorded)", ""), *((r.value, r.value) for r in Rank)],
                initial.signed_rank)
        ui.premises.setText(initial.premises)
        ui.place.setText(initial.place)
        if initial.area:
            ui.place.setPlaceholderText("A name for the area drawn, as the register lists it")
        show_day(ui.opened_on, initial.opened_on)
        for field in ("ends_on", "review_on", "yot_consulted_on", "comply_by"):
            getattr(ui, field).set_value(getattr(initial, field))
        ui.indefinite.setChecked(initial.indefinite)
        ui.housing.setChecked(initial.housing)
        for field in ("starts_at", "ends_at", "hearing_at"):
            getattr(ui, field).setDateTime(_moment(getattr(initial, field), today))
        ui.signed_by.setText(initial.signed_by)
        ui.summary.setPlainText(initial.summary)
        ui.summary.setPlaceholderText("What happened, as the letters quote it")
        # The links are (id, name) ticks; the lists here are (name, id) as the drop-downs take them.
        for box, items, linked in ((ui.case_ids, lists.cases, initial.case_ids),
                                   (ui.hotspot_ids, lists.hotspots, initial.hotspot_ids),
                                   (ui.ward_ids, lists.wards, initial.ward_ids)):
            fill_ticks(box, [(i, name) for name, i in items], set(linked))
        self._kind_changed()
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        ui.subject.currentIndexChanged.connect(self._subject_changed)
        (ui.opened_on if editing else ui.kind).setFocus()

    def kind(self) -> Kind:
        return Kind(self.ui.kind.currentData())

    def _kind_changed(self) -> None:
        ui, kind = self.ui, self.kind()
        power = _power(kind)
        current = ui.subject.currentData() or self.initial.subject
        ui.subject.blockSignals(True)
        ui.subject.clear()
        subjects = [s for s in Subject if s in power.subjects]
        choices(ui.subject, [(SUBJECT_TEXT[s], s.value) for s in subjects], current)
        ui.subject.blockSignals(False)
        hours = power.max_hours is not None
        shown = {
            ui.subject: len(subjects) > 1,
            ui.indefinite: power.indefinite,
            ui.ends_on: not hours, ui.review_on: not hours,
            ui.starts_at: hours, ui.ends_at: hours,
            ui.hearing_at: power.hearing_within_hours is not None,
            ui.signed_by: power.lowest_rank is not None, ui.signed_rank: power.lowest_rank is not None,
            ui.yot_consulted_on: power.youth_consultation,
            ui.housing: kind == Kind.CIVIL_INJUNCTION,
            ui.comply_by: kind in (Kind.CPW, Kind.CPN),
            ui.follows_id: kind in (Kind.CPN, Kind.CLOSURE_ORDER),
        }
        for widget, visible in shown.items():
            self._show_row(widget, visible)
        prior = Kind.CPW if kind == Kind.CPN else Kind.CLOSURE_NOTICE
        earlier = self.lists.earlier.get(prior.value, ())
        ui.follows_id.clear()
        _fill(ui.follows_id, earlier, self.initial.follows_id, "(none)")
        usual = f" (usually {power.usual_months} months from signing if left unset)" \
            if power.usual_months else ""
        ui.ends_on.setToolTip(f"When it ends{usual}")
        self._subject_changed()

    def _subject_changed(self) -> None:
        ui = self.ui
        subject = ui.subject.currentData()
        for widget, wanted in ((ui.person_id, Subject.PERSON), (ui.premises, Subject.PREMISES),
                               (ui.place, Subject.AREA)):
            self._show_row(widget, subject == wanted)

    def _show_row(self, field: QWidget, visible: bool) -> None:
        holder = field.parentWidget()
        assert holder is not None  # each field sits in its holder with its refusal's label
        self.form.setRowVisible(holder, visible)

    def values(self) -> InterventionInput:
        ui, kind = self.ui, self.kind()
        power = _power(kind)
        hours = power.max_hours is not None
        subject = ui.subject.currentData()
        return replace(
            self.initial, kind=kind.value, subject=subject, opened_on=picked_day(ui.opened_on),
            person_id=picked_person(ui.person_id) if subject == Subject.PERSON else None,
            premises=ui.premises.text() if subject == Subject.PREMISES else "",
            place=ui.place.text() if subject == Subject.AREA else "",
            area=self.initial.area if subject == Subject.AREA else None,
            ends_on=None if hours else ui.ends_on.value(),
            indefinite=ui.indefinite.isChecked() and power.indefinite,
            review_on=None if hours else ui.review_on.value(),
            starts_at=_picked_moment(ui.starts_at) if hours else None,
            ends_at=_picked_moment(ui.ends_at) if hours else None,
            hearing_at=_picked_moment(ui.hearing_at) if power.hearing_within_hours else None,
            signed_by=ui.signed_by.text() if power.lowest_rank else "",
            signed_rank=ui.signed_rank.currentData() if power.lowest_rank else "",
            yot_consulted_on=ui.yot_consulted_on.value() if power.youth_consultation else None,
            housing=ui.housing.isChecked() and kind == Kind.CIVIL_INJUNCTION,
            comply_by=ui.comply_by.value() if kind in (Kind.CPW, Kind.CPN) else None,
            follows_id=ui.follows_id.currentData() if kind in (Kind.CPN, Kind.CLOSURE_ORDER) else None,
            officer_id=ui.officer_id.currentData(), lead_agency_id=ui.lead_agency_id.currentData(),
            locality_id=ui.locality_id.currentData(), summary=ui.summary.toPlainText(),
            case_ids=ticked(ui.case_ids), hotspot_ids=ticked(ui.hotspot_ids), ward_ids=ticked(ui.ward_ids))

    def show_errors(self, errors: dict[str, str]) -> None:
        """Whom or what it is about is refused at the field that names them (person, premises or
        area), the only one of the three shown."""
        subject = errors.get("subject")
        if subject is not None:
            field = {Subject.PERSON: "person", Subject.PREMISES: "premises", Subject.AREA: "place"}.get(
                self.ui.subject.currentData(), "subject")
            errors = {(field if key == "subject" else key): text for key, text in errors.items()}
        super().show_errors(errors)

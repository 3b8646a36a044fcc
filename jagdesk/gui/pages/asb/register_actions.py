"""What the register page's buttons do: each opens its dialog, saves through the ASB services in
its own unit of work, and shows the record saved; a breach then says what it suggests next, with a
button that starts that intervention for the same person."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from jagdesk.domain.asb.lifecycle import NEXT_KINDS, next_step
from jagdesk.domain.asb.vocabulary import Kind, Status, a
from jagdesk.errors import ValidationError
from jagdesk.gui import export_files, prompts
from jagdesk.gui.dialogs.asb.breach_dialog import BreachDialog
from jagdesk.gui.dialogs.asb.intervention_dialog import InterventionDialog
from jagdesk.gui.dialogs.asb.letter_dialog import LetterDialog
from jagdesk.gui.dialogs.asb.settings_dialog import SettingsDialog
from jagdesk.gui.dialogs.asb.step_dialog import StepDialog
from jagdesk.gui.dialogs.asb.term_dialog import TermDialog
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.asb import letter_writing
from jagdesk.services.asb.breaches import record_breach
from jagdesk.services.asb.choices import form_choices
from jagdesk.services.asb.interventions import delete_intervention, save_intervention
from jagdesk.services.asb.letters import shipped_templates
from jagdesk.services.asb.settings import get_asb_settings, save_asb_settings
from jagdesk.services.asb.status import change_status, extend_intervention
from jagdesk.services.asb.types import InterventionInput
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from jagdesk.gui.pages.asb.asb_page import AsbPage

# The template a letter to a person starts from, by the kind of their intervention.
LETTER_TEMPLATES = {Kind.WARNING_LETTER_1: "warning-letter-1", Kind.WARNING_LETTER_2: "warning-letter-2",
                    Kind.ABC: "abc-invitation"}


class RegisterActions:
    """The register page's dialogs and what follows them."""

    def __init__(self, page: AsbPage) -> None:
        self.page = page
        self._suggested: InterventionInput | None = None

    def _run(self, use_case: Any) -> Any:
        """A dialog's save: the use case on the entry, in its own unit of work."""
        return lambda entry: call(self.page.store, lambda uow: use_case(uow, entry))

    # Interventions ----------------------------------------------------------------------------------
    def new_intervention(self, initial: InterventionInput | None = None) -> None:
        """A new intervention: `initial` its kind and person (a breach's suggestion), else blank."""
        page, today = self.page, self.page.day()
        lists = attempt(page, page.store, lambda uow: form_choices(uow, today))
        if lists is None:
            return
        start = initial or InterventionInput(Kind.WARNING_LETTER_1.value, "person", today)
        saved = InterventionDialog.ask(page, self._run(lambda uow, data: save_intervention(
            uow, data, today=today)), start, lists, today)
        if saved is not None:
            page.hide_suggestion()
            page.after_save(saved.id, f"{saved.reference} recorded: {a(saved.kind_title)} about "
                                      f"{saved.subject_name}, {saved.status}.")

    def edit(self) -> None:
        page, data, today = self.page, self.page.view_data, self.page.day()
        if data is None:
            return
        lists = attempt(page, page.store, lambda uow: form_choices(uow, today))
        if lists is None:
            return
        row = data.detail.row
        saved = InterventionDialog.ask(page, self._run(lambda uow, entry: save_intervention(
            uow, replace(entry, status=""), row.id, row.version, today)), data.detail.data, lists, today,
            editing=True)
        if saved is not None:
            page.after_save(saved.id, f"{saved.reference} saved.")

    def show_on_map(self) -> None:
        """The map page fitted to the intervention's drawn area, outlined."""
        from jagdesk.gui.pages.places.map_page import MapPage  # the map's modules are big: when asked

        data = self.page.view_data
        window = self.page.window()
        pages = getattr(window, "page", None)
        if data is None or not data.detail.data.area or not callable(pages):
            return
        page = pages(MapPage)
        window.show_page(window.pages.index(page))  # type: ignore[attr-defined]
        page.show_area(data.detail.data.area, f"{data.detail.row.reference} {data.detail.row.kind_title}")

    def delete(self) -> None:
        page, data = self.page, self.page.view_data
        if data is None:
            return
        row = data.detail.row
        if not prompts.confirm(page, f"Delete {row.reference} ({row.kind_title} about {row.subject_name}) "
                                     "with its terms, breaches and history?"):
            return

        def gone(uow: UnitOfWork) -> bool:
            delete_intervention(uow, row.id, row.version)
            return True
        if attempt(page, page.store, gone):
            page.refresh()
            page.tell(f"{row.reference} deleted.")

    def step(self, status: str) -> None:
        """The next step of the intervention's life (offered, signed, granted, extended...)."""
        page, data, today = self.page, self.page.view_data, self.page.day()
        if data is None:
            return
        row = data.detail.row

        def save(uow: UnitOfWork, entry: Any) -> Any:
            if entry.status == Status.EXTENDED.value and entry.ends_on is not None:
                return extend_intervention(uow, row.id, entry.ends_on, entry.changed_on, row.version,
                                           entry.note, today)
            if entry.status == Status.EXTENDED.value:
                raise ValidationError({"ends_on": "Give the day the extended order ends."})
            return change_status(uow, row.id, entry.status, entry.changed_on, row.version, entry.note,
                                 today)
        saved = StepDialog.ask(page, self._run(save), f"{row.reference} {row.kind_title}",
                               data.detail.next_statuses, status, today)
        if saved is not None:
            page.after_save(saved.id, f"{saved.reference} is {saved.status}.")

    def term(self) -> None:
        page, data, today = self.page, self.page.view_data, self.page.day()
        if data is None:
            return
        row, entered = data.detail.row, data.detail.data
        saved = TermDialog.ask(page, self._run(lambda uow, term: save_intervention(
            uow, replace(entered, status="", terms=(*entered.terms, term)), row.id, row.version, today)),
            f"{row.reference} {row.kind_title}")
        if saved is not None:
            page.after_save(saved.id, f"Term added to {saved.reference}.")

    # Breaches and what they suggest ---------------------------------------------------------------------
    def breach(self) -> None:
        page, data, today = self.page, self.page.view_data, self.page.day()
        if data is None:
            return
        row = data.detail.row
        saved = BreachDialog.ask(page, self._run(lambda uow, entry: record_breach(
            uow, row.id, entry, row.version, today)), f"{row.reference} {row.kind_title}",
            data.detail.terms, today)
        if saved is None:
            return
        page.after_save(row.id, f"Breach of {row.reference} recorded.")
        kind = Kind(row.kind)
        follow = NEXT_KINDS.get(kind)
        self._suggested = None
        button = ""
        if follow is not None and row.person_id is not None:
            self._suggested = InterventionInput(follow.value, "person", today, person_id=row.person_id,
                                                case_ids=data.detail.data.case_ids,
                                                summary=f"Follows the breach of {row.reference} on "
                                                        f"{saved.breached_on:%d/%m/%Y}.")
            button = f"Start {a(follow.label)} for {row.subject_name}…"
        page.show_suggestion(f"Breach of {row.reference} recorded. Suggested next step: {next_step(kind)}",
                             button)

    def follow_suggestion(self) -> None:
        """Start the intervention the last breach suggested, for the same person."""
        if self._suggested is not None:
            self.new_intervention(self._suggested)

    # Letters and settings --------------------------------------------------------------------------
    def letter(self, to_roads: bool = False) -> None:
        page, data, today = self.page, self.page.view_data, self.page.day()
        lists = attempt(page, page.store, lambda uow: form_choices(uow, today))
        if lists is None:
            return
        row = data.detail.row if data is not None and not to_roads else None
        template = "residents-letter" if row is None else LETTER_TEMPLATES.get(Kind(row.kind),
                                                                               "warning-letter-1")
        folder = export_files.suggested("letters").parent
        about = row.id if row is not None else None
        written = LetterDialog.ask(page, self._run(lambda uow, entry: letter_writing.write(
            uow, entry, about, today)), shipped_templates(), lists.people,
            row.person_id if row else None, template, folder, row.officer if row else "")
        if written:
            page.refresh()
            what = f"{len(written)} files" if len(written) > 1 else written[0].name
            page.tell(f"Letters written to {written[0].parent}: {what}.")
            export_files.written(page, written[0], "the letters" if len(written) > 1 else "the letter")

    def settings(self) -> None:
        page = self.page
        found = attempt(page, page.store, get_asb_settings)
        if found is None:
            return
        saved = SettingsDialog.ask(page, self._run(lambda uow, entry: save_asb_settings(
            uow, entry, found.version)), found.settings)
        if saved is not None:
            page.refresh()
            page.tell("ASB settings saved: the register is judged by them from now.")



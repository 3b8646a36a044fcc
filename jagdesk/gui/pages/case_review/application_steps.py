"""The steps of an application run from the case reviews page: each a dialog whose Save runs the
service in its own unit of work (refused with one sentence, nothing changed), then the letter and
the published figures written through the exports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from jagdesk.exports.case_review.figures_pdf import write_figures_pdf
from jagdesk.exports.case_review.letter_docx import write_letter_docx
from jagdesk.exports.common.csv_export import write_table
from jagdesk.gui import export_files
from jagdesk.gui.dialogs.case_review.acknowledge_dialog import AcknowledgeDialog
from jagdesk.gui.dialogs.case_review.application_dialog import ApplicationDialog
from jagdesk.gui.dialogs.case_review.arrange_dialog import ArrangeDialog
from jagdesk.gui.dialogs.case_review.contact_dialog import ContactDialog
from jagdesk.gui.dialogs.case_review.decision_dialog import DecisionDialog
from jagdesk.gui.dialogs.case_review.escalation_dialog import EscalationDialog
from jagdesk.gui.dialogs.case_review.figures_dialog import FiguresDialog
from jagdesk.gui.dialogs.case_review.outcome_dialog import OutcomeDialog
from jagdesk.gui.dialogs.case_review.pcc_dialog import PccDialog
from jagdesk.gui.dialogs.case_review.review_dialog import ReviewDialog
from jagdesk.gui.operations import attempt, call
from jagdesk.services.case_review import decisions, review
from jagdesk.services.case_review.applications import save_case_review
from jagdesk.services.case_review.choices import (
    ApplicationChoices,
    application_choices,
    second_report_prompt,
)
from jagdesk.services.case_review.figures import case_review_figures, export_case_review_figures
from jagdesk.services.case_review.letter import export_letter, letter_template
from jagdesk.services.case_review.rows import CaseReviewDetail

if TYPE_CHECKING:
    from jagdesk.gui.pages.case_review.case_reviews_page import CaseReviewsPage


CHOOSING = ("arrange", "review", "contact", "edit")
EMPTY = ApplicationChoices((), (), (), (), (), ())


class ApplicationSteps:
    """Runs a step of the page's chosen application (or a new one, or the figures)."""

    def __init__(self, page: CaseReviewsPage) -> None:
        self.page = page

    def run(self, step: str) -> None:
        """Open the dialog of `step` and show what it saved."""
        page, today = self.page, self.page.day()
        if step == "new":
            self._new()
            return
        if step == "figures":
            self.export_figures()
            return
        detail = page.detail
        if detail is None:
            return
        rid, version, saving = detail.id, detail.version, page.saving
        # The contacts and agencies to choose from, for the steps that name people.
        found = attempt(page, page.store, application_choices) if step in CHOOSING else EMPTY
        if found is None:
            return
        saved: Any
        if step == "acknowledge":
            due = next((s.due_on for s in detail.steps if s.step == "acknowledge"), None)
            saved = AcknowledgeDialog.ask(page, saving(lambda uow, day: decisions.acknowledge(
                uow, rid, version, day, today)), detail.reference, due, today)
        elif step == "decide":
            saved = DecisionDialog.ask(page, saving(lambda uow, e: decisions.decide(
                uow, rid, version, e.decided_on, e.other_grounds, today)), detail, today)
        elif step == "pcc":
            saved = PccDialog.ask(page, saving(lambda uow, e: decisions.request_pcc_review(
                uow, rid, version, e.requested_on, e.outcome, e.outcome_on, today)), detail, today)
        elif step == "arrange":
            saved = ArrangeDialog.ask(page, saving(lambda uow, e: review.arrange_review(
                uow, rid, version, e.contact_ids, e.agency_ids, e.held_on, e.starts_at, e.venue,
                today)), detail, found.contacts, found.agencies, today)
        elif step == "review":
            saved = ReviewDialog.ask(page, saving(lambda uow, e: review.hold_review(
                uow, rid, version, e.held_on, e.summary, e.recommendations, today)),
                detail, found.contacts, today)
        elif step == "outcome":
            saved = self._outcome(detail)
        elif step == "contact":
            saved = ContactDialog.ask(page, saving(lambda uow, contact: decisions.set_contact(
                uow, rid, version, contact, today)), detail, found.contacts)
        elif step == "letter":
            self.write_letter(detail)
            return
        elif step == "edit":
            saved = ApplicationDialog.ask(page, saving(lambda uow, data: save_case_review(
                uow, data, rid, version, today)), found, self._prompt, today, initial=detail)
        else:
            saved = EscalationDialog.ask(page, saving(lambda uow, e: review.escalate(
                uow, rid, version, e.escalated_on, e.outcome, e.outcome_on, today)), detail, today)
        page.after_step(saved, f"{detail.reference}: {saved.row.status}." if saved else "")

    def _new(self) -> None:
        page, today = self.page, self.page.day()
        found = attempt(page, page.store, application_choices)
        if found is None:
            return
        saved = ApplicationDialog.ask(page, page.saving(lambda uow, data: save_case_review(
            uow, data, today=today)), found, self._prompt, today)
        page.after_step(saved, f"Application recorded: {saved.reference}." if saved else "")

    def _prompt(self, people: Any, days: list[Any]) -> str:
        """The 2025 guidance's prompt for the people and incident days in the dialog."""
        page = self.page
        return call(page.store, lambda uow: second_report_prompt(uow, people, days, page.day()))

    def _outcome(self, detail: CaseReviewDetail) -> CaseReviewDetail | None:
        """The outcome sent (the review's day and summary kept), then the letter if asked for."""
        page, today = self.page, self.page.day()
        asked: list[bool] = []

        def save(uow: Any, entry: Any) -> CaseReviewDetail:
            asked.append(entry.write_letter)
            assert detail.review_held_on is not None
            return review.record_review(uow, detail.id, detail.version, detail.review_held_on,
                                        detail.review_summary, entry.sent_on, today)
        saved: CaseReviewDetail | None = OutcomeDialog.ask(page, page.saving(save), detail, today)
        if saved is not None and asked and asked[-1]:
            self.write_letter(saved)
        return saved

    def write_letter(self, detail: CaseReviewDetail) -> Path | None:
        """The letter to the applicant, in Word from the partnership's template."""
        page = self.page
        target, _ = QFileDialog.getSaveFileName(
            page, "Letter to the applicant",
            str(export_files.suggested(f"Case review {detail.reference} letter.docx")), "Word (*.docx)")
        if not target:
            return None
        path = Path(target)
        letter = call(page.store, lambda uow: export_letter(uow, detail.id, path, page.day()))

        def write() -> Path:
            write_letter_docx(letter, letter_template(), path)
            return path
        written = export_files.attempt_writing(page, path, write)
        if written is not None:
            export_files.written(page, path, f"the letter for {detail.reference}")
        return written

    def export_figures(self) -> None:
        """The published figures for a period, as CSV or a one-page PDF."""
        page = self.page

        def count(first: Any, last: Any) -> Any:
            return call(page.store, lambda uow: case_review_figures(uow, first, last, page.day()))

        def save(entry: Any) -> Path | None:
            name = f"ASB case review figures {entry.first:%Y-%m-%d} to {entry.last:%Y-%m-%d}.{entry.suffix}"
            target, _ = QFileDialog.getSaveFileName(
                page, "Export the published figures", str(export_files.suggested(name)),
                "PDF (*.pdf)" if entry.suffix == "pdf" else "CSV (*.csv)")
            if not target:
                return None
            path = Path(target)
            figures = call(page.store, lambda uow: export_case_review_figures(
                uow, entry.first, entry.last, path, page.day()))

            def write() -> Path:
                if entry.suffix == "pdf":
                    write_figures_pdf(figures, path)
                else:
                    write_table(path, figures)
                return path
            return export_files.attempt_writing(page, path, write)
        written = FiguresDialog.ask(page, save, count, page.day())
        if written is not None:
            export_files.written(page, written, "the ASB case review figures")

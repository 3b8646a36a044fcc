"""ASB case reviews (the Community Trigger): the applications with their threshold and next due
date, one in full beside the list, and a button for each step valid at its stage, from receipt
to the outcome letter and any escalation; the published figures for a year."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QGridLayout, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from jagdesk.domain.common.day_text import uk_day
from jagdesk.domain.common.wording import plural
from jagdesk.gui import prompts
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, done
from jagdesk.gui.pages.case_review.application_html import application_html
from jagdesk.gui.pages.case_review.application_steps import ApplicationSteps
from jagdesk.gui.pages.common.steps_page import StepsPage
from jagdesk.gui.widgets.record_table import late_table
from jagdesk.services.case_review.applications import (
    delete_case_review,
    get_case_review,
    list_application_lines,
)
from jagdesk.services.case_review.choices import linked_interventions
from jagdesk.services.case_review.rows import ApplicationLine, CaseReviewDetail
from jagdesk.store.opening import Store


def _next_due(line: ApplicationLine) -> str:
    step = line.next_step
    if step is None:
        return ""
    return f"{uk_day(step.due_on)} {step.step}" + (" LATE" if step.overdue else "")


COLUMNS = [
    Column("Reference", lambda r: r.row.reference),
    Column("Applicant", lambda r: r.applicant),
    Column("Received", lambda r: uk_day(r.row.received_on)),
    Column("Threshold", lambda r: r.threshold_text),
    Column("Next due", _next_due),
    Column("Stage", lambda r: r.row.status),
]
# (step, button text), in the order of an application's life.
# Their access keys clash neither with the menus (F, E, G, H) nor the table's New, Next step, Delete.
STEPS = (("acknowledge", "&Acknowledge…"), ("decide", "Decide on the &threshold…"),
         ("pcc", "&PCC review…"), ("arrange", "Arrange the re&view…"),
         ("review", "Record the &review held…"), ("outcome", "Send the &outcome…"),
         ("letter", "&Letter to the applicant…"), ("escalate", "Es&calation…"),
         ("contact", "S&ingle point of contact…"), ("edit", "&Modify the application…"),
         ("figures", "Pu&blished figures…"))
# What each step is, for its button's tooltip.
TIPS = {"acknowledge": "Record the day the application was acknowledged",
        "decide": "Decide whether the threshold is met, as the complaints give it or on other grounds",
        "pcc": "The applicant asks the Police and Crime Commissioner to review a 'not met' decision",
        "arrange": "Name the panel and add the review meeting to the meetings, the panel invited",
        "review": "Record the review held and its recommendations (actions in the action log)",
        "outcome": "Record the outcome sent and write the letter to the applicant (Word)",
        "letter": "Write the letter to the applicant (Word) from the partnership's template",
        "escalate": "The applicant asks for the review to be looked at again, and its outcome",
        "contact": "Give the applicant the single point of contact the guidance asks for",
        "edit": "Correct the applicant, the complaints and what the application is linked to",
        "figures": "The yearly figures for the council's website: counts only, CSV or PDF"}


class CaseReviewsPage(StepsPage):
    """The ASB case review applications and the steps of each."""

    title = "Case reviews"

    def __init__(self, store: Store, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(store, parent, today)
        self.table = late_table("Case review applications", "application", COLUMNS,
                                lambda line: bool(line.row.overdue))
        self.table.set_empty_text("No applications yet: press New when someone asks for an ASB case "
                                  "review (the Community Trigger).")
        self.table.edit_button.setText("Next &step…")
        self.detail: CaseReviewDetail | None = None
        self.text = QTextBrowser()
        self.text.setAccessibleName("The application in full")
        # Its tables take the pane's width: a sideways bar would only appear while it is resized.
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Its linked records open in their own pages, not in the pane.
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self.open_link)
        self.steps = ApplicationSteps(self)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, (name, label) in enumerate(STEPS):
            button = QPushButton(label)
            button.setToolTip(TIPS[name])
            button.clicked.connect(lambda _=False, step=name: self.steps.run(step))
            self.buttons[name] = button
            grid.addWidget(button, n // 3, n % 3)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text, 1)
        column.addLayout(grid)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        self.table.new_requested.connect(self.new_record)
        self.table.edit_requested.connect(lambda _row: self.open_next_step())
        self.table.current_changed.connect(self._show_selected)
        self.table.delete_requested.connect(self.delete_application)
        self._show_selected(None)

    def refresh(self) -> None:
        lines = attempt(self, self.store, lambda uow: list_application_lines(uow, self.day()))
        if lines is not None:
            self.table.set_rows(lines)
        self._show_selected(self.table.current_row())

    def _show_selected(self, line: ApplicationLine | None) -> None:
        found = None if line is None else attempt(self, self.store, lambda uow: (
            get_case_review(uow, line.id, self.day()), linked_interventions(uow, line.id)))
        self.detail = found[0] if found else None
        self.text.setHtml(application_html(self.detail, found[1] if found else ()))
        valid = self.valid_steps(self.detail)
        for name, button in self.buttons.items():
            button.setEnabled(name in valid)

    @staticmethod
    def valid_steps(detail: CaseReviewDetail | None) -> set[str]:
        """The steps that can be taken at the application's stage (the figures: always)."""
        if detail is None:
            return {"figures"}
        d = detail
        met = bool(d.row.threshold_met) and d.decided_on is not None or d.pcc_outcome == "overturned"
        steps = {"figures", "contact", "edit"}
        steps |= {"acknowledge"} if d.acknowledged_on is None else set()
        steps |= {"decide"} if d.decided_on is None else {"letter"}
        steps |= {"pcc"} if d.decided_on is not None and not met and not d.pcc_outcome else set()
        steps |= {"arrange"} if met and d.review_meeting_id is None and d.review_held_on is None \
            else set()
        steps |= {"review"} if met and d.review_held_on is None else set()
        steps |= {"outcome"} if d.review_held_on is not None and d.outcome_sent_on is None else set()
        steps |= {"escalate"} if d.outcome_sent_on is not None and d.escalation_outcome_on is None \
            else set()
        return steps

    def open_link(self, url: QUrl) -> bool:
        """Open a linked record (jagdesk:KIND/ID) at its page: an ASB intervention in the register,
        a person, hotspot or case in theirs. False when nothing could open it."""
        kind, _, value = url.path().partition("/")
        try:
            record_id = uuid.UUID(value)
        except ValueError:
            return False
        window = self.window()
        if kind == "intervention":
            opener = getattr(window, "show_intervention", None)
            if opener is None:
                return False
            opener(record_id)
            return True
        # The page that shows such a record; found by what it can show, so no page imports another.
        method = {"person": "show_person", "hotspot": "show_hotspot", "case": "show_case"}.get(kind)
        pages = list(getattr(window, "pages", []))
        page = next((p for p in pages if method and hasattr(p, method)), None)
        if page is None:
            return False
        window.show_page(pages.index(page))  # type: ignore[attr-defined]
        return bool(getattr(page, method)(record_id))  # type: ignore[arg-type]

    def exports(self) -> list[tuple[str, Callable[[], object]]]:
        return [("Export the ASB case review &figures…", lambda: self.steps.run("figures"))]

    def new_record(self) -> None:
        """A new application, with the complaints behind it."""
        self.steps.run("new")

    def delete_application(self, line: ApplicationLine | None) -> None:
        """Delete an application entered by mistake, after asking (its review meeting stays)."""
        if line is None or not prompts.confirm(
                self, f"Delete the case review application {line.row.reference}, with its complaints "
                      "and links? Its review meeting, if any, stays in the meetings."):
            return
        if done(self, self.store, lambda uow: delete_case_review(uow, line.id, line.row.version)):
            self.refresh()
            self.tell(f"Deleted {line.row.reference}.")

    def open_next_step(self) -> None:
        """Enter: the next step of the chosen application in the order of its life."""
        if self.detail is None:
            return
        valid = self.valid_steps(self.detail)
        step = next((name for name, _label in STEPS if name in valid and name not in
                     ("figures", "letter", "pcc", "contact", "edit")), None)
        if step is None:
            self.tell(f"{self.detail.reference} is {self.detail.row.status}: "
                      f"{plural(len(self.detail.recommendations), 'recommendation')}, nothing due now.")
            return
        self.steps.run(step)

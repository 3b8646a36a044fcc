"""The case sheet: everything a partner reads about a case, gathered for the PDF and Word writers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jagdesk.domain.problem_solving.vocabulary import SCANNING_SOURCES, CaseSheet, SheetAction
from jagdesk.services.common.access import record_export
from jagdesk.services.problem_solving.actions import ActionRow
from jagdesk.services.problem_solving.cases import find_case
from jagdesk.services.problem_solving.evidence import before_after, monthly_counts, repeats, triangle
from jagdesk.store.uow import UnitOfWork


def owner_text(name: str, agency: str) -> str:
    """An owner as the sheet prints it: "PC Aisha Rahman (Hertfordshire Constabulary)"."""
    if name and agency:
        return f"{name} ({agency})"
    return name or agency


def _sheet_action(action: ActionRow) -> SheetAction:
    return SheetAction(
        reference=action.reference, description=action.description, side=action.side,
        technique=action.technique_title, owner=owner_text(action.owner_name, action.agency_name),
        due_on=action.due_on, status=action.status, overdue=action.overdue,
        latest_update=action.latest_update,
    )


def build_case_sheet(uow: UnitOfWork, reference: str, today: date | None = None) -> CaseSheet:
    """The sheet for the case with this reference (NotFoundError when there is none).

    `today` is the date printed on the sheet and the day actions are judged overdue against.
    """
    printed_on = today if today is not None else date.today()
    case = find_case(uow, reference, printed_on)
    return CaseSheet(
        reference=case.reference, title=case.name, status=case.status, opened_on=case.opened_on,
        review_on=case.review_on, owner=owner_text(case.owner_name, case.owner_agency),
        locality=case.locality_name, agencies=tuple(a.name for a in case.agencies),
        behaviour=case.behaviour, place=case.place, time_pattern=case.time_pattern,
        objective=case.objective, objective_measure=case.objective_measure,
        objective_target=case.objective_target, objective_due_on=case.objective_due_on,
        scanning_sources=tuple(SCANNING_SOURCES.get(key, key) for key in case.scanning_sources),
        scanning_notes=case.scanning_notes,
        monthly=monthly_counts(uow, case.id),
        triangle=triangle(uow, case.id),
        repeats=repeats(uow, case.id),
        actions=tuple(_sheet_action(action) for action in case.actions),
        before_after=before_after(uow, case.id),
        assessment_result=case.assessment_result, assessment_notes=case.assessment_notes,
        closed_on=case.closed_on, closed_reason=case.closed_reason, printed_on=printed_on,
    )


def export_case_sheet(uow: UnitOfWork, reference: str, path: Path | None = None) -> CaseSheet:
    """The sheet to write to `path`, its export recorded in the access log."""
    sheet = build_case_sheet(uow, reference)
    record_export(uow, f"Case sheet {sheet.reference}", sheet.marking, False, path)
    return sheet

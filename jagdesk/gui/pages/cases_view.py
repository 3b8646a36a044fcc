"""What the case page shows of a case: the case and its evidence read together, its heading, and
the small values its tables show."""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass

from jagdesk.domain.problem_solving.vocabulary import BeforeAfter, CaseStatus, MonthlyCounts, Repeat, Triangle
from jagdesk.gui.pages.cases_overview import Choices
from jagdesk.gui.pages.cases_parts import day
from jagdesk.services.hotspots.hotspots import list_hotspots
from jagdesk.services.problem_solving import cases as svc
from jagdesk.services.problem_solving import evidence
from jagdesk.services.reference.agencies import list_agencies, list_contacts
from jagdesk.services.reference.localities import list_localities
from jagdesk.store.uow import UnitOfWork


class OpenCount(int):
    """A number of open actions, shown as "2 open" in a narrow column but sorted as a number."""

    def __str__(self) -> str:
        return f"{int(self)} open"


@dataclass(frozen=True)
class CaseView:
    """A case and the evidence drawn for it, read in one unit of work."""

    detail: svc.CaseDetail
    triangle: Triangle
    repeats: tuple[Repeat, ...]
    monthly: MonthlyCounts | None
    before_after: BeforeAfter | None
    no_figures: str | None  # why there are no before/after figures, if there are none
    lists: Choices


def read_case(uow: UnitOfWork, case_id: uuid.UUID) -> CaseView:
    return CaseView(svc.get_case(uow, case_id), evidence.triangle(uow, case_id),
                    evidence.repeats(uow, case_id), evidence.monthly_counts(uow, case_id),
                    evidence.before_after(uow, case_id), evidence.before_after_problem(uow, case_id),
                    Choices(list_contacts(uow), list_localities(uow), list_agencies(uow),
                            list_hotspots(uow)))


def heading_html(detail: svc.CaseDetail) -> str:
    """The case's reference and title, then its status, owner and review date (red when past)."""
    status = CaseStatus(detail.status).label if detail.status in set(CaseStatus) else detail.status
    if detail.status == CaseStatus.CLOSED and detail.closed_on:
        status += f" on {day(detail.closed_on)}"
    parts = [status]
    if detail.owner_name:
        parts.append(f"owner {html.escape(detail.owner_name)}")
    if detail.review_on:
        review = f"review {day(detail.review_on)}"
        parts.append(f"<span style='color: #b00020'>{review} (overdue)</span>"
                     if detail.review_overdue else review)
    return (f"<b style='font-size: 12pt'>{html.escape(detail.reference)} "
            f"{html.escape(detail.name)}</b><br>{' · '.join(parts)}")

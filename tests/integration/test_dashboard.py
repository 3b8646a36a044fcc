"""The dashboard on SQLite and PostgreSQL: exactly the cases past review and the actions overdue
on the day asked about, with the counts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest

from jagdesk.services.dashboard import CaseReviewDue, OverdueAction, dashboard
from jagdesk.store.models import Action, Agency, Contact, ProblemCase
from jagdesk.store.opening import Store

TODAY = date(2021, 3, 4)


@dataclass(frozen=True)
class Ids:
    police: uuid.UUID
    council: uuid.UUID
    aisha: uuid.UUID  # a police contact
    priya: uuid.UUID  # a council contact


def _case(reference: str, name: str, owner: uuid.UUID | None, review_on: date | None,
          status: str = "open") -> ProblemCase:
    return ProblemCase(id=uuid.uuid4(), reference=reference, name=name, status=status,
                       opened_on=date(2020, 11, 5), review_on=review_on, owner_id=owner)


def _action(reference: str, case: ProblemCase | None, due_on: date | None, status: str = "open",
            owner: uuid.UUID | None = None, agency: uuid.UUID | None = None) -> Action:
    return Action(reference=reference, description=f"Action {reference}",
                  case_id=case.id if case else None, due_on=due_on, status=status,
                  owner_contact_id=owner, owner_agency_id=agency,
                  completed_on=due_on if status == "done" else None)


@pytest.fixture
def ids(store: Store) -> Ids:
    police = Agency(id=uuid.uuid4(), name="Hertfordshire Constabulary", agency_type="police")
    council = Agency(id=uuid.uuid4(), name="Hertsmere Borough Council", agency_type="council")
    aisha = Contact(id=uuid.uuid4(), agency_id=police.id, name="PC Aisha Rahman")
    priya = Contact(id=uuid.uuid4(), agency_id=council.id, name="Priya Raman")
    with store.unit_of_work() as uow:
        uow.session.add_all([police, council])
        uow.session.flush()
        uow.session.add_all([aisha, priya])
        uow.commit()
    return Ids(police.id, council.id, aisha.id, priya.id)


@pytest.fixture
def cases(store: Store, ids: Ids) -> None:
    """Cases and actions either side of TODAY, and the ones that never count."""
    parade = _case("PS-2020-003", "Street drinking at the Shenley Road parade", ids.aisha,
                   date(2021, 2, 25), "in progress")
    burglary = _case("PS-2021-001", "Repeat burglaries, Bushey Heath", None, date(2021, 3, 3))
    due_today = _case("PS-2021-002", "Reviewed today", ids.priya, TODAY)
    later = _case("PS-2021-003", "Reviewed next week", ids.priya, date(2021, 3, 11), "monitoring")
    no_review = _case("PS-2021-004", "No review date yet", ids.priya, None)
    closed = _case("PS-2020-001", "Closed long ago", ids.priya, date(2020, 12, 3), "closed")
    with store.unit_of_work() as uow:
        uow.session.add_all([parade, burglary, due_today, later, no_review, closed])
        uow.session.flush()
        uow.session.add_all([
            # Overdue: open and due before today.
            _action("PS-2020-003/02", parade, date(2021, 1, 29), owner=ids.priya,
                    agency=ids.council),
            _action("PS-2021-001/01", burglary, date(2021, 3, 3), owner=ids.aisha),  # agency from owner
            _action("JAG-2021-02/01", None, date(2021, 2, 18)),  # no case, no owner
            _action("PS-2020-001/04", closed, date(2020, 12, 1), owner=ids.priya),  # left open on closing
            # Not overdue.
            _action("PS-2020-003/03", parade, TODAY, owner=ids.priya),
            _action("PS-2020-003/04", parade, date(2021, 3, 31), owner=ids.priya),
            _action("PS-2020-003/05", parade, None, owner=ids.priya),
            _action("PS-2020-003/06", parade, date(2021, 1, 8), "done", owner=ids.priya),
            _action("PS-2020-003/07", parade, date(2021, 1, 8), "cancelled", owner=ids.priya),
        ])
        uow.commit()


def test_only_cases_past_their_review_date_and_actions_past_due_are_listed(
    store: Store, cases: None
) -> None:
    with store.unit_of_work() as uow:
        found = dashboard(uow, TODAY)
    assert found.section("case_reviews").rows == (
        CaseReviewDue("PS-2020-003", "Street drinking at the Shenley Road parade", "PC Aisha Rahman",
                      date(2021, 2, 25), 7),
        CaseReviewDue("PS-2021-001", "Repeat burglaries, Bushey Heath", "", date(2021, 3, 3), 1),
    )
    assert found.section("overdue_actions").rows == (
        OverdueAction("PS-2020-001/04", "Action PS-2020-001/04", "Priya Raman",
                      "Hertsmere Borough Council", date(2020, 12, 1), 93, "PS-2020-001"),
        OverdueAction("PS-2020-003/02", "Action PS-2020-003/02", "Priya Raman",
                      "Hertsmere Borough Council", date(2021, 1, 29), 34, "PS-2020-003"),
        OverdueAction("JAG-2021-02/01", "Action JAG-2021-02/01", "", "", date(2021, 2, 18), 14, ""),
        OverdueAction("PS-2021-001/01", "Action PS-2021-001/01", "PC Aisha Rahman",
                      "Hertfordshire Constabulary", date(2021, 3, 3), 1, "PS-2021-001"),
    )
    counts = found.counts
    assert (counts.open_cases, counts.cases_past_review) == (5, 2)
    assert (counts.open_actions, counts.overdue_actions) == (7, 4)


def test_a_day_later_the_reviews_and_actions_due_today_are_overdue_too(
    store: Store, cases: None
) -> None:
    with store.unit_of_work() as uow:
        found = dashboard(uow, date(2021, 3, 5))
    assert [row.reference for row in found.section("case_reviews").rows] == [
        "PS-2020-003", "PS-2021-001", "PS-2021-002"]
    assert [row.days_overdue for row in found.section("case_reviews").rows] == [8, 2, 1]
    assert "PS-2020-003/03" in [row.reference for row in found.section("overdue_actions").rows]
    assert found.counts.overdue_actions == 5


def test_an_empty_store_says_there_is_nothing_to_chase(store: Store) -> None:
    with store.unit_of_work() as uow:
        found = dashboard(uow, TODAY)
    assert [(s.title, s.rows, s.empty_text) for s in found.sections] == [
        ("Cases past their review date", (), "No cases are past their review date."),
        ("Actions overdue", (), "No actions are overdue."),
    ]
    assert (found.today, found.counts.open_cases, found.counts.open_actions) == (TODAY, 0, 0)


def test_without_a_day_the_dashboard_is_as_of_today(store: Store, cases: None) -> None:
    with store.unit_of_work() as uow:
        found = dashboard(uow)
    assert found.today == date.today()
    # Every review date and due date above is in 2021: all are long past now.
    assert found.counts.cases_past_review == 4
    assert found.counts.overdue_actions == 6

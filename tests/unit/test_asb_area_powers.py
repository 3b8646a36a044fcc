"""The rules of the ASB powers over a place rather than a person: the PSPO and its extensions, the
dispersal authorisation, and the closure notice and order, each limit at, below and above its
boundary."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from jagdesk.domain.asb.lifecycle import extension_problem
from jagdesk.domain.asb.rules import Facts, law_on, refusals
from jagdesk.domain.asb.vocabulary import Kind, Rank, Subject
from tests.support.asb_facts import DAY, area, person

# --- PSPO ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("ends", "refused"), [
    (date(2027, 6, 10), False), (date(2027, 6, 9), False), (date(2027, 6, 11), True)])
def test_a_pspo_lasts_at_most_three_years(ends: date, refused: bool) -> None:
    assert bool(refusals(area(Kind.PSPO, ends_on=ends))) is refused


@pytest.mark.parametrize(("new", "refused"), [
    (date(2030, 6, 10), False), (date(2030, 6, 9), False), (date(2030, 6, 11), True),
    (date(2027, 6, 10), True)])
def test_each_pspo_extension_is_at_most_three_years(new: date, refused: bool) -> None:
    facts = area(Kind.PSPO, ends_on=date(2027, 6, 10))
    problem = extension_problem(facts, law_on(facts), date(2027, 6, 10), new)  # type: ignore[arg-type]
    assert (problem is not None) is refused
    # And again from the new end: extensions may repeat.
    assert extension_problem(facts, law_on(facts), date(2030, 6, 10), date(2033, 6, 10)) is None  # type: ignore[arg-type]


# --- Dispersal -------------------------------------------------------------------------------------

AT = datetime(2024, 6, 10, 18, 0)


@pytest.mark.parametrize(("hours", "refused"), [(48, False), (47, False), (49, True)])
def test_a_dispersal_authorisation_lasts_at_most_48_hours(hours: int, refused: bool) -> None:
    facts = area(Kind.DISPERSAL_AUTHORISATION, starts_at=AT, ends_at=AT + timedelta(hours=hours),
                 rank=Rank.INSPECTOR)
    assert bool(refusals(facts)) is refused


@pytest.mark.parametrize(("rank", "refused"), [
    (Rank.SERGEANT, True), (Rank.INSPECTOR, False), (Rank.CHIEF_INSPECTOR, False),
    (Rank.COUNCIL_OFFICER, True), (None, True)])
def test_a_dispersal_authorisation_is_signed_by_an_inspector_or_above(rank: Rank | None,
                                                                      refused: bool) -> None:
    facts = area(Kind.DISPERSAL_AUTHORISATION, starts_at=AT, ends_at=AT + timedelta(hours=24), rank=rank)
    found = refusals(facts)
    assert bool(found) is refused
    if rank == Rank.SERGEANT:
        assert found == ["A Dispersal authorisation is signed by a police inspector or above, not a "
                         "sergeant."]


# --- Closure notice and order ----------------------------------------------------------------------


def premises(kind: Kind, **more: object) -> Facts:
    return Facts(kind, Subject.PREMISES, DAY, DAY, **more)  # type: ignore[arg-type]


@pytest.mark.parametrize(("rank", "hours", "refused"), [
    (Rank.INSPECTOR, 24, False), (Rank.INSPECTOR, 23, False), (Rank.INSPECTOR, 25, True),
    (Rank.COUNCIL_OFFICER, 25, True), (Rank.SUPERINTENDENT, 48, False),
    (Rank.SUPERINTENDENT, 49, True), (Rank.COUNCIL_CHIEF_EXECUTIVE, 48, False),
    (Rank.COUNCIL_CHIEF_EXECUTIVE, 47, False), (Rank.COUNCIL_CHIEF_EXECUTIVE, 49, True),
    (Rank.SERGEANT, 12, True)])
def test_a_closure_notice_lasts_24_hours_or_48_when_signed_senior(rank: Rank, hours: int,
                                                                   refused: bool) -> None:
    facts = premises(Kind.CLOSURE_NOTICE, starts_at=AT, ends_at=AT + timedelta(hours=hours), rank=rank)
    assert bool(refusals(facts)) is refused


@pytest.mark.parametrize(("hours", "refused"), [(48, False), (47, False), (49, True)])
def test_a_closure_notice_is_heard_within_48_hours_of_service(hours: int, refused: bool) -> None:
    facts = premises(Kind.CLOSURE_NOTICE, starts_at=AT, ends_at=AT + timedelta(hours=24),
                     rank=Rank.INSPECTOR, hearing_at=AT + timedelta(hours=hours))
    found = refusals(facts)
    assert bool(found) is refused
    if refused:
        assert found == ["The court must hear a Closure notice within 48 hours of service: by 12 Jun 2024 "
                         "18:00, not 12 Jun 2024 19:00."]


@pytest.mark.parametrize(("ends", "refused"), [
    (date(2024, 9, 10), False), (date(2024, 9, 9), False), (date(2024, 9, 11), True)])
def test_a_closure_order_lasts_at_most_three_months(ends: date, refused: bool) -> None:
    assert bool(refusals(premises(Kind.CLOSURE_ORDER, ends_on=ends))) is refused


@pytest.mark.parametrize(("new", "refused"), [
    (date(2024, 12, 10), False), (date(2024, 12, 9), False), (date(2024, 12, 11), True)])
def test_a_closure_order_is_extended_to_at_most_six_months_in_all(new: date, refused: bool) -> None:
    facts = premises(Kind.CLOSURE_ORDER, ends_on=date(2024, 9, 10))
    problem = extension_problem(facts, law_on(facts), date(2024, 9, 10), new)  # type: ignore[arg-type]
    assert (problem is not None) is refused


def test_an_abc_is_not_extended() -> None:
    facts = person(Kind.ABC)
    assert extension_problem(facts, law_on(facts), DAY, DAY + timedelta(30)) == (  # type: ignore[arg-type]
        "An Acceptable Behaviour Contract is not extended; make a new one.")

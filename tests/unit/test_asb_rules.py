"""The rules of the table of ASB powers: each limit at, below and above its boundary, judged by the
law in force on the record's date; lifecycles, terms, extensions, breaches and warnings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from jagdesk.domain.asb.lifecycle import warnings_on
from jagdesk.domain.asb.powers import POWERS, Power, Settings
from jagdesk.domain.asb.rules import (
    Facts,
    Prior,
    computed_ends_on,
    law_on,
    months_after,
    next_review_on,
    refusals,
)
from jagdesk.domain.asb.vocabulary import Kind, Status, Subject, a
from tests.support.asb_facts import DAY, person


def test_months_after_keeps_the_day_or_the_month_end() -> None:
    assert months_after(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert months_after(date(2024, 6, 10), 12) == date(2025, 6, 10)
    assert months_after(date(2024, 11, 30), 3) == date(2025, 2, 28)


# --- Minimum ages, on the intervention's date ------------------------------------------------------


@pytest.mark.parametrize(("kind", "minimum"), [
    (Kind.ABC, 10), (Kind.CIVIL_INJUNCTION, 10), (Kind.CBO, 10), (Kind.DISPERSAL_DIRECTION, 10),
    (Kind.CPW, 16), (Kind.CPN, 16), (Kind.RESPECT_ORDER, 18),
])
def test_minimum_age_at_below_and_above(kind: Kind, minimum: int) -> None:
    book = tuple(replace(p, commenced_on=date(2020, 1, 1)) if p.commenced_on is None else p for p in POWERS)
    extra: dict[str, object] = {"yot_consulted_on": DAY, "prior": Prior(Kind.CPW, DAY - timedelta(1))}
    at = person(kind, minimum, **extra)
    below = person(kind, minimum, days=-1, **extra)  # their birthday is tomorrow
    above = person(kind, minimum + 1, **extra)

    def age_refusals(facts: Facts) -> list[str]:
        return [r for r in refusals(facts, book) if "at least" in r and "on 10 Jun 2024" in r]

    assert age_refusals(at) == [] and age_refusals(above) == []
    [sentence] = age_refusals(below)
    assert sentence == (f"{a(kind.label, True)} needs the person to be at least {minimum} on 10 Jun 2024; "
                        f"they were {minimum - 1}.")


def test_the_age_is_taken_on_the_day_it_starts_not_today() -> None:
    facts = Facts(Kind.ABC, Subject.PERSON, DAY, date(2024, 7, 1), date_of_birth=date(2014, 6, 20))
    assert refusals(facts) == []  # 10 on 1 Jul 2024, though 9 when it was proposed
    assert refusals(replace(facts, starts_on=date(2024, 6, 19)))[0].endswith("they were 9.")


def test_a_person_without_date_of_birth_is_asked_for_it() -> None:
    facts = Facts(Kind.ABC, Subject.PERSON, DAY, DAY)
    assert refusals(facts) == ["Enter the person's date of birth: an Acceptable Behaviour Contract needs "
                               "them to be at least 10 on 10 Jun 2024."]


def test_a_cpw_on_a_body_has_no_age() -> None:
    assert refusals(Facts(Kind.CPW, Subject.PREMISES, DAY, DAY)) == []
    assert refusals(Facts(Kind.PSPO, Subject.PERSON, DAY, DAY)) == [
        "A Public Spaces Protection Order is about an area, not a person."]


# --- ABC --------------------------------------------------------------------------------------------


def test_abc_runs_six_months_reviewed_at_three_by_default() -> None:
    facts = person(Kind.ABC)
    power = law_on(facts)
    assert computed_ends_on(facts, power) == date(2024, 12, 10)
    assert next_review_on(facts, power, DAY) == date(2024, 9, 10)


def test_abc_settings_where_councils_differ() -> None:
    facts = person(Kind.ABC)
    power = law_on(facts, settings=Settings(abc_months=12, abc_review_months=4))
    assert computed_ends_on(facts, power) == date(2025, 6, 10)
    assert next_review_on(facts, power, DAY) == date(2024, 10, 10)


@pytest.mark.parametrize(("ends", "review", "warned"), [
    (date(2024, 12, 10), date(2024, 9, 10), 0),
    (date(2024, 12, 11), date(2024, 9, 10), 1),
    (date(2024, 12, 9), date(2024, 9, 10), 1),
    (date(2024, 12, 10), date(2024, 9, 11), 1),
    (date(2024, 12, 10), date(2024, 9, 9), 0),
])
def test_abc_length_and_review_warn_at_their_boundaries(ends: date, review: date, warned: int) -> None:
    facts = person(Kind.ABC, ends_on=ends, review_on=review)
    assert refusals(facts) == []
    found = warnings_on(facts, law_on(facts), Status.IN_FORCE, ends, review, DAY)
    assert len(found) == warned, found


# --- Legacy ASBO -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("applied", "refused"), [
    (date(2014, 10, 19), False), (date(2014, 10, 20), True), (date(2014, 10, 21), True)])
def test_an_asbo_applied_for_on_or_after_20_october_2014_is_refused(applied: date, refused: bool) -> None:
    facts = Facts(Kind.ASBO, Subject.PERSON, applied, date(2014, 12, 1), date(2017, 1, 1),
                  date_of_birth=date(1990, 1, 1))
    found = refusals(facts)
    assert bool(found) is refused
    if refused:
        assert found == [f"An Anti-Social Behaviour Order (legacy) cannot be applied for on or after 20 Oct "
                         f"2014, when it was abolished ({applied.day} Oct 2014 given); use the 2014 "
                         "Act's powers."]


@pytest.mark.parametrize(("ends", "refused"), [
    (date(2016, 6, 1), False), (date(2016, 5, 31), True), (date(2016, 6, 2), False)])
def test_an_asbo_lasts_at_least_two_years(ends: date, refused: bool) -> None:
    facts = Facts(Kind.ASBO, Subject.PERSON, date(2014, 5, 1), date(2014, 6, 1), ends,
                  date_of_birth=date(1990, 1, 1))
    assert bool(refusals(facts)) is refused


# --- Civil injunction ------------------------------------------------------------------------------


@pytest.mark.parametrize(("ends", "refused"), [
    (date(2025, 6, 10), False), (date(2025, 6, 9), False), (date(2025, 6, 11), True)])
def test_a_youth_injunction_lasts_at_most_twelve_months(ends: date, refused: bool) -> None:
    facts = person(Kind.CIVIL_INJUNCTION, 15, ends_on=ends, yot_consulted_on=DAY)
    found = refusals(facts)
    assert bool(found) is refused
    if refused:
        assert found == ["A Civil Injunction for someone under 18 lasts at most 1 year: from 10 Jun "
                         "2024 it must end by 10 Jun 2025, not 11 Jun 2025."]


def test_an_adult_injunction_may_run_longer_or_until_further_order() -> None:
    assert refusals(person(Kind.CIVIL_INJUNCTION, 18, ends_on=date(2027, 1, 1))) == []
    assert refusals(person(Kind.CIVIL_INJUNCTION, 18, indefinite=True)) == []
    assert refusals(person(Kind.CIVIL_INJUNCTION, 17, indefinite=True, yot_consulted_on=DAY)) == [
        "A Civil Injunction for someone under 18 cannot run until further order: give its end date."]


@pytest.mark.parametrize(("consulted", "refused"), [
    (DAY, False), (DAY - timedelta(1), False), (DAY + timedelta(1), True), (None, True)])
def test_a_youth_injunction_needs_the_yot_consulted_before_the_application(
        consulted: date | None, refused: bool) -> None:
    facts = person(Kind.CIVIL_INJUNCTION, 16, ends_on=date(2025, 1, 1), yot_consulted_on=consulted)
    found = refusals(facts)
    assert bool(found) is refused
    if refused:
        assert found == ["For someone under 18, record the youth offending team's consultation on or "
                         "before the application (10 Jun 2024)."]


def test_an_injunction_before_part_1_commenced_is_refused() -> None:
    facts = Facts(Kind.CIVIL_INJUNCTION, Subject.PERSON, date(2015, 3, 22), date(2015, 3, 22),
                  date_of_birth=date(1980, 1, 1))
    assert refusals(facts) == ["The Civil Injunction was not in force on 22 Mar 2015: it commenced on "
                               "23 Mar 2015."]
    assert refusals(replace(facts, opened_on=date(2015, 3, 23), starts_on=date(2015, 3, 23))) == []


def test_the_respect_order_is_refused_until_its_commencement_is_in_the_data() -> None:
    facts = person(Kind.RESPECT_ORDER, 30)
    assert refusals(facts) == ["The Respect Order has not commenced: its commencement date is not yet in "
                               "the reference data of the powers, so none can be recorded."]
    # A later change in the law is a data update: the commencement filled in, adults' injunctions
    # then only for housing.
    commenced = date(2024, 1, 1)
    book = tuple(
        replace(p, commenced_on=commenced) if p.kind == Kind.RESPECT_ORDER else p for p in POWERS
    ) + (Power(Kind.CIVIL_INJUNCTION, commenced, "2014 Act Part 1 as amended", min_age=10,
               indefinite=True, youth_max_months=12, youth_consultation=True, power_of_arrest=True,
               adults_replaced_on=commenced),)
    assert refusals(facts, book) == []
    adult = person(Kind.CIVIL_INJUNCTION, 30, indefinite=True)
    assert refusals(adult, book) == ["From 1 Jan 2024 an adult's civil injunction is only for housing; "
                                     "apply for a Respect Order instead."]
    assert refusals(replace(adult, housing=True), book) == []
    assert refusals(person(Kind.CIVIL_INJUNCTION, 16, ends_on=DAY, yot_consulted_on=DAY), book) == []
    # Records dated before the change keep the law of their day.
    assert refusals(replace(adult, opened_on=date(2023, 1, 5), starts_on=date(2023, 1, 5))) == []


# --- CBO -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("ends", "refused"), [
    (date(2026, 6, 10), False), (date(2026, 6, 9), True), (date(2026, 6, 11), False)])
def test_an_adult_cbo_lasts_at_least_two_years(ends: date, refused: bool) -> None:
    assert bool(refusals(person(Kind.CBO, 25, ends_on=ends))) is refused


def test_an_adult_cbo_may_be_indefinite_a_youths_not() -> None:
    assert refusals(person(Kind.CBO, 25, indefinite=True)) == []
    assert refusals(person(Kind.CBO, 17, indefinite=True)) == [
        "A Criminal Behaviour Order for someone under 18 cannot run until further order: give its end date."]


@pytest.mark.parametrize(("ends", "refused"), [
    (date(2025, 6, 9), True), (date(2025, 6, 10), False), (date(2025, 6, 11), False),
    (date(2027, 6, 9), False), (date(2027, 6, 10), False), (date(2027, 6, 11), True)])
def test_a_youth_cbo_lasts_one_to_three_years(ends: date, refused: bool) -> None:
    assert bool(refusals(person(Kind.CBO, 14, ends_on=ends))) is refused


def test_a_youth_cbo_is_reviewed_every_year() -> None:
    facts = person(Kind.CBO, 14, ends_on=date(2027, 6, 10))
    power = law_on(facts)
    assert next_review_on(facts, power, DAY) == date(2025, 6, 10)
    assert next_review_on(facts, power, date(2025, 6, 11)) == date(2026, 6, 10)
    assert next_review_on(person(Kind.CBO, 30, indefinite=True), power, DAY) is None


def test_a_cbo_is_judged_under_the_law_of_its_day() -> None:
    assert law_on(person(Kind.CBO)) is not None
    assert "Sentencing Code" in law_on(person(Kind.CBO)).legal_basis  # type: ignore[union-attr]
    old = Facts(Kind.CBO, Subject.PERSON, date(2019, 1, 1), date(2019, 1, 1), indefinite=True,
                date_of_birth=date(1980, 1, 1))
    assert "2014 Part 2" in law_on(old).legal_basis  # type: ignore[union-attr]
    too_early = replace(old, opened_on=date(2014, 10, 19), starts_on=date(2014, 10, 19))
    assert refusals(too_early) == ["The Criminal Behaviour Order was not in force on 19 Oct 2014: it "
                                   "commenced on 20 Oct 2014."]


# --- CPW then CPN ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("comply_by", "refused"), [
    (DAY - timedelta(1), False), (DAY, True), (DAY + timedelta(1), True), (None, True)])
def test_a_cpn_only_after_a_warning_whose_time_to_comply_has_passed(
        comply_by: date | None, refused: bool) -> None:
    found = refusals(person(Kind.CPN, 40, prior=Prior(Kind.CPW, comply_by)))
    assert bool(found) is refused
    if refused:
        assert found[0].startswith("A Community Protection Notice may follow the Community Protection "
                                   "Warning only once its time to comply")


def test_a_cpn_without_a_warning_is_refused() -> None:
    assert refusals(person(Kind.CPN, 40)) == [
        "A Community Protection Notice needs a Community Protection Warning first: link the warning it "
        "follows."]
    assert refusals(person(Kind.CPN, 40, prior=Prior(Kind.ABC, date(2020, 1, 1))))


def test_a_cpw_whose_time_has_passed_is_a_warning() -> None:
    facts = person(Kind.CPW, 40, comply_by=DAY)
    assert warnings_on(facts, law_on(facts), Status.ISSUED, None, None, DAY) == ()
    later = warnings_on(facts, law_on(facts), Status.ISSUED, None, None, DAY + timedelta(1))
    assert later == ("The time to comply (10 Jun 2024) has passed: record whether it was complied "
                     "with, or consider a Community Protection Notice.",)

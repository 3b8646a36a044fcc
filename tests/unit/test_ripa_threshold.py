"""The crime threshold for directed surveillance and the checks on an application."""

from __future__ import annotations

import pytest

from jagdesk.domain.cctv.ripa import DEFAULT_OFFENCES, Offence, application_errors, threshold_problem

BY_NAME = {offence.name: offence for offence in DEFAULT_OFFENCES}


@pytest.mark.parametrize("name", ["Littering", "Dog fouling", "Fly-posting"])
def test_minor_offences_do_not_meet_the_threshold(name: str) -> None:
    problem = threshold_problem(BY_NAME[name])
    assert problem is not None and problem.endswith("so the application is refused.")
    assert "a fine only" in problem and "at least 6 months' imprisonment" in problem


@pytest.mark.parametrize("name", [
    "Sale of alcohol to children", "Allowing the sale of alcohol to children",
    "Persistently selling alcohol to children", "Sale of tobacco to persons under 18",
    "Sale of nicotine products to persons under 18"])
def test_underage_sales_qualify_whatever_their_penalty(name: str) -> None:
    assert BY_NAME[name].max_months == 0
    assert threshold_problem(BY_NAME[name]) is None


def test_six_months_is_the_threshold() -> None:
    assert threshold_problem(Offence("A", "s.1", 6)) is None
    assert threshold_problem(Offence("B", "s.2", 5)) == (
        "B (s.2) carries 5 months' imprisonment: directed surveillance needs an offence with at "
        "least 6 months' imprisonment or an underage sale of alcohol, tobacco or nicotine "
        "products, so the application is refused.")
    assert threshold_problem(BY_NAME["Theft"]) is None
    assert BY_NAME["Theft"].penalty_text == "7 years' imprisonment"


def test_an_officer_directly_involved_needs_a_reason() -> None:
    errors = application_errors("R1", "Op", "", "", "", True, "", 28)
    assert set(errors) == {"involved_reason"}
    assert application_errors("R1", "Op", "", "", "", True, "the only officer of grade", 28) == {}
    assert set(application_errors("", " ", "", "", "", False, "", 0)) == {
        "urn", "operation", "review_interval_days"}


def test_a_life_sentence_is_said_as_such() -> None:
    assert BY_NAME["Supplying a controlled drug"].penalty_text == "life imprisonment"

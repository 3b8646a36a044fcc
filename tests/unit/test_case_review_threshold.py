"""The ASB case review threshold at its edges: 2 and 3 complaints, a complaint reported one day
inside and one day outside the month after its incident, the six-month window, month ends, the
hate incident, the same incident reported twice, and other grounds recorded with their reason."""

from __future__ import annotations

from datetime import date

import pytest

from jagdesk.domain.case_review.settings import CaseReviewSettings, months_after, settings_errors
from jagdesk.domain.case_review.threshold import Complaint, assess_threshold

RECEIVED = date(2026, 9, 15)


def _complaints(*pairs: tuple[date, date], hate: bool = False) -> list[Complaint]:
    return [Complaint(incident, reported, "Police", hate) for incident, reported in pairs]


def _three(first_reported: date = date(2026, 5, 2)) -> list[Complaint]:
    return _complaints((date(2026, 5, 1), first_reported), (date(2026, 6, 1), date(2026, 6, 3)),
                       (date(2026, 7, 1), date(2026, 7, 4)))


def test_three_qualifying_complaints_meet_it() -> None:
    result = assess_threshold(RECEIVED, _three())
    assert result.met and result.computed and not result.on_other_grounds
    assert result.counted == 3
    assert result.summary == ("Threshold met: 3 qualifying complaints reported from 15 Mar 2026 to "
                              "15 Sep 2026 (3 needed).")
    assert len(result.reasons) == 4


def test_two_complaints_do_not() -> None:
    result = assess_threshold(RECEIVED, _three()[:2])
    assert not result.met and result.counted == 2
    assert result.summary.startswith("Threshold not met: 2 qualifying complaints")


def test_a_lower_local_number_is_a_setting() -> None:
    assert assess_threshold(RECEIVED, _three()[:2], CaseReviewSettings(complaints_needed=2)).met


@pytest.mark.parametrize(("incident", "reported", "qualifies"), [
    (date(2026, 5, 1), date(2026, 6, 1), True),  # the same day of the next month: inside
    (date(2026, 5, 1), date(2026, 6, 2), False),  # one day outside
    (date(2026, 1, 31), date(2026, 2, 28), True),  # February has no 31st: its last day
    (date(2026, 1, 31), date(2026, 3, 1), False),
    (date(2024, 1, 31), date(2024, 2, 29), True),  # a leap year's last day of February
    (date(2026, 8, 31), date(2026, 9, 30), True),
    (date(2026, 8, 31), date(2026, 10, 1), False),
    (date(2026, 5, 1), date(2026, 5, 1), True),  # reported the same day
])
def test_reported_within_a_month_of_the_incident(incident: date, reported: date, qualifies: bool) -> None:
    result = assess_threshold(date(reported.year, reported.month, 1).replace(day=28)
                              if reported.day < 28 else reported, _complaints((incident, reported)))
    [check] = result.checks
    assert check.qualifies is qualifies
    if not qualifies:
        assert "not within a month of the incident" in check.why


def test_the_month_boundary_decides_between_two_and_three() -> None:
    inside = _three() + _complaints((date(2026, 8, 1), date(2026, 9, 1)))
    outside = _three()[:2] + _complaints((date(2026, 8, 1), date(2026, 9, 2)))
    assert assess_threshold(RECEIVED, inside).counted == 4
    assert not assess_threshold(RECEIVED, outside).met


@pytest.mark.parametrize(("reported", "counted"), [
    (date(2026, 3, 15), True),  # the same day of the month six months before receipt: inside
    (date(2026, 3, 14), False),  # the day before: outside
])
def test_the_six_month_window(reported: date, counted: bool) -> None:
    complaints = _three(first_reported=reported)
    complaints[0] = Complaint(date(2026, 3, 10), reported, "Council")
    result = assess_threshold(RECEIVED, complaints)
    assert result.met is counted
    assert result.window_from == date(2026, 3, 15)
    if not counted:
        assert "outside the 6 months before the application" in result.checks[0].why


def test_the_window_from_a_month_end() -> None:
    # Received 31 August: six months before is 28 February (it has no 31st).
    assert assess_threshold(date(2026, 8, 31), []).window_from == date(2026, 2, 28)
    assert assess_threshold(date(2028, 8, 31), []).window_from == date(2028, 2, 29)


def test_a_complaint_after_receipt_does_not_count() -> None:
    result = assess_threshold(date(2026, 7, 1), _three())
    assert result.counted == 2
    assert result.checks[-1].why.endswith("after the application was received.")


def test_the_same_incident_reported_to_two_agencies_counts_once() -> None:
    complaints = _three()[:2] + [Complaint(date(2026, 6, 1), date(2026, 6, 5), "Housing")]
    result = assess_threshold(RECEIVED, complaints)
    assert not result.met and result.counted == 2
    assert any("the same incident reported to Police already, counted once" in check.why
               for check in result.checks)


def test_a_single_hate_incident_meets_it() -> None:
    result = assess_threshold(RECEIVED, _complaints((date(2026, 9, 1), date(2026, 9, 2)), hate=True))
    assert result.met and result.counted == 1
    assert result.summary.startswith("Threshold met: a qualifying complaint of a hate incident")
    hate_only = _complaints((date(2026, 9, 1), date(2026, 9, 2)), hate=True)
    assert not assess_threshold(RECEIVED, hate_only, CaseReviewSettings(hate_incident_meets=False)).met


def test_a_hate_incident_reported_late_does_not_meet_it() -> None:
    late = _complaints((date(2026, 7, 1), date(2026, 8, 5)), hate=True)
    assert not assess_threshold(RECEIVED, late).met


def test_other_grounds_need_a_reason_and_say_so() -> None:
    two = _three()[:2]
    assert not assess_threshold(RECEIVED, two, other_grounds="  ").met
    result = assess_threshold(RECEIVED, two, other_grounds="A vulnerable victim, repeat target")
    assert result.met and result.on_other_grounds and not result.computed
    assert result.summary.startswith("Threshold met on other grounds: A vulnerable victim, repeat target")
    # A threshold met by the complaints is not "on other grounds".
    assert not assess_threshold(RECEIVED, _three(), other_grounds="x").on_other_grounds


def test_months_after_keeps_the_day_or_takes_the_month_end() -> None:
    assert months_after(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert months_after(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert months_after(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert months_after(date(2026, 1, 15), -6) == date(2025, 7, 15)


def test_settings_are_checked() -> None:
    assert settings_errors(CaseReviewSettings()) == {}
    errors = settings_errors(CaseReviewSettings(complaints_needed=4, nation="wales", acknowledge_days=0))
    assert set(errors) == {"complaints_needed", "nation", "acknowledge_days"}

"""Every date rule of a RIPA authorisation: three months beginning with the day of approval, month
ends and leap years, renewals from the last day, reviews, and the state on a given day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jagdesk.domain.cctv.ripa_dates import (
    Period,
    Status,
    ending_soon,
    lapsed,
    next_review,
    period_end,
    periods,
    status_on,
)
from jagdesk.domain.cctv.ripa_refusals import (
    approval_problem,
    cancellation_problem,
    installation_problem,
    renewal_problem,
    review_problem,
)


@pytest.mark.parametrize(("approved", "ends"), [
    (date(2026, 1, 1), date(2026, 3, 31)),
    (date(2026, 6, 15), date(2026, 9, 14)),
    (date(2026, 11, 30), date(2027, 2, 28)),  # no 30 February: the last day of February
    (date(2026, 3, 31), date(2026, 6, 30)),  # no 31 June
    (date(2027, 11, 30), date(2028, 2, 29)),  # leap year
    (date(2027, 11, 29), date(2028, 2, 28)),  # 29 February 2028 exists: the day before it
    (date(2026, 11, 29), date(2027, 2, 28)),  # no 29 February 2027
    (date(2026, 11, 28), date(2027, 2, 27)),
    (date(2026, 12, 31), date(2027, 3, 30)),  # over the year's end, 31 March exists
    (date(2026, 10, 31), date(2027, 1, 30)),
    (date(2026, 5, 31), date(2026, 8, 30)),
    (date(2026, 8, 31), date(2026, 11, 30)),  # no 31 November
    (date(2026, 2, 28), date(2026, 5, 27)),
    (date(2028, 2, 29), date(2028, 5, 28)),
    (date(2026, 10, 1), date(2026, 12, 31)),
    (date(2026, 12, 1), date(2027, 2, 28)),
])
def test_an_authorisation_lasts_three_months_beginning_with_its_approval(approved: date,
                                                                        ends: date) -> None:
    assert period_end(approved) == ends


def test_every_day_of_four_years_ends_within_three_calendar_months() -> None:
    day = date(2025, 1, 1)
    while day < date(2029, 1, 1):
        end = period_end(day)
        months = (end.year - day.year) * 12 + end.month - day.month
        assert months in (2, 3)
        assert end > day + timedelta(days=85) and end < day + timedelta(days=93)
        # The next day's period never ends earlier: the rule is monotonic.
        assert period_end(day + timedelta(days=1)) >= end
        day += timedelta(days=1)


def test_a_renewal_starts_on_the_last_day_and_runs_three_months_from_it() -> None:
    first, renewal = periods(date(2026, 6, 15), renewals=1)
    assert first == Period(date(2026, 6, 15), date(2026, 9, 14))
    assert renewal == Period(date(2026, 9, 14), date(2026, 12, 13))


def test_renewals_chain_over_month_ends_and_leap_days() -> None:
    chain = periods(date(2027, 8, 31), renewals=3)
    assert [p.ends_on for p in chain] == [date(2027, 11, 30), date(2028, 2, 29),
                                          date(2028, 5, 28), date(2028, 8, 27)]
    assert all(later.starts_on == earlier.ends_on for earlier, later in zip(chain, chain[1:], strict=False))


def test_reviews_fall_every_four_weeks_from_approval_or_the_last_review() -> None:
    approved, ends = date(2026, 6, 15), date(2026, 9, 14)
    assert next_review(approved, [], ends) == date(2026, 7, 13)
    assert next_review(approved, [date(2026, 7, 10)], ends) == date(2026, 8, 7)
    assert next_review(approved, [date(2026, 7, 10)], ends, interval_days=14) == date(2026, 7, 24)
    # The next review would fall after the last day: cancellation or renewal comes first.
    assert next_review(approved, [date(2026, 8, 20)], ends) is None


def test_the_status_on_each_day() -> None:
    approved, ends = date(2026, 6, 15), date(2026, 9, 14)
    assert status_on(date(2026, 6, 1), "", None, None, None) is Status.PENDING
    assert status_on(date(2026, 6, 14), "approved", approved, ends, None) is Status.PENDING
    assert status_on(approved, "approved", approved, ends, None) is Status.ACTIVE
    assert status_on(ends, "approved", approved, ends, None) is Status.ACTIVE
    assert status_on(date(2026, 6, 20), "refused", None, None, None) is Status.REFUSED
    # Reaching the end without a cancellation is a lapse, never silently "over".
    assert status_on(date(2026, 9, 15), "approved", approved, ends, None) is Status.LAPSED
    assert lapsed(date(2026, 9, 15), ends, None)
    assert not lapsed(ends, ends, None)
    # Cancelled in time: active until the day of cancellation.
    assert status_on(date(2026, 8, 9), "approved", approved, ends, date(2026, 8, 10)) is Status.ACTIVE
    assert status_on(date(2026, 8, 10), "approved", approved, ends,
                     date(2026, 8, 10)) is Status.CANCELLED
    assert status_on(date(2027, 1, 1), "approved", approved, ends,
                     date(2026, 8, 10)) is Status.CANCELLED
    assert not lapsed(date(2027, 1, 1), ends, date(2026, 8, 10))
    assert status_on(ends, "approved", approved, ends, ends) is Status.CANCELLED
    # Cancelled only after the end: it lapsed, and the closing was recorded late.
    late = date(2026, 9, 20)
    assert status_on(date(2026, 9, 16), "approved", approved, ends, late) is Status.LAPSED
    assert status_on(late, "approved", approved, ends, late) is Status.ENDED
    assert lapsed(late, ends, late)


def test_ending_within_fourteen_days() -> None:
    ends = date(2026, 9, 14)
    assert ending_soon(date(2026, 8, 31), Status.ACTIVE, ends)
    assert ending_soon(ends, Status.ACTIVE, ends)
    assert not ending_soon(date(2026, 8, 30), Status.ACTIVE, ends)
    assert not ending_soon(date(2026, 9, 1), Status.CANCELLED, ends)


def test_a_renewal_approved_on_the_last_day_is_in_time_and_the_day_after_is_refused() -> None:
    approved, ends = date(2026, 6, 15), date(2026, 9, 14)
    assert renewal_problem(approved, ends, None, ends) is None
    assert renewal_problem(approved, ends, None, date(2026, 9, 1)) is None
    assert renewal_problem(approved, ends, None, date(2026, 9, 15)) == (
        "The authorisation lapsed at the end of 14/09/2026; a renewal approved on 15/09/2026 is "
        "too late: apply for a new authorisation.")
    assert "cancelled authorisation cannot be renewed" in (
        renewal_problem(approved, ends, date(2026, 8, 1), date(2026, 8, 20)) or "")
    assert renewal_problem(None, None, None, date(2026, 8, 20)) == (
        "Only an authorisation a magistrate has approved can be renewed.")
    assert "before the authorisation itself" in (
        renewal_problem(approved, ends, None, date(2026, 6, 1)) or "")


def test_reviews_and_cancellations_out_of_order_are_refused() -> None:
    approved, ends = date(2026, 6, 15), date(2026, 9, 14)
    assert review_problem(approved, ends, None, date(2026, 7, 13)) is None
    assert review_problem(approved, ends, None, date(2026, 6, 14)) == (
        "A review on 14/06/2026 is before the magistrate's approval on 15/06/2026.")
    assert "after the authorisation ended on 14/09/2026" in (
        review_problem(approved, ends, None, date(2026, 9, 15)) or "")
    assert "ended on 10/08/2026" in (
        review_problem(approved, ends, date(2026, 8, 10), date(2026, 8, 11)) or "")
    assert review_problem(None, None, None, date(2026, 7, 1)) is not None
    assert cancellation_problem(approved, None, date(2026, 6, 14), "done") == (
        "A cancellation on 14/06/2026 cannot be before the magistrate's approval on 15/06/2026.")
    assert cancellation_problem(approved, None, date(2026, 7, 1), " ") == (
        "Give the reason for the cancellation.")
    assert cancellation_problem(approved, date(2026, 7, 1), date(2026, 7, 2), "x") == (
        "The authorisation was already cancelled on 01/07/2026.")
    assert cancellation_problem(approved, None, date(2026, 10, 1), "lapse closed") is None
    assert approval_problem(date(2026, 6, 10), date(2026, 6, 9), "") is not None
    assert approval_problem(date(2026, 6, 10), date(2026, 6, 10), "") is None
    assert "already recorded" in (approval_problem(None, date(2026, 6, 10), "approved") or "")


def test_a_covert_camera_goes_up_and_comes_down_only_within_the_authorised_period() -> None:
    chain = periods(date(2026, 6, 15), renewals=1)
    assert installation_problem(chain, None, date(2026, 6, 15)) is None
    assert installation_problem(chain, None, date(2026, 12, 13), date(2026, 12, 13)) is None
    assert installation_problem((), None, date(2026, 6, 15)) is not None
    assert installation_problem(chain, None, date(2026, 6, 14)) == (
        "A covert camera cannot be installed on 14/06/2026, before the magistrate's approval on "
        "15/06/2026.")
    assert "the authorisation ended on 13/12/2026" in (
        installation_problem(chain, None, date(2026, 12, 14)) or "")
    assert "ended on 01/08/2026" in (installation_problem(chain, date(2026, 8, 1),
                                                          date(2026, 8, 2)) or "")
    assert "must be removed by 13/12/2026" in (
        installation_problem(chain, None, date(2026, 7, 1), date(2026, 12, 14)) or "")

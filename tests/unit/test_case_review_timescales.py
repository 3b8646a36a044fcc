"""Working days across Christmas, New Year and Easter, each nation's bank holidays, and the four
steps' due dates with whether they were met."""

from __future__ import annotations

from datetime import date

import pytest

from jagdesk.domain.case_review.rules import (
    NAME_A_CONTACT,
    PCC_RIGHT,
    application_errors,
    application_prompts,
    pcc_errors,
    review_errors,
    second_report,
)
from jagdesk.domain.case_review.settings import CaseReviewSettings
from jagdesk.domain.case_review.threshold import Complaint
from jagdesk.domain.case_review.timescales import Progress, timescales
from jagdesk.domain.case_review.working_days import (
    Nation,
    add_working_days,
    is_working_day,
    working_days_between,
)


def test_received_before_christmas_is_acknowledged_after_new_year() -> None:
    # Fri 18 Dec 2026: Christmas Day (Fri), Boxing Day observed (Mon 28), New Year's Day (Fri 1 Jan).
    assert add_working_days(date(2026, 12, 18), 10) == date(2027, 1, 6)
    assert add_working_days(date(2026, 12, 18), 15) == date(2027, 1, 13)


@pytest.mark.parametrize(("start", "count", "due"), [
    (date(2026, 12, 24), 1, date(2026, 12, 29)),  # Christmas Eve: the next working day is Tuesday
    (date(2026, 12, 31), 1, date(2027, 1, 4)),  # New Year's Eve: Monday 4 January
    (date(2027, 3, 25), 1, date(2027, 3, 30)),  # Easter 2027: Good Friday 26, Easter Monday 29 March
    (date(2026, 4, 2), 5, date(2026, 4, 13)),  # Easter 2026: Good Friday 3, Easter Monday 6 April
    (date(2026, 6, 5), 1, date(2026, 6, 8)),  # a Friday: the Monday
    (date(2026, 6, 6), 1, date(2026, 6, 8)),  # a Saturday counts from the Sunday: still Monday
    (date(2026, 6, 8), 0, date(2026, 6, 8)),
])
def test_working_days_count_from_the_day_after(start: date, count: int, due: date) -> None:
    assert add_working_days(start, count) == due
    assert working_days_between(start, due) == count


def test_each_nation_has_its_own_bank_holidays() -> None:
    # 2 January is a bank holiday in Scotland only; 17 March (St Patrick's Day) in Northern Ireland.
    assert is_working_day(date(2026, 1, 2))
    assert not is_working_day(date(2026, 1, 2), Nation.SCOTLAND)
    assert not is_working_day(date(2026, 3, 17), Nation.NORTHERN_IRELAND)
    assert add_working_days(date(2026, 12, 31), 1, Nation.SCOTLAND) == date(2027, 1, 5)
    # Easter Monday is not a bank holiday in Scotland.
    assert is_working_day(date(2027, 3, 29), Nation.SCOTLAND)


def test_the_four_steps_due_and_met() -> None:
    progress = Progress(received_on=date(2026, 12, 18), acknowledged_on=date(2027, 1, 6),
                        decided_on=date(2027, 1, 14), decision_met=True,
                        review_held_on=date(2027, 2, 10), outcome_sent_on=None)
    ack, decide, review, outcome = timescales(progress, today=date(2027, 2, 20))
    assert (ack.due_on, ack.met, ack.state) == (date(2027, 1, 6), True, "met")
    assert (decide.due_on, decide.met, decide.state) == (date(2027, 1, 13), False, "late")
    assert review.due_on == add_working_days(date(2027, 1, 14), 20) == date(2027, 2, 11)
    assert review.met is True
    assert outcome.due_on == date(2027, 2, 17)
    assert (outcome.met, outcome.overdue, outcome.state) == (False, True, "overdue")


def test_no_review_is_due_while_the_threshold_is_not_met() -> None:
    progress = Progress(received_on=date(2026, 6, 1), decided_on=date(2026, 6, 10), decision_met=False)
    _ack, _decide, review, outcome = timescales(progress, today=date(2026, 6, 11))
    assert (review.due_on, review.state, outcome.due_on) == (None, "not due", None)
    overturned = Progress(received_on=date(2026, 6, 1), decided_on=date(2026, 6, 10),
                          decision_met=False, pcc_met_on=date(2026, 7, 1))
    assert timescales(overturned, date(2026, 7, 2))[2].due_on == add_working_days(date(2026, 7, 1), 20)


def test_the_timescales_are_settings() -> None:
    settings = CaseReviewSettings(acknowledge_days=5, nation=Nation.SCOTLAND.value)
    [ack, *_] = timescales(Progress(received_on=date(2026, 12, 29)), date(2026, 12, 30), settings)
    assert ack.due_on == date(2027, 1, 7)  # 1 and 2 January are Scottish bank holidays
    assert ack.state == "due" and ack.met is None


def test_bad_input_is_one_sentence_each() -> None:
    today = date(2026, 9, 20)
    assert application_errors(date(2026, 9, 15), [], "", "", today) == {
        "complaints": "An application needs at least one complaint behind it."}
    backwards = [Complaint(date(2026, 9, 3), date(2026, 9, 2))]
    assert application_errors(date(2026, 9, 15), backwards, "", "", today)["complaints"] == (
        "A complaint cannot be reported (2 Sep 2026) before its incident (3 Sep 2026).")
    future = application_errors(date(2026, 9, 25), [Complaint(date(2026, 9, 1), date(2026, 9, 2))],
                                "", "", today)
    assert future == {"received_on": "The date received (25 Sep 2026) is in the future."}
    assert review_errors(True, date(2026, 9, 10), date(2026, 9, 9), None, today) == {
        "review_held_on": "The review (9 Sep 2026) is before the decision (10 Sep 2026)."}
    assert "Only a decision that the threshold is not met" in pcc_errors(
        True, date(2026, 9, 10), date(2026, 9, 12), "", None, today)["pcc_requested_on"]


def test_prompts() -> None:
    today = date(2026, 9, 20)
    assert second_report([date(2026, 4, 1), date(2026, 9, 1)], today)
    assert not second_report([date(2026, 3, 1), date(2026, 9, 1)], today)  # the first is too old
    assert not second_report([date(2026, 9, 1), date(2026, 9, 1)], today)  # one incident, twice
    assert application_prompts(False, None, False) == (NAME_A_CONTACT,)
    assert application_prompts(True, False, False) == (PCC_RIGHT,)
    assert application_prompts(True, False, True) == ()

"""The rules of problem-solving cases: fields, dates in order, periods, closing, overdue."""

from __future__ import annotations

from datetime import date

from jagdesk.domain.problem_solving import rules

OPENED = date(2026, 3, 3)


def test_dates_and_months_read_as_people_write_them() -> None:
    assert rules.day_text(OPENED) == "3 Mar 2026"
    assert rules.months_text(date(2026, 1, 1), date(2026, 3, 1)) == "Jan–Mar 2026"
    assert rules.months_text(date(2025, 11, 1), date(2026, 2, 1)) == "Nov 2025–Feb 2026"
    assert rules.months_text(date(2026, 1, 1), date(2026, 1, 31)) == "Jan 2026"
    assert rules.months_between(date(2025, 11, 1), date(2026, 2, 1)) == 4
    assert rules.month_end(date(2024, 2, 10)) == date(2024, 2, 29)


def test_title_is_required_and_statement_parts_have_a_limit() -> None:
    assert rules.statement_errors("  ", "", "", "") == {"name": "Enter the case title."}
    assert rules.statement_errors("Drinking at the parade", "", "", "") == {}
    errors = rules.statement_errors("x" * 201, "b" * 4001, "", "t" * 4001)
    assert set(errors) == {"name", "behaviour", "time_pattern"}
    assert errors["behaviour"] == "The behaviour is too long: at most 4000 characters."
    # Markup characters, emoji and other scripts are text like any other.
    assert rules.statement_errors("<b>Graffiti</b> & \"tags\" 🎨 Łódź بورهاموود ਪੰਜਾਬੀ", "", "", "") == {}


def test_case_dates_must_not_come_before_the_case_was_opened() -> None:
    errors = rules.case_date_errors(OPENED, date(2026, 3, 2), date(2026, 1, 1), date(2026, 2, 1),
                                    None)
    assert errors == {
        "review_on": "The review date (2 Mar 2026) is before the case was opened (3 Mar 2026).",
        "objective_due_on": ("The objective's target date (1 Jan 2026) is before the case was "
                             "opened (3 Mar 2026)."),
        "response_started_on": ("The response's start (1 Feb 2026) is before the case was opened "
                                "(3 Mar 2026)."),
    }
    assert rules.case_date_errors(OPENED, OPENED, OPENED, OPENED, OPENED) == {}
    assert rules.case_date_errors(None, None, None, None, None) == {
        "opened_on": "Enter the date the case was opened."}


def test_the_response_ends_after_it_starts() -> None:
    assert rules.case_date_errors(OPENED, None, None, date(2026, 4, 10), date(2026, 4, 9)) == {
        "response_ended_on": "The response ends (9 Apr 2026) before it starts (10 Apr 2026)."}
    assert rules.case_date_errors(OPENED, None, None, None, date(2026, 4, 9)) == {
        "response_ended_on": "Enter when the response started as well as when it ended."}


def test_choices_must_be_known() -> None:
    assert rules.case_choice_errors("open", ["police data", "complaints"], "") == {}
    assert rules.case_choice_errors("shut", ["gossip"], "great") == {
        "status": "'shut' is not a case status.",
        "scanning_sources": "'gossip' is not a scanning source.",
        "assessment_result": "'great' is not a result.",
    }


def test_an_edit_cannot_close_or_reopen_a_case() -> None:
    assert rules.status_edit_problem("open", "monitoring") is None
    assert rules.status_edit_problem(None, "in progress") is None
    assert "Close case" in (rules.status_edit_problem("open", "closed") or "")
    assert "Reopen case" in (rules.status_edit_problem("closed", "open") or "")
    assert rules.status_edit_problem("closed", "closed") is None


# --- Assessment periods ----------------------------------------------------------------------------

JAN, FEB, MAR, APR, MAY, JUN, JUL = (date(2026, m, 1) for m in range(1, 8))
OCT, NOV, DEC = (date(2025, m, 1) for m in (10, 11, 12))


def test_periods_before_and_after_the_response_are_accepted() -> None:
    # The response ran from mid-January to the end of March: Oct-Dec before, Apr-Jun after.
    assert rules.period_errors(OCT, DEC, APR, JUN, date(2026, 1, 12), date(2026, 3, 31)) == {}
    # Still running: the after period may start once it has started.
    assert rules.period_errors(DEC, DEC, FEB, FEB, date(2026, 1, 12), None) == {}
    assert rules.period_errors(None, None, None, None, None, None) == {}


def test_the_after_period_may_not_overlap_the_response() -> None:
    errors = rules.period_errors(OCT, DEC, MAR, MAY, date(2026, 1, 12), date(2026, 3, 31))
    assert errors == {"after_from": "The after period overlaps the response (Jan–Mar 2026)."}
    errors = rules.period_errors(NOV, DEC, JAN, FEB, date(2026, 1, 12), None)
    assert errors == {
        "after_from": "The after period overlaps the response (from Jan 2026, still running)."}


def test_the_before_period_must_end_before_the_response_starts() -> None:
    errors = rules.period_errors(NOV, JAN, APR, JUN, date(2026, 1, 12), date(2026, 3, 31))
    assert errors == {"before_to": "The before period overlaps the response (Jan–Mar 2026)."}
    # Ending on the last day of the month before the start is fine.
    assert rules.period_errors(NOV, DEC, APR, MAY, date(2026, 1, 1), date(2026, 3, 31)) == {}


def test_periods_are_whole_months_in_order_and_complete() -> None:
    started, ended = date(2026, 1, 12), date(2026, 3, 31)
    assert rules.period_errors(date(2025, 10, 5), DEC, APR, JUN, started, ended) == {
        "before_from": ("The before period is counted in whole months: give the first day of the "
                        "month (1 Oct 2025).")}
    assert rules.period_errors(DEC, OCT, APR, JUN, started, ended) == {
        "before_to": "The before period ends (Oct 2025) before it starts (Dec 2025)."}
    assert rules.period_errors(OCT, None, APR, JUN, started, ended) == {
        "before_to": "Enter both the first and the last month of the before period."}
    assert rules.period_errors(OCT, DEC, APR, JUN, None, None) == {
        "before_from": "Enter when the response started before setting the periods to compare."}


def test_before_and_after_must_be_of_equal_length() -> None:
    errors = rules.period_errors(OCT, DEC, APR, MAY, date(2026, 1, 12), date(2026, 3, 31))
    assert errors == {"after_to": ("The before period is 3 months and the after period 2 months: "
                                   "make them the same length so that the counts compare.")}
    errors = rules.period_errors(DEC, DEC, APR, MAY, date(2026, 1, 12), date(2026, 3, 31))
    assert errors["after_to"].startswith("The before period is 1 month and the after period 2")


# --- Status ------------------------------------------------------------------------------------------


def test_closing_needs_a_reason_and_a_date_after_opening() -> None:
    assert rules.close_errors("open", OPENED, date(2026, 6, 1), "Resolved") == {}
    assert rules.close_errors("monitoring", OPENED, date(2026, 3, 1), "  ") == {
        "closed_on": "The case cannot be closed (1 Mar 2026) before it was opened (3 Mar 2026).",
        "reason": "Say why the case is closed.",
    }
    assert rules.close_errors("closed", OPENED, date(2026, 6, 1), "Again") == {
        "status": "The case is already closed."}


def test_a_closed_case_is_reopened_with_a_reason() -> None:
    assert rules.reopen_errors("closed", "open", "Burglaries are back") == {}
    assert rules.reopen_errors("closed", "in progress", "") == {
        "reason": "Say why the closed case is reopened."}
    assert rules.reopen_errors("open", "open", "Why not") == {"status": "The case is not closed."}
    assert rules.reopen_errors("closed", "closed", "x")["status"].startswith("A reopened case is")
    assert rules.reopen_note(date(2026, 9, 1), " Back again ", date(2026, 6, 1), "Resolved") == (
        "Reopened 1 Sep 2026 (closed 1 Jun 2026: Resolved): Back again")


def test_closing_with_open_actions_needs_a_choice() -> None:
    assert rules.open_actions_problem(0, None) is None
    assert rules.open_actions_problem(2, "cancel") is None
    assert rules.open_actions_problem(2, None) == (
        "The case has 2 open actions: say whether to leave them open, cancel them or mark them "
        "done.")
    assert rules.open_actions_problem(1, None) == (
        "The case has 1 open action: say whether to leave it open, cancel it or mark it done.")
    assert "not a choice" in (rules.open_actions_problem(1, "forget") or "")


# --- Actions -----------------------------------------------------------------------------------------


def test_an_action_needs_a_description_and_known_choices() -> None:
    assert rules.action_errors("Fix the lights", "location", "target-harden", "open", None, None,
                               OPENED) == {}
    errors = rules.action_errors(" ", "middle", "magic", "pending", None, None, OPENED)
    assert errors == {
        "description": "Enter the description of the action.",
        "side": "'middle' is not a side of the triangle.",
        "technique": "'magic' is not a situational crime prevention technique.",
        "status": "'pending' is not a status for an action.",
    }


def test_an_action_is_not_due_before_the_case_was_opened() -> None:
    errors = rules.action_errors("Patrols", "", "", "open", date(2026, 3, 2), None, OPENED)
    assert errors == {"due_on": "The action is due before the case was opened (3 Mar 2026)."}
    assert rules.action_errors("Patrols", "", "", "open", OPENED, None, OPENED) == {}


def test_only_a_done_action_has_a_completion_date() -> None:
    assert rules.action_errors("Patrols", "", "", "open", None, OPENED, OPENED) == {
        "completed_on": "Only a done action has a completion date."}
    assert rules.action_errors("Patrols", "", "", "done", None, OPENED, OPENED) == {}
    assert rules.action_errors("Patrols", "", "", "done", None, date(2026, 1, 1), OPENED) == {
        "completed_on": ("The action cannot be completed (1 Jan 2026) before the case was opened "
                         "(3 Mar 2026).")}


def test_an_action_is_overdue_when_open_and_its_date_has_passed() -> None:
    today = date(2026, 5, 10)
    assert rules.action_overdue("open", date(2026, 5, 9), today)
    assert not rules.action_overdue("open", today, today)
    assert not rules.action_overdue("open", None, today)
    assert not rules.action_overdue("done", date(2026, 5, 9), today)
    assert not rules.action_overdue("cancelled", date(2026, 5, 9), today)


def test_a_review_is_overdue_until_the_case_is_closed() -> None:
    today = date(2026, 5, 10)
    assert rules.review_overdue("monitoring", date(2026, 5, 9), today)
    assert not rules.review_overdue("closed", date(2026, 5, 9), today)
    assert not rules.review_overdue("open", today, today)
    assert not rules.review_overdue("open", None, today)


def test_links_and_updates() -> None:
    assert rules.link_errors("offender", "Ringleader") == {}
    assert rules.link_errors("bystander", "") == {"side": "'bystander' is not a side of the triangle."}
    assert rules.update_errors(date(2026, 3, 1), "", OPENED) == {
        "written_on": "The update (1 Mar 2026) is before the case was opened (3 Mar 2026).",
        "text": "Enter the update.",
    }
    assert rules.flags_text(True, False, True) == "vulnerable, repeat"

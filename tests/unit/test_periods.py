"""Month arithmetic: police.uk months, ranges, the year before and the period before."""

from __future__ import annotations

import pytest

from jagdesk.domain.common.periods import (
    MonthRange,
    add_months,
    month_problem,
    month_range,
    month_title,
    range_errors,
)


@pytest.mark.parametrize("text", ["2021-01", " 2021-12 ", "2010-12"])
def test_months(text: str) -> None:
    assert month_problem(text) is None


@pytest.mark.parametrize(("text", "problem"), [
    ("2021-13", "'2021-13' is not a month; write it as YYYY-MM, such as 2021-01."),
    ("2021-00", "'2021-00' is not a month; write it as YYYY-MM, such as 2021-01."),
    ("2021-1", "'2021-1' is not a month; write it as YYYY-MM, such as 2021-01."),
    ("01/2021", "'01/2021' is not a month; write it as YYYY-MM, such as 2021-01."),
    ("", "'' is not a month; write it as YYYY-MM, such as 2021-01."),
    ("1021-01", "'1021-01' is outside the years JAGDesk works with (1990 to 2100)."),
])
def test_not_months(text: str, problem: str) -> None:
    assert month_problem(text) == problem


def test_adding_months_crosses_years() -> None:
    assert add_months("2021-01", -1) == "2020-12"
    assert add_months("2020-11", 3) == "2021-02"
    assert add_months("2021-06", -18) == "2019-12"
    assert add_months("2021-06", 0) == "2021-06"


def test_titles() -> None:
    assert month_title("2021-02") == "Feb 2021"
    assert MonthRange("2021-01", "2021-01").title == "Jan 2021"
    assert MonthRange("2020-04", "2021-03").title == "Apr 2020 to Mar 2021"


def test_range_months_and_length() -> None:
    quarter = MonthRange("2020-11", "2021-01")
    assert quarter.months == ("2020-11", "2020-12", "2021-01")
    assert quarter.length == 3
    assert "2020-12" in quarter and "2021-02" not in quarter and "rubbish" not in quarter


def test_year_before() -> None:
    assert MonthRange("2021-01", "2021-03").year_before() == MonthRange("2020-01", "2020-03")
    # A financial year against the one before.
    assert MonthRange("2022-04", "2023-03").year_before() == MonthRange("2021-04", "2022-03")


def test_previous_period_of_equal_length() -> None:
    assert MonthRange("2021-01", "2021-03").previous() == MonthRange("2020-10", "2020-12")
    assert MonthRange("2021-02", "2021-02").previous() == MonthRange("2021-01", "2021-01")
    year = MonthRange("2020-01", "2020-12")
    assert year.previous() == MonthRange("2019-01", "2019-12") == year.year_before()
    assert MonthRange("2020-01", "2021-06").previous() == MonthRange("2018-07", "2019-12")


def test_range_errors_by_field() -> None:
    assert range_errors("2021-01", "2021-03") == {}
    assert range_errors("2021-03", "2021-01", "from", "to") == {
        "to": "The period ends (2021-01) before it starts (2021-03)."}
    assert range_errors("Jan", "2021-14") == {
        "first": "'Jan' is not a month; write it as YYYY-MM, such as 2021-01.",
        "last": "'2021-14' is not a month; write it as YYYY-MM, such as 2021-01."}


def test_month_range_refuses_with_one_sentence() -> None:
    assert month_range(" 2021-01", "2021-02 ") == MonthRange("2021-01", "2021-02")
    with pytest.raises(ValueError, match=r"^The period ends \(2020-12\) before it starts"):
        month_range("2021-01", "2020-12")
    with pytest.raises(ValueError, match="is not a month"):
        MonthRange("2021-1", "2021-02")

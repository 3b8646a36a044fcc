"""Where the demo's story goes for the day it is loaded: its own days up to the end of 2021,
later moved by whole weeks, with the dates and references its texts name moved with it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jagdesk.errors import JagdeskError
from jagdesk.services.demo.time import STORY_DAY, demo_day, demo_time


@pytest.mark.parametrize("today", [date(2021, 3, 4), date(2021, 3, 10), date(2021, 12, 31),
                                   date(2020, 6, 1)])
def test_up_to_the_end_of_2021_the_story_keeps_its_own_days(today: date) -> None:
    story = demo_time(today)
    assert not story.moved and (story.days, story.data_months, story.plan_years) == (0, 0, 0)
    assert story.text("Thursday 4 March 2021 (PS-2020-003)") == "Thursday 4 March 2021 (PS-2020-003)"
    assert story.done(date(2021, 3, 1)) == date(2021, 3, 1)


@pytest.mark.parametrize("today", [date(2022, 1, 1), date(2026, 12, 1), date(2026, 12, 3),
                                   date(2026, 12, 20), date(2027, 6, 15), date(2030, 2, 28)])
def test_later_the_planned_meeting_is_the_next_thursday_on_or_within_a_week(today: date) -> None:
    story = demo_time(today)
    planned = story.day(STORY_DAY)
    assert story.moved and story.days % 7 == 0
    assert today < planned <= today + timedelta(days=7)
    assert planned.weekday() == STORY_DAY.weekday()
    # 2021's December is the month before today.
    year, month = divmod(2021 * 12 + 11 + story.data_months, 12)
    assert (year, month + 1) == ((today.year, today.month - 1) if today.month > 1
                                 else (today.year - 1, 12))


def test_the_texts_move_with_the_story() -> None:
    story = demo_time(date(2026, 12, 1))  # 4 March 2021 becomes 3 December 2026: 300 weeks
    story.references = {"PS-2020-003": "PS-2026-003", "JAG-2020-12/02": "JAG-2026-09/02"}
    assert story.text("Next: Thursday 4 March 2021, 10:00") == "Next: Thursday 3 December 2026, 10:00"
    assert story.text("Patrols on 11 and 18 December: two groups moved on") == (
        "Patrols on 11 and 18 September: two groups moved on")  # Fridays still
    assert story.text("dumping on 8 and 15 August 2020.") == "dumping on 9 and 16 May 2026."
    assert story.text("23 in April to June 2020, none in October to December 2020") == (
        "23 in January to March 2026, none in July to September 2026")
    assert story.text("since August; the March JAG; (November 2020)") == (
        "since May; the December JAG; (August 2026)")
    assert story.text("The gate (PS-2020-003/02) and the letter (JAG-2020-12/02).") == (
        "The gate (PS-2026-003/02) and the letter (JAG-2026-09/02).")
    assert story.text("On 31 February nothing; 14 reports") == "On 31 February nothing; 14 reports"
    # An update written after today in the moved story is written today.
    assert story.done(date(2021, 3, 1)) == date(2026, 11, 30)
    assert story.done(date(2021, 3, 3)) == date(2026, 12, 1)
    assert story.plan_text("Action Plan 2020-2021, by March 2021") == (
        "Action Plan 2026-2027, by March 2027")


def test_the_day_can_be_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAGDESK_DEMO_DAY", "2027-06-15")
    assert demo_day() == date(2027, 6, 15)
    monkeypatch.setenv("JAGDESK_DEMO_DAY", "")
    assert demo_day() == date.today()
    monkeypatch.setenv("JAGDESK_DEMO_DAY", "15/06/2027")
    with pytest.raises(JagdeskError, match="JAGDESK_DEMO_DAY is '15/06/2027', which is not a date"):
        demo_day()

"""The demo loaded years after its story (as a new user loads it): placed around the day it is
loaded, with 2021's real police.uk months as the twelve months before that day."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import ColumnElement, select

from jagdesk.cli import main
from jagdesk.services.dashboard import dashboard
from jagdesk.services.demo.load import DemoSummary, demo_note, load_demo
from jagdesk.services.meetings.pack.pack import build_meeting_pack
from jagdesk.services.places.crime_stats import data_months, latest_period
from jagdesk.services.problem_solving.evidence import before_after
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import (
    Action,
    ActionPlan,
    ActionPlanItem,
    ActionPlanUpdate,
    AgendaItem,
    CrimeFile,
    Meeting,
    MeetingSeries,
    Person,
    ProblemCase,
)
from jagdesk.store.opening import Store, open_store

TODAY = date(2026, 12, 1)  # a Tuesday; the demo's JAG meets on Thursdays
LATER = date(2027, 6, 15)
JAG = "Hertsmere JAG"
BCRG = "Borehamwood Crime Reduction Group"


@dataclass
class Loaded:
    store: Store
    summary: DemoSummary
    today: date


def _loaded(folder: Path, today: date) -> Iterator[Loaded]:
    store = open_store(sqlite_location(folder / "demo.db"))
    with store.unit_of_work() as uow:
        summary = load_demo(uow, today)
    try:
        yield Loaded(store, summary, today)
    finally:
        store.close()


@pytest.fixture(scope="module")
def december(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Iterator[Loaded]:
    yield from _loaded(tmp_path_factory.mktemp("december"), TODAY)


@pytest.fixture(scope="module")
def june(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Iterator[Loaded]:
    yield from _loaded(tmp_path_factory.mktemp("june"), LATER)


@pytest.fixture(params=["december", "june"])
def demo(request: pytest.FixtureRequest) -> Loaded:
    loaded: Loaded = request.getfixturevalue(request.param)
    return loaded


def of_series(name: str) -> ColumnElement[bool]:
    """Where a meeting is one of the named series'."""
    return Meeting.series_id == select(MeetingSeries.id).where(MeetingSeries.name == name).scalar_subquery()


def month_of(day: date, months: int = 0) -> str:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return f"{year:04d}-{month + 1:02d}"


def test_december_loads_a_year_of_crimes_as_the_months_before_today(december: Loaded) -> None:
    summary = december.summary
    assert (summary.crime_files, summary.crimes, summary.month_offset) == (15, 100_407, 59)
    assert (summary.first_month, summary.last_month, summary.placed_on) == ("2025-12", "2026-11",
                                                                           TODAY)
    assert summary.notes() == [
        "The fictional story is placed around 1 December 2026: its meetings, cases and actions "
        "fall in the months around that day.",
        "The crimes of December 2025 to November 2026 are the real police.uk figures for "
        "Hertfordshire of January to December 2021, placed as the latest months so that the demo "
        "has recent data to show: they are not current figures."]
    with december.store.unit_of_work() as uow:
        files = uow.session.execute(select(CrimeFile.file_name, CrimeFile.month)
                                    .where(CrimeFile.source == "outcomes")
                                    .order_by(CrimeFile.month)).all()
        assert demo_note(uow).startswith("This store holds the demo partnership, a fictional "
                                         "Hertsmere CSP. The crimes of December 2025 to November")
    # The files keep their own names: where the figures came from still shows.
    assert files == [("2021-01-hertfordshire-outcomes.csv", "2025-12"),
                     ("2021-02-hertfordshire-outcomes.csv", "2026-01"),
                     ("2021-03-hertfordshire-outcomes.csv", "2026-02")]


def test_the_data_ends_the_month_before_today(demo: Loaded) -> None:
    with demo.store.unit_of_work() as uow:
        months = data_months(uow.session)
        period = latest_period(uow.session)
    # The statistics, finder and map pages open on the latest month with data.
    assert months == [month_of(demo.today, n) for n in range(-12, 0)]
    assert period is not None and period.last == month_of(demo.today, -1)


def test_a_few_actions_are_overdue_and_most_are_not(demo: Loaded) -> None:
    with demo.store.unit_of_work() as uow:
        counts = dashboard(uow, demo.today).counts
        reviews = uow.session.scalars(select(ProblemCase.review_on)
                                      .where(ProblemCase.status != "closed")).all()
    assert 0 < counts.overdue_actions <= counts.open_actions // 3
    assert counts.open_cases == 4 and counts.cases_past_review <= 1
    # Every open case is reviewed within weeks of today, none years ago.
    assert all(abs((review_on - demo.today).days) <= 45 for review_on in reviews)


def test_last_months_jag_was_held_and_the_next_is_planned(demo: Loaded) -> None:
    with demo.store.unit_of_work() as uow:
        meetings = uow.session.scalars(select(Meeting).where(of_series(JAG))
                                       .order_by(Meeting.held_on)).all()
        held = [m for m in meetings if m.status == "held"]
        planned = [m for m in meetings if m.status == "planned"]
        minutes = uow.session.scalars(select(AgendaItem.minutes)
                                      .where(AgendaItem.meeting_id == held[-1].id)).all()
        agenda = uow.session.scalars(select(AgendaItem.name)
                                     .where(AgendaItem.meeting_id == planned[0].id)).all()
        problem_solving = uow.session.scalars(select(Meeting.held_on)
                                              .where(Meeting.case_id.is_not(None))).one()
        assert len(held) == 3 and len(planned) == 1
        assert demo.today - timedelta(days=35) < held[-1].held_on < demo.today
        assert demo.today < planned[0].held_on <= demo.today + timedelta(days=7)
        assert all(m.held_on.weekday() == 3 for m in meetings)  # still Thursdays
        # Each JAG is named by the month it is held in.
        for meeting in meetings:
            assert meeting.name.endswith(f"{meeting.held_on:%B %Y}")
    assert sum(bool(text) for text in minutes) >= 5
    assert len(agenda) > 3  # built by the agenda builder
    assert demo.today - timedelta(days=21) <= problem_solving < demo.today


def test_the_locality_group_met_before_the_jag_and_meets_after_it(demo: Loaded) -> None:
    with demo.store.unit_of_work() as uow:
        jag = uow.session.scalars(select(Meeting.held_on).where(of_series(JAG),
                                                                 Meeting.status == "planned")).one()
        meetings = uow.session.execute(select(Meeting.held_on, Meeting.status, Meeting.name)
                                       .where(of_series(BCRG)).order_by(Meeting.held_on)).all()
    # Like the JAG, the group held its last meeting weeks before today and meets next soon after
    # it (the meeting an officer takes out onto a laptop), a fortnight after the JAG, on a Thursday.
    (held_on, held, held_name), (planned_on, planned, planned_name) = meetings
    assert (held, planned) == ("held", "planned")
    assert demo.today - timedelta(days=70) < held_on < demo.today - timedelta(days=35)
    assert planned_on == jag + timedelta(days=14) and planned_on.weekday() == held_on.weekday() == 3
    assert (held_name, planned_name) == (f"{BCRG}, {held_on:%B %Y}", f"{BCRG}, {planned_on:%B %Y}")


def test_youths_are_under_18_and_adults_are_not(demo: Loaded) -> None:
    with demo.store.unit_of_work() as uow:
        people = uow.session.execute(select(Person.family_name, Person.date_of_birth,
                                            Person.is_youth)).all()

    def age(born: date) -> int:
        return demo.today.year - born.year - ((demo.today.month, demo.today.day)
                                              < (born.month, born.day))

    youths = {name: age(born) for name, born, youth in people if youth and born}
    assert youths == {"Donovan": 17, "Frost": 16, "Bishop": 15, "Mills": 16}
    assert all(age(born) >= 18 for _name, born, youth in people if not youth and born)


def test_a_pack_of_the_next_meeting_prints_the_year_before_it(december: Loaded) -> None:
    with december.store.unit_of_work() as uow:
        meeting_id = uow.session.scalars(select(Meeting.id).where(
            of_series(JAG), Meeting.status == "planned")).one()
        pack = build_meeting_pack(uow, meeting_id, today=TODAY)
    assert pack.crime_months == "Dec 2025 to Nov 2026"
    assert pack.statistics and pack.statistics[0].rows
    assert not any("no police.uk" in sentence for table in pack.statistics
                   for sentence in table.sentences)


def test_the_closed_case_has_before_and_after_figures(demo: Loaded) -> None:
    with demo.store.unit_of_work() as uow:
        cases = dict(uow.session.execute(select(ProblemCase.status, ProblemCase.id)).all())
        closed = before_after(uow, cases["closed"])
        monitored = before_after(uow, cases["monitoring"])
        after_from = uow.session.scalar(select(ProblemCase.after_from)
                                        .where(ProblemCase.status == "monitoring"))
    assert closed is not None and closed.before > 0
    assert closed.before_to < closed.after_from < demo.today
    # The monitored case's after period is the month after its response ended: on 1 December,
    # November, which has data; mid-June, June itself, still to come (as the story means).
    if demo.today == TODAY:
        assert monitored is not None and monitored.after_from == date(2026, 11, 1)
    else:
        assert monitored is None and after_from == date(2027, 6, 1)


def test_references_use_the_years_the_story_now_falls_in(december: Loaded) -> None:
    with december.store.unit_of_work() as uow:
        cases = uow.session.scalars(select(ProblemCase.reference)).all()
        actions = uow.session.scalars(select(Action.reference)).all()
        titles = uow.session.scalars(select(AgendaItem.name)).all()
        texts = [*titles, *uow.session.scalars(select(AgendaItem.minutes)).all(),
                 *uow.session.scalars(select(Meeting.next_meeting)).all(),
                 *uow.session.scalars(select(Person.notes)).all()]
    assert sorted(cases) == [f"PS-2026-00{n}" for n in range(1, 6)]
    assert {re.sub(r"/\d+$", "", ref) for ref in actions if not ref.startswith("PS-")} == {
        "JAG-2026-09", "JAG-2026-10", "JAG-2026-11", "MTG-2026-11", "BCRG-2026-10"}
    assert "Case: PS-2026-003 Street drinking and anti-social behaviour at the Shenley Road parade" \
        in titles
    # The texts name the story's new days and references, none of 2020 or 2021.
    assert not [text for text in texts if re.search(r"\b202[01]\b", text)]
    assert any("(JAG-2026-09/02)" in text for text in texts)


def test_the_action_plan_is_this_financial_years(december: Loaded, june: Loaded) -> None:
    for loaded, year, quarters in ((december, 2026, {1, 2}), (june, 2027, set())):
        with loaded.store.unit_of_work() as uow:
            plan = uow.session.execute(select(ActionPlan.year, ActionPlan.name)).one()
            updates = uow.session.execute(select(ActionPlanUpdate.quarter,
                                                 ActionPlanUpdate.written_on)).all()
            items = uow.session.scalar(select(ActionPlanItem.id).limit(1))
        assert tuple(plan) == (year, f"Hertsmere Community Safety Action Plan "
                                                f"{year}-{year + 1}")
        assert items is not None
        assert {quarter for quarter, _ in updates} == quarters
        assert all(written <= loaded.today for _, written in updates)


def test_june_is_placed_in_june(june: Loaded) -> None:
    summary = june.summary
    assert (summary.first_month, summary.last_month, summary.month_offset) == ("2026-06", "2027-05",
                                                                             65)
    with june.store.unit_of_work() as uow:
        planned = uow.session.execute(select(Meeting.held_on, Meeting.name)
                                      .where(of_series(JAG), Meeting.status == "planned")).one()
        cases = sorted(uow.session.scalars(select(ProblemCase.reference)).all())
    assert tuple(planned) == (date(2027, 6, 17), "Hertsmere JAG, June 2027")
    assert cases == ["PS-2026-001", "PS-2027-001", "PS-2027-002", "PS-2027-003", "PS-2027-004"]


def test_the_command_line_says_what_the_crimes_are(tmp_path: Path, shared_data: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("JAGDESK_DEMO_DAY", TODAY.isoformat())
    assert main(["--db", str(tmp_path / "csp.db"), "demo"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("an action plan of 13 items, 100,407 crimes.")
    assert lines[1].startswith("The fictional story is placed around 1 December 2026")
    assert lines[2].startswith("The crimes of December 2025 to November 2026 are the real "
                               "police.uk figures for Hertfordshire of January to December 2021")


def test_a_bad_demo_day_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("JAGDESK_DEMO_DAY", "1 December")
    assert main(["--db", str(tmp_path / "csp.db"), "demo"]) == 2
    assert "JAGDESK_DEMO_DAY is '1 December', which is not a date" in capsys.readouterr().err

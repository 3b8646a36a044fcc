"""The pack's crime statistics cover only the months the store holds, and compare with the year
before only when every month of it is there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jagdesk.domain.meetings.vocabulary import StatsTable
from jagdesk.services.meetings import MeetingInput, ensure_meeting_types, list_meeting_types, save_meeting
from jagdesk.services.meetings.pack.pack import build_meeting_pack
from jagdesk.store.opening import Store
from tests.support.crime_seed import SUPERMARKET, add_crimes, add_wards


def _pack_statistics(store: Store) -> tuple[StatsTable, ...]:
    with store.unit_of_work() as uow:
        ensure_meeting_types(uow)
        uow.commit()
        jag = next(t for t in list_meeting_types(uow) if t.name == "JAG")
        meeting = save_meeting(uow, MeetingInput("Hertsmere JAG, January 2026", jag.id,
                                                 held_on=date(2026, 1, 8)))
        return build_meeting_pack(uow, meeting.id, today=date(2026, 1, 8)).statistics


def test_two_full_years_are_compared(store: Store, shared_data: Path) -> None:
    wards = add_wards(store, shared_data)
    add_crimes(store, wards, [(f"{year}-{month:02d}", "Burglary", SUPERMARKET, 2 if year == 2024 else 1)
                              for year in (2024, 2025) for month in range(1, 13)])
    [stats] = _pack_statistics(store)
    assert stats.title == "The partnership (all wards): Jan 2025 to Dec 2025 against Jan 2024 to Dec 2024"
    assert stats.columns == ("Crime type", "Jan 2025 to Dec 2025", "Jan 2024 to Dec 2024", "Change",
                             "% change")
    assert ("Burglary", "12", "24", "-12", "-50%") in stats.rows


def test_a_year_before_with_a_month_missing_is_not_compared(store: Store, shared_data: Path) -> None:
    wards = add_wards(store, shared_data)
    months = [f"{year}-{month:02d}" for year in (2024, 2025) for month in range(1, 13)]
    months.remove("2024-06")
    add_crimes(store, wards, [(month, "Burglary", SUPERMARKET, 1) for month in months])
    [stats] = _pack_statistics(store)
    assert stats.columns == ("Crime type", "Jan 2025 to Dec 2025")
    assert ("Burglary", "12") in stats.rows
    assert stats.sentences[0].startswith("No comparison with Jan 2024 to Dec 2024")

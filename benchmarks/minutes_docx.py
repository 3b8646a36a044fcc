"""A 20-item meeting's minutes written to Word.

    python benchmarks/minutes_docx.py [--runs N] [--items 20]

On a private copy of the demo store (stores.py), adds a JAG meeting the way the app does (services):
the demo's contacts on the attendance list (present, apologies, absent, a guest), 20 agenda items
(the demo hotspots among them) with generated minutes of realistic length (250-450 words in
paragraphs), decisions and two to four actions each owned by a demo contact. Then builds the
MinutesDocument once (timed apart) and times write_minutes_docx, python-docx saving included; the
first write is reported apart (it loads the fonts' coverage tables once per process). The floor,
timed before each write: python-docx writing the same words unstyled (headings, paragraphs, a
table of each item's actions) and saving them. Prints:
{"bench": "minutes_docx", "items": 20, ..., "median_s": ..., "floor_median_s": ...,
 "ratio_to_floor": ..., "goal_s": 0.3, "meets_goal": ...}

`add_benchmark_meeting(store)` is what the meeting pack benchmark reuses for the same meeting.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common
import stores

if TYPE_CHECKING:
    from jagdesk.domain.meetings.vocabulary import MinutesDocument

GOAL_S = 0.3
SEED = 20261112
HELD_ON = date(2026, 11, 12)
SENTENCES = (
    "Officers reported a rise in calls about young people gathering near the shops after 8pm.",
    "The housing association confirmed two tenancy warnings had been issued since the last meeting.",
    "Street lighting on the rear service road has been repaired by the county council.",
    "The PCSO team completed twelve high-visibility patrols and spoke to every business on the parade.",
    "Residents raised concerns about littering and broken glass in the play area on Sunday mornings.",
    "CCTV coverage of the car park was reviewed; the camera at the north entrance needs re-siting.",
    "The youth service has run two detached sessions and engaged with about fifteen young people.",
    "Fire and Rescue attended three deliberate fires in bins behind the flats during October.",
    "The licensing officer will visit the off-licence about sales to customers who are already drunk.",
    "Incidents fell from 23 in September to 14 in October, although reporting may lag by a month.",
    "Partners agreed that the problem is concentrated between 7pm and 10pm on Fridays and Saturdays.",
    "A letter drop to 120 homes produced 31 replies, most asking for more visible patrols.",
    "The school's safer neighbourhood officer has spoken to year 9 assemblies about the dispersal order.",
    "Environmental health removed two abandoned vehicles and the fly-tipping was cleared within a week.",
)
DECISIONS = (
    "Keep the location on the hotspot list for another quarter.",
    "Ask the CCTV partnership to review the north entrance camera.",
    "Refer the two households to the ASB case review group.",
    "Close the hotspot if incidents stay below ten a month until January.",
    "Write to residents with the results of the survey.",
)
ACTIONS = (
    "Arrange joint patrols with the youth service on Friday evenings",
    "Re-site the north entrance camera and report on coverage",
    "Send the tenancy warning letters and record replies",
    "Visit the off-licence with the licensing officer",
    "Clear the fly-tipping behind the parade and install a sign",
    "Prepare the before-and-after figures for the next meeting",
)
ITEM_TITLES = ("Welcome, introductions and apologies", "Minutes of the last meeting",
               "Matters arising", "Police update", "Council update", "Housing update",
               "Fire and Rescue update", "Youth service update", "CCTV review",
               "Licensing and trading standards", "Problem-solving cases", "Partnership funding",
               "Any other business")


def _minutes(rng: random.Random) -> str:
    paragraphs = []
    words = 0
    target = rng.randint(250, 450)
    while words < target:
        paragraph = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return "\n".join(paragraphs)


def add_benchmark_meeting(store: object, items: int = 20, seed: int = SEED) -> uuid.UUID:
    """Add a JAG meeting with `items` full agenda items to an open demo store; its id."""
    from jagdesk.services.hotspots.hotspots import list_hotspots
    from jagdesk.services.meetings import (
        AttendeeInput,
        ItemInput,
        MeetingInput,
        SeriesInput,
        add_item,
        add_meeting_action,
        list_meeting_types,
        save_meeting,
        save_minutes,
        save_series,
        set_attendance,
    )
    from jagdesk.services.problem_solving.actions import ActionInput
    from jagdesk.services.reference.agencies import list_contacts

    rng = random.Random(seed)
    uow_of = store.unit_of_work  # type: ignore[attr-defined]
    with uow_of("bench") as uow:
        contacts = list_contacts(uow)
        hotspots = list_hotspots(uow)
        jag = next(t for t in list_meeting_types(uow) if t.name == "JAG")
    with uow_of("bench") as uow:
        series = save_series(uow, SeriesInput(f"Benchmark JAG {seed}", jag.id, action_prefix="BJAG"))
    with uow_of("bench") as uow:
        meeting = save_meeting(uow, MeetingInput(
            "Hertsmere JAG, November 2026", series_id=series.id, held_on=HELD_ON,
            starts_at=clock(10), ends_at=clock(12, 30), venue="Civic Offices, Elstree Way, Borehamwood",
            chair_id=contacts[0].id, minute_taker_id=contacts[1].id, status="held",
            next_meeting="Thursday 10 December 2026, 10:00, Civic Offices"))
    entries = [AttendeeInput(contact_id=c.id, attendance=("present", "present", "present", "apologies",
                                                          "absent")[i % 5])
               for i, c in enumerate(contacts)]
    entries.append(AttendeeInput(guest_name="Tom O'Neill", guest_agency="Neighbourhood Watch"))
    with uow_of("bench") as uow:
        set_attendance(uow, meeting.id, entries, meeting.version)
    titles = [*ITEM_TITLES[:3], *(f"Hotspot: {h.name}" for h in hotspots), *ITEM_TITLES[3:]]
    for number in range(items):
        hotspot = hotspots[number - 3] if 3 <= number < 3 + len(hotspots) else None
        title = titles[number] if number < len(titles) else f"Locality update {number - len(titles) + 1}"
        with uow_of("bench") as uow:
            item = add_item(uow, meeting.id, ItemInput(title, kind="hotspot" if hotspot else "general",
                                                       hotspot_id=hotspot.id if hotspot else None))
        decisions = "\n".join(rng.sample(DECISIONS, rng.randint(1, 3)))
        with uow_of("bench") as uow:
            save_minutes(uow, item.id, item.version, _minutes(rng), decisions)
        for _ in range(rng.randint(2, 4)):
            owner = rng.choice(contacts)
            with uow_of("bench") as uow:
                add_meeting_action(uow, item.id, ActionInput(
                    rng.choice(ACTIONS), owner_contact_id=owner.id,
                    due_on=HELD_ON + timedelta(days=rng.randint(14, 60))), today=HELD_ON)
    return meeting.id


def _plain_docx_seconds(minutes: MinutesDocument, path: Path) -> float:
    """The floor: python-docx writing the same words unstyled (each item's title as a heading,
    its minutes and decisions as paragraphs, its actions as a table of rows) and saving them."""
    from docx import Document

    start = time.perf_counter()
    document = Document()
    document.add_heading(minutes.title, 0)
    for attendee in minutes.attendees:
        document.add_paragraph(str(attendee))
    for item in minutes.items:
        document.add_heading(f"{item.number}. {item.title}", 1)
        for paragraph in (*item.minutes.split("\n\n"), item.decisions):
            document.add_paragraph(paragraph)
        if item.actions:
            table = document.add_table(rows=len(item.actions), cols=4)
            for row, action in zip(table.rows, item.actions, strict=True):
                for cell, text in zip(row.cells, (action.reference, action.description,
                                                  action.owner, str(action.due_on)), strict=True):
                    cell.text = text
    document.save(str(path))
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=max(10, _common.runs_from_env()))
    parser.add_argument("--items", type=int, default=20)
    args = parser.parse_args()

    from jagdesk.exports.meetings.minutes_docx import write_minutes_docx
    from jagdesk.services.meetings.minutes_document import build_minutes_document
    from jagdesk.store.location import sqlite_location
    from jagdesk.store.opening import open_store

    demo = stores.ensure_store("demo")
    scratch = _common.work_dir("minutes")
    try:
        import os

        os.environ["JAGDESK_DATA_DIR"] = str(scratch / "data")
        db = _common.copy_store(demo, scratch)
        with open_store(sqlite_location(db)) as store:
            meeting_id = add_benchmark_meeting(store, args.items)
            start = time.perf_counter()
            with store.unit_of_work("bench") as uow:
                minutes = build_minutes_document(uow, meeting_id, today=HELD_ON)
            build_s = time.perf_counter() - start
        out = scratch / "minutes.docx"
        times, floors = [], []
        for _run in range(args.runs + 1):
            floors.append(_plain_docx_seconds(minutes, scratch / "plain.docx"))
            start = time.perf_counter()
            write_minutes_docx(minutes, out)
            times.append(time.perf_counter() - start)
        first, rest = times[0], times[1:]
        stats = _common.summary(rest)
        _common.emit({
            "bench": "minutes_docx", "items": len(minutes.items), "attendees": len(minutes.attendees),
            "actions": sum(len(item.actions) for item in minutes.items),
            "minutes_words": sum(len(item.minutes.split()) for item in minutes.items),
            "size_kb": round(out.stat().st_size / 1024, 1), "runs": args.runs,
            "build_document_s": round(build_s, 4), "first_s": round(first, 4), **stats,
            **_common.with_floor(stats["median_s"], floors[1:]), "goal_s": GOAL_S,
            "meets_goal": stats["median_s"] is not None and stats["median_s"] < GOAL_S,
        })
    finally:
        _common.cleanup(scratch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Demo meetings: the Hertsmere JAG's past meetings with minutes and actions, the next one with an
agenda from the agenda builder, and a problem-solving meeting for a demo case."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import select

from jagdesk import paths
from jagdesk.domain.meetings import rules
from jagdesk.domain.problem_solving.rules import update_errors
from jagdesk.errors import JagdeskError
from jagdesk.services.demo.cases import demo_check
from jagdesk.services.demo.time import MONTH_NAMES, DemoTime
from jagdesk.services.meetings import (
    ItemInput,
    ensure_meeting_types,
    stage_item,
    stage_meeting_action,
    stage_problem_solving_agenda,
)
from jagdesk.services.meetings.agenda_builder import propose_items, stage_proposals
from jagdesk.services.problem_solving.actions import ActionInput
from jagdesk.store.models import (
    ActionUpdate,
    AgendaItem,
    Contact,
    Hotspot,
    Locality,
    Meeting,
    MeetingAttendee,
    MeetingSeries,
    MeetingType,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork

MEETINGS_FILE = "demo/meetings.json"
# A series meeting named by its month: "Hertsmere JAG, March 2021".
_MONTH_NAME = re.compile(rf"^(.*), (?:{'|'.join(MONTH_NAMES)}) \d{{4}}$")


@dataclass(frozen=True)
class DemoMeetingsSummary:
    """How many series, meetings, agenda items and meeting actions the demo added."""

    series: int
    meetings: int
    items: int
    actions: int


def demo_meetings_data() -> dict[str, Any]:
    """The demo's meetings as the data file holds them."""
    data: dict[str, Any] = json.loads(
        (paths.resources_dir() / MEETINGS_FILE).read_text(encoding="utf-8"))
    return data


class _Names:
    """The store's records by name, to link the meetings to."""

    def __init__(self, uow: UnitOfWork) -> None:
        session = uow.session
        self.tables: dict[str, dict[str, Any]] = {
            "contact": {c.name: c for c in session.scalars(select(Contact))},
            "hotspot": {h.name: h for h in session.scalars(select(Hotspot))},
            "case": {c.name: c for c in session.scalars(select(ProblemCase))},
            "locality": {item.name: item for item in session.scalars(select(Locality))},
            "meeting type": {t.name: t for t in session.scalars(select(MeetingType))},
            "series": {},
        }

    def get(self, what: str, name: str | None) -> Any:
        if name is None:
            return None
        table = self.tables[what]
        if name not in table:
            raise JagdeskError(f"The demo meetings need the {what} '{name}', which is not in the store.")
        return table[name]

    def id_of(self, what: str, name: str | None) -> uuid.UUID | None:
        found = self.get(what, name)
        return None if found is None else found.id


def _series(uow: UnitOfWork, item: dict[str, Any], names: _Names) -> MeetingSeries:
    demo_check(rules.series_errors(item["name"], item["action_prefix"]), f"series '{item['name']}'")
    series = MeetingSeries(id=uuid.uuid4(), name=item["name"],
                           meeting_type_id=names.id_of("meeting type", item["type"]),
                           locality_id=names.id_of("locality", item["locality"]),
                           action_prefix=item["action_prefix"], active=True)
    uow.session.add(series)
    uow.session.flush()  # the meetings point at it (with no relationship to order the inserts)
    names.tables["series"][series.name] = series
    return series


def _time(text: str | None) -> time | None:
    return None if text is None else time.fromisoformat(text)


def _name(item: dict[str, Any], held_on: date, story: DemoTime, taken: set[str]) -> str:
    """The meeting's name; a moved series meeting's month ("Hertsmere JAG, March 2021") is the
    month it is now held in, with the day too should two fall in one month."""
    named = _MONTH_NAME.match(item["name"])
    if not story.moved or named is None:
        return story.text(item["name"])
    name = f"{named.group(1)}, {MONTH_NAMES[held_on.month - 1]} {held_on.year}"
    if name in taken:
        name = f"{named.group(1)}, {held_on.day} {MONTH_NAMES[held_on.month - 1]} {held_on.year}"
    taken.add(name)
    return name


def _meeting(uow: UnitOfWork, item: dict[str, Any], names: _Names, story: DemoTime,
             taken: set[str]) -> Meeting:
    series: MeetingSeries | None = names.get("series", item.get("series"))
    type_id = (names.id_of("meeting type", item["type"]) if "type" in item
               else series.meeting_type_id if series else None)
    kind: MeetingType = uow.session.get_one(MeetingType, type_id)
    held_on = story.day(date.fromisoformat(item["held_on"]))
    name, next_meeting = _name(item, held_on, story, taken), story.text(item["next_meeting"])
    what = f"meeting '{name}'"
    starts_at, ends_at = _time(item.get("starts_at")), _time(item.get("ends_at"))
    demo_check(rules.meeting_errors(name, held_on, starts_at, ends_at, item["marking"],
                                item["status"], item["venue"], next_meeting), what)
    case_id = names.id_of("case", item.get("case"))
    problem = rules.meeting_case_problem(kind.is_problem_solving, case_id is not None)
    demo_check({"case": problem} if problem else {}, what)
    meeting = Meeting(
        id=uuid.uuid4(), series_id=series.id if series else None, meeting_type_id=kind.id,
        case_id=case_id, name=name, held_on=held_on, starts_at=starts_at, ends_at=ends_at,
        venue=item["venue"], chair_id=names.id_of("contact", item["chair"]),
        minute_taker_id=names.id_of("contact", item["minute_taker"]), marking=item["marking"],
        status=item["status"], next_meeting=next_meeting, notes="")
    uow.session.add(meeting)
    _attendance(uow, meeting, item, names)
    return meeting


def _attendance(uow: UnitOfWork, meeting: Meeting, item: dict[str, Any], names: _Names) -> None:
    entries = [(names.id_of("contact", name), "", "", attendance)
               for name, attendance in item["attendance"]]
    entries += [(None, name, agency, attendance) for name, agency, attendance in item["guests"]]
    demo_check(rules.attendance_errors(entries), f"attendance at '{meeting.name}'")
    for position, (contact_id, guest, agency, attendance) in enumerate(entries, 1):
        uow.session.add(MeetingAttendee(id=uuid.uuid4(), meeting_id=meeting.id,
                                        contact_id=contact_id, guest_name=guest,
                                        guest_agency=agency, attendance=attendance,
                                        position=position))


def _actions(uow: UnitOfWork, meeting: Meeting, item: AgendaItem, entries: list[dict[str, Any]],
             names: _Names, story: DemoTime) -> int:
    for entry in entries:
        description = story.text(entry["description"])
        data = ActionInput(
            description=description, owner_contact_id=names.id_of("contact", entry["owner"]),
            due_on=story.day(date.fromisoformat(entry["due_on"])), status=entry["status"],
            completed_on=(story.done(date.fromisoformat(entry["completed_on"]))
                          if entry["completed_on"] else None))
        action = stage_meeting_action(uow, item, data, meeting.held_on)
        for written, text in entry["updates"]:
            day, said = story.done(date.fromisoformat(written)), story.text(text)
            demo_check(update_errors(day, said, meeting.held_on), f"update of '{description}'")
            action.updates.append(ActionUpdate(id=uuid.uuid4(), written_on=day, text=said))
    return len(entries)


def _items(uow: UnitOfWork, meeting: Meeting, item: dict[str, Any], names: _Names,
           story: DemoTime) -> int:
    """The meeting's agenda with its minutes and actions; returns how many actions it has."""
    agenda = item.get("agenda")
    # Every item is complete before it is flushed, so that each writes one audit entry, not two.
    with uow.session.no_autoflush:
        if agenda == "triangle":
            by_title = {staged.name: staged for staged in stage_problem_solving_agenda(uow, meeting)}
            staged_items = [by_title[entry["title"]] for entry in item["items"]]
        else:
            staged_items = []
            for position, entry in enumerate(item["items"], 1):
                data = ItemInput(story.text(entry["title"]), entry["kind"],
                                 names.id_of("hotspot", entry.get("hotspot")),
                                 names.id_of("case", entry.get("case")))
                staged_items.append(stage_item(uow, meeting, data, position))
        for staged, entry in zip(staged_items, item["items"], strict=True):
            minutes, decisions = story.text(entry["minutes"]), story.text(entry["decisions"])
            demo_check(rules.minutes_errors(minutes, decisions), entry["title"])
            staged.minutes, staged.decisions = minutes, decisions
    uow.session.flush()  # the items are in before the actions that point at them
    actions = 0
    for staged, entry in zip(staged_items, item["items"], strict=True):
        actions += _actions(uow, meeting, staged, entry.get("actions", []), names, story)
    if agenda == "builder":
        uow.session.flush()  # the earlier meetings' actions count as matters arising
        stage_proposals(uow, meeting, propose_items(uow, meeting.id, meeting.held_on))
    return actions


def stage_demo_meetings(uow: UnitOfWork, story: DemoTime | None = None) -> DemoMeetingsSummary:
    """Add the demo meeting series and meetings after the demo's contacts, hotspots and cases,
    leaving the commit to the caller (the demo loads in one transaction).

    Meetings are added oldest first, so that action references run in date order. `time` moves
    the dates with the demo's story; without it they keep their own.
    """
    session = uow.session
    if session.scalar(select(Meeting.id).limit(1)) is not None:
        raise JagdeskError("The store already has meetings; the demo meetings are not added.")
    ensure_meeting_types(uow)
    data = demo_meetings_data()
    names = _Names(uow)
    for item in data["series"]:
        _series(uow, item, names)
    story = story or DemoTime(today=date.today())
    taken: set[str] = set()
    actions = 0
    for item in sorted(data["meetings"], key=lambda meeting: meeting["held_on"]):
        meeting = _meeting(uow, item, names, story, taken)
        session.flush()
        actions += _items(uow, meeting, item, names, story)
    session.flush()
    items = len(list(session.scalars(select(AgendaItem.id))))
    return DemoMeetingsSummary(len(data["series"]), len(data["meetings"]), items, actions)

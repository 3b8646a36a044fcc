"""The .ics writer: escaping, folding, line ends, time zone, and a round trip through a small parser."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from jagdesk.exports.meetings.calendar_ics import (
    CalendarEvent,
    action_events,
    calendar_text,
    escape_text,
    fold,
    meeting_events,
    write_ics,
)

STAMP = datetime(2026, 11, 13, 9, 30, tzinfo=UTC)
ARABIC = "محمد عبد الله الحسن"
PUNJABI = "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"
AWKWARD = 'Room 2; Civic Offices, Elstree Way\\Borehamwood\n"first floor" <b>&</b> 😀'


@dataclass(frozen=True)
class Meeting:
    id: uuid.UUID
    name: str
    meeting_type: str
    series: str
    held_on: date
    starts_at: time | None
    venue: str
    status: str
    version: int
    ends_at: time | None = None
    chair: str = ""
    marking: str = "OFFICIAL-SENSITIVE"


@dataclass(frozen=True)
class Action:
    id: uuid.UUID
    reference: str
    description: str
    owner: str
    agency: str
    due_on: date | None
    status: str
    meeting: str
    latest_update: str
    version: int


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def parse(text: str) -> list[dict[str, tuple[str, str]]]:
    """The components of a calendar: {NAME: (params, raw value)}, with "_kind" for BEGIN's name."""
    lines = re.sub(r"\r\n[ \t]", "", text).split("\r\n")
    assert lines[-1] == ""
    components: list[dict[str, tuple[str, str]]] = []
    stack: list[dict[str, tuple[str, str]]] = []
    for line in lines[:-1]:
        head, _, value = line.partition(":")
        name, _, params = head.partition(";")
        if name == "BEGIN":
            stack.append({"_kind": ("", value)})
        elif name == "END":
            component = stack.pop()
            assert component["_kind"][1] == value
            components.append(component)
        else:
            stack[-1][name] = (params, value)
    assert not stack
    return components


def _meeting(**changes: object) -> Meeting:  # with items or attendees: a DetailedMeeting
    values: dict[str, object] = dict(
        id=uuid.UUID(int=1), name="Hertsmere JAG, November 2026", meeting_type="JAG",
        series="Hertsmere JAG", held_on=date(2026, 11, 12), starts_at=time(10, 0), venue=AWKWARD,
        status="planned", version=3, ends_at=time(12, 30), chair=ARABIC)
    values.update(changes)
    kind = DetailedMeeting if "items" in changes or "attendees" in changes else Meeting
    return kind(**values)  # type: ignore[arg-type]


def _action(**changes: object) -> Action:
    values: dict[str, object] = dict(
        id=uuid.UUID(int=2), reference="JAG-2026-11/03", description=f"Patrol the parade; report, {PUNJABI}",
        owner="Łukasz Wójcik-Żółć", agency="Hertfordshire Constabulary", due_on=date(2026, 12, 1),
        status="open", meeting="Hertsmere JAG, November 2026", latest_update="", version=1)
    values.update(changes)
    return Action(**values)  # type: ignore[arg-type]


def test_escaping() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert escape_text("bell\x07 tab\tend\r\nnext") == "bell tab end\\nnext"
    assert _unescape(escape_text(AWKWARD)) == AWKWARD


def test_folding_at_75_octets_never_inside_a_character() -> None:
    for text in ("DESCRIPTION:" + "x" * 300, "SUMMARY:" + ARABIC * 9, "SUMMARY:" + "😀" * 60,
                 "LOCATION:" + "é" * 100 + PUNJABI * 5):
        folded = fold(text)
        pieces = folded.split("\r\n")
        assert len(pieces) > 1
        for i, piece in enumerate(pieces):
            octets = len(piece.encode("utf-8"))
            assert octets <= 75, (i, octets)
            if i:
                assert piece.startswith(" ")
        assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == text
    assert fold("SUMMARY:short") == "SUMMARY:short"
    exact = "S:" + "x" * 73  # exactly 75 octets: left whole
    assert fold(exact) == exact


def test_calendar_is_crlf_with_a_timezone_and_round_trips(tmp_path: Path) -> None:
    events = meeting_events([_meeting()], details=True) + action_events([_action()], details=True)
    path = tmp_path / "jag.ics"
    path.write_text("old")
    write_ics(events, path, stamp=STAMP)
    assert [p.name for p in tmp_path.iterdir()] == ["jag.ics"]
    data = path.read_bytes()
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # every line ends CRLF
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))

    components = parse(text)
    kinds = [c["_kind"][1] for c in components]
    assert kinds == ["DAYLIGHT", "STANDARD", "VTIMEZONE", "VEVENT", "VEVENT", "VCALENDAR"]
    timezone = components[2]
    assert timezone["TZID"][1] == "Europe/London"
    meeting, action = components[3], components[4]
    assert meeting["UID"][1] == f"meeting-{uuid.UUID(int=1)}@jagdesk.invalid"
    assert meeting["DTSTART"] == ("TZID=Europe/London", "20261112T100000")
    assert meeting["DTEND"] == ("TZID=Europe/London", "20261112T123000")
    assert meeting["DTSTAMP"][1] == "20261113T093000Z"
    assert _unescape(meeting["SUMMARY"][1]) == "OFFICIAL-SENSITIVE: Hertsmere JAG, November 2026"
    assert _unescape(meeting["LOCATION"][1]) == AWKWARD
    assert _unescape(meeting["DESCRIPTION"][1]) == (
        f"OFFICIAL-SENSITIVE\nJAG meeting\nSeries: Hertsmere JAG\nChair: {ARABIC}")
    assert meeting["SEQUENCE"][1] == "2"
    assert action["UID"][1] == f"action-{uuid.UUID(int=2)}@jagdesk.invalid"
    assert action["DTSTART"] == ("VALUE=DATE", "20261201")
    assert action["DTEND"] == ("VALUE=DATE", "20261202")
    summary = f"OFFICIAL-SENSITIVE: Action JAG-2026-11/03 due: Patrol the parade; report, {PUNJABI}"
    assert _unescape(action["SUMMARY"][1]) == summary
    assert _unescape(action["DESCRIPTION"][1]) == (
        f"OFFICIAL-SENSITIVE\nPatrol the parade; report, {PUNJABI}\n"
        "Owner: Łukasz Wójcik-Żółć (Hertfordshire Constabulary)\n"
        "Agreed at: Hertsmere JAG, November 2026\nStatus: open")


def test_uid_is_stable_per_record_and_changes_bump_the_sequence() -> None:
    first = meeting_events([_meeting()])[0]
    moved = meeting_events([_meeting(starts_at=time(14, 0), ends_at=None, version=4)])[0]
    assert first.uid == moved.uid
    assert moved.sequence == first.sequence + 1
    assert (moved.start, moved.end) == (datetime(2026, 11, 12, 14), datetime(2026, 11, 12, 16))


def test_all_day_meetings_cancelled_meetings_and_actions_without_dates() -> None:
    whole_day, cancelled = meeting_events([
        _meeting(starts_at=None, ends_at=None), _meeting(id=uuid.UUID(int=3), status="cancelled")])
    assert (whole_day.start, whole_day.end) == (date(2026, 11, 12), date(2026, 11, 13))
    assert cancelled.status == "CANCELLED"
    assert action_events([_action(due_on=None)]) == []
    text = calendar_text([whole_day], stamp=STAMP)
    assert "VTIMEZONE" not in text  # no timed event, no time zone needed
    assert "DTSTART;VALUE=DATE:20261112\r\n" in text


def test_long_summary_is_shortened_but_the_description_is_whole() -> None:
    long = "Remove the graffiti " * 20
    event = action_events([_action(description=long)], details=True)[0]
    assert len(event.summary) < 140 and event.summary.endswith("…")
    assert event.description.startswith(f"OFFICIAL-SENSITIVE\n{long.strip()}")
    parsed = parse(calendar_text([event, CalendarEvent("x", "y", date(2026, 1, 1), date(2026, 1, 2))],
                                 stamp=STAMP))
    assert _unescape(parsed[0]["DESCRIPTION"][1]).startswith(f"OFFICIAL-SENSITIVE\n{long.strip()}")


@dataclass(frozen=True)
class Item:
    number: int
    name: str


@dataclass(frozen=True)
class Person:
    name: str
    agency: str
    attendance: str
    guest: bool = False


def _events(details: bool) -> list[dict[str, tuple[str, str]]]:
    meeting = _meeting(items=[Item(1, "Shenley Road parade"), Item(2, f"Case of {PUNJABI}")],
                       attendees=[Person("Priya Raman", "Hertsmere Borough Council", "present"),
                                  Person("Gareth Lloyd", "Store manager", "apologies", guest=True)])
    official = _meeting(id=uuid.UUID(int=4), name="Partnership plan review", marking="OFFICIAL")
    events = (meeting_events([meeting, official], details=details)
              + action_events([_action()], details=details))
    return [c for c in parse(calendar_text(events, stamp=STAMP)) if c["_kind"][1] == "VEVENT"]


@dataclass(frozen=True)
class DetailedMeeting(Meeting):
    items: list[Item] | None = None
    attendees: list[Person] | None = None


def test_by_default_events_are_private_marked_and_hold_no_details() -> None:
    meeting, official, action = _events(details=False)
    for event, marking in ((meeting, "OFFICIAL-SENSITIVE"), (official, "OFFICIAL"),
                           (action, "OFFICIAL-SENSITIVE")):
        assert event["CLASS"][1] == "PRIVATE"
        assert event["X-JAGDESK-MARKING"][1] == marking
        assert _unescape(event["SUMMARY"][1]).startswith(f"{marking}: ")
        assert _unescape(event["DESCRIPTION"][1]) == marking  # the marking and nothing else
    assert _unescape(meeting["SUMMARY"][1]) == "OFFICIAL-SENSITIVE: Hertsmere JAG, November 2026"
    assert _unescape(meeting["LOCATION"][1]) == AWKWARD  # where it is held: a calendar needs that
    assert meeting["DTSTART"] == ("TZID=Europe/London", "20261112T100000")
    assert _unescape(action["SUMMARY"][1]) == "OFFICIAL-SENSITIVE: Action JAG-2026-11/03 due"
    assert action["DTSTART"] == ("VALUE=DATE", "20261201")
    text = "\n".join(_unescape(value) for event in (meeting, official, action)
                     for _params, value in event.values())
    for detail in (ARABIC, PUNJABI, "Priya Raman", "Gareth Lloyd", "Shenley Road parade", "Patrol",
                   "Łukasz", "Hertfordshire Constabulary", "Chair", "Series", "Agreed at"):
        assert detail not in text, detail


def test_details_when_asked_for() -> None:
    meeting, _official, action = _events(details=True)
    assert meeting["CLASS"][1] == action["CLASS"][1] == "PRIVATE"
    assert _unescape(meeting["DESCRIPTION"][1]) == "\n".join([
        "OFFICIAL-SENSITIVE", "JAG meeting", "Series: Hertsmere JAG", f"Chair: {ARABIC}", "Agenda:",
        "1. Shenley Road parade", f"2. Case of {PUNJABI}", "Attendees:",
        "Priya Raman, Hertsmere Borough Council", "Gareth Lloyd (guest), Store manager (apologies)"])
    assert "Owner: Łukasz Wójcik-Żółć (Hertfordshire Constabulary)" in _unescape(action["DESCRIPTION"][1])

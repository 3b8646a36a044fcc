"""`jagdesk export minutes` and `jagdesk export ics`, run in-process on a real SQLite store."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import docx
import pytest

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
from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store
from tests.support.command_line import Capsys, run

ARABIC = "محمد عبد الله"
POLISH = "Łukasz Wójcik-Żółć"
MINUTES = 'Groups gathering after 8pm; <b>&</b> "quotes" 😀'


@pytest.fixture
def meeting_db(tmp_path: Path) -> Path:
    path = tmp_path / "csp.db"
    store = open_store(sqlite_location(path))
    try:
        with store.unit_of_work() as uow:
            police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police"))
        with store.unit_of_work() as uow:
            council = save_agency(uow, AgencyInput("Hertsmere Borough Council", "council"))
        with store.unit_of_work() as uow:
            officer = save_contact(uow, ContactInput(police.id, POLISH, "Inspector"))
        with store.unit_of_work() as uow:
            chair = save_contact(uow, ContactInput(council.id, ARABIC, "Community Safety Manager"))
        with store.unit_of_work() as uow:
            jag = next(t for t in list_meeting_types(uow) if t.name == "JAG")
        with store.unit_of_work() as uow:
            series = save_series(uow, SeriesInput("Hertsmere JAG", jag.id, action_prefix="JAG"))
        for held_on, starts_at, name in ((date(2026, 11, 12), time(10), "Hertsmere JAG, November 2026"),
                                         (date(2026, 12, 10), None, "Hertsmere JAG, December 2026")):
            with store.unit_of_work() as uow:
                meeting = save_meeting(uow, MeetingInput(
                    name, series_id=series.id, held_on=held_on, starts_at=starts_at,
                    ends_at=time(12) if starts_at else None, venue="Civic Offices, Elstree Way",
                    chair_id=chair.id, minute_taker_id=officer.id, status="held",
                    next_meeting="10 December 2026"))
        with store.unit_of_work() as uow:
            set_attendance(uow, meeting.id, [
                AttendeeInput(contact_id=chair.id),
                AttendeeInput(contact_id=officer.id, attendance="apologies"),
                AttendeeInput(guest_name="Tom O'Neill", guest_agency="Neighbourhood Watch")],
                meeting.version)
        with store.unit_of_work() as uow:
            item = add_item(uow, meeting.id, ItemInput("Shenley Road parade", kind="general"))
        with store.unit_of_work() as uow:
            save_minutes(uow, item.id, item.version, MINUTES, "Keep on the hotspot list")
        with store.unit_of_work() as uow:
            patrols = ActionInput("Extra patrols on Fridays", owner_contact_id=officer.id,
                                  due_on=date(2026, 12, 20))
            add_meeting_action(uow, item.id, patrols, today=date(2026, 12, 10))
    finally:
        store.close()
    return path


def test_minutes_to_word(meeting_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    out = tmp_path / "minutes.docx"
    status, printed, err = run(capsys, "--db", str(meeting_db), "export", "minutes", "2026-12-10",
                               "--out", str(out))
    assert (status, err) == (0, "")
    assert printed == f"Wrote the minutes of Hertsmere JAG, December 2026 (10/12/2026) to {out}.\n"
    document = docx.Document(str(out))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "Minutes: Hertsmere JAG, December 2026") in paragraphs
    assert ("Heading 1", "1. Shenley Road parade") in paragraphs
    assert ("Normal", MINUTES) in paragraphs
    assert ("List Number", "Keep on the hotspot list") in paragraphs
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    for expected in (ARABIC, "Hertsmere Borough Council", "Tom O'Neill (guest)", "Neighbourhood Watch",
                     POLISH, "Extra patrols on Fridays", f"{POLISH}\n(Hertfordshire Constabulary)",
                     "20 Dec 2026"):
        assert expected in cells, expected
    assert any(re.fullmatch(r"JAG-2026-12/\d+", c) for c in cells)
    assert document.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"


def test_minutes_on_a_letterhead(meeting_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    template = docx.Document()
    template.sections[0].header.paragraphs[0].text = "Hertsmere Borough Council"
    template.save(str(tmp_path / "letterhead.docx"))
    out = tmp_path / "minutes.docx"
    status, _, err = run(capsys, "--db", str(meeting_db), "export", "minutes", "Hertsmere JAG 2026-12-10",
                         "--out", str(out), "--template", str(tmp_path / "letterhead.docx"))
    assert (status, err) == (0, "")
    header = [p.text for p in docx.Document(str(out)).sections[0].header.paragraphs]
    assert header == ["OFFICIAL-SENSITIVE", "Hertsmere Borough Council"]


def test_calendar(meeting_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    out = tmp_path / "jag.ics"
    status, printed, err = run(capsys, "--db", str(meeting_db), "export", "ics", "--out", str(out))
    assert (status, err) == (0, "")
    assert printed == f"Wrote 2 meetings and 1 open action due to {out}.\n"
    text = out.read_bytes().decode("utf-8")
    assert "DTSTART;TZID=Europe/London:20261112T100000\r\n" in text
    assert "DTEND;TZID=Europe/London:20261112T120000\r\n" in text
    assert "DTSTART;VALUE=DATE:20261210\r\n" in text  # no start time: all day
    assert "DTSTART;VALUE=DATE:20261220\r\n" in text  # the action's due date
    assert "LOCATION:Civic Offices\\, Elstree Way\r\n" in text
    # Private, marked, and nothing but titles, times, places and action references.
    assert text.count("CLASS:PRIVATE\r\n") == text.count("BEGIN:VEVENT") == 3
    assert text.count("X-JAGDESK-MARKING:OFFICIAL-SENSITIVE\r\n") == 3
    assert "SUMMARY:OFFICIAL-SENSITIVE: Hertsmere JAG\\, November 2026\r\n" in text
    assert re.search(r"SUMMARY:OFFICIAL-SENSITIVE: Action JAG-2026-12/\d+ due\r\n", text)
    unfolded = text.replace("\r\n ", "")
    for detail in (ARABIC, POLISH, "Tom O'Neill", "Shenley Road parade", "Extra patrols", "Chair"):
        assert detail not in unfolded, detail

    status, printed, err = run(capsys, "--db", str(meeting_db), "export", "ics", "--out", str(out),
                               "--details")
    assert (status, err) == (0, "")
    unfolded = out.read_bytes().decode("utf-8").replace("\r\n ", "")
    assert unfolded.count("CLASS:PRIVATE\r\n") == 3
    for detail in (f"Chair: {ARABIC}", "Agenda:\\n1. Shenley Road parade", f"{POLISH}\\, "
                   "Hertfordshire Constabulary (apologies)", "Tom O'Neill (guest)\\, Neighbourhood Watch",
                   "due: Extra patrols on Fridays", f"Owner: {POLISH} (Hertfordshire Constabulary)"):
        assert detail in unfolded, detail

    status, printed, err = run(capsys, "--db", str(meeting_db), "export", "ics", "--out", str(out),
                               "--from", "2026-12-01", "--to", "2026-12-15")
    assert (status, err) == (0, "")
    assert printed == f"Wrote 1 meeting and 0 open actions due to {out}.\n"


@pytest.mark.parametrize(("argv", "problem"), [
    (["minutes", "2030-01-01", "--out", "m.docx"], "meeting"),
    (["minutes", "Nothing like it", "--out", "m.docx"], "meeting"),
    (["minutes", "2026-12-10", "--out", "m.pdf"], "--out must end in .docx, not '.pdf'."),
    (["minutes", "2026-12-10", "--out", "m.docx", "--template", "letterhead.txt"],
     "must be a Word .docx file"),
    (["minutes", "2026-12-10", "--out", "m.docx", "--template", "broken.docx"],
     "is not a Word document that can be read"),
    (["ics", "--out", "cal.txt"], "--out must end in .ics, not '.txt'."),
    (["ics", "--out", "cal.ics", "--from", "12/01/2026"], "--from '12/01/2026' is not a date (YYYY-MM-DD)."),
    (["ics", "--out", "cal.ics", "--from", "2026-12-02", "--to", "2026-12-01"], "--to must not be before"),
])
def test_bad_input_is_one_sentence(meeting_db: Path, tmp_path: Path, capsys: Capsys, argv: list[str],
                                   problem: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.docx").write_text("not a Word file")
    (tmp_path / "letterhead.txt").write_text("letterhead")
    before = sorted(p.name for p in tmp_path.iterdir())
    status, printed, err = run(capsys, "--db", str(meeting_db), "export", *argv)
    assert status == 2 and printed == ""
    assert err.startswith("jagdesk: ") and err.count("\n") == 1
    assert problem in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before

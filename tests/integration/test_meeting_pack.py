"""The meeting pack built from the demo store (SQLite and PostgreSQL) and read back from the PDF."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from jagdesk.domain.meetings.vocabulary import MeetingPack
from jagdesk.errors import NotFoundError
from jagdesk.exports.meetings.pack.pdf import write_pack_pdf
from jagdesk.services.meetings.pack.pack import build_meeting_pack
from jagdesk.services.meetings.pack.redact import WITHHELD, build_redactor
from jagdesk.store.models import Contact, Meeting, Person
from jagdesk.store.opening import Store

TODAY = date(2021, 2, 4)


def _text(path: Path) -> str:
    """The PDF's text, ligatures undone and white space collapsed (a name may wrap)."""
    pages = pypdf.PdfReader(path).pages
    raw = unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in pages))
    return " ".join(raw.split())


def _february(store: Store) -> uuid.UUID:
    with store.unit_of_work() as uow:
        return uow.session.scalars(select(Meeting.id).where(Meeting.held_on == TODAY)).one()


def _personal(store: Store) -> list[str]:
    """Every name, alias, contact name and personal detail in the store."""
    found: list[str] = []
    with store.unit_of_work() as uow:
        for person in uow.session.scalars(select(Person)):
            found.append(f"{person.given_names} {person.family_name}".strip())
            found += [a.strip() for a in person.aliases.splitlines() if a.strip()]
            found += [v for v in (person.phone, person.email, person.postcode) if v]
            if person.date_of_birth:
                found += [f"{person.date_of_birth:%d/%m/%Y}",
                          f"{person.date_of_birth.day} {person.date_of_birth:%b %Y}"]
        for name, phone, email in uow.session.execute(select(Contact.name, Contact.phone, Contact.email)):
            found += [v for v in (name, phone, email) if v]
    return found


@pytest.fixture
def demo(shared_data: Path, demo_on_backend: Store) -> Store:
    """A store holding the demo partnership with its public data, on each backend."""
    return demo_on_backend


def _pack(store: Store, meeting: uuid.UUID, public: bool) -> MeetingPack:
    with store.unit_of_work() as uow:
        return build_meeting_pack(uow, meeting, public=public, today=TODAY)


def test_full_and_public_packs(demo: Store, tmp_path: Path) -> None:
    meeting = _february(demo)
    full = _pack(demo, meeting, public=False)
    assert full.hotspots and full.cases and full.statistics and full.previous_actions
    assert all(sheet.map is not None and sheet.map.wards for sheet in full.hotspots)
    assert any(sheet.map is not None and sheet.map.crimes for sheet in full.hotspots)
    assert any(m.count for sheet in full.hotspots for m in sheet.monthly)
    # The months before the meeting: of Feb 2020 to Jan 2021 the demo holds January 2021 only
    # (its February is after the meeting), and no comparison with 2020.
    [stats] = full.statistics
    assert full.crime_months == "Feb 2020 to Jan 2021"
    assert stats.title == "The partnership (all wards): Jan 2021"
    assert stats.columns == ("Crime type", "Jan 2021")
    assert stats.rows[-1][0] == "All crime (excluding ASB)"
    assert stats.sentences == ("No comparison with Jan 2020: the store does not hold "
                               "police.uk street data for every one of those months.",)
    assert all(m.month == "2021-01" for sheet in full.hotspots for m in sheet.monthly)

    path = tmp_path / "full.pdf"
    write_pack_pdf(full, path)
    text = _text(path)
    attendees = [a.name for a in full.meeting.attendees]
    owners = [a.owner for item in full.meeting.items for a in item.actions if a.owner]
    owners += [a.owner for a in full.previous_actions if a.owner]
    assert attendees and owners
    for name in attendees + owners:
        assert name in text, name
    assert "OFFICIAL-SENSITIVE" in text

    public = _pack(demo, meeting, public=True)
    assert public.meeting.marking == "OFFICIAL"
    assert all(not a.name for a in public.meeting.attendees)
    assert all(not a.owner for a in public.previous_actions)
    assert all(case.marking == "OFFICIAL" for case in public.cases)
    path = tmp_path / "public.pdf"
    write_pack_pdf(public, path)
    text = _text(path)
    lowered = text.lower()
    personal = _personal(demo)
    assert len(personal) > 30
    for value in personal:
        assert value.lower() not in lowered, value
    assert "OFFICIAL-SENSITIVE" not in text and "OFFICIAL" in text
    # agencies are still there, counted
    assert "Hertfordshire Constabulary" in text and "Present" in text


def test_the_redactor_withholds_whole_words_only(demo: Store) -> None:
    with demo.unit_of_work() as uow:
        redactor = build_redactor(uow)
        contact = uow.session.scalars(select(Contact).order_by(Contact.name)).first()
        assert contact is not None
        name = contact.name
    surname = name.split()[-1]
    cleaned = redactor.text(f"Spoke to {name.upper()} and {surname}; call 01707 123456 or "
                            "a.b@example.org at WD6 1WA.")
    assert name.upper() not in cleaned and surname not in cleaned
    assert cleaned.count(WITHHELD) == 2
    assert "01707" not in cleaned and "example.org" not in cleaned and "WD6" not in cleaned
    assert redactor.text(f"{surname}s") == f"{surname}s"  # a longer word is not a name


def test_a_meeting_that_has_gone(demo: Store) -> None:
    with demo.unit_of_work() as uow, pytest.raises(NotFoundError):
        build_meeting_pack(uow, uuid.uuid4())


def _meeting(store: Store, held_on: date) -> uuid.UUID:
    with store.unit_of_work() as uow:
        return uow.session.scalars(select(Meeting.id).where(Meeting.held_on == held_on)).one()


def _built(store: Store, held_on: date, today: date) -> MeetingPack:
    with store.unit_of_work() as uow:
        return build_meeting_pack(uow, _meeting(store, held_on), today=today)


LATER = date(2026, 12, 1)


def test_a_pack_is_its_meetings_not_the_stores_latest(demo: Store, tmp_path: Path) -> None:
    """Printed long after, the February pack is as the meeting saw it on 4 February 2021."""
    pack = _built(demo, TODAY, LATER)
    assert pack.records_to == TODAY
    audits = [line for sheet in pack.hotspots for line in sheet.audits]
    engagement = [line for sheet in pack.hotspots for line in sheet.engagement]
    # The demo's audits of 11 and 15 February and letters of 18 and 22 February came later.
    assert audits and not any(x in " ".join(audits) for x in ("11 Feb 2021", "15 Feb 2021"))
    assert not any(x in " ".join(engagement) for x in ("18 Feb 2021", "22 Feb 2021"))
    updates = [a.latest_update for a in pack.previous_actions if a.latest_update]
    updates += [a.latest_update for case in pack.cases for a in case.actions if a.latest_update]
    assert updates
    for update in updates:
        day, month, year = update.split(":", 1)[0].split()
        assert date(int(year), ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                "Nov", "Dec"].index(month) + 1, int(day)) <= TODAY, update
    # The newsletter action, open then and due in March, was not yet overdue.
    newsletter = next(a for a in pack.previous_actions if a.reference == "JAG-2021-01/04")
    assert (newsletter.status, newsletter.overdue, newsletter.latest_update) == ("open", False, "")
    # Actions agreed at the meeting itself, or done after it, are not what the meeting read.
    [case] = pack.cases
    assert "JAG-2021-02/04" not in [a.reference for a in case.actions]
    assert all(a.status != "done" or a.reference == "PS-2021-001/01" for a in case.actions)

    path = tmp_path / "pack.pdf"
    write_pack_pdf(pack, path)
    text = _text(path)
    assert "Printed on 1 Dec 2026, after the meeting" in text
    assert "Crime figures Feb 2020 to Jan 2021, the last complete months before the meeting" in text


def test_a_pack_before_any_data_says_so_rather_than_showing_later_months(demo: Store,
                                                                         tmp_path: Path) -> None:
    pack = _built(demo, date(2020, 12, 3), LATER)
    assert pack.statistics == () and pack.crime_months == "Dec 2019 to Nov 2020"
    assert all(sheet.monthly == () and sheet.map is not None and sheet.map.crimes == ()
               for sheet in pack.hotspots)
    path = tmp_path / "pack.pdf"
    write_pack_pdf(pack, path)
    text = _text(path)
    assert ("The store holds no police.uk street data for Dec 2019 to Nov 2020, the last complete "
            "months before the meeting") in text
    # No month of 2021 (the store's) in a chart or a table of figures (a due date may be then).
    for words in ("Jan 21", "Feb 21", "incidents from", "Jan 2021 to", "All crime"):
        assert words not in text, words
    assert "No incidents to chart: the store holds no police.uk street data for Dec 2019 to Nov 2020" in text


def test_the_pack_carries_the_last_meetings_minutes_and_each_action_once(demo: Store,
                                                                         tmp_path: Path) -> None:
    pack = _built(demo, TODAY, TODAY)
    assert pack.previous_minutes is not None
    assert pack.previous_minutes.title == "Hertsmere JAG, January 2021"
    path = tmp_path / "pack.pdf"
    write_pack_pdf(pack, path)
    text = _text(path)
    assert "Minutes of the last meeting: Hertsmere JAG, January 2021" in text
    assert "The chair welcomed members. PCSO Gary Lund joined" in text  # January's
    assert "The analysis shows 17 thefts from vehicles" not in text  # February's own minutes
    # Matters arising: each earlier action's description printed once.
    for action in pack.previous_actions:
        assert text.count(" ".join(action.description.split())) == 1, action.reference
    # The first meeting of the series has none to agree.
    first = _built(demo, date(2020, 12, 3), TODAY)
    assert first.previous_minutes is None and first.previous_actions == ()


def test_the_hotspot_maps_name_their_streets(demo: Store, tmp_path: Path) -> None:
    pack = _built(demo, date(2021, 3, 4), date(2021, 3, 1))
    by_name = {sheet.name: sheet for sheet in pack.hotspots}
    parade = by_name["Shenley Road shopping parade, Borehamwood"]
    assert parade.map is not None
    names = [name for name, _ in parade.map.streets]
    assert "Shenley Road" in names and "Supermarket" not in names
    path = tmp_path / "pack.pdf"
    write_pack_pdf(pack, path)
    text = _text(path)
    assert "Shenley Road" in text and "ward boundary" in text and "Darkes Lane" in text

"""The meeting pack built from the demo store (SQLite and PostgreSQL) and read back from the PDF."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from jagdesk.domain.meetings import MeetingPack
from jagdesk.errors import NotFoundError
from jagdesk.exports.pack_pdf import write_pack_pdf
from jagdesk.services.demo import load_demo
from jagdesk.services.meeting_pack import build_meeting_pack
from jagdesk.services.meeting_pack_redact import WITHHELD, build_redactor
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
def demo(store: Store, shared_data: Path) -> Store:
    with store.unit_of_work() as uow:
        load_demo(uow)
    return store


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
    # The demo holds January and February 2021 only: those months, and no comparison with 2020.
    [stats] = full.statistics
    assert stats.title == "The partnership (all wards): Jan 2021 to Feb 2021"
    assert stats.columns == ("Crime type", "Jan 2021 to Feb 2021")
    assert stats.rows[-1] == ("All crime (excluding ASB)", "1099")
    assert stats.sentences == ("No comparison with Jan 2020 to Feb 2020: the store does not hold "
                               "police.uk street data for every one of those months.",)

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

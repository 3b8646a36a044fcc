"""The public pack of every demo meeting, on SQLite and PostgreSQL, read back from the PDF: every name
withheld (register, contacts, guests, anyone after a title), ordinary words and street names kept,
and what each case, hotspot and action keeps out of public documents left out."""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from jagdesk.domain.meetings.pack.name_words import COMMON_WORDS
from jagdesk.domain.meetings.pack.public_fields import RecordKind
from jagdesk.exports.meetings.pack.pdf import write_pack_pdf
from jagdesk.services.meetings.pack.pack import build_meeting_pack
from jagdesk.services.meetings.pack.public_fields import public_setting, set_public_withheld
from jagdesk.services.meetings.pack.redact import LEFT_OUT, PackReview, ReviewKind
from jagdesk.store.models import AgendaItem, Contact, Hotspot, Meeting, MeetingAttendee, Person, ProblemCase
from jagdesk.store.opening import Store

TODAY = date(2021, 3, 10)
TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|PC|PCSO|DC|DS|DI|Sgt|Insp\.?|Supt|"
                    r"Stn Cdr)\s+(?!\[name withheld\])([A-Z][\w'’-]+)")


@pytest.fixture
def demo(shared_data: Path, demo_on_backend: Store) -> Store:
    """A store holding the demo partnership with its public data, on each backend."""
    return demo_on_backend


def _text(path: Path) -> str:
    raw = unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages))
    return " ".join(raw.split())


def _public(store: Store, meeting_id: uuid.UUID, path: Path, withhold: tuple[str, ...] = ()) -> tuple[
        str, PackReview]:
    review = PackReview(withhold=withhold)
    with store.unit_of_work() as uow:
        pack = build_meeting_pack(uow, meeting_id, public=True, today=TODAY, review=review)
    write_pack_pdf(pack, path)
    return _text(path), review


def _name_words(store: Store) -> set[str]:
    """Every word of every name in the store: register, aliases, contacts, guests (titles apart)."""
    names: list[str] = []
    with store.unit_of_work() as uow:
        for person in uow.session.scalars(select(Person)):
            names += [person.given_names, person.family_name, *person.aliases.splitlines()]
        names += list(uow.session.scalars(select(Contact.name)))
        names += [n for n in uow.session.scalars(select(MeetingAttendee.guest_name)) if n]
    titles = {"insp.", "pc", "pcso", "stn", "cdr", "dr", "cllr", "mr", "mrs", "ms"}
    return {w for n in names for w in n.replace("-", " ").split() if w.lower() not in titles and len(w) > 2}


def _meetings(store: Store) -> list[uuid.UUID]:
    with store.unit_of_work() as uow:
        return list(uow.session.scalars(select(Meeting.id).order_by(Meeting.held_on)))


def test_every_demo_meetings_public_pack_names_nobody(demo: Store, tmp_path: Path) -> None:
    words = _name_words(demo)
    assert {"Patel", "Meena", "Lloyd", "Ellison", "Rahman", "Donovan"} <= words
    texts = []
    for number, meeting_id in enumerate(_meetings(demo)):
        text, review = _public(demo, meeting_id, tmp_path / f"public-{number}.pdf")
        texts.append(text)
        # "Mark the victims' valuables": there "Mark" is an ordinary word
        scanned = text.replace("Mark the victims' valuables", "")
        for word in words:
            found = re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", scanned, re.IGNORECASE)
            if word.lower() in COMMON_WORDS:  # in lower case an ordinary word
                found = [f for f in found if f[0].isupper()]
            assert not found, (word, number)
        assert not TITLED.findall(text), TITLED.findall(text)
        assert all(line.section and line.context for line in review.lines)
    everything = " ".join(texts)
    # ordinary words and street names stay
    for kept in ("Mark the victims' valuables", "Shenley Road", "Darkes Lane", "Mutton Lane",
                 "Baldock Way", "Oakmere Avenue", "Cllr [name withheld]", "PC [name withheld]",
                 "Hertfordshire Constabulary"):
        assert kept in everything, kept
    # what would identify or endanger is left out: the offender side, licence conditions, camera
    # blind spots, the victims' description and streets
    for gone in ("licence conditions", "GPS tag", "one man working alone", "does not cover the rear bays",
                 "Windmill Street", "Older people living alone, who open the door", "Integrated Offender"):
        assert gone not in everything, gone
    assert LEFT_OUT in everything


def test_the_review_lists_each_span_and_more_words_can_be_withheld(demo: Store, tmp_path: Path) -> None:
    with demo.unit_of_work() as uow:
        meeting_id = uow.session.scalars(select(Meeting.id).where(Meeting.held_on == date(2021, 3, 4))).one()
    text, review = _public(demo, meeting_id, tmp_path / "public.pdf")
    assert "Hatfield" in text and "Hatfield" in review.possible_names
    names = review.of_kind(ReviewKind.NAME)
    assert any(line.text == "Meena Patel" and "Cllr [Meena Patel]" in line.context
               and line.section.startswith("Minutes, item 1.") for line in names)
    fields = review.of_kind(ReviewKind.FIELD)
    assert any(line.section == "Case PS-2020-003" and line.text == "Offender side"
               for line in fields)
    text, review = _public(demo, meeting_id, tmp_path / "more.pdf", withhold=("Hatfield",))
    assert "Hatfield" not in text and "Hatfield" not in review.possible_names
    assert any(line.text == "Hatfield" for line in review.of_kind(ReviewKind.NAME))


def test_names_in_free_text_and_places_that_look_like_names(demo: Store, tmp_path: Path) -> None:
    with demo.unit_of_work() as uow:
        meeting_id = uow.session.scalars(select(Meeting.id).where(Meeting.held_on == date(2021, 3, 4))).one()
        # The March pack carries February's minutes for members to agree.
        february = uow.session.scalars(select(Meeting.id).where(
            Meeting.held_on == date(2021, 2, 4))).one()
        item = uow.session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == february)
                                   .order_by(AgendaItem.position)).first()
        assert item is not None
        item.minutes = ("Marcus Bell walked from Bell Lane to Grace Baptist Church. Mr Donovan, DONOVAN "
                        "and Donovan's friend Reecey met Cllr Amrit Gill at Donovan Road. Grace O'Neill "
                        "and Grace reported it; Mark said the mark was new. Mark the route on the map.")
        uow.commit()
    text, _ = _public(demo, meeting_id, tmp_path / "public.pdf")
    assert ("[name withheld] walked from Bell Lane to Grace Baptist Church. Mr [name withheld], "
            "[name withheld] and [name withheld]'s friend [name withheld] met Cllr [name withheld] at "
            "Donovan Road. [name withheld] and [name withheld] reported it; [name withheld] said the mark "
            "was new. Mark the route on the map.") in text


def test_each_record_keeps_its_own_fields_out(demo: Store, tmp_path: Path) -> None:
    with demo.unit_of_work() as uow:
        meeting_id = uow.session.scalars(select(Meeting.id).where(Meeting.held_on == date(2021, 3, 4))).one()
        hotspot = uow.session.scalars(select(Hotspot).where(Hotspot.name.like("Darkes Lane%"))).one()
        case = uow.session.scalars(select(ProblemCase).where(ProblemCase.reference == "PS-2020-003")).one()
        hotspot_id, case_id = hotspot.id, case.id
        assert public_setting(uow, RecordKind.HOTSPOT, hotspot_id).withheld == {"audits"}
        assert not public_setting(uow, RecordKind.CASE, case_id).chosen
    text, _ = _public(demo, meeting_id, tmp_path / "before.pdf")
    assert "drug litter by the recycling bins" not in text and "adult street drinkers" not in text
    assert "Suspected drug dealing from cars" in text
    with demo.unit_of_work() as uow:
        set_public_withheld(uow, RecordKind.HOTSPOT, hotspot_id, ["description"])
        setting = set_public_withheld(uow, RecordKind.CASE, case_id, ["victim", "guardian", "handler"])
        assert setting.chosen and setting.withheld == {"victim", "guardian", "handler"}
    text, _ = _public(demo, meeting_id, tmp_path / "after.pdf")
    assert "drug litter by the recycling bins" in text and "adult street drinkers" in text
    assert "Suspected drug dealing from cars" not in text


"""What a take-out brings of other localities, on SQLite and PostgreSQL: a record of theirs that a
record taken refers to comes (so the file holds no dangling reference), without what belongs to
it; the rest of their work stays behind."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from jagdesk.services.offline.takeout import take_out, taken_out
from jagdesk.services.offline.types import TakeoutRequest
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import CaseHotspot, Hotspot, HotspotStatusChange, Locality, ProblemCase
from jagdesk.store.opening import Store, open_store

PASSPHRASE = "correct horse battery"
LINKED = "Oakmere Park, Potters Bar"
UNLINKED = "Darkes Lane car park, Potters Bar"


def _link_case_to_hotspot(store: Store) -> tuple[uuid.UUID, uuid.UUID]:
    """The Borehamwood case linked to a Potters Bar hotspot, as a case can be: the link's id and
    the hotspot's."""
    with store.unit_of_work() as uow:
        case = uow.session.scalars(select(ProblemCase).join(Locality)
                                   .where(Locality.name == "Borehamwood")).first()
        assert case is not None
        hotspot = uow.session.scalars(select(Hotspot).where(Hotspot.name == LINKED)).one()
        link = CaseHotspot(case_id=case.id, hotspot_id=hotspot.id)
        uow.session.add(link)
        uow.commit()
        return link.id, hotspot.id


def test_another_localitys_hotspot_linked_to_a_case_comes_without_its_history(
        demo_on_backend: Store, tmp_path: Path) -> None:
    link, linked = _link_case_to_hotspot(demo_on_backend)
    with demo_on_backend.unit_of_work() as uow:
        history = set(uow.session.scalars(select(HotspotStatusChange.id)
                                          .where(HotspotStatusChange.hotspot_id == linked)))
        unlinked = uow.session.scalars(select(Hotspot.id).where(Hotspot.name == UNLINKED)).one()
        theirs = set(uow.session.scalars(select(ProblemCase.id).join(Locality)
                                         .where(Locality.name != "Borehamwood")))
    assert history and theirs
    result = take_out(demo_on_backend, TakeoutRequest("Borehamwood", tmp_path / "hall.db", PASSPHRASE))
    with open_store(sqlite_location(result.file), PASSPHRASE, create=False) as laptop, \
            laptop.unit_of_work() as uow:
        assert uow.session.get(CaseHotspot, link) is not None
        assert uow.session.get(Hotspot, linked) is not None
        assert uow.session.get(Hotspot, unlinked) is None
        held = set(uow.session.scalars(select(HotspotStatusChange.id)))
        assert not held & history
        assert not set(uow.session.scalars(select(ProblemCase.id))) & theirs
    with demo_on_backend.unit_of_work() as uow:
        # The linked hotspot is away on the laptop too: a colleague editing it is told.
        away = taken_out(uow, linked)
        assert away is not None and away.takeout == result.token
        assert taken_out(uow, unlinked) is None

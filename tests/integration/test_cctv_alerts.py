"""The dashboard's CCTV alerts computed from a real store: an application awaiting the magistrate,
an authorisation ending within 14 days, a review due, and an authorisation left to lapse, each on
the day it falls and not the day before."""

from __future__ import annotations

import uuid
from datetime import date, time

from jagdesk.services.cctv.alerts import cctv_alerts
from jagdesk.services.cctv.authorisations import ApplicationInput, add_application
from jagdesk.services.cctv.officers import save_officer
from jagdesk.services.cctv.ripa_lifecycle import record_decision
from jagdesk.store.models import RipaAuthorisation
from jagdesk.store.opening import Store


def _pending(store: Store) -> uuid.UUID:
    with store.unit_of_work("test") as uow:
        officer = save_officer(uow, None, None, "Dana Whitfield", "Head of Community Safety").id
        return add_application(uow, ApplicationInput(
            "Op Lantern", "Theft", officer, description="Thefts from parked vans",
            necessity="Other means tried", authorised_on=date(2026, 6, 12))).id


def _what(store: Store, day: date) -> dict[str, list[str]]:
    """Each alert list's (reference: what) on `day`, the empty lists left out."""
    with store.unit_of_work() as uow:
        alerts = cctv_alerts(uow, day)
    return {name: [f"{a.reference}: {a.what}" for a in found]
            for name, found in vars(alerts).items() if found}


def test_ripa_alerts_fall_on_their_days(store: Store) -> None:
    record_id = _pending(store)
    assert _what(store, date(2026, 6, 13)) == {
        "approvals_pending": ["RIPA-2026-001: Op Lantern: awaiting the magistrate"]}
    with store.unit_of_work("jp") as uow:
        version = uow.get(RipaAuthorisation, record_id).version
        record_decision(uow, record_id, version, "approved", date(2026, 6, 15), time(10, 30),
                        "St Albans Magistrates' Court", "J. Patel JP")
    assert _what(store, date(2026, 7, 12)) == {}  # approved, its first review not yet due
    assert _what(store, date(2026, 7, 13)) == {"ripa_reviews_due": ["RIPA-2026-001: Op Lantern: review due"]}
    ending = "RIPA-2026-001: Op Lantern: ends within 14 days; cancel or renew"
    assert ending not in _what(store, date(2026, 8, 30)).get("authorisations_ending", [])
    assert ending in _what(store, date(2026, 8, 31))["authorisations_ending"]  # ends 14 September
    [lapsed] = _what(store, date(2026, 9, 15))["authorisations_ending"]
    assert lapsed.startswith("RIPA-2026-001: Op Lantern: LAPSED without cancellation")

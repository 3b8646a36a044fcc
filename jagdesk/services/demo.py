"""The demo partnership: a fictional Hertsmere CSP to explore JAGDesk with."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jagdesk import paths
from jagdesk.errors import JagdeskError
from jagdesk.importers.boundaries import read_areas
from jagdesk.services.maintenance import has_records
from jagdesk.store.models import Agency, Contact, Locality, Ward
from jagdesk.store.uow import UnitOfWork

DEMO_FILE = "demo/hertsmere.json"
WARDS_FILE = "geo/hertsmere-wards-2013.geojson"


@dataclass(frozen=True)
class DemoSummary:
    """What the demo added."""

    agencies: int
    contacts: int
    localities: int
    wards: int


def _demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (paths.resources_dir() / DEMO_FILE).read_text(encoding="utf-8")
    )
    return data


def _ward_names(listed: dict[str, str]) -> dict[str, str]:
    """Ward names from the ONS boundary file beside the project, where it is, else from the demo."""
    shared = paths.shared_data_dir()
    if shared is None or not (shared / WARDS_FILE).is_file():
        return listed
    return {area.code: area.name for area in read_areas(Path(shared / WARDS_FILE))}


def load_demo(uow: UnitOfWork) -> DemoSummary:
    """Fill an empty store with the demo partnership, in one transaction."""
    if has_records(uow.session):
        raise JagdeskError("The store already has records; the demo loads only into an empty store.")
    data = _demo_data()
    session = uow.session
    contacts = 0
    for item in data["agencies"]:
        agency = Agency(name=item["name"], agency_type=item["type"], active=item.get("active", True))
        session.add(agency)
        for person in item["contacts"]:
            session.add(Contact(agency=agency, **person))
            contacts += 1
    listed = {code: name for loc in data["localities"] for code, name in loc["wards"]}
    names = _ward_names(listed)
    for item in data["localities"]:
        locality = Locality(name=item["name"], description=item["description"])
        session.add(locality)
        for code, _name in item["wards"]:
            session.add(Ward(code=code, name=names.get(code, listed[code]), locality=locality))
    uow.commit()
    return DemoSummary(len(data["agencies"]), contacts, len(data["localities"]), len(listed))

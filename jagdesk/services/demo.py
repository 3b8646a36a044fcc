"""The demo partnership: a fictional Hertsmere CSP to explore JAGDesk with."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jagdesk import paths
from jagdesk.errors import JagdeskError
from jagdesk.services.demo_cases import stage_demo_cases
from jagdesk.services.demo_meetings import stage_demo_meetings
from jagdesk.services.demo_places import stage_demo_hotspots
from jagdesk.services.demo_plan import stage_demo_plan
from jagdesk.services.maintenance import has_records
from jagdesk.store.models import Agency, Contact, Locality, Lsoa, Ward
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from jagdesk.importers.boundaries import Boundary

DEMO_FILE = "demo/hertsmere.json"
WARDS_FILE = "geo/hertsmere-wards-2013.geojson"
LSOAS_FILE = "geo/hertsmere-lsoa-2011.geojson"
# Street files before the outcomes file, so that the outcomes find their crimes.
CRIME_FILES = ("policeuk/2021-01-hertfordshire-street.csv",
               "policeuk/2021-02-hertfordshire-street.csv",
               "policeuk/2021-01-hertfordshire-outcomes.csv")


@dataclass(frozen=True)
class DemoSummary:
    """What the demo added; `missing` says which public data files were not there to load."""

    agencies: int
    contacts: int
    localities: int
    wards: int
    ward_boundaries: int = 0
    lsoas: int = 0
    crime_files: int = 0
    crimes: int = 0
    outcomes_updated: int = 0
    missing: str = ""
    hotspots: int = 0
    people: int = 0
    cases: int = 0
    actions: int = 0
    meetings: int = 0
    meeting_actions: int = 0
    action_plan_items: int = 0


def _demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (paths.resources_dir() / DEMO_FILE).read_text(encoding="utf-8")
    )
    return data


def _public_files() -> tuple[dict[str, Path], list[str]]:
    """The public data files beside the project that are there, and the names of those that are not."""
    shared = paths.shared_data_dir()
    found: dict[str, Path] = {}
    missing: list[str] = []
    for name in (WARDS_FILE, LSOAS_FILE, *CRIME_FILES):
        if shared is not None and (shared / name).is_file():
            found[name] = Path(shared / name)
        else:
            missing.append(Path(name).name)
    return found, missing


def _boundaries(path: Path | None) -> dict[str, Boundary]:
    if path is None:
        return {}
    from jagdesk.importers.boundaries import read_boundaries  # shapely loads only for the demo

    return {item.code.upper(): item for item in read_boundaries(path).boundaries}


def _shape(record: Ward | Lsoa, item: Boundary) -> None:
    record.geometry = item.geojson
    record.min_lon, record.min_lat, record.max_lon, record.max_lat = item.bounds


def _add_reference_data(uow: UnitOfWork, data: dict[str, Any],
                        wards: dict[str, Boundary]) -> tuple[int, int]:
    """Agencies, contacts, localities and wards (named and shaped from the boundary file)."""
    session = uow.session
    contacts = 0
    for item in data["agencies"]:
        agency = Agency(name=item["name"], agency_type=item["type"], active=item.get("active", True))
        session.add(agency)
        for person in item["contacts"]:
            session.add(Contact(agency=agency, **person))
            contacts += 1
    shaped = 0
    for item in data["localities"]:
        locality = Locality(name=item["name"], description=item["description"])
        session.add(locality)
        for code, name in item["wards"]:
            ward = Ward(code=code, name=name, locality=locality)
            boundary = wards.get(code.upper())
            if boundary is not None:
                ward.name = boundary.name
                _shape(ward, boundary)
                shaped += 1
            session.add(ward)
    return contacts, shaped


def load_demo(uow: UnitOfWork) -> DemoSummary:
    """Fill an empty store with the demo partnership, in one transaction.

    With the public data beside the project, the demo also holds the Hertsmere ward boundaries
    and LSOAs and two months of Hertfordshire police.uk crimes with their outcomes. Problem-solving
    cases with their people and actions are worked at the demo hotspots, and the Hertsmere JAG's
    meetings (three held, the next planned) and a problem-solving meeting follow them.
    """
    if has_records(uow.session):
        raise JagdeskError("The store already has records; the demo loads only into an empty store.")
    data = _demo_data()
    files, missing = _public_files()
    contacts, shaped = _add_reference_data(uow, data, _boundaries(files.get(WARDS_FILE)))
    lsoas = _boundaries(files.get(LSOAS_FILE))
    for code, item in lsoas.items():
        lsoa = Lsoa(code=code, name=item.name)
        _shape(lsoa, item)
        uow.session.add(lsoa)
    uow.session.flush()  # the wards' boundaries must be in place before crimes are placed in them
    crime_files = crimes = outcomes = 0
    if any(name in files for name in CRIME_FILES):
        from jagdesk.services.crime_import import stage_police_uk

        for name in CRIME_FILES:
            if name in files:
                summary = stage_police_uk(uow, files[name])
                crime_files += 1
                crimes += summary.imported
                outcomes += summary.outcomes_updated
    hotspots = stage_demo_hotspots(uow)
    cases = stage_demo_cases(uow)
    meetings = stage_demo_meetings(uow)
    plan_items = stage_demo_plan(uow)
    uow.commit()
    note = ""
    if missing:
        note = ("The public data (" + ", ".join(missing) + ") was not found beside the project, "
                "so the demo has no boundaries or crimes from it.")
    wards = sum(len(item["wards"]) for item in data["localities"])
    return DemoSummary(len(data["agencies"]), contacts, len(data["localities"]), wards, shaped,
                       len(lsoas), crime_files, crimes, outcomes, note, hotspots, cases.people,
                       cases.cases, cases.actions, meetings=meetings.meetings,
                       meeting_actions=meetings.actions, action_plan_items=plan_items)

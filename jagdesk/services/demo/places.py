"""Demo hotspots in Hertsmere, each with its status history, a visual audit and engagement."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from sqlalchemy import select

from jagdesk.domain.hotspots import (
    canonical_categories,
    engagement_errors,
    hotspot_errors,
    visual_audit_errors,
)
from jagdesk.errors import JagdeskError
from jagdesk.services.demo.time import DemoTime
from jagdesk.services.places.crime_areas import ward_at
from jagdesk.store.models import Contact, Engagement, Hotspot, HotspotStatusChange, VisualAudit, Ward
from jagdesk.store.uow import UnitOfWork

# Real police.uk snap points (Hertfordshire, 2021) at real places; the work done there is invented.
DEMO_HOTSPOTS: tuple[dict[str, Any], ...] = (
    {
        "name": "Shenley Road shopping parade, Borehamwood",
        "description": "Groups of young people gathering and drinking on the benches outside the "
                       "supermarket and in the service alley behind the parade, most evenings "
                       "from about 6pm, deterring shoppers and leaving litter.",
        "point": (51.655688, -0.269328), "radius_m": 150, "ward": "E05004750",
        "categories": ["Youths gathering", "Street drinking", "Anti-social behaviour", "Shoplifting"],
        "priority": "high", "source": "resident complaints", "owner": "PC Aisha Rahman",
        "history": [("proposed", date(2020, 10, 8), "Complaints from traders and residents "
                                                   "through the ward councillor."),
                    ("active", date(2020, 11, 5), "Adopted at the November JAG: 34 ASB reports "
                                                 "around the parade in three months.")],
        "audit": (date(2020, 11, 19),
                  "Priya Raman (HBC Community Safety), PC Aisha Rahman (SNT), Siobhan Keane "
                  "(HBC Environmental Health), the supermarket's store manager",
                  "Groups of six to ten gather on the benches by the alley entrance after 6pm; "
                  "cans and bottles under the benches; two lights out in the service alley; the "
                  "alley gate is left open; no signs for the alcohol restriction.",
                  "Repair the alley lighting; fit a lockable gate to the service alley (store "
                  "manager to agree with the landlord); move the two benches at the alley "
                  "entrance; put up PSPO alcohol signs; cut back the hedge screening the alley."),
        "engagement": (date(2020, 11, 26), "survey",
                       "Shenley Road (1-120), Drayton Road, Glenhaven Avenue, Theobald Street",
                       240, 37,
                       "29 of 37 named groups drinking by the benches in the evening and 21 the "
                       "litter; 12 feel unsafe walking through the parade after dark; many asked "
                       "for more patrols and better lighting."),
    },
    {
        "name": "Oakmere Park, Potters Bar",
        "description": "Off-road motorcycles and mopeds ridden across the park and its playing "
                       "fields, on weekday evenings and Sunday afternoons.",
        "point": (51.690899, -0.171800), "radius_m": 250, "ward": "E05004758",
        "categories": ["Nuisance motorcycles", "Anti-social behaviour", "Criminal damage and arson"],
        "priority": "medium", "source": "councillor", "owner": "PC Harjit Sandhu",
        "history": [("proposed", date(2020, 9, 10), "Raised by the Oakmere ward councillor."),
                    ("active", date(2020, 10, 1), "Adopted at the October JAG."),
                    ("monitoring", date(2021, 2, 4), "Barriers fitted at the Oakmere Avenue and "
                                                    "Mutton Lane entrances; reports down from 14 "
                                                    "in September to 2 in January.")],
        "audit": (date(2020, 10, 15), "PC Harjit Sandhu (SNT), Priya Raman (HBC Community "
                  "Safety), HBC Parks officer",
                  "Tyre tracks across the football pitches; the entrance barriers at Oakmere "
                  "Avenue are missing, so bikes ride straight in from the road; a burnt-out "
                  "moped by the pavilion.",
                  "Fit K-frame barriers at both entrances; remove the burnt-out moped; Section 59 "
                  "warnings for riders identified; 'No motorcycles' byelaw signs."),
        "engagement": (date(2020, 10, 22), "letter", "Oakmere Avenue, Oakmere Close, Mutton Lane, "
                       "Byers Close", 180, 22,
                       "Bikes seen mostly on weekday evenings and Sunday afternoons; 9 residents "
                       "gave descriptions or part registrations, passed to the SNT."),
    },
    {
        "name": "Darkes Lane car park, Potters Bar",
        "description": "Suspected drug dealing from cars in the rear car park by the station, and "
                       "thefts from parked vehicles.",
        "point": (51.697963, -0.192512), "radius_m": 120, "ward": "E05004759",
        "categories": ["Drug dealing", "Vehicle crime", "Anti-social behaviour"],
        "priority": "high", "source": "police analysis", "owner": "Insp. Mark Ellison",
        "history": [("proposed", date(2021, 1, 14), "The crime analyst's report to the January JAG."),
                    ("active", date(2021, 2, 4), "Adopted at the February JAG.")],
        "audit": (date(2021, 2, 11), "Insp. Mark Ellison, Ruth Abbott (analyst), Tomasz "
                  "Wiśniewski (HBC CCTV)",
                  "The rear car park is unlit after 8pm and screened by overgrown shrubs; the "
                  "station camera does not cover the rear bays; drug litter by the recycling bins.",
                  "Cut back the shrubs; ask the owner to light the rear bays; consider a "
                  "redeployable CCTV camera (request to the CCTV lead)."),
        "engagement": (date(2021, 2, 18), "letter", "Darkes Lane, The Walk, Byng Drive", 160, 14,
                       "Residents and traders see cars waiting with engines running late at "
                       "night; two gave registrations."),
    },
    {
        "name": "Bignells Corner lay-bys, South Mimms",
        "description": "Builders' waste and tyres dumped in the two lay-bys, mostly overnight at "
                       "weekends.",
        "point": (51.687369, -0.225427), "radius_m": 300, "ward": "E05004760",
        "categories": ["Fly-tipping", "Vehicle crime"],
        "priority": "low", "source": "JAG", "owner": "Siobhan Keane",
        "history": [("proposed", date(2020, 6, 4), "Raised at the JAG by Environmental Health."),
                    ("active", date(2020, 7, 2), "Adopted at the July JAG."),
                    ("monitoring", date(2020, 10, 1), "Gate fitted and camera deployed."),
                    ("closed", date(2021, 1, 7), "No fly-tipping reported for three months after "
                                                "the gate and the overt camera; back to routine "
                                                "enforcement.")],
        "audit": (date(2020, 7, 16), "Siobhan Keane (HBC Environmental Health), Highways officer",
                  "Both lay-bys open all night and unlit; about two tonnes of waste and 30 tyres.",
                  "Lockable gate on the northern lay-by; overt camera with signs; clear the waste "
                  "and keep evidence for enforcement."),
        "engagement": (date(2020, 7, 23), "door knock", "St Albans Road (South Mimms), "
                       "Blackhorse Lane", 40, 15,
                       "Vans seen dumping at night, mostly at weekends; two residents gave vehicle "
                       "details, passed to enforcement."),
    },
    {
        "name": "Baldock Way garages, Cowley Hill",
        "description": "Graffiti, broken bin store doors and bins set alight around the garage "
                       "block; young people gathering there at night.",
        "point": (51.667453, -0.283615), "radius_m": 200, "ward": "E05004749",
        "categories": ["Criminal damage and arson", "Anti-social behaviour", "Youths gathering"],
        "priority": "medium", "source": "resident complaints", "owner": "Fiona Carr",
        "history": [("proposed", date(2021, 2, 4), "Tenants' complaints to William Sutton Housing.")],
        "audit": (date(2021, 2, 15), "Fiona Carr (William Sutton Housing), PCSO from the SNT, "
                  "Ben Achterberg (Fire and Rescue)",
                  "Graffiti on the garage doors; two bin store doors broken; scorched bins from "
                  "fires in January; a gap in the fence onto the footpath.",
                  "Repair the bin store doors with closers; remove graffiti within 48 hours; "
                  "mend the fence; fire service home safety visits for the flats above."),
        "engagement": (date(2021, 2, 22), "survey", "Baldock Way, Welham Close, Northgate Path",
                       150, 19,
                       "Most named the garage block after dark; several worried about the bin "
                       "fires spreading to the flats."),
    },
)


def _check(errors: dict[str, str], name: str) -> None:
    """The demo obeys the same rules as the user: a broken entry is a bug, said plainly."""
    if errors:
        raise JagdeskError(f"Demo hotspot '{name}': " + " ".join(errors.values()))


def _moved(item: dict[str, Any], story: DemoTime) -> dict[str, Any]:
    """A demo hotspot with its dates (and the dates its texts name) moved with the story."""
    if not story.moved:
        return item
    on, attendees, findings, recommendations = item["audit"]
    sent_on, kind, roads, sent, responses, summary = item["engagement"]
    return {**item, "description": story.text(item["description"]),
            "history": [(status, story.day(day), story.text(reason))
                        for status, day, reason in item["history"]],
            "audit": (story.day(on), attendees, story.text(findings), story.text(recommendations)),
            "engagement": (story.day(sent_on), kind, roads, sent, responses, story.text(summary))}


def _add(uow: UnitOfWork, item: dict[str, Any], today: date) -> None:
    session = uow.session
    lat, lon = item["point"]
    _check(hotspot_errors(item["name"], item["description"], lat, lon, item["radius_m"], None,
                          item["categories"], item["priority"], item["source"], ""), item["name"])
    ward = session.scalars(select(Ward).where(Ward.code == item["ward"])).first()
    ward = ward or ward_at(session, lat, lon)
    owner = session.scalars(select(Contact).where(Contact.name == item["owner"])).first()
    history = item["history"]
    hotspot = Hotspot(
        id=uuid.uuid4(), name=item["name"], description=item["description"], latitude=lat,
        longitude=lon, radius_m=item["radius_m"], area=None,
        categories=json.dumps(list(canonical_categories(item["categories"]))),
        priority=item["priority"], source=item["source"], status=history[-1][0],
        owner_id=owner.id if owner else None, ward_id=ward.id if ward else None,
        locality_id=ward.locality_id if ward else None, notes="",
    )
    session.add(hotspot)
    for status, on, reason in history:
        session.add(HotspotStatusChange(hotspot_id=hotspot.id, status=status, changed_on=on,
                                        reason=reason))
    on, attendees, findings, recommendations = item["audit"]
    _check(visual_audit_errors(on, attendees, findings, recommendations, today), item["name"])
    session.add(VisualAudit(hotspot_id=hotspot.id, audit_date=on, attendees=attendees,
                            findings=findings, recommendations=recommendations))
    on, kind, roads, sent, responses, summary = item["engagement"]
    _check(engagement_errors(on, kind, roads, sent, responses, summary, today), item["name"])
    session.add(Engagement(hotspot_id=hotspot.id, sent_on=on, kind=kind, roads=roads,
                           number_sent=sent, responses=responses, summary=summary))


def add_demo_hotspots(uow: UnitOfWork) -> int:
    """Add the demo hotspots (after the demo's wards and contacts, where there are any); commits.

    Returns how many were added. Refused if a hotspot of the same name is already there.
    """
    added = stage_demo_hotspots(uow)
    uow.commit()
    return added


def stage_demo_hotspots(uow: UnitOfWork, story: DemoTime | None = None) -> int:
    """As add_demo_hotspots, but leaves the commit to the caller (the demo loads in one go).

    `time` moves the hotspots' dates with the demo's story; without it they keep their own."""
    names = [item["name"] for item in DEMO_HOTSPOTS]
    if uow.session.scalars(select(Hotspot.name).where(Hotspot.name.in_(names))).first():
        raise JagdeskError("The demo hotspots are already in the store.")
    story = story or DemoTime(today=date.today())
    for item in DEMO_HOTSPOTS:
        _add(uow, _moved(item, story), story.today)
    return len(DEMO_HOTSPOTS)

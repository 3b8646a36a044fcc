"""A hand-built MeetingPack with awkward text, a hotspot map and a 40-page minutes item."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, time

from jagdesk.domain.meetings.vocabulary import (
    Attendee,
    HotspotSheet,
    MapData,
    MeetingPack,
    MinutesAction,
    MinutesDocument,
    MinutesItem,
    MonthCount,
    PackSection,
    StatsTable,
)
from tests.support.case_sheet_sample import (
    ARABIC,
    CHINESE,
    CHINESE_NOTICE,
    EMOJI,
    LONG,
    MARKUP,
    POLISH,
    PUNJABI,
    sample_sheet,
)

CENTRE = (-0.2735, 51.6565)  # Shenley Road, Borehamwood
SENTENCE = ("The group discussed the parade, the lighting, the benches and the patrol plan in detail, "
            "and partners gave their updates one by one. ")


def _ring(lon: float, lat: float, size: float) -> tuple[tuple[float, float], ...]:
    return ((lon - size, lat - size), (lon + size, lat - size * 0.7), (lon + size * 1.1, lat + size),
            (lon - size * 0.8, lat + size * 1.2), (lon - size, lat - size))


def sample_map() -> MapData:
    lon, lat = CENTRE
    crimes = []
    for i in range(400):  # a spiral of snapped points, some repeated
        angle, step = i * 0.7, (i % 80) * 0.00006
        crimes.append((round(lon + step * math.cos(angle), 4), round(lat + step * math.sin(angle) * 0.6, 4)))
    return MapData(centre=CENTRE, radius_m=200.0, area=None, crimes=tuple(crimes),
                   wards=(("Borehamwood Cowley Hill", _ring(lon - 0.004, lat + 0.002, 0.006)),
                          ("Borehamwood Kenilworth", _ring(lon + 0.007, lat - 0.003, 0.005))))


def _action(n: int, owner: str = POLISH) -> MinutesAction:
    return MinutesAction(
        reference=f"JAG-2026-10/{n:02d}",
        description=f"Action {n}: {MARKUP if n == 1 else 'patrol the parade'}",
        owner=owner, agency="Hertfordshire Constabulary", due_on=date(2026, 10, 1 + n),
        status="open" if n % 3 else "done", overdue=bool(n % 3) and n % 2 == 0,
        latest_update=f"5 Nov 2026: spoke to {ARABIC}" if n == 2 else "",
        raised_at="Hertsmere JAG 14 Oct 2026, item 3")


def long_minutes(pages: int = 40) -> str:
    """About `pages` pages of minutes: paragraphs, one very long paragraph and a long token."""
    paragraphs = [SENTENCE * 12 for _ in range(max(pages * 4, 6))]
    paragraphs[3] = SENTENCE * 120  # one paragraph of several pages
    paragraphs[5] = f"See {LONG} for the photos. {ARABIC} {PUNJABI} {EMOJI} {CHINESE_NOTICE}"
    return "\n".join(paragraphs)


def sample_pack(public: bool = False, minutes_pages: int = 40) -> MeetingPack:
    items = (
        MinutesItem(1, "Welcome and apologies", "general", "", "", ()),
        MinutesItem(2, "Matters arising", "matters arising", "", "", ()),
        MinutesItem(3, "Shenley Road parade", "hotspot", long_minutes(minutes_pages),
                    f"Agreed: extra patrols. {MARKUP}", tuple(_action(n) for n in range(1, 4)),
                    hotspot="Shenley Road parade"),
        MinutesItem(4, f"Case PS-2026-014: {POLISH}", "case", f"Discussed with {ARABIC}.", "", (),
                    case_reference="PS-2026-014"),
    )
    meeting = MinutesDocument(
        title="Hertsmere JAG, November 2026", meeting_type="JAG", series="Hertsmere JAG",
        held_on=date(2026, 11, 10), starts_at=time(10, 0), ends_at=time(12, 0),
        venue="Civic Offices, Elstree Way, Borehamwood", chair=POLISH, minute_taker=PUNJABI,
        marking="OFFICIAL" if public else "OFFICIAL-SENSITIVE",
        attendees=(Attendee(POLISH, "Hertsmere Borough Council", "present"),
                   Attendee(ARABIC, "Hertfordshire Constabulary", "present"),
                   Attendee(PUNJABI, "Clarion Housing", "apologies"),
                   Attendee(CHINESE, "Hertfordshire County Council", "apologies"),
                   Attendee("Jo Bloggs", "Residents' association", "present", guest=True)),
        items=tuple(replace(item, minutes="", decisions="", actions=()) for item in items),
        next_meeting="8 December 2026, 10:00, Civic Offices", printed_on=date(2026, 11, 3))
    # The October meeting's minutes, for members to agree: the long item is there.
    previous = replace(meeting, title="Hertsmere JAG, October 2026", held_on=date(2026, 10, 13),
                       items=items, next_meeting="10 November 2026, 10:00, Civic Offices")
    hotspot = HotspotSheet(
        name="Shenley Road parade", status="active", locality="Borehamwood",
        ward="Borehamwood Cowley Hill", description=f"Shops and benches; {EMOJI}",
        owner=f"{ARABIC} (Hertfordshire Constabulary)",
        monthly=tuple(MonthCount(f"2026-{m:02d}", (m * 7) % 13 + 2) for m in range(1, 13)),
        engagement=("Letter on 3 Oct 2026 to Shenley Road: 31 of 120 (26%) replied.",),
        audits=(f"12 Sep 2026: broken lights. Recommended: new lamps (by {POLISH})",),
        map=sample_map())
    stats = StatsTable(
        title="Borehamwood (locality): Nov 2025 to Oct 2026 against Nov 2024 to Oct 2025",
        columns=("Crime type", "Nov 2025 to Oct 2026", "Nov 2024 to Oct 2025", "Change", "% change"),
        rows=(("Burglary", "120", "100", "+20", "20%"), ("Shoplifting", "80", "90", "-10", "-11.1%"),
              ("All crime", "200", "190", "+10", "5.3%")),
        sentences=("Burglary 120 offences, 20 more 20%",))
    return MeetingPack(meeting=meeting, public=public,
                       previous_actions=tuple(_action(n, owner=PUNJABI) for n in range(4, 10)),
                       hotspots=(hotspot,), cases=(sample_sheet(actions=8),), statistics=(stats,),
                       extra_sections=(PackSection("CCTV reviews", ("Camera", "Review due"),
                                                   (("Shenley Road 3", "1 Dec 2026"),)),),
                       previous_minutes=previous, records_to=date(2026, 11, 3),
                       crime_months="Oct 2025 to Sep 2026")

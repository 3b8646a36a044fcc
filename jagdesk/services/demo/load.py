"""The demo partnership: a fictional Hertsmere CSP to explore JAGDesk with."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from jagdesk import paths
from jagdesk.domain.common.periods import add_months, month_index
from jagdesk.domain.meetings.rules import NO_SERIES_PREFIX, action_series, meeting_action_reference
from jagdesk.errors import JagdeskError
from jagdesk.services.admin.maintenance import has_records
from jagdesk.services.demo.asb import stage_demo_asb
from jagdesk.services.demo.case_reviews import stage_demo_case_reviews
from jagdesk.services.demo.cases import demo_cases_data, stage_demo_cases
from jagdesk.services.demo.cctv import stage_demo_cctv
from jagdesk.services.demo.meetings import demo_meetings_data, stage_demo_meetings
from jagdesk.services.demo.places import DEMO_HOTSPOTS, stage_demo_hotspots
from jagdesk.services.demo.plan import stage_demo_plan
from jagdesk.services.demo.time import MONTH_NAMES, DemoTime, demo_day, demo_time
from jagdesk.services.places import read_ahead
from jagdesk.store.models import Agency, Contact, CrimeFile, Hotspot, Locality, Lsoa, Ward
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from jagdesk.importers.boundaries import Boundary
    from jagdesk.services.places.import_summary import ImportSummary
    from jagdesk.services.places.read_ahead import ReadAhead

DEMO_FILE = "demo/hertsmere.json"
WARDS_FILE = "geo/hertsmere-wards-2013.geojson"
LSOAS_FILE = "geo/hertsmere-lsoa-2011.geojson"
# Street files before the outcomes file, so that the outcomes find their crimes. The story on its
# own days (early 2021) has the two months before its March meeting.
CRIME_FILES = ("policeuk/2021-01-hertfordshire-street.csv",
               "policeuk/2021-02-hertfordshire-street.csv",
               "policeuk/2021-01-hertfordshire-outcomes.csv")
# Moved to the day it is loaded, it has the whole of 2021 as the twelve months before that day.
MOVED_CRIME_FILES = (
    *(f"policeuk/2021-{month:02d}-hertfordshire-street.csv" for month in range(1, 13)),
    *(f"policeuk/2021-{month:02d}-hertfordshire-outcomes.csv" for month in range(1, 4)))
# How much of the loading the story itself is, against the police.uk files' bytes.
STORY_SHARE = 0.1

# Told (done, total, what is being loaded) as the demo loads; the GUI shows it in a progress dialog.
Report = Callable[[int, int, str], None]


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
    case_reviews: int = field(default=0, compare=False)
    # The day the story was placed around and how many months its crime data moved; None and 0
    # when the story keeps its own days in 2021.
    placed_on: date | None = None
    month_offset: int = 0
    # The months of street crimes loaded, first and last ("2025-12", "2026-11").
    first_month: str = field(default="", compare=False)
    last_month: str = field(default="", compare=False)
    interventions: int = field(default=0, compare=False)  # the ASB register's

    def sentence(self) -> str:
        """What was loaded, in one sentence."""
        return (f"Demo loaded: {self.agencies} agencies, {self.contacts} contacts, "
                f"{self.localities} localities, {self.wards} wards, {self.hotspots} hotspots, "
                f"{self.cases} cases with {self.people} people and {self.actions} actions, "
                f"{self.meetings} meetings with {self.meeting_actions} actions, "
                f"an action plan of {self.action_plan_items} items, {self.crimes:,} crimes.")

    def story_note(self) -> str:
        """Where the story was placed, when it was moved to the day it was loaded."""
        if self.placed_on is None:
            return ""
        day = self.placed_on
        return (f"The fictional story is placed around {day.day} {MONTH_NAMES[day.month - 1]} "
                f"{day.year}: its meetings, cases and actions fall in the months around that day.")

    def notes(self) -> list[str]:
        """What the user should know about what was loaded, a sentence each."""
        moved = self.crime_note() if self.month_offset else ""
        return [note for note in (self.story_note(), moved, self.missing) if note]

    def crime_note(self) -> str:
        """What the demo's crimes are, so that no one takes them for current figures."""
        if not self.crimes:
            return ""
        return crime_note(self.first_month, self.last_month, self.month_offset)


def crime_note(first: str, last: str, offset: int) -> str:
    """What the demo's crimes of months `first` to `last` are, moved `offset` months from their own."""
    months = _months_text(first, last)
    if not offset:
        return f"The crimes are the real police.uk figures for Hertfordshire of {months}."
    own = _months_text(add_months(first, -offset), add_months(last, -offset))
    return (f"The crimes of {months} are the real police.uk figures for Hertfordshire of "
            f"{own}, placed as the latest months so that the demo has recent data to show: "
            "they are not current figures.")


def demo_note(uow: UnitOfWork) -> str:
    """A sentence saying that the store holds the demo partnership and what its crimes are;
    "" for any other store (the About box shows it)."""
    session = uow.session
    demo_files = {Path(name).name for name in MOVED_CRIME_FILES if "street" in name}
    files = session.execute(select(CrimeFile.file_name, CrimeFile.month).where(
        CrimeFile.source == "street", CrimeFile.file_name.in_(demo_files))).all()
    hotspots = [item["name"] for item in DEMO_HOTSPOTS]
    held = session.scalar(select(Hotspot.id).where(Hotspot.name.in_(hotspots)).limit(1))
    if held is None and not files:
        return ""
    text = "This store holds the demo partnership, a fictional Hertsmere CSP."
    if files:
        first, last = min(month for _name, month in files), max(month for _name, month in files)
        offsets = {month_index(month) - month_index(name[:7]) for name, month in files}
        text += " " + crime_note(first, last, max(offsets))
    return text


def _months_text(first: str, last: str) -> str:
    if not first:
        return ""
    if first == last:
        return long_month(first)
    if first[:4] == last[:4]:
        return f"{long_month(first).split()[0]} to {long_month(last)}"
    return f"{long_month(first)} to {long_month(last)}"


def long_month(month: str) -> str:
    """A month as people write it: "January 2021"."""
    year, number = month.split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year}"


def _demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (paths.resources_dir() / DEMO_FILE).read_text(encoding="utf-8")
    )
    return data


def _public_files(crime_files: tuple[str, ...]) -> tuple[dict[str, Path], list[str]]:
    """The public data files beside the project that are there, and the names of those that are not."""
    shared = paths.shared_data_dir()
    found: dict[str, Path] = {}
    missing: list[str] = []
    for name in (WARDS_FILE, LSOAS_FILE, *crime_files):
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


def _story_references(story: DemoTime) -> dict[str, str]:
    """The references the story's texts name (PS-2020-003, JAG-2020-12/02), mapped to those
    its cases and meeting actions get on their moved dates: both given out in the same order."""
    mapping: dict[str, str] = {}
    taken: Counter[str] = Counter()

    def given(series: str) -> int:
        taken[series] += 1
        return taken[series]

    cases = demo_cases_data()["cases"]
    for item in sorted(cases, key=lambda case: case["opened_on"]):
        opened = date.fromisoformat(item["opened_on"])
        own = f"PS-{opened.year}-{given(f'own PS-{opened.year}'):03d}"
        moved = story.day(opened).year
        mapping[own] = f"PS-{moved}-{given(f'PS-{moved}'):03d}"
    data = demo_meetings_data()
    prefixes = {series["name"]: series["action_prefix"] for series in data["series"]}
    for meeting in sorted(data["meetings"], key=lambda item: item["held_on"]):
        prefix = prefixes.get(meeting.get("series") or "", NO_SERIES_PREFIX)
        held = date.fromisoformat(meeting["held_on"])
        for entry in meeting["items"]:
            for _action in entry.get("actions", []):
                own_series, series = action_series(prefix, held), action_series(prefix, story.day(held))
                own = meeting_action_reference(prefix, held, given("own " + own_series))
                mapping[own] = meeting_action_reference(prefix, story.day(held), given(series))
    return mapping


def _load_crimes(uow: UnitOfWork, paths: list[Path], sizes: list[int], total: int,
                 month_offset: int, progress: Report | None, cancelled: Callable[[], bool] | None,
                 reader: ReadAhead | None) -> list[ImportSummary]:
    """The police.uk files imported as one batch, `month_offset` months on; progress told as a
    share of `total` (the files' sizes and the story after them)."""
    from jagdesk.services.places.crime_import import ImportCancelled, stage_police_uk_files

    before = [sum(sizes[:number]) for number in range(len(paths))]

    def told(number: int, rows: int, read: int) -> None:
        if progress is not None:
            progress(before[number] + min(read, sizes[number]), total,
                     f"Loading police.uk crimes: {paths[number].name}, {rows:,} rows read")

    try:
        return stage_police_uk_files(uow, paths, progress=told, cancelled=cancelled,
                                     month_offset=month_offset, reader=reader)
    except ImportCancelled:
        raise DemoCancelled("Loading the demo was cancelled; the store is still empty.") from None


def load_demo(uow: UnitOfWork, today: date | None = None, *, progress: Report | None = None,
              cancelled: Callable[[], bool] | None = None) -> DemoSummary:
    """Fill an empty store with the demo partnership, in one transaction.

    With the public data beside the project, the demo also holds the Hertsmere ward boundaries
    and LSOAs and Hertfordshire police.uk crimes with their outcomes. Problem-solving cases with
    their people and actions are worked at the demo hotspots, and the Hertsmere JAG's meetings
    (three held, the next planned) and a problem-solving meeting follow them.

    `today` is the day the story is placed around (by default JAGDESK_DEMO_DAY, or today): on a
    day up to the end of 2021 it keeps its own days, with January and February 2021's crimes;
    later, it moves to that day and the police.uk files of 2021 become the twelve months before
    it (see demo.time). `progress` is told how far the loading is; `cancelled` is asked between
    batches and, when True, stops it with nothing kept (DemoCancelled).
    """
    if has_records(uow.session):
        raise JagdeskError("The store already has records; the demo loads only into an empty store.")
    story = demo_time(today or demo_day())
    data = _demo_data()
    crime_files = MOVED_CRIME_FILES if story.moved else CRIME_FILES
    files, missing = _public_files(crime_files)
    sizes = {name: max(files[name].stat().st_size, 1) for name in crime_files if name in files}
    total = sum(sizes.values())
    story_part = max(int(total * STORY_SHARE), 1)
    total += story_part
    if progress is not None:
        progress(0, total, "Loading the partnership and its boundaries")
    crime_paths = [files[name] for name in sizes]
    # Started now, a reader process for the year's street files gets going while the partnership
    # and its boundaries are loaded.
    with read_ahead.early(crime_paths) as reader:
        contacts, shaped = _add_reference_data(uow, data, _boundaries(files.get(WARDS_FILE)))
        lsoas = _boundaries(files.get(LSOAS_FILE))
        for code, item in lsoas.items():
            lsoa = Lsoa(code=code, name=item.name)
            _shape(lsoa, item)
            uow.session.add(lsoa)
        uow.session.flush()  # the wards' boundaries must be in place before crimes are placed
        summaries = _load_crimes(uow, crime_paths, list(sizes.values()), total, story.data_months,
                                 progress, cancelled, reader) if sizes else []
    crime_count = sum(summary.imported for summary in summaries)
    outcomes = sum(summary.outcomes_updated for summary in summaries)
    months = [summary.month for summary in summaries if summary.source == "street"]
    if progress is not None:
        progress(total - story_part, total, "Loading the demo's hotspots, cases and meetings")
    if story.moved:
        story.references = _story_references(story)
    hotspots = stage_demo_hotspots(uow, story)
    cases = stage_demo_cases(uow, story)
    meetings = stage_demo_meetings(uow, story)
    plan_items = stage_demo_plan(uow, story)
    stage_demo_cctv(uow, story)
    case_reviews = stage_demo_case_reviews(uow, story)
    interventions = stage_demo_asb(uow, story)
    if cancelled is not None and cancelled():
        uow.session.rollback()
        raise DemoCancelled("Loading the demo was cancelled; the store is still empty.")
    uow.commit()
    if progress is not None:
        progress(total, total, "Demo loaded")
    note = ""
    if missing:
        note = ("The public data (" + ", ".join(missing) + ") was not found beside the project, "
                "so the demo has no boundaries or crimes from it.")
    wards = sum(len(item["wards"]) for item in data["localities"])
    return DemoSummary(len(data["agencies"]), contacts, len(data["localities"]), wards, shaped,
                       len(lsoas), len(sizes), crime_count, outcomes, note, hotspots, cases.people,
                       cases.cases, cases.actions, meetings=meetings.meetings,
                       meeting_actions=meetings.actions, action_plan_items=plan_items,
                       case_reviews=case_reviews,
                       placed_on=story.today if story.moved else None,
                       month_offset=story.data_months if story.moved else 0,
                       first_month=min(months, default=""), last_month=max(months, default=""),
                       interventions=interventions)


class DemoCancelled(JagdeskError):
    """The user cancelled loading the demo; nothing of it was kept."""

"""A meeting's printed pack: the agenda, the last meeting's minutes, earlier actions, hotspot sheets,
case summaries, statistics; as the meeting saw them (see as_of).

The public version (for locality meetings that residents attend) names nobody: see
redact.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from jagdesk.domain.common.periods import MonthRange
from jagdesk.domain.meetings.vocabulary import MeetingPack, StatsTable
from jagdesk.domain.problem_solving.rules import month_end
from jagdesk.domain.problem_solving.vocabulary import CaseSheet
from jagdesk.services.asb.figures import asb_figures
from jagdesk.services.cctv.covert_detail import covert_deployments_on
from jagdesk.services.cctv.deployments import count_covert
from jagdesk.services.common.access import record_export
from jagdesk.services.meetings.minutes_document import build_minutes_document
from jagdesk.services.meetings.pack.as_of import case_sheet_as_at, crime_period, records_to
from jagdesk.services.meetings.pack.case_review_figures import case_review_table
from jagdesk.services.meetings.pack.hotspots import hotspot_sheet
from jagdesk.services.meetings.pack.minutes import previous_actions, previous_minutes
from jagdesk.services.meetings.pack.public import public_pack
from jagdesk.services.meetings.pack.redact import PackReview, build_redactor
from jagdesk.services.places import crime_stats
from jagdesk.services.places.crime_areas import PARTNERSHIP, AreaKind, AreaRef
from jagdesk.services.problem_solving.sheet import build_case_sheet
from jagdesk.store.models import AgendaItem, Locality, Meeting, MeetingSeries, ProblemCase
from jagdesk.store.uow import UnitOfWork


def _statistics(uow: UnitOfWork, meeting: Meeting, period: MonthRange) -> tuple[StatsTable, ...]:
    """The year-on-year table for the series' locality, else for the whole partnership, over the
    months of `period` the store holds (none when it holds none of them)."""
    area = PARTNERSHIP
    series = uow.session.get(MeetingSeries, meeting.series_id) if meeting.series_id else None
    if series is not None and series.locality_id is not None:
        locality = uow.session.get(Locality, series.locality_id)
        if locality is not None:
            area = AreaRef(AreaKind.LOCALITY, locality.id, locality.name)
    # Only the months the store has data for: a year of which two months were imported is
    # printed as those two months, and a year before with no data is not compared with (its
    # zeros would read as "no crime then").
    covered = crime_stats.data_months(uow.session)
    inside = [month for month in covered if month in period]
    if not inside:
        return ()
    period = MonthRange(inside[0], inside[-1])
    table = crime_stats.year_on_year(uow.session, area, period)
    rows = [*table.rows, *([table.total] if table.total else [])]
    if not set(table.year_before.months).issubset(covered):
        return (StatsTable(
            title=f"{table.area.title}: {period.title}",
            columns=("Crime type", period.title),
            rows=tuple((r.crime_type, str(r.current)) for r in rows),
            sentences=(f"No comparison with {table.year_before.title}: the store does not hold "
                       "police.uk street data for every one of those months.",)),)
    return (StatsTable(
        title=f"{table.area.title}: {period.title} against {table.year_before.title}",
        columns=("Crime type", period.title, table.year_before.title, "Change", "% change"),
        rows=tuple((r.crime_type, str(r.current), str(r.previous), f"{r.change:+d}" if r.change else "0",
                    r.change_pct_text) for r in rows),
        sentences=tuple(r.sentence for r in rows)),)


def _asb_statistics(uow: UnitOfWork, period: MonthRange) -> tuple[StatsTable, ...]:
    """The ASB tools and powers used in the pack's months, by kind and outcome, youth and adult."""
    first = date.fromisoformat(f"{period.first}-01")
    last = month_end(date.fromisoformat(f"{period.last}-01"))
    figures = asb_figures(uow, first, last)
    if not figures.rows:
        return ()
    table = figures.age_table()
    sums = (sum(row[2] for row in table), sum(row[3] for row in table), sum(row[4] for row in table))
    return (StatsTable(
        title=f"ASB tools and powers: {period.title}",
        columns=("Tool or power", "Outcome", "Youth", "Adult", "Total"),
        rows=(*((kind, outcome, str(youth), str(adult), str(total))
                for kind, outcome, youth, adult, total in table),
              ("All tools and powers", "", *(str(value) for value in sums))),
        sentences=figures.sentences()),)


def _agenda_links(uow: UnitOfWork, meeting_id: uuid.UUID) -> tuple[list[uuid.UUID], list[str]]:
    """The hotspots and the case references on the agenda, in agenda order, each once (any item
    linked to a hotspot or a case brings its sheet, whatever its kind)."""
    items = uow.session.execute(
        select(AgendaItem.hotspot_id, ProblemCase.reference)
        .outerjoin(ProblemCase, ProblemCase.id == AgendaItem.case_id)
        .where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)).all()
    hotspots = list(dict.fromkeys(h for h, _ in items if h is not None))
    cases = list(dict.fromkeys(ref for _, ref in items if ref))
    meeting = uow.get(Meeting, meeting_id)
    if meeting.case_id is not None:  # a problem-solving meeting is about its case
        own = uow.session.get(ProblemCase, meeting.case_id)
        if own is not None and own.reference not in cases:
            cases.insert(0, own.reference)
    return hotspots, cases


def build_meeting_pack(uow: UnitOfWork, meeting_id: uuid.UUID, public: bool = False,
                       today: date | None = None, review: PackReview | None = None,
                       covert_detail: bool = False) -> MeetingPack:
    """Everything the meeting's pack prints (NotFoundError when the meeting has gone).

    `today` is the printing date. The pack is its meeting's: the crime figures are those of the
    last twelve complete months before the meeting; audits, engagement, action updates and
    actions are those recorded by the meeting day (or today, when that is earlier), each action
    as it stood then and judged overdue against that day. A `public` pack withholds every name of
    the people register and the contacts directory, personal details, linked people and audit
    attendees, and is marked OFFICIAL; the officer's own words to withhold are taken from
    `review`, and what was withheld is noted on it (redact). `covert_detail` adds the covert
    cameras up on the day, by authorisation, to an ordinary pack (a public one never has them).
    """
    day = today if today is not None else date.today()
    meeting = uow.get(Meeting, meeting_id)
    upto = records_to(meeting.held_on, day)
    period = crime_period(meeting.held_on)
    document = build_minutes_document(uow, meeting_id, day)
    last = previous_minutes(uow, meeting_id, upto)
    earlier = previous_actions(uow, meeting_id, upto)
    hotspot_ids, references = _agenda_links(uow, meeting_id)
    sheets = [hotspot_sheet(uow, hotspot_id, period, with_names=not public, upto=upto)
              for hotspot_id in hotspot_ids]
    cases: list[CaseSheet] = [
        case_sheet_as_at(uow.session, build_case_sheet(uow, reference, day), meeting.held_on, upto)
        for reference in references]
    statistics = (*_statistics(uow, meeting, period), *case_review_table(uow, meeting.held_on, day))
    full = MeetingPack(meeting=document, public=False, previous_actions=earlier,
                       hotspots=tuple(sheet for sheet, _ in sheets), cases=tuple(cases),
                       statistics=statistics, previous_minutes=last, records_to=upto,
                       crime_months=period.title, asb_statistics=_asb_statistics(uow, period),
                       covert_cameras=count_covert(uow, upto),
                       covert_detail=covert_deployments_on(uow, upto) if covert_detail and not public
                       else ())
    if not public:
        return full
    return public_pack(uow, build_redactor(uow, review), full, [agency for _, agency in sheets])


def export_meeting_pack(uow: UnitOfWork, meeting_id: uuid.UUID, path: Path | None, public: bool = False,
                        review: PackReview | None = None, covert_detail: bool = False) -> MeetingPack:
    """The pack to write to `path`, its export (marking, public or not) recorded in the access log."""
    pack = build_meeting_pack(uow, meeting_id, public, review=review, covert_detail=covert_detail)
    record_export(uow, f"Meeting pack {pack.meeting.title} {pack.meeting.held_on.isoformat()}",
                  pack.meeting.marking, public, path, meeting_id, "meeting")
    return pack

"""What the meetings page shows of a meeting: the meeting and the lists its fields choose from, read
together, and its heading."""

from __future__ import annotations

import html
import uuid
from dataclasses import dataclass, field
from typing import Any

from jagdesk.domain.meetings.vocabulary import MeetingStatus
from jagdesk.gui.pages.meetings.minutes_parts import Matter
from jagdesk.services import meetings as svc
from jagdesk.services.hotspots.hotspots import list_hotspots
from jagdesk.services.meetings.action_log import ActionLogRow, matters_arising
from jagdesk.services.problem_solving.actions import ActionRow
from jagdesk.services.problem_solving.cases import list_cases
from jagdesk.services.reference.agencies import ContactRow, list_contacts
from jagdesk.store.uow import UnitOfWork

ALL_SERIES = "all"  # the series filter's value for every meeting


@dataclass(frozen=True)
class Choices:
    """The lists a meeting's fields and items choose from."""

    types: list[svc.MeetingTypeRow]
    series: list[svc.SeriesRow]
    contacts: list[ContactRow]
    cases: list[Any]
    hotspots: list[Any]
    # What a new meeting of each series starts from (its last meeting's times, venue and people).
    defaults: dict[uuid.UUID, svc.MeetingInput] = field(default_factory=dict)


@dataclass(frozen=True)
class MeetingView:
    """A meeting with the lists its tabs choose from, read in one unit of work."""

    detail: svc.MeetingDetail
    types: list[svc.MeetingTypeRow]
    series: list[svc.SeriesRow]
    contacts: list[ContactRow]
    cases: list[Any]
    hotspots: list[Any]


def read_choices(uow: UnitOfWork) -> Choices:
    """The lists for a new meeting or an item (the default meeting types come on first need)."""
    return Choices(svc.list_meeting_types(uow), svc.list_series(uow), list_contacts(uow),
                   list_cases(uow, linkable=True), list_hotspots(uow), svc.series_defaults(uow))


def read_meeting(uow: UnitOfWork, meeting_id: uuid.UUID) -> MeetingView:
    choices = read_choices(uow)
    return MeetingView(svc.get_meeting(uow, meeting_id), choices.types, choices.series,
                       choices.contacts, choices.cases, choices.hotspots)


def matter(row: ActionRow | ActionLogRow) -> Matter:
    """An action as the matters-arising item shows it."""
    if isinstance(row, ActionLogRow):
        owner = row.owner_and_agency
    else:
        owner = f"{row.owner_name} ({row.agency_name})" if row.owner_name and row.agency_name \
            else row.owner_name or row.agency_name
    return Matter(row.id, row.reference, row.description, owner, row.due_on, row.status,
                  row.latest_update, row.version)


def read_matters(uow: UnitOfWork, meeting_id: uuid.UUID) -> list[Matter]:
    """The open actions of the meeting's series' earlier meetings, oldest first."""
    return [matter(row) for row in matters_arising(uow, meeting_id)]


def when_text(detail: svc.MeetingDetail) -> str:
    """"Tuesday 10 November 2026, 10:00 to 12:00"."""
    text = f"{detail.held_on:%A} {detail.held_on.day} {detail.held_on:%B %Y}"
    if detail.starts_at:
        text += f", {detail.starts_at:%H:%M}"
        if detail.ends_at:
            text += f" to {detail.ends_at:%H:%M}"
    return text


def heading_html(detail: svc.MeetingDetail) -> str:
    """The title, then when and where, the type, status and marking (the marking in red)."""
    status = MeetingStatus(detail.status).label if detail.status in set(MeetingStatus) else detail.status
    parts = [html.escape(when_text(detail))]
    if detail.venue:
        parts.append(html.escape(detail.venue))
    kind = html.escape(detail.meeting_type)
    if detail.case_reference:
        kind += f" on {html.escape(detail.case_reference)}"
    parts += [kind, status]
    marking = f"<span style='color: #b00020; font-weight: bold'>{html.escape(detail.marking)}</span>"
    return (f"<b style='font-size: 12pt'>{html.escape(detail.name)}</b>&nbsp;&nbsp;{marking}<br>"
            f"{' · '.join(parts)}")

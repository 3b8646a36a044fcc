"""Build a meeting's agenda: items proposed from the store, each with the reason it is proposed.

Each proposer looks at one source (open actions, hotspots, cases...). Later issues add theirs
(CCTV reviews, expiring orders) to PROPOSERS; proposals are offered in the list's order.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from jagdesk.domain.common.wording import plural
from jagdesk.domain.hotspots import HotspotStatus, Priority
from jagdesk.domain.meetings.vocabulary import ItemKind
from jagdesk.domain.problem_solving.rules import day_text
from jagdesk.domain.problem_solving.vocabulary import CaseStatus
from jagdesk.services.common.records import touch
from jagdesk.services.meetings.action_log import matters_arising
from jagdesk.services.meetings.items import place_for_new, stage_item
from jagdesk.services.meetings.read import item_rows, today_or
from jagdesk.services.meetings.rows import ItemInput, ItemRow
from jagdesk.store.models import AgendaItem, Hotspot, Locality, Meeting, MeetingSeries, ProblemCase
from jagdesk.store.uow import UnitOfWork

# How many action references a matters-arising reason names before "and N more".
NAMED_ACTIONS = 5


@dataclass(frozen=True)
class Proposal:
    """An item the agenda builder suggests; `reason` is one sentence saying why."""

    kind: str  # ItemKind value
    name: str
    hotspot_id: uuid.UUID | None
    case_id: uuid.UUID | None
    reason: str


@dataclass(frozen=True)
class AgendaContext:
    """What a proposer knows of the meeting the agenda is for."""

    meeting_id: uuid.UUID
    held_on: date
    series_id: uuid.UUID | None
    series: str
    locality_id: uuid.UUID | None  # the series' locality; None = the whole district
    locality: str
    today: date


Proposer = Callable[[UnitOfWork, AgendaContext], list[Proposal]]


def propose_matters_arising(uow: UnitOfWork, context: AgendaContext) -> list[Proposal]:
    """One item for the open actions of the series' earlier meetings."""
    rows = matters_arising(uow, context.meeting_id, context.today)
    if not rows:
        return []
    named = ", ".join(row.reference for row in rows[:NAMED_ACTIONS])
    more = f" and {len(rows) - NAMED_ACTIONS} more" if len(rows) > NAMED_ACTIONS else ""
    overdue = sum(row.overdue for row in rows)
    late = f", {overdue} of them overdue" if overdue else ""
    are = "is" if len(rows) == 1 else "are"
    return [Proposal(ItemKind.MATTERS_ARISING.value, "Matters arising", None, None,
                     f"{plural(len(rows), 'action')} from earlier meetings of the {context.series} "
                     f"{are} still open{late}: {named}{more}.")]


def _in_area(column: InstrumentedAttribute[uuid.UUID | None],
             context: AgendaContext) -> list[ColumnElement[bool]]:
    """A locality series looks at its own locality (and at places with none set)."""
    if context.locality_id is None:
        return []
    return [or_(column == context.locality_id, column.is_(None))]


def _hotspots(uow: UnitOfWork, context: AgendaContext, status: str) -> list[tuple[Hotspot, str]]:
    query = (select(Hotspot, Locality.name).outerjoin(Locality, Locality.id == Hotspot.locality_id)
             .where(Hotspot.status == status, *_in_area(Hotspot.locality_id, context)))
    rank = {value.value: index for index, value in enumerate(Priority)}
    found = [(hotspot, locality or "") for hotspot, locality in uow.session.execute(query)]
    found.sort(key=lambda pair: (rank.get(pair[0].priority, len(rank)), pair[0].name.lower()))
    return found


def propose_active_hotspots(uow: UnitOfWork, context: AgendaContext) -> list[Proposal]:
    """An item for each active hotspot of the series' locality (of the district without one)."""
    proposals = []
    for hotspot, locality in _hotspots(uow, context, HotspotStatus.ACTIVE):
        where = f" in {locality}" if locality else ""
        proposals.append(Proposal(
            ItemKind.HOTSPOT.value, f"Hotspot: {hotspot.name}", hotspot.id, None,
            f"An active hotspot{where} ({hotspot.priority} priority): partners report progress."))
    return proposals


def propose_case_reviews(uow: UnitOfWork, context: AgendaContext) -> list[Proposal]:
    """An item for each case not closed whose review falls due by the meeting."""
    query = (select(ProblemCase)
             .where(ProblemCase.status != CaseStatus.CLOSED, ProblemCase.review_on.is_not(None),
                    ProblemCase.review_on <= context.held_on,
                    *_in_area(ProblemCase.locality_id, context))
             .order_by(ProblemCase.review_on, ProblemCase.reference))
    proposals = []
    for case in uow.session.scalars(query):
        assert case.review_on is not None
        when = ("is due on the day of the meeting" if case.review_on == context.held_on
                else f"was due on {day_text(case.review_on)}")
        proposals.append(Proposal(
            ItemKind.CASE_REVIEW.value, f"Case review: {case.reference} {case.name}", None, case.id,
            f"The case's review {when} and it is {case.status}."))
    return proposals


def propose_new_hotspots(uow: UnitOfWork, context: AgendaContext) -> list[Proposal]:
    """An item for each hotspot proposed (by the hotspot finder or a partner), to adopt or not."""
    proposals = []
    for hotspot, locality in _hotspots(uow, context, HotspotStatus.PROPOSED):
        where = f" in {locality}" if locality else ""
        proposals.append(Proposal(
            ItemKind.NEW_HOTSPOTS.value, f"New hotspot: {hotspot.name}", hotspot.id, None,
            f"A proposed hotspot{where} (source: {hotspot.source}): the group decides whether "
            "to adopt it."))
    return proposals


def propose_any_other_business(uow: UnitOfWork, context: AgendaContext) -> list[Proposal]:
    """Every agenda closes with any other business."""
    del uow, context  # the same for every meeting
    return [Proposal(ItemKind.ANY_OTHER_BUSINESS.value, "Any other business", None, None,
                     "Every agenda closes with any other business.")]


# In the order the agenda takes them. Later issues insert theirs before the closing item.
PROPOSERS: list[Proposer] = [
    propose_matters_arising,
    propose_active_hotspots,
    propose_case_reviews,
    propose_new_hotspots,
]
CLOSING: list[Proposer] = [propose_any_other_business]


def _context(uow: UnitOfWork, meeting: Meeting, today: date) -> AgendaContext:
    series = uow.session.get(MeetingSeries, meeting.series_id) if meeting.series_id else None
    locality_id = series.locality_id if series else None
    locality = uow.session.scalar(select(Locality.name).where(Locality.id == locality_id)) or ""
    return AgendaContext(meeting.id, meeting.held_on, meeting.series_id,
                         series.name if series else "", locality_id, locality, today)


def _key(kind: str, hotspot_id: uuid.UUID | None, case_id: uuid.UUID | None) -> tuple[object, ...]:
    """What makes two items the same: their link, or their kind when they have none."""
    if hotspot_id is not None:
        return ("hotspot", hotspot_id)
    if case_id is not None:
        return ("case", case_id)
    return ("kind", kind)


def _on_agenda(uow: UnitOfWork, meeting_id: uuid.UUID) -> set[tuple[object, ...]]:
    query = select(AgendaItem.kind, AgendaItem.hotspot_id, AgendaItem.case_id).where(
        AgendaItem.meeting_id == meeting_id)
    return {_key(*row) for row in uow.session.execute(query)}


def propose_items(uow: UnitOfWork, meeting_id: uuid.UUID, today: date | None = None) -> list[Proposal]:
    """Items to propose for a meeting's agenda, leaving out those already on it (or proposed once):
    matters arising, active hotspots, cases due for review, new hotspots, later sources, AOB."""
    meeting = uow.get(Meeting, meeting_id)
    context = _context(uow, meeting, today_or(today))
    seen = _on_agenda(uow, meeting.id)
    proposals = []
    for proposer in [*PROPOSERS, *CLOSING]:
        for proposal in proposer(uow, context):
            key = _key(proposal.kind, proposal.hotspot_id, proposal.case_id)
            if key not in seen:
                seen.add(key)
                proposals.append(proposal)
    return proposals


def stage_proposals(uow: UnitOfWork, meeting: Meeting, proposals: list[Proposal]) -> list[uuid.UUID]:
    """Add proposals at the end of the agenda, before any other business if it is there already,
    skipping those already on it; no commit."""
    seen = _on_agenda(uow, meeting.id)
    added: list[uuid.UUID] = []
    for proposal in proposals:
        key = _key(proposal.kind, proposal.hotspot_id, proposal.case_id)
        if key in seen:
            continue
        seen.add(key)
        uow.session.flush()  # the items staged so far count where the next one goes
        item = stage_item(uow, meeting, ItemInput(proposal.name, proposal.kind, proposal.hotspot_id,
                                                  proposal.case_id),
                          place_for_new(uow, meeting.id, proposal.kind))
        added.append(item.id)
    return added


def add_proposals(uow: UnitOfWork, meeting_id: uuid.UUID, proposals: list[Proposal]) -> list[ItemRow]:
    """Add the chosen proposals at the end of the agenda (before any other business), in one
    transaction (those already on it
    are skipped); returns the items added. The meeting's version moves on when any were."""
    meeting = uow.get(Meeting, meeting_id)
    wanted = set(stage_proposals(uow, meeting, proposals))
    if wanted:
        touch(uow, meeting)
    uow.commit()
    return [row for row in item_rows(uow.session, meeting.id, today_or(None)) if row.id in wanted]

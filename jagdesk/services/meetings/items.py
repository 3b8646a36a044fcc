"""A meeting's agenda: items in order, their minutes and decisions, and the problem-solving agenda."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from jagdesk.domain.meetings.rules import (
    PROBLEM_SOLVING_AGENDA,
    item_errors,
    landing_position,
    minutes_errors,
)
from jagdesk.domain.meetings.vocabulary import ItemKind
from jagdesk.errors import ConflictError, InUseError, JagdeskError, ValidationError
from jagdesk.services.common.records import NAMED_USES, load_for_change, touch, validated
from jagdesk.services.meetings.read import get_item, item_rows, today_or
from jagdesk.services.meetings.rows import ItemInput, ItemRow
from jagdesk.store.audit_text import COMPACT_TEXT
from jagdesk.store.models import Action, AgendaItem, Hotspot, Meeting, MeetingType, ProblemCase
from jagdesk.store.uow import UnitOfWork


def is_problem_solving(uow: UnitOfWork, meeting: Meeting) -> bool:
    return bool(uow.session.scalar(select(MeetingType.is_problem_solving)
                                   .where(MeetingType.id == meeting.meeting_type_id)))


def _check_item(uow: UnitOfWork, meeting: Meeting, data: ItemInput) -> None:
    validated(item_errors(data.name, data.kind, data.hotspot_id is not None, data.case_id is not None,
                          data.side, is_problem_solving(uow, meeting)))
    if data.hotspot_id is not None and uow.session.get(Hotspot, data.hotspot_id) is None:
        raise ValidationError({"hotspot_id": "That hotspot is no longer in the store."})
    if data.case_id is not None and uow.session.get(ProblemCase, data.case_id) is None:
        raise ValidationError({"case_id": "That case is no longer in the store."})


def _fill(item: AgendaItem, data: ItemInput) -> None:
    item.name = data.name.strip()
    item.kind = data.kind
    item.hotspot_id = data.hotspot_id
    item.case_id = data.case_id
    item.side = data.side


def _last_position(uow: UnitOfWork, meeting_id: uuid.UUID) -> int:
    return uow.session.scalar(select(func.max(AgendaItem.position))
                              .where(AgendaItem.meeting_id == meeting_id)) or 0


def stage_item(uow: UnitOfWork, meeting: Meeting, data: ItemInput, position: int) -> AgendaItem:
    """Check and add an item at `position`, leaving the commit to the caller."""
    _check_item(uow, meeting, data)
    item = AgendaItem(id=uuid.uuid4(), meeting_id=meeting.id, position=position, minutes="",
                      decisions="")
    _fill(item, data)
    uow.session.add(item)
    return item


def place_for_new(uow: UnitOfWork, meeting_id: uuid.UUID, kind: str = ItemKind.GENERAL.value) -> int:
    """Where a new item goes: before any other business when the agenda closes with it (the items
    from there move down one), else at the end; any other business itself goes at the end."""
    items = _ordered(uow, meeting_id)
    closing = next((index for index, item in enumerate(items)
                    if item.kind == ItemKind.ANY_OTHER_BUSINESS), None)
    if closing is None or kind == ItemKind.ANY_OTHER_BUSINESS:
        return max((item.position for item in items), default=0) + 1
    _renumber(items)
    for item in items[closing:]:
        item.position += 1
    return closing + 1


def add_item(uow: UnitOfWork, meeting_id: uuid.UUID, data: ItemInput) -> ItemRow:
    """Add an item to the agenda: before any other business if it is there, else at the end (the
    meeting's version moves on)."""
    meeting = uow.get(Meeting, meeting_id)
    _check_item(uow, meeting, data)
    item = stage_item(uow, meeting, data, place_for_new(uow, meeting.id, data.kind))
    touch(uow, meeting)
    uow.commit()
    return get_item(uow, item.id)


def update_item(uow: UnitOfWork, item_id: uuid.UUID, data: ItemInput,
                expected_version: int | None = None) -> ItemRow:
    """Change an item's title, kind and links (minutes go through save_minutes)."""
    item = load_for_change(uow, AgendaItem, item_id, expected_version)
    _check_item(uow, uow.get(Meeting, item.meeting_id), data)
    _fill(item, data)
    uow.commit()
    return get_item(uow, item.id)


def _renumber(items: list[AgendaItem]) -> bool:
    """Positions 1..n in list order; only items whose position changes are written. Whether any
    did."""
    changed = False
    for position, item in enumerate(items, 1):
        if item.position != position:
            item.position = position
            changed = True
    return changed


def _ordered(uow: UnitOfWork, meeting_id: uuid.UUID) -> list[AgendaItem]:
    return list(uow.session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                    .order_by(AgendaItem.position, AgendaItem.created_at)))


def delete_item(uow: UnitOfWork, item_id: uuid.UUID, expected_version: int | None = None) -> None:
    """Delete an item, refused while actions point at it; the others are renumbered (the meeting's
    version moves on)."""
    item = load_for_change(uow, AgendaItem, item_id, expected_version)
    references = list(uow.session.scalars(select(Action.reference)
                                          .where(Action.agenda_item_id == item.id)
                                          .order_by(Action.reference)))
    if references:
        count = len(references)
        named = ", ".join(references[:NAMED_USES])
        more = f" and {count - NAMED_USES} more" if count > NAMED_USES else ""
        agreed = "1 action was" if count == 1 else f"{count} actions were"
        raise InUseError(f"The item '{item.name}' cannot be deleted: {agreed} agreed at it "
                         f"({named}{more}); delete or move those actions first.")
    meeting_id = item.meeting_id
    touch(uow, uow.get(Meeting, meeting_id))
    uow.session.delete(item)
    uow.session.flush()
    _renumber(_ordered(uow, meeting_id))
    uow.commit()


def restore_item(uow: UnitOfWork, item_id: uuid.UUID) -> ItemRow:
    """Bring back a deleted agenda item, with its minutes, at the place it had (the items after it
    move down again); the meeting's version moves on. Refused if its meeting is gone too."""
    from jagdesk.services.undo import stage_undo_delete

    stage_undo_delete(uow, AgendaItem.__tablename__, item_id)
    item = uow.get(AgendaItem, item_id)
    items = [other for other in _ordered(uow, item.meeting_id) if other.id != item.id]
    items.insert(landing_position(item.position, len(items) + 1) - 1, item)
    _renumber(items)
    touch(uow, uow.get(Meeting, item.meeting_id))
    uow.commit()
    return get_item(uow, item.id)


def move_item(uow: UnitOfWork, item_id: uuid.UUID, new_position: int,
              expected_version: int | None) -> list[ItemRow]:
    """Move an item to `new_position` (1 = first; out-of-range goes to the nearest end); every item
    is renumbered 1..n in one transaction. Returns the agenda with the items' new versions.

    The order is the meeting's: `expected_version` is the meeting's version the agenda was read at,
    and the move is refused (saying who changed the meeting and when) if it moved since, as the
    position was chosen on an agenda that may no longer be there. A move moves that version on.
    """
    item = uow.get(AgendaItem, item_id)
    meeting = load_for_change(uow, Meeting, item.meeting_id, expected_version)
    items = _ordered(uow, meeting.id)
    target = landing_position(new_position, len(items))
    items.remove(item)
    items.insert(target - 1, item)
    if _renumber(items):
        touch(uow, meeting)
    uow.commit()
    return item_rows(uow.session, item.meeting_id, today_or(None))


def save_minutes(uow: UnitOfWork, item_id: uuid.UUID, expected_version: int, minutes: str,
                 decisions: str) -> int:
    """Save an item's minutes and decisions as typed: the autosave path. Returns the new version.

    One UPDATE guarded by the version the caller last saw (and one audit entry, long text kept as
    its edits); nothing is written when nothing changed. A colleague's newer save is refused
    with who and when.
    """
    validated(minutes_errors(minutes, decisions))
    item = uow.get(AgendaItem, item_id)
    if item.version != expected_version:
        when = item.updated_at.astimezone().strftime("%d/%m/%Y %H:%M")
        raise ConflictError(
            f"{item.updated_by or 'Someone'} changed the minutes of '{item.name}' at {when}, after "
            "you opened them; your latest typing was not saved. Copy it, then reopen the meeting.")
    if item.minutes == minutes and item.decisions == decisions:
        return item.version
    item.minutes = minutes
    item.decisions = decisions
    # Saved every pause in typing: the trail keeps the edits, not two copies of a long text.
    uow.session.info[COMPACT_TEXT] = True
    try:
        uow.commit()
    finally:
        uow.session.info.pop(COMPACT_TEXT, None)
    return item.version


def stage_problem_solving_agenda(uow: UnitOfWork, meeting: Meeting) -> list[AgendaItem]:
    """As new_problem_solving_agenda, leaving the commit to the caller; returns the items added."""
    if not is_problem_solving(uow, meeting) or meeting.case_id is None:
        raise JagdeskError(f"'{meeting.name}' is not a problem-solving meeting: its agenda does not "
                           "follow the triangle.")
    there = {(item.kind, item.side, item.name.strip().lower()) for item in _ordered(uow, meeting.id)}
    position = _last_position(uow, meeting.id)
    added = []
    for title, kind, side in PROBLEM_SOLVING_AGENDA:
        if (kind, side, title.lower()) in there:
            continue
        position += 1
        added.append(stage_item(uow, meeting, ItemInput(title, kind, None, meeting.case_id, side),
                                position))
    return added


def new_problem_solving_agenda(uow: UnitOfWork, meeting_id: uuid.UUID) -> list[ItemRow]:
    """Add the triangle's items (victim / target, location, offender, then the actions review) to a
    problem-solving meeting's agenda, linked to its case; items already there are not added twice.
    Returns the whole agenda; the meeting's version moves on when items were added."""
    meeting = uow.get(Meeting, meeting_id)
    if stage_problem_solving_agenda(uow, meeting):
        touch(uow, meeting)
    uow.commit()
    return item_rows(uow.session, meeting.id, today_or(None))

"""Meeting types (the partnership's own list) and meeting series."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, func, select

from jagdesk.domain.meetings.rules import meeting_type_errors, series_errors
from jagdesk.domain.meetings.vocabulary import DEFAULT_MEETING_TYPES
from jagdesk.errors import NotFoundError, ValidationError
from jagdesk.services.common.records import delete_unused, ensure_unique, load_for_change, validated
from jagdesk.services.meetings.rows import MeetingTypeInput, MeetingTypeRow, SeriesInput, SeriesRow
from jagdesk.store.models import Locality, MeetingSeries, MeetingType
from jagdesk.store.uow import UnitOfWork


def ensure_meeting_types(uow: UnitOfWork) -> None:
    """Add the default meeting types when the store has none; the caller's unit of work commits.

    The migration does not seed them: a store with any record refuses the demo.
    """
    session = uow.session
    if session.scalar(select(MeetingType.id).limit(1)) is not None:
        return
    for position, (name, problem_solving) in enumerate(DEFAULT_MEETING_TYPES, 1):
        session.add(MeetingType(id=uuid.uuid4(), name=name, is_problem_solving=problem_solving,
                                active=True, position=position))
    session.flush()


def _type_row(item: MeetingType) -> MeetingTypeRow:
    return MeetingTypeRow(item.id, item.name, item.is_problem_solving, item.active, item.position,
                          item.version)


def list_meeting_types(uow: UnitOfWork, include_inactive: bool = False) -> list[MeetingTypeRow]:
    """Meeting types in their order; a store without any gets the defaults (saved at once)."""
    if uow.session.scalar(select(MeetingType.id).limit(1)) is None:
        ensure_meeting_types(uow)
        uow.commit()
    query = select(MeetingType).order_by(MeetingType.position, func.lower(MeetingType.name))
    if not include_inactive:
        query = query.where(MeetingType.active.is_(True))
    return [_type_row(item) for item in uow.session.scalars(query)]


def save_meeting_type(uow: UnitOfWork, data: MeetingTypeInput, record_id: uuid.UUID | None = None,
                      expected_version: int | None = None) -> MeetingTypeRow:
    """Add a meeting type (after the others unless a position is given), or change one."""
    validated(meeting_type_errors(data.name))
    ensure_unique(uow.session, MeetingType.name, data.name, record_id, "name",
                  f"There is already a meeting type called '{data.name.strip()}'.")
    if record_id is None:
        item = MeetingType(id=uuid.uuid4())
        last = uow.session.scalar(select(func.max(MeetingType.position))) or 0
        item.position = data.position if data.position is not None else last + 1
        uow.session.add(item)
    else:
        item = load_for_change(uow, MeetingType, record_id, expected_version)
        if data.position is not None:
            item.position = data.position
    item.name = data.name.strip()
    item.is_problem_solving = data.is_problem_solving
    item.active = data.active
    uow.commit()
    return _type_row(item)


def delete_meeting_type(uow: UnitOfWork, record_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a meeting type no series or meeting uses (make it inactive instead)."""
    delete_unused(uow, MeetingType, record_id, expected_version)


def _series_query() -> Select[MeetingSeries, str, str]:
    return (select(MeetingSeries, MeetingType.name, Locality.name)
            .join(MeetingType, MeetingType.id == MeetingSeries.meeting_type_id)
            .outerjoin(Locality, Locality.id == MeetingSeries.locality_id))


def _series_row(series: MeetingSeries, type_name: str, locality: str | None) -> SeriesRow:
    return SeriesRow(series.id, series.name, series.meeting_type_id, type_name, series.locality_id,
                     locality or "", series.action_prefix, series.active, series.version)


def list_series(uow: UnitOfWork, include_inactive: bool = True) -> list[SeriesRow]:
    """Meeting series by name."""
    query = _series_query().order_by(func.lower(MeetingSeries.name))
    if not include_inactive:
        query = query.where(MeetingSeries.active.is_(True))
    return [_series_row(*row) for row in uow.session.execute(query)]


def get_series(uow: UnitOfWork, series_id: uuid.UUID) -> SeriesRow:
    """One series."""
    row = uow.session.execute(_series_query().where(MeetingSeries.id == series_id)).first()
    if row is None:
        raise NotFoundError("That meeting series is no longer in the store; it may have been deleted.")
    return _series_row(*row)


def save_series(uow: UnitOfWork, data: SeriesInput, record_id: uuid.UUID | None = None,
                expected_version: int | None = None) -> SeriesRow:
    """Add a series, or change one. Changing the prefix leaves references already given alone."""
    validated(series_errors(data.name, data.action_prefix))
    ensure_unique(uow.session, MeetingSeries.name, data.name, record_id, "name",
                  f"There is already a meeting series called '{data.name.strip()}'.")
    if uow.session.get(MeetingType, data.meeting_type_id) is None:
        raise ValidationError({"meeting_type_id": "That meeting type is no longer in the store."})
    if data.locality_id is not None and uow.session.get(Locality, data.locality_id) is None:
        raise ValidationError({"locality_id": "That locality is no longer in the store."})
    if record_id is None:
        series = MeetingSeries(id=uuid.uuid4())
        uow.session.add(series)
    else:
        series = load_for_change(uow, MeetingSeries, record_id, expected_version)
    series.name = data.name.strip()
    series.meeting_type_id = data.meeting_type_id
    series.locality_id = data.locality_id
    series.action_prefix = data.action_prefix.strip()
    series.active = data.active
    uow.commit()
    return get_series(uow, series.id)


def delete_series(uow: UnitOfWork, record_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete a series that has no meetings."""
    delete_unused(uow, MeetingSeries, record_id, expected_version)

"""References given out in series (PS-2026-014, PS-2026-014/03): each number once, never reused."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from jagdesk.store.models import ReferenceSequence


def next_number(session: Session, series: str) -> int:
    """Take the next number in a series inside the caller's transaction.

    The counter is its own row rather than max(existing)+1 so that a deleted case's reference is
    never given to another; the UPDATE takes the row lock that keeps two PostgreSQL users apart.
    """
    taken = session.execute(
        update(ReferenceSequence)
        .where(ReferenceSequence.series == series)
        .values(last_number=ReferenceSequence.last_number + 1)
        .returning(ReferenceSequence.last_number)
    ).scalar_one_or_none()
    if taken is not None:
        return taken
    session.add(ReferenceSequence(series=series, last_number=1))
    session.flush()
    return 1


def case_reference(session: Session, year: int) -> str:
    """The next problem-solving case reference for a year: PS-2026-014."""
    return f"PS-{year}-{next_number(session, f'PS-{year}'):03d}"


def case_action_reference(session: Session, case_reference_text: str) -> str:
    """The next action reference within a case: PS-2026-014/03."""
    return f"{case_reference_text}/{next_number(session, case_reference_text):02d}"

"""People linked to a problem-solving case on a side of its triangle (victim, offender or location)."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from jagdesk.domain.problem_solving.rules import (
    flags_text,
    link_errors,
)
from jagdesk.domain.problem_solving.vocabulary import Side
from jagdesk.errors import ValidationError
from jagdesk.services.common.records import validated
from jagdesk.services.problem_solving.cases import CasePersonRow
from jagdesk.store.models import (
    CasePerson,
    Person,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork


def link_person(uow: UnitOfWork, case_id: uuid.UUID, person_id: uuid.UUID, side: str,
                role: str = "") -> CasePersonRow:
    """Link a person to a case on a side of the triangle (victim, offender or location).

    A person merged into another is linked as the record they were merged into.
    """
    validated(link_errors(side, role))
    case = uow.get(ProblemCase, case_id)
    person = uow.get(Person, person_id)
    if person.merged_into_id is not None:
        person = uow.get(Person, person.merged_into_id)
    taken = uow.session.scalar(select(func.count()).where(
        CasePerson.case_id == case.id, CasePerson.person_id == person.id, CasePerson.side == side))
    if taken:
        raise ValidationError({"person_id": f"{person.title()} is already linked to this case "
                                            f"on the {Side(side).label.lower()} side."})
    link = CasePerson(case_id=case.id, person_id=person.id, side=side, role=role.strip())
    uow.session.add(link)
    uow.commit()
    return CasePersonRow(link.id, person.id, person.title(), link.side, link.role,
                         flags_text(person.is_vulnerable, person.is_youth, person.is_repeat))


def unlink_person(uow: UnitOfWork, link_id: uuid.UUID) -> None:
    """Remove a person's link to a case (the person stays on the register)."""
    uow.session.delete(uow.get(CasePerson, link_id))
    uow.commit()

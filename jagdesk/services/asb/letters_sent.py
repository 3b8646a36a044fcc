"""The letters written from the templates, as the register page lists them against a person or an
intervention."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from jagdesk.store.models import AsbLetter
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class LetterRow:
    """A letter written: from which template, when, to whom or to which road's homes."""

    template: str
    written_on: date
    road: str
    addresses: int
    file_name: str

    def sentence(self) -> str:
        """The letter in one sentence: "warning-letter-1 written on 10/12/2026 (file.docx)."."""
        to = f" to {self.addresses} homes on {self.road}" if self.road else ""
        called = f" ({self.file_name})" if self.file_name else ""
        return f"{self.template} written on {self.written_on:%d/%m/%Y}{to}{called}."


def list_letters(uow: UnitOfWork, person_id: uuid.UUID | None = None,
                 intervention_id: uuid.UUID | None = None) -> list[LetterRow]:
    """The letters written about an intervention or to its person, the latest first."""
    wanted = []
    if person_id is not None:
        wanted.append(AsbLetter.person_id == person_id)
    if intervention_id is not None:
        wanted.append(AsbLetter.intervention_id == intervention_id)
    if not wanted:
        return []
    query = select(AsbLetter).where(or_(*wanted)).order_by(AsbLetter.written_on.desc(),
                                                           AsbLetter.created_at.desc())
    return [LetterRow(letter.template, letter.written_on, letter.road, letter.addresses,
                      letter.file_name) for letter in uow.session.scalars(query)]

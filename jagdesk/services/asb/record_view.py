"""One intervention with everything the register page shows beside it, read in one unit of work:
its detail (terms, history, next steps), its breaches and the letters written about it or to its
person; and what a person's or a case's panel lists."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from jagdesk.services.asb.breaches import list_breaches
from jagdesk.services.asb.interventions import get_intervention_detail
from jagdesk.services.asb.letters_sent import LetterRow, list_letters
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.asb.types import BreachRow, Filter, InterventionDetail, InterventionRow
from jagdesk.services.common.access import OPEN, record_access
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class RecordView:
    detail: InterventionDetail
    breaches: list[BreachRow]
    letters: list[LetterRow]


def record_view(uow: UnitOfWork, record_id: uuid.UUID, today: date) -> RecordView:
    """The intervention, its breaches and its letters, for its page: the look recorded in the
    access log."""
    detail = get_intervention_detail(uow, record_id, today)
    record_access(uow, OPEN, "asb_intervention", f"{detail.row.reference} {detail.row.subject_name}",
                  record_id)
    return RecordView(detail, list_breaches(uow, today=today, intervention_id=record_id),
                      list_letters(uow, detail.row.person_id, record_id))


@dataclass(frozen=True)
class PanelRows:
    """The interventions and breaches a person's or a case's panel lists."""

    interventions: list[InterventionRow]
    breaches: list[BreachRow]


def panel_rows(uow: UnitOfWork, today: date, person_id: uuid.UUID | None = None,
               case_id: uuid.UUID | None = None) -> PanelRows:
    """A person's interventions and breaches, or those of the interventions linked to a case."""
    wanted = Filter(person_id=person_id, case_id=case_id)
    return PanelRows(list_interventions(uow, wanted, today),
                     list_breaches(uow, person_id=person_id, case_id=case_id, today=today))

"""The lists the partnership keeps for CCTV, with what it has retired: the deployment criteria
(in its own order) and the offences of the crime threshold. The shipped lists stand until the
partnership first changes one; then they are stored as its own.

Nothing is deleted from these lists: an old deployment keeps the criteria it was checked against
and an authorisation keeps the offence as it was, so a line no longer used is retired (and can be
brought back)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from jagdesk.domain.cctv.deployments import DEFAULT_CRITERIA
from jagdesk.domain.cctv.ripa import DEFAULT_OFFENCES, Offence, offence_errors
from jagdesk.domain.common.validation import collect, required_text
from jagdesk.errors import JagdeskError, NotFoundError
from jagdesk.services.common.records import load_for_change, validated
from jagdesk.store.models import Deployment, DeploymentCriterion, RipaOffence
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class CriterionRow:
    """A line of the deployment checklist; id None while the shipped list stands."""

    id: uuid.UUID | None
    name: str
    position: int
    retired_on: date | None
    version: int | None


@dataclass(frozen=True)
class OffenceRow:
    """An offence on the list; id None while the shipped list stands."""

    id: uuid.UUID | None
    offence: Offence
    retired_on: date | None
    version: int | None

    @property
    def name(self) -> str:
        return self.offence.name


# Criteria ---------------------------------------------------------------------------------------
def criterion_rows(uow: UnitOfWork) -> list[CriterionRow]:
    """The checklist in order, retired lines included."""
    stored = list(uow.session.scalars(select(DeploymentCriterion).order_by(
        DeploymentCriterion.position, DeploymentCriterion.name)))
    if not stored:
        return [CriterionRow(None, name, n, None, None) for n, name in enumerate(DEFAULT_CRITERIA)]
    return [CriterionRow(c.id, c.name, c.position, c.retired_on, c.version) for c in stored]


def criteria_in_use(uow: UnitOfWork) -> list[str]:
    """The criteria a new request is checked against, in order."""
    return [row.name for row in criterion_rows(uow) if row.retired_on is None]


def criteria_for(uow: UnitOfWork, met: Sequence[str]) -> list[str]:
    """The criteria a deployment is checked against: those in use, then any it was met on that
    have been retired or renamed since (its record keeps them)."""
    names = criteria_in_use(uow)
    return names + [name for name in met if name not in names]


def _stored_criteria(uow: UnitOfWork) -> list[DeploymentCriterion]:
    """The partnership's own checklist, made from the shipped one on its first change."""
    stored = list(uow.session.scalars(select(DeploymentCriterion).order_by(
        DeploymentCriterion.position, DeploymentCriterion.name)))
    if not stored:
        stored = [DeploymentCriterion(name=name, position=n) for n, name in enumerate(DEFAULT_CRITERIA)]
        uow.session.add_all(stored)
        uow.session.flush()
    return stored


def _criterion(stored: list[DeploymentCriterion], name: str) -> DeploymentCriterion:
    wanted = name.strip().lower()
    for item in stored:
        if item.name.lower() == wanted:
            return item
    raise NotFoundError(f"'{name.strip()}' is not on the deployment checklist.")


def save_criterion(uow: UnitOfWork, name: str, was: str = "",
                   expected_version: int | None = None) -> CriterionRow:
    """Add a criterion at the end of the checklist (`was` empty) or rename the one called `was`.

    A renamed criterion stays ticked on the requests not yet decided; a decided deployment keeps
    the words it was decided on. Commits."""
    validated(collect(name=required_text(name, "criterion", 200)))
    stored = _stored_criteria(uow)
    new_name = " ".join(name.split())
    clash = [c for c in stored if c.name.lower() == new_name.lower() and
             c.name.lower() != was.strip().lower()]
    if clash:
        raise JagdeskError(f"'{clash[0].name}' is on the checklist already"
                           + (" (retired: bring it back instead)." if clash[0].retired_on else "."))
    if not was.strip():
        item = DeploymentCriterion(name=new_name, position=max(c.position for c in stored) + 1
                                   if stored else 0)
        uow.session.add(item)
    else:
        item = _criterion(stored, was)
        _read_at(uow, item, expected_version)
        old, item.name = item.name, new_name
        for deployment in uow.session.scalars(select(Deployment).where(Deployment.decision == "")):
            met = json.loads(deployment.criteria_met or "[]")
            if old in met:
                deployment.criteria_met = json.dumps([new_name if m == old else m for m in met])
    uow.commit()
    return CriterionRow(item.id, item.name, item.position, item.retired_on, item.version)


def _read_at(uow: UnitOfWork, record: DeploymentCriterion | RipaOffence,
             expected_version: int | None) -> None:
    """Refuse a change to a stored line changed since it was read (a shipped line has no version)."""
    if expected_version is not None:
        load_for_change(uow, type(record), record.id, expected_version)


def retire_criterion(uow: UnitOfWork, name: str, expected_version: int | None,
                     retired_on: date | None) -> CriterionRow:
    """Retire a criterion from the day given (None: bring it back); commits."""
    item = _criterion(_stored_criteria(uow), name)
    _read_at(uow, item, expected_version)
    item.retired_on = retired_on
    uow.commit()
    return CriterionRow(item.id, item.name, item.position, item.retired_on, item.version)


def move_criterion(uow: UnitOfWork, name: str, expected_version: int | None,
                   step: int) -> list[CriterionRow]:
    """Move a criterion `step` places up (negative) or down the checklist; commits."""
    stored = _stored_criteria(uow)
    item = _criterion(stored, name)
    _read_at(uow, item, expected_version)
    order = [c for c in stored if c is not item]
    at = max(0, min(len(order), stored.index(item) + step))
    order.insert(at, item)
    for position, criterion in enumerate(order):
        criterion.position = position
    uow.commit()
    return criterion_rows(uow)


# Offences ---------------------------------------------------------------------------------------
def offence_rows(uow: UnitOfWork) -> list[OffenceRow]:
    """The list of offences by name, retired ones included."""
    stored = list(uow.session.scalars(select(RipaOffence).order_by(func.lower(RipaOffence.name))))
    if not stored:
        return [OffenceRow(None, o, None, None) for o in sorted(DEFAULT_OFFENCES, key=lambda o: o.name)]
    return [OffenceRow(o.id, Offence(o.name, o.statute, o.max_months, o.underage_sale),
                       o.retired_on, o.version) for o in stored]


def stored_offences(uow: UnitOfWork) -> None:
    """Make the shipped list the partnership's own, on its first change."""
    if uow.session.scalar(select(func.count()).select_from(RipaOffence)) == 0:
        uow.session.add_all(RipaOffence(name=o.name, statute=o.statute, max_months=o.max_months,
                                        underage_sale=o.underage_sale) for o in DEFAULT_OFFENCES)
        uow.session.flush()


def _offence(uow: UnitOfWork, name: str) -> RipaOffence:
    found = uow.session.scalar(select(RipaOffence).where(
        func.lower(RipaOffence.name) == " ".join(name.split()).lower()))
    if found is None:
        raise NotFoundError(f"'{name.strip()}' is not on the list of offences.")
    return found


def change_offence(uow: UnitOfWork, was: str, offence: Offence,
                   expected_version: int | None = None) -> OffenceRow:
    """Change the offence called `was` (its name, statute or penalty); the authorisations already
    given keep the offence as it was when they were authorised. Commits."""
    validated(offence_errors(offence))
    stored_offences(uow)
    record = _offence(uow, was)
    _read_at(uow, record, expected_version)
    new_name = " ".join(offence.name.split())
    if new_name.lower() != record.name.lower():
        taken = uow.session.scalar(select(func.count()).where(
            func.lower(RipaOffence.name) == new_name.lower()))
        if taken:
            raise JagdeskError(f"'{new_name}' is on the list of offences already.")
    record.name, record.statute = new_name, offence.statute.strip()
    record.max_months, record.underage_sale = offence.max_months, offence.underage_sale
    uow.commit()
    return OffenceRow(record.id, Offence(record.name, record.statute, record.max_months,
                                         record.underage_sale), record.retired_on, record.version)


def retire_offence(uow: UnitOfWork, name: str, expected_version: int | None,
                   retired_on: date | None) -> OffenceRow:
    """Retire an offence from the day given, so no new application names it (None: bring it
    back); commits."""
    stored_offences(uow)
    record = _offence(uow, name)
    _read_at(uow, record, expected_version)
    record.retired_on = retired_on
    uow.commit()
    return OffenceRow(record.id, Offence(record.name, record.statute, record.max_months,
                                         record.underage_sale), record.retired_on, record.version)

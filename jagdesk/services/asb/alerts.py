"""What the ASB register puts on the dashboard: reviews due, orders ending soon, warnings whose time to
comply has passed, and breaches nobody has acted on yet."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import exists, select

from jagdesk.domain.asb.vocabulary import Kind, Status
from jagdesk.services.asb.breaches import list_breaches
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.asb.settings import asb_settings
from jagdesk.services.asb.types import Filter, InterventionRow
from jagdesk.store.models import AsbIntervention
from jagdesk.store.uow import UnitOfWork

REVIEW_NOTICE_DAYS = 14  # a review this close is shown before it falls due


@dataclass(frozen=True)
class AsbAlert:
    """An intervention (or a breach of one) needing attention by `due_on`; `days_overdue` is
    negative while days are left."""

    reference: str
    kind: str
    subject: str
    due_on: date
    days_overdue: int
    what: str
    intervention_id: uuid.UUID
    case_reference: str = ""  # dashboard rows open a case when they name one; these open none

    @property
    def when(self) -> str:
        """How far off the date is: "in 3 days", "today", "10 days ago"."""
        days = -self.days_overdue
        if days == 0:
            return "today"
        count = f"{abs(days)} day{'s' if abs(days) != 1 else ''}"
        return f"in {count}" if days > 0 else f"{count} ago"


@dataclass(frozen=True)
class AsbAlerts:
    reviews_due: tuple[AsbAlert, ...]
    ending: tuple[AsbAlert, ...]
    time_to_comply_passed: tuple[AsbAlert, ...]
    breaches_not_acted_on: tuple[AsbAlert, ...]


def register_in_use(uow: UnitOfWork) -> bool:
    """Whether the register holds any intervention (the dashboard shows its lists only then)."""
    return bool(uow.session.scalar(select(exists().where(AsbIntervention.id.isnot(None)))))


def asb_alerts(uow: UnitOfWork, today: date, expiring_days: int | None = None) -> AsbAlerts:
    """Everything of the register needing attention as of `today`, the most pressing first (orders
    ending within the partnership's `expiring_days`, 30 unless changed)."""
    expiring_days = expiring_days or asb_settings(uow).expiring_days
    live = list_interventions(uow, Filter(live_only=True), today)
    soon, ending = today + timedelta(REVIEW_NOTICE_DAYS), today + timedelta(expiring_days)

    def alert(row: InterventionRow, due: date, what: str) -> AsbAlert:
        return AsbAlert(row.reference, row.kind_title, row.subject_name, due, (today - due).days, what,
                        row.id)

    reviews = [alert(r, r.next_review_on, "review") for r in live
               if r.next_review_on is not None and r.next_review_on <= soon]
    expiring = [alert(r, r.ends_on, "ends") for r in live
                if r.ends_on is not None and today <= r.ends_on <= ending]
    details = {r.id: r for r in live}
    passed = []
    for record in uow.session.scalars(select(AsbIntervention).where(
            AsbIntervention.kind == Kind.CPW.value, AsbIntervention.status == Status.ISSUED.value,
            AsbIntervention.comply_by < today)):
        row = details.get(record.id)
        if row is not None and record.comply_by is not None:
            passed.append(alert(row, record.comply_by, "consider a Community Protection Notice"))
    breaches = []
    for breach in list_breaches(uow, not_acted_on=True, today=today):
        row = details.get(breach.intervention_id)
        if row is not None:  # a breach of an order no longer in force is history
            breaches.append(alert(row, breach.breached_on, breach.next_step))

    def ordered(alerts: list[AsbAlert]) -> tuple[AsbAlert, ...]:
        return tuple(sorted(alerts, key=lambda a: (a.due_on, a.reference)))

    return AsbAlerts(ordered(reviews), ordered(expiring), ordered(passed), ordered(breaches))


"""What CCTV work needs attention on a day: approvals awaited, authorisations ending within 14 days
or lapsed, reviews due, signage to take down, mobile cameras past their planned end, and footage
due for deletion. The dashboard shows each list that has anything in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jagdesk.domain.cctv.ripa_dates import ENDING_SOON_DAYS
from jagdesk.services.cctv.authorisations import list_authorisations
from jagdesk.services.cctv.deployments import list_deployments
from jagdesk.services.cctv.footage import footage_due
from jagdesk.services.common.readable import readable
from jagdesk.store.models import RipaAuthorisation
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class CctvAlert:
    """One thing to do: its record, what it is, the day it falls due and how late it is (negative:
    days still to go)."""

    reference: str
    what: str
    due_on: date | None
    days_overdue: int
    case_reference: str = ""  # no case: the dashboard opens a CCTV alert by its reference instead


@dataclass(frozen=True)
class CctvAlerts:
    approvals_pending: tuple[CctvAlert, ...]
    authorisations_ending: tuple[CctvAlert, ...]
    ripa_reviews_due: tuple[CctvAlert, ...]
    deployment_reviews_due: tuple[CctvAlert, ...]
    signage_to_remove: tuple[CctvAlert, ...]
    past_planned_end: tuple[CctvAlert, ...]
    footage_to_delete: tuple[CctvAlert, ...]


def _alert(reference: str, what: str, due: date | None, today: date) -> CctvAlert:
    return CctvAlert(reference, what, due, (today - due).days if due else 0)


def cctv_alerts(uow: UnitOfWork, today: date) -> CctvAlerts:
    """Every CCTV alert as of `today`, the most urgent first in each list."""
    # The covert alerts are for those who may read covert work (the RIPA officer) only.
    held = list_authorisations(uow, today) if readable(uow.session, RipaAuthorisation) else []
    mobile = list_deployments(uow, today)

    def by_due(items: list[CctvAlert]) -> tuple[CctvAlert, ...]:
        return tuple(sorted(items, key=lambda a: (a.due_on or date.max, a.reference)))

    return CctvAlerts(
        approvals_pending=by_due([_alert(a.urn, f"{a.operation}: awaiting the magistrate",
                                         a.authorised_on, today)
                                  for a in held if a.status == "pending" and not a.decision]),
        authorisations_ending=by_due(
            [_alert(a.urn, f"{a.operation}: ends within {ENDING_SOON_DAYS} days; cancel or renew",
                    a.ends_on, today) for a in held if a.ending_soon]
            + [_alert(a.urn, f"{a.operation}: LAPSED without cancellation; record it and make "
                             "sure every camera is down", a.ends_on, today)
               for a in held if a.status == "lapsed"]),
        ripa_reviews_due=by_due([_alert(a.urn, f"{a.operation}: review due", a.next_review_on, today)
                                 for a in held if a.review_due]),
        deployment_reviews_due=by_due([_alert(d.reference, f"{d.site}: review due",
                                              d.next_review_on, today)
                                       for d in mobile if d.review_due and d.kind == "mobile"]),
        signage_to_remove=by_due([_alert(d.reference, f"{d.site}: camera removed, signage still up",
                                         d.removed_on, today) for d in mobile if d.signage_to_remove]),
        past_planned_end=by_due([_alert(d.reference, f"{d.site}: past its planned end",
                                        d.planned_end_on, today)
                                 for d in mobile if d.past_planned_end and d.kind == "mobile"]),
        footage_to_delete=by_due([_alert(f.camera, f"Footage of {f.recorded_on:%d/%m/%Y} for "
                                         f"{f.requested_by}", f.delete_by, today)
                                  for f in footage_due(uow, today)]),
    )

"""Checking a take-out file back in to the store it was taken out of: what it would do (the dry
run), doing it in one transaction, and wiping the file afterwards.

Each record is compared three ways (services.offline.comparing): as taken out, on the laptop and
on the server. Records created on the laptop are added (their references renumbered where the
server has given them out meanwhile), changes made on the laptop only are applied, deletions made
on the laptop only are carried out, and where the two sides disagree the user's resolution
decides. The laptop's audit and access entries join the server's chains, marked as checked in,
and the take-out is marked checked in: all of it, or (killed, refused, failing) none of it.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jagdesk.errors import StoreError
from jagdesk.services.offline.applying import Progress, apply, refuse_missing_parents
from jagdesk.services.offline.comparing import Comparison, Outcome, compare
from jagdesk.services.offline.describing import Describer
from jagdesk.services.offline.renumbering import Numbers, refuse_taken_names, renumber
from jagdesk.services.offline.trail import append_trail, laptop_entries
from jagdesk.services.offline.types import (
    CheckinPlan,
    CheckinResult,
    Resolution,
    TakeoutOriginText,
)
from jagdesk.store.audit import CHAIN_KEY
from jagdesk.store.base import utcnow
from jagdesk.store.engine import driver_reason
from jagdesk.store.models import Takeout, TakeoutOrigin
from jagdesk.store.opening import Store


def _origin(laptop: Store, session: Session) -> TakeoutOriginText:
    """The take-out file's origin; refused for a store that is no take-out."""
    origin = session.scalars(select(TakeoutOrigin)).first()
    if origin is None:
        raise StoreError(f"{laptop.location.describe()} is an ordinary JAGDesk store, not a take-out "
                         "file; there is nothing to check in and nothing was changed.")
    return TakeoutOriginText(origin.token, origin.source, origin.locality_name, origin.taken_at,
                             origin.taken_by, origin.months, origin.include_covert)


def _open_takeout(server: Store, session: Session, laptop: Store, origin: TakeoutOriginText,
                  lock: bool = False) -> Takeout:
    """The server's record of the take-out, not yet checked in (locked to the end of the
    transaction when `lock`, so two check-ins of one file wait for each other)."""
    query = select(Takeout).where(Takeout.id == origin.token)
    takeout = session.scalars(query.with_for_update() if lock else query).first()
    if takeout is None:
        raise StoreError(f"{laptop.location.describe()} was not taken out of "
                         f"{server.location.describe()} (it was taken out of {origin.source}); "
                         "nothing was changed.")
    if takeout.checked_in_at is not None:
        raise StoreError(f"{laptop.location.describe()} was already checked in on "
                         f"{takeout.checked_in_at:%d %b %Y at %H:%M} UTC by {takeout.checked_in_by}; "
                         "nothing was changed.")
    return takeout


def _plan(laptop: Session, server: Session, origin: TakeoutOriginText,
          numbers: Numbers) -> tuple[CheckinPlan, Comparison]:
    comparison = compare(laptop.connection(), server.connection())
    describer = Describer(laptop, server)
    refuse_taken_names(comparison.differences, server.connection(), describer.label)
    renumbered = renumber(comparison.of(Outcome.ADD), server.connection(), numbers, describer.label)

    def labels(outcome: Outcome) -> tuple[str, ...]:
        return tuple(describer.label(difference) for difference in comparison.of(outcome))

    plan = CheckinPlan(origin, labels(Outcome.ADD), labels(Outcome.CHANGE), labels(Outcome.DELETE),
                       tuple(describer.conflict(d) for d in comparison.of(Outcome.CONFLICT)),
                       tuple(renumbered), laptop_entries(laptop.connection()))
    return plan, comparison


def plan_checkin(server: Store, laptop: Store) -> CheckinPlan:
    """What checking `laptop` in to `server` would do (added, changed, deleted, renumbered,
    conflicts), changing nothing on either; StoreError (one sentence) where it would be refused."""
    server.require_current()
    laptop.require_current()
    with laptop.unit_of_work() as on_laptop, server.unit_of_work() as on_server:
        origin = _origin(laptop, on_laptop.session)
        _open_takeout(server, on_server.session, laptop, origin)
        plan, _comparison = _plan(on_laptop.session, on_server.session, origin,
                                  Numbers(on_server.session.connection()))
    return plan


def _unresolved(plan: CheckinPlan, resolutions: Mapping[str, Resolution]) -> StoreError | None:
    left = [conflict for conflict in plan.conflicts if conflict.key not in resolutions]
    if not left:
        return None
    many = f"{len(left)} conflicts are" if len(left) > 1 else "1 conflict is"
    return StoreError(f"{many} not resolved ({left[0].label}: {left[0].kind}); choose the laptop's "
                      "or the server's version of each before checking in. Nothing was changed.")


def check_in(server: Store, laptop: Store, resolutions: Mapping[str, Resolution], *,
             progress: Progress | None = None) -> CheckinResult:
    """Check `laptop` in to `server` in one transaction of the server, each conflict as
    `resolutions` (by Conflict.key) says; StoreError (one sentence, nothing changed) where it is
    refused: no take-out, not of this store, already checked in, changed outside JAGDesk, a
    conflict unresolved."""
    server.require_current()
    laptop.require_current()
    with laptop.unit_of_work() as on_laptop, server.unit_of_work() as on_server:
        origin = _origin(laptop, on_laptop.session)
        takeout = _open_takeout(server, on_server.session, laptop, origin, lock=True)
        if progress is not None:
            progress("Comparing the laptop's records with the server's", 0)
        numbers = Numbers(on_server.session.connection(), on_server.session)
        plan, comparison = _plan(on_laptop.session, on_server.session, origin, numbers)
        refusal = _unresolved(plan, resolutions)
        if refusal is not None:
            raise refusal
        refuse_missing_parents(on_server.session, comparison.differences, resolutions,
                               Describer(on_laptop.session, on_server.session).title)
        if progress is not None:
            progress("Adding the laptop's audit trail", 10)
        # The laptop's entries first (they happened first); the check-in's own chain on after them.
        on_server.session.info[CHAIN_KEY] = append_trail(
            on_laptop.session.connection(), on_server.session.connection(), on_server.user)
        try:
            apply(on_server.session, comparison.differences, resolutions, progress)
        except IntegrityError as exc:  # a rule of the store that the comparison cannot foresee
            raise StoreError(f"The server refused the check-in ({driver_reason(exc)}); nothing "
                             "was changed.") from None
        checked_in_at = utcnow()
        takeout.checked_in_at = checked_in_at
        takeout.checked_in_by = on_server.user
        if progress is not None:
            progress("Saving", 97)
        on_server.commit()
    if progress is not None:
        progress("Done", 100)
    resolved = sum(1 for conflict in plan.conflicts if conflict.key in resolutions)
    return CheckinResult(plan, resolved, checked_in_at)



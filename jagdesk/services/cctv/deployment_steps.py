"""The steps of a deployment after its request: the checklist, the decision with reasons, residents
consulted, signage and installation, reviews, removal, and the evaluation from the crime data.
Each is refused with one sentence when its date is out of order, and nothing is changed."""

from __future__ import annotations

import json
import uuid
from datetime import date

from sqlalchemy import select

from jagdesk.domain.cctv import deployments as rules
from jagdesk.domain.cctv.ripa_dates import Period
from jagdesk.domain.cctv.ripa_refusals import installation_problem as covert_problem
from jagdesk.domain.cctv.ripa_rows import authorisation_periods
from jagdesk.domain.common.periods import MonthRange, add_months
from jagdesk.domain.places.shapes import HotspotShape
from jagdesk.errors import JagdeskError
from jagdesk.services.cctv.deployments import DeploymentRow, deployment_row
from jagdesk.services.cctv.lists import criteria_for
from jagdesk.services.cctv.settings import cctv_settings
from jagdesk.services.common.records import load_for_change, touch
from jagdesk.services.places.crime_stats import data_months
from jagdesk.services.problem_solving.evidence import count_places
from jagdesk.store.models import Camera, Deployment, DeploymentReview, RipaAuthorisation, RipaRenewal
from jagdesk.store.uow import UnitOfWork

EVALUATION_RADIUS_M = 200


def _refuse(problem: str | None) -> None:
    if problem:
        raise JagdeskError(problem)


def _done(uow: UnitOfWork, record: Deployment, commit: bool) -> DeploymentRow:
    if commit:
        uow.commit()
    else:
        uow.session.flush()
    return deployment_row(uow, record.id)


def check_criteria(uow: UnitOfWork, deployment_id: uuid.UUID, expected_version: int | None,
                   met: list[str], commit: bool = True) -> DeploymentRow:
    """Record which of the partnership's criteria the request meets."""
    record = load_for_change(uow, Deployment, deployment_id, expected_version)
    known = criteria_for(uow, json.loads(record.criteria_met or "[]"))
    unknown = [name for name in met if name not in known]
    _refuse(f"'{unknown[0]}' is not one of the partnership's criteria." if unknown else None)
    record.criteria_met = json.dumps([name for name in known if name in met])
    return _done(uow, record, commit)


def decide(uow: UnitOfWork, deployment_id: uuid.UUID, expected_version: int | None, decision: str,
           decided_on: date, decided_by: str, reasons: str, commit: bool = True) -> DeploymentRow:
    """Approve or refuse, with the reasons (a refusal is kept as it is)."""
    record = load_for_change(uow, Deployment, deployment_id, expected_version)
    _refuse(rules.decision_problem(record.requested_on, decision, decided_on, reasons))
    record.decision, record.decided_on = decision, decided_on
    record.decided_by, record.decision_reasons = decided_by.strip(), reasons.strip()
    return _done(uow, record, commit)


def record_consultation(uow: UnitOfWork, deployment_id: uuid.UUID, expected_version: int | None,
                        letters_sent_on: date, responses: int, objections: str = "",
                        answer: str = "", commit: bool = True) -> DeploymentRow:
    """Residents consulted: letters sent, responses, objections and how they were answered."""
    record = load_for_change(uow, Deployment, deployment_id, expected_version)
    _refuse("Letters cannot be sent before the request." if letters_sent_on < record.requested_on
            else None)
    record.letters_sent_on, record.responses = letters_sent_on, max(responses, 0)
    record.objections, record.objections_answer = objections.strip(), answer.strip()
    return _done(uow, record, commit)


def _authorised_periods(uow: UnitOfWork, authorisation_id: uuid.UUID | None) -> tuple[
        tuple[Period, ...], date | None]:
    if authorisation_id is None:
        return (), None
    held = uow.get(RipaAuthorisation, authorisation_id)
    renewals = len(list(uow.session.scalars(select(RipaRenewal.id).where(
        RipaRenewal.authorisation_id == held.id))))
    return authorisation_periods(held.decision, held.decided_on, renewals), held.cancelled_on


def install(uow: UnitOfWork, deployment_id: uuid.UUID, expected_version: int | None,
            camera_id: uuid.UUID, installed_on: date, signage_up_on: date | None = None,
            planned_end_on: date | None = None, planned_months: int | None = None,
            commit: bool = True) -> DeploymentRow:
    """Put the camera up: a mobile one after approval with its signage up first; a covert one only
    within its authorisation's period. The planned end defaults to `planned_months` later, else
    the partnership's setting (3 months unless it set another)."""
    record = load_for_change(uow, Deployment, deployment_id, expected_version)
    camera = uow.get(Camera, camera_id)
    if record.kind == "covert":
        periods, cancelled_on = _authorised_periods(uow, record.authorisation_id)
        _refuse(covert_problem(periods, cancelled_on, installed_on))
        planned_end_on = planned_end_on or periods[-1].ends_on
    else:
        _refuse(rules.installation_problem(record.decision, record.decided_on, signage_up_on,
                                           installed_on))
    record.camera_id, record.installed_on, record.signage_up_on = camera.id, installed_on, signage_up_on
    months = planned_months if planned_months is not None else cctv_settings(uow).planned_months
    record.planned_end_on = planned_end_on or rules.planned_end(installed_on, months)
    camera.state, camera.place = "deployed", record.site
    if record.latitude is not None and record.longitude is not None:
        camera.latitude, camera.longitude = record.latitude, record.longitude
    return _done(uow, record, commit)


def add_review(uow: UnitOfWork, deployment_id: uuid.UUID, expected_version: int | None,
               reviewed_on: date, reviewer: str, outcome: str = "",
               commit: bool = True) -> DeploymentRow:
    """A review while the camera is up."""
    record = load_for_change(uow, Deployment, deployment_id, expected_version)
    _refuse(rules.review_problem(record.installed_on, record.removed_on, reviewed_on))
    uow.session.add(DeploymentReview(deployment_id=record.id, reviewed_on=reviewed_on,
                                     reviewer=reviewer.strip(), outcome=outcome.strip()))
    touch(uow, record)
    return _done(uow, record, commit)


def remove(uow: UnitOfWork, deployment_id: uuid.UUID, expected_version: int | None,
           removed_on: date, signage_removed_on: date | None = None,
           commit: bool = True) -> DeploymentRow:
    """Take the camera down (a covert one by its authorisation's end), and its signage."""
    record = load_for_change(uow, Deployment, deployment_id, expected_version)
    _refuse(rules.removal_problem(record.installed_on, removed_on, signage_removed_on))
    if record.kind == "covert" and record.installed_on is not None:
        periods, cancelled_on = _authorised_periods(uow, record.authorisation_id)
        _refuse(covert_problem(periods, cancelled_on, record.installed_on, removed_on))
    record.removed_on, record.signage_removed_on = removed_on, signage_removed_on
    if record.camera_id is not None:
        uow.get(Camera, record.camera_id).state = "store"
    return _done(uow, record, commit)


def _months(first: date, last: date) -> tuple[str, ...]:
    return MonthRange(f"{first:%Y-%m}", f"{last:%Y-%m}").months


def evaluation_of(uow: UnitOfWork, record: Deployment, radius_m: int) -> rules.Evaluation:
    """Incidents within `radius_m` of the site in the months before (as many as the camera was
    up), during, and the two months after its removal (read only)."""
    if record.installed_on is None or record.removed_on is None:
        raise JagdeskError("A deployment is evaluated once its camera has been removed.")
    if record.latitude is None or record.longitude is None:
        raise JagdeskError("The deployment's site has no location to count incidents around.")
    if not 25 <= radius_m <= 2000:
        raise JagdeskError("The radius is 25 to 2,000 metres.")
    during = _months(record.installed_on, record.removed_on)
    before = tuple(add_months(during[0], n - len(during)) for n in range(len(during)))
    after = tuple(add_months(during[-1], n + 1) for n in range(rules.AFTER_MONTHS))
    shape = HotspotShape(record.latitude, record.longitude, radius_m, None)
    counts = count_places(uow.session, [shape], MonthRange(before[0], after[-1]))[1]
    held = set(data_months(uow.session))
    missing = tuple(m for m in (*before, *during, *after) if m not in held)
    return rules.Evaluation(radius_m, before, during, after, sum(counts[m] for m in before),
                            sum(counts[m] for m in during), sum(counts[m] for m in after), missing)


def store_evaluation(record: Deployment, figures: rules.Evaluation, evaluated_on: date) -> None:
    """Keep the figures and their sentence on the deployment."""
    record.evaluation_radius_m, record.evaluated_on = figures.radius_m, evaluated_on
    record.evaluation = json.dumps({
        "before": figures.before, "during": figures.during, "after": figures.after,
        "before_months": list(figures.before_months), "during_months": list(figures.during_months),
        "after_months": list(figures.after_months), "change": figures.change,
        "missing_months": list(figures.missing_months), "sentence": figures.sentence()})


def evaluate(uow: UnitOfWork, deployment_id: uuid.UUID, expected_version: int | None,
             evaluated_on: date, radius_m: int = EVALUATION_RADIUS_M,
             commit: bool = True) -> DeploymentRow:
    """Evaluate a deployment whose camera is down: the incidents around it before, during and
    after (evaluation_of), stored with their sentence."""
    record = load_for_change(uow, Deployment, deployment_id, expected_version)
    store_evaluation(record, evaluation_of(uow, record, radius_m), evaluated_on)
    return _done(uow, record, commit)

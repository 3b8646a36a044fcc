"""CCTV: the camera register, mobile (overt) deployments with their reviews and footage requests,
and covert deployments under RIPA 2000 Part II with the central record of authorisations."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, Time, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from jagdesk.store.base import Record


def _parent(table: str, cascade: bool = False) -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, ForeignKey(f"{table}.id", ondelete="CASCADE" if cascade else "RESTRICT"),
                         index=True)


def _link(table: str) -> Mapped[uuid.UUID | None]:
    return mapped_column(Uuid, ForeignKey(f"{table}.id", ondelete="RESTRICT"), index=True)


class AuthorisingOfficer(Record):
    """A designated authorising officer of the council: name and grade."""

    __tablename__ = "authorising_officer"
    label, plural = "authorising officer", "authorising officers"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    grade: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RipaOffence(Record):
    """An offence on the partnership's list, with its maximum imprisonment in months (0: a fine)."""

    __tablename__ = "ripa_offence"
    label, plural = "offence", "offences"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    statute: Mapped[str] = mapped_column(String(200), default="")
    max_months: Mapped[int] = mapped_column(Integer, default=0)
    underage_sale: Mapped[bool] = mapped_column(Boolean, default=False)
    # Retired: no longer offered for a new application (the authorisations copied it as it was).
    retired_on: Mapped[date | None] = mapped_column(Date)


class RipaAuthorisation(Record):
    """An application for directed surveillance and what became of it: the central record's row.

    The offence, the officer's name and grade are copied as they were when it was authorised, so
    the record stays true when the lists change. Dates of effect are computed, never stored.
    """

    __tablename__ = "ripa_authorisation"
    label, plural = "authorisation", "authorisations"

    urn: Mapped[str] = mapped_column(String(40), unique=True)
    operation: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    offence: Mapped[str] = mapped_column(String(200))
    offence_statute: Mapped[str] = mapped_column(String(200), default="")
    offence_max_months: Mapped[int] = mapped_column(Integer, default=0)
    offence_underage_sale: Mapped[bool] = mapped_column(Boolean, default=False)
    necessity: Mapped[str] = mapped_column(Text, default="")
    proportionality: Mapped[str] = mapped_column(Text, default="")
    collateral_intrusion: Mapped[str] = mapped_column(Text, default="")
    confidential_likely: Mapped[bool] = mapped_column(Boolean, default=False)
    officer_id: Mapped[uuid.UUID | None] = _link("authorising_officer")
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    officer_grade: Mapped[str] = mapped_column(String(200), default="")
    officer_involved: Mapped[bool] = mapped_column(Boolean, default=False)
    officer_involved_reason: Mapped[str] = mapped_column(Text, default="")
    authorised_on: Mapped[date | None] = mapped_column(Date)  # the officer's signature
    review_interval_days: Mapped[int] = mapped_column(Integer, default=28)
    # The magistrate's decision: "" until made, then "approved" or "refused".
    decision: Mapped[str] = mapped_column(String(10), default="")
    decided_on: Mapped[date | None] = mapped_column(Date, index=True)
    decided_at: Mapped[time | None] = mapped_column(Time)
    court: Mapped[str] = mapped_column(String(200), default="")
    magistrate: Mapped[str] = mapped_column(String(200), default="")
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancelled_by: Mapped[str] = mapped_column(String(200), default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    cameras_removed: Mapped[bool] = mapped_column(Boolean, default=False)
    all_told: Mapped[bool] = mapped_column(Boolean, default=False)

    def title(self) -> str:
        return f"authorisation {self.urn}"


class RipaSubject(Record):
    """A subject named in an authorisation, linked to the person register where known."""

    __tablename__ = "ripa_subject"
    label, plural = "subject", "subjects"

    authorisation_id: Mapped[uuid.UUID] = _parent("ripa_authorisation", cascade=True)
    person_id: Mapped[uuid.UUID | None] = _link("person")
    name: Mapped[str] = mapped_column(String(200))


class RipaReview(Record):
    """A review of an authorisation: date, reviewer, outcome."""

    __tablename__ = "ripa_review"
    label, plural = "review", "reviews"

    authorisation_id: Mapped[uuid.UUID] = _parent("ripa_authorisation", cascade=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")

    def title(self) -> str:
        return f"review of {self.reviewed_on}"


class RipaRenewal(Record):
    """A renewal, approved by a magistrate before the authorisation's last day."""

    __tablename__ = "ripa_renewal"
    label, plural = "renewal", "renewals"

    authorisation_id: Mapped[uuid.UUID] = _parent("ripa_authorisation", cascade=True)
    approved_on: Mapped[date] = mapped_column(Date)  # the magistrate's approval
    magistrate: Mapped[str] = mapped_column(String(200), default="")
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    officer_grade: Mapped[str] = mapped_column(String(200), default="")

    def title(self) -> str:
        return f"renewal of {self.approved_on}"


class Camera(Record):
    """A camera of the partnership's: fixed, redeployable (mobile) or covert, and where it is."""

    __tablename__ = "camera"
    label, plural = "camera", "cameras"

    code: Mapped[str] = mapped_column(String(40), unique=True)  # the camera's ID
    name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(10), default="fixed")  # fixed, mobile, covert
    asset_tag: Mapped[str] = mapped_column(String(60), default="")
    owner_agency: Mapped[str] = mapped_column(String(200), default="")
    make: Mapped[str] = mapped_column(String(200), default="")
    camera_type: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(10), default="deployed")  # store, deployed, repair
    place: Mapped[str] = mapped_column(String(200), default="")
    area: Mapped[str] = mapped_column(String(200), default="")
    longitude: Mapped[float | None] = mapped_column(Float)
    latitude: Mapped[float | None] = mapped_column(Float)
    retention_days: Mapped[int] = mapped_column(Integer, default=31)

    def title(self) -> str:
        return f"camera {self.code}"


class DeploymentCriterion(Record):
    """One line of the partnership's checklist for deploying a mobile camera."""

    __tablename__ = "deployment_criterion"
    label, plural = "deployment criterion", "deployment criteria"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Retired: no longer checked for a new request; the deployments that ticked it keep the tick.
    retired_on: Mapped[date | None] = mapped_column(Date)


class CctvSettings(Record):
    """The partnership's CCTV settings (one row; none: the defaults)."""

    __tablename__ = "cctv_settings"
    label, plural = "CCTV settings", "CCTV settings"

    # The central record keeps an authorisation this many years after its cancellation or end;
    # then it is due for a review of whether to destroy it.
    retention_years: Mapped[int] = mapped_column(Integer, default=5)
    # A mobile deployment's planned end is this many months after the camera went up, unless the
    # officer gives another when recording the installation.
    planned_months: Mapped[int] = mapped_column(Integer, default=3, server_default="3")


class Deployment(Record):
    """A camera put up at a place: a mobile deployment from request to evaluation, or a covert one
    under an authorisation."""

    __tablename__ = "deployment"
    label, plural = "deployment", "deployments"

    reference: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="mobile")  # mobile or covert
    camera_id: Mapped[uuid.UUID | None] = _link("camera")
    authorisation_id: Mapped[uuid.UUID | None] = _link("ripa_authorisation")
    hotspot_id: Mapped[uuid.UUID | None] = _link("hotspot")
    case_id: Mapped[uuid.UUID | None] = _link("problem_case")
    site: Mapped[str] = mapped_column(String(200), default="")  # the address or place
    longitude: Mapped[float | None] = mapped_column(Float)
    latitude: Mapped[float | None] = mapped_column(Float)
    requested_on: Mapped[date] = mapped_column(Date)
    requested_by: Mapped[str] = mapped_column(String(200), default="")
    requesting_agency: Mapped[str] = mapped_column(String(200), default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    incidents: Mapped[str] = mapped_column(Text, default="")
    criteria_met: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of criteria names
    decision: Mapped[str] = mapped_column(String(10), default="")  # "", approved, refused
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decision_reasons: Mapped[str] = mapped_column(Text, default="")
    letters_sent_on: Mapped[date | None] = mapped_column(Date)
    responses: Mapped[int] = mapped_column(Integer, default=0)
    objections: Mapped[str] = mapped_column(Text, default="")
    objections_answer: Mapped[str] = mapped_column(Text, default="")
    signage_up_on: Mapped[date | None] = mapped_column(Date)
    installed_on: Mapped[date | None] = mapped_column(Date)
    planned_end_on: Mapped[date | None] = mapped_column(Date)
    removed_on: Mapped[date | None] = mapped_column(Date)
    signage_removed_on: Mapped[date | None] = mapped_column(Date)
    review_interval_days: Mapped[int] = mapped_column(Integer, default=30)
    evaluation_radius_m: Mapped[int | None] = mapped_column(Integer)
    evaluation: Mapped[str] = mapped_column(Text, default="")  # JSON of the figures, once evaluated
    evaluated_on: Mapped[date | None] = mapped_column(Date)

    def title(self) -> str:
        return f"deployment {self.reference}"


class DeploymentReview(Record):
    """A review of a mobile deployment: date, reviewer, outcome."""

    __tablename__ = "deployment_review"
    label, plural = "deployment review", "deployment reviews"

    deployment_id: Mapped[uuid.UUID] = _parent("deployment", cascade=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(Text, default="")


class FootageRequest(Record):
    """A request to view or copy a camera's footage: who, why, what was released, when it goes."""

    __tablename__ = "footage_request"
    label, plural = "footage request", "footage requests"

    camera_id: Mapped[uuid.UUID] = _parent("camera")
    deployment_id: Mapped[uuid.UUID | None] = _link("deployment")
    requested_on: Mapped[date] = mapped_column(Date)
    requested_by: Mapped[str] = mapped_column(String(200), default="")
    agency: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    police_reference: Mapped[str] = mapped_column(String(60), default="")
    recorded_on: Mapped[date] = mapped_column(Date)  # the day of the footage asked for
    released: Mapped[str] = mapped_column(Text, default="")
    released_on: Mapped[date | None] = mapped_column(Date)
    delete_by: Mapped[date] = mapped_column(Date, index=True)
    deleted_on: Mapped[date | None] = mapped_column(Date)

"""The kinds of record `jagdesk list KIND` can show, and the columns it prints for each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from jagdesk.services import meetings
from jagdesk.services.asb import breaches, reading
from jagdesk.services.case_review import applications as case_reviews
from jagdesk.services.cctv import authorisations, cameras, deployments
from jagdesk.services.common.access import EXPORT, record_access
from jagdesk.services.hotspots import hotspots
from jagdesk.services.meetings import action_log
from jagdesk.services.people import people
from jagdesk.services.problem_solving import cases
from jagdesk.services.reference import agencies, localities
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class Kind:
    """One listable kind: how to fetch its rows and which attributes a text listing shows."""

    fetch: Callable[[UnitOfWork], Sequence[Any]]
    columns: tuple[str, ...]


KINDS: dict[str, Kind] = {
    # Every action, agreed at meetings and on cases: soonest due first.
    "actions": Kind(action_log.action_log, ("reference", "description", "owner", "agency", "due",
                                            "status", "overdue", "raised_at")),
    # The central record with each authorisation's computed dates and flags as of today.
    "authorisations": Kind(authorisations.list_authorisations, (
        "urn", "operation", "offence", "officer_name", "approved_on", "ends_on", "next_review_on",
        "status", "flags_text")),
    "agencies": Kind(agencies.list_agencies, ("name", "type_title", "active", "contact_count")),
    "cameras": Kind(cameras.list_cameras, ("code", "name", "kind", "state", "owner_agency", "area",
                                           "longitude", "latitude", "retention_days")),
    # Each with its threshold and every due date with whether it was met (the JSON has the complaints).
    "case-reviews": Kind(case_reviews.list_case_reviews, (
        "reference", "received_on", "problem", "complaint_count", "threshold_met", "acknowledge_by",
        "decide_by", "review_by", "outcome_by", "status")),
    # The ASB register: each with its computed end, next review and the rules' warnings (JSON).
    "breaches": Kind(breaches.list_breaches, ("breached_on", "reference", "kind", "subject_name", "term",
                                              "action", "next_step")),
    "cases": Kind(cases.list_cases, ("reference", "name", "status", "owner_name", "review_date",
                                      "open_actions")),
    "contacts": Kind(agencies.list_contacts, ("name", "role", "agency_name", "phone", "email")),
    "deployments": Kind(deployments.list_deployments, (
        "reference", "kind", "stage", "site", "camera", "installed_on", "planned_end_on",
        "removed_on", "next_review_on", "past_planned_end")),
    "hotspots": Kind(hotspots.list_hotspots, ("name", "status", "priority", "ward_name", "locality_name",
                                              "easting", "northing", "owner_name")),
    "interventions": Kind(reading.list_interventions, ("reference", "kind", "status", "subject_name",
                                                       "starts_on", "ends_text", "review_text", "breaches")),
    "localities": Kind(localities.list_localities, ("name", "ward_count", "description")),
    "meetings": Kind(meetings.list_meetings, ("held", "starts", "name", "meeting_type", "series",
                                              "venue", "status", "marking", "open_actions")),
    # Merged-away people are left out by list_people itself.
    "people": Kind(people.list_people, ("name", "date_of_birth", "age", "flags_text", "postcode")),
    "wards": Kind(localities.list_wards, ("code", "name", "locality_name")),
}

# The kinds whose listing is a look at personal or covert records: recorded in the access log.
LOGGED = {"people": "person", "cases": "problem_case", "interventions": "asb_intervention",
          "authorisations": "ripa_authorisation"}


def list_rows(uow: UnitOfWork, name: str) -> Sequence[Any]:
    """The rows of the kind `name`, the listing of people, cases, interventions or authorisations
    recorded in the access log."""
    rows = KINDS[name].fetch(uow)
    if name in LOGGED:
        record_access(uow, EXPORT, LOGGED[name], f"jagdesk list {name}", rows=len(rows))
    return rows

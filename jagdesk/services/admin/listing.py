"""The kinds of record `jagdesk list KIND` can show, and the columns it prints for each."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class Kind:
    """One listable kind: the service that fetches its rows ("module:function" under
    jagdesk.services) and which attributes a text listing shows."""

    service: str
    columns: tuple[str, ...]

    def fetch(self, uow: UnitOfWork) -> Sequence[Any]:
        """The rows. The service is imported now, not with this module: `jagdesk list agencies`
        then loads the agencies' service alone, not every feature's (half a second at start)."""
        module, _, name = self.service.partition(":")
        function = getattr(importlib.import_module(f"jagdesk.services.{module}"), name)
        return cast(Sequence[Any], function(uow))


KINDS: dict[str, Kind] = {
    # Every action, agreed at meetings and on cases: soonest due first.
    "actions": Kind("meetings.action_log:action_log", (
        "reference", "description", "owner", "agency", "due", "status", "overdue", "raised_at")),
    # The central record with each authorisation's computed dates and flags as of today.
    "authorisations": Kind("cctv.authorisations:list_authorisations", (
        "urn", "operation", "offence", "officer_name", "approved_on", "ends_on", "next_review_on",
        "status", "flags_text")),
    "agencies": Kind("reference.agencies:list_agencies", ("name", "type_title", "active", "contact_count")),
    "cameras": Kind("cctv.cameras:list_cameras", (
        "code", "name", "kind", "state", "owner_agency", "area", "longitude", "latitude",
        "retention_days")),
    # Each with its threshold and every due date with whether it was met (the JSON has the complaints).
    "case-reviews": Kind("case_review.applications:list_case_reviews", (
        "reference", "received_on", "problem", "complaint_count", "threshold_met", "acknowledge_by",
        "decide_by", "review_by", "outcome_by", "status")),
    # The ASB register: each with its computed end, next review and the rules' warnings (JSON).
    "breaches": Kind("asb.breaches:list_breaches", (
        "breached_on", "reference", "kind", "subject_name", "term", "action", "next_step")),
    "cases": Kind("problem_solving.cases:list_cases", (
        "reference", "name", "status", "owner_name", "review_date", "open_actions")),
    "contacts": Kind("reference.agencies:list_contacts", ("name", "role", "agency_name", "phone", "email")),
    "deployments": Kind("cctv.deployments:list_deployments", (
        "reference", "kind", "stage", "site", "camera", "installed_on", "planned_end_on",
        "removed_on", "next_review_on", "past_planned_end")),
    "hotspots": Kind("hotspots.hotspots:list_hotspots", (
        "name", "status", "priority", "ward_name", "locality_name", "easting", "northing", "owner_name")),
    "interventions": Kind("asb.reading:list_interventions", (
        "reference", "kind", "status", "subject_name", "starts_on", "ends_text", "review_text",
        "breaches")),
    "localities": Kind("reference.localities:list_localities", ("name", "ward_count", "description")),
    "meetings": Kind("meetings:list_meetings", (
        "held", "starts", "name", "meeting_type", "series", "venue", "status", "marking",
        "open_actions")),
    # Merged-away people are left out by list_people itself.
    "people": Kind("people.people:list_people", ("name", "date_of_birth", "age", "flags_text", "postcode")),
    "wards": Kind("reference.localities:list_wards", ("code", "name", "locality_name")),
}

# The kinds whose listing is a look at personal or covert records: recorded in the access log.
LOGGED = {"people": "person", "cases": "problem_case", "interventions": "asb_intervention",
          "authorisations": "ripa_authorisation"}


def list_rows(uow: UnitOfWork, name: str) -> Sequence[Any]:
    """The rows of the kind `name`, the listing of people, cases, interventions or authorisations
    recorded in the access log."""
    rows = KINDS[name].fetch(uow)
    if name in LOGGED:
        from jagdesk.services.common.access import EXPORT, record_access

        record_access(uow, EXPORT, LOGGED[name], f"jagdesk list {name}", rows=len(rows))
    return rows

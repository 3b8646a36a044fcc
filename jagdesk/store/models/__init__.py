"""The tables of the store, one module per area of work.

A table's module is imported when one of its classes is first asked for (`from jagdesk.store.models
import Agency` imports reference.py alone), so a command pays for the tables it uses and SQLAlchemy
configures only their mappers; load_all() imports every module, for what needs the whole store
(RECORD_MODELS, Base.metadata's tables, the registry's mappers: see store.base.every_table).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jagdesk.store.base import Record
    from jagdesk.store.models.action_plans import (
        ActionPlan,
        ActionPlanItem,
        ActionPlanTheme,
        ActionPlanUpdate,
    )
    from jagdesk.store.models.asb import (
        AsbBreach,
        AsbIntervention,
        AsbLetter,
        AsbLink,
        AsbSettings,
        AsbStatusChange,
        AsbTerm,
    )
    from jagdesk.store.models.audit import AccessEntry, AuditEntry
    from jagdesk.store.models.case_review import (
        CaseReviewApplication,
        CaseReviewComplaint,
        CaseReviewLink,
        CaseReviewPanelMember,
        CaseReviewRecommendation,
        CaseReviewRules,
    )
    from jagdesk.store.models.cctv import (
        AuthorisingOfficer,
        Camera,
        CctvSettings,
        Deployment,
        DeploymentCriterion,
        DeploymentReview,
        FootageRequest,
        RipaAuthorisation,
        RipaOffence,
        RipaRenewal,
        RipaReview,
        RipaSubject,
    )
    from jagdesk.store.models.governance import RetentionDecision, RetentionSettings, SubjectAccessRequest
    from jagdesk.store.models.hotspots import Engagement, Hotspot, HotspotStatusChange, VisualAudit
    from jagdesk.store.models.meetings import AgendaItem, Meeting, MeetingAttendee, MeetingSeries, MeetingType
    from jagdesk.store.models.offline import Takeout, TakeoutOrigin, TakeoutOriginal, TakeoutRecord
    from jagdesk.store.models.people import Person
    from jagdesk.store.models.places import Crime, CrimeFile, Lsoa, Postcode
    from jagdesk.store.models.problem_solving import (
        Action,
        ActionUpdate,
        CaseAgency,
        CaseHotspot,
        CasePerson,
        ProblemCase,
        ReferenceSequence,
    )
    from jagdesk.store.models.reference import Agency, Contact, Locality, Ward

    RECORD_MODELS: tuple[type[Record], ...]

# The module holding each class.
HOMES: dict[str, str] = {
    "ActionPlan": "action_plans",
    "ActionPlanItem": "action_plans",
    "ActionPlanTheme": "action_plans",
    "ActionPlanUpdate": "action_plans",
    "AsbBreach": "asb",
    "AsbIntervention": "asb",
    "AsbLetter": "asb",
    "AsbLink": "asb",
    "AsbSettings": "asb",
    "AsbStatusChange": "asb",
    "AsbTerm": "asb",
    "AccessEntry": "audit",
    "AuditEntry": "audit",
    "CaseReviewApplication": "case_review",
    "CaseReviewComplaint": "case_review",
    "CaseReviewLink": "case_review",
    "CaseReviewPanelMember": "case_review",
    "CaseReviewRecommendation": "case_review",
    "CaseReviewRules": "case_review",
    "AuthorisingOfficer": "cctv",
    "Camera": "cctv",
    "CctvSettings": "cctv",
    "Deployment": "cctv",
    "DeploymentCriterion": "cctv",
    "DeploymentReview": "cctv",
    "FootageRequest": "cctv",
    "RipaAuthorisation": "cctv",
    "RipaOffence": "cctv",
    "RipaRenewal": "cctv",
    "RipaReview": "cctv",
    "RipaSubject": "cctv",
    "RetentionDecision": "governance",
    "RetentionSettings": "governance",
    "SubjectAccessRequest": "governance",
    "Engagement": "hotspots",
    "Hotspot": "hotspots",
    "HotspotStatusChange": "hotspots",
    "VisualAudit": "hotspots",
    "AgendaItem": "meetings",
    "Meeting": "meetings",
    "MeetingAttendee": "meetings",
    "MeetingSeries": "meetings",
    "MeetingType": "meetings",
    "Takeout": "offline",
    "TakeoutOrigin": "offline",
    "TakeoutOriginal": "offline",
    "TakeoutRecord": "offline",
    "Person": "people",
    "Crime": "places",
    "CrimeFile": "places",
    "Lsoa": "places",
    "Postcode": "places",
    "Action": "problem_solving",
    "ActionUpdate": "problem_solving",
    "CaseAgency": "problem_solving",
    "CaseHotspot": "problem_solving",
    "CasePerson": "problem_solving",
    "ProblemCase": "problem_solving",
    "ReferenceSequence": "problem_solving",
    "Agency": "reference",
    "Contact": "reference",
    "Locality": "reference",
    "Ward": "reference",
}
# Every record kind, parents before children: the order to copy in, the reverse to delete in.
RECORD_ORDER = (
    "Agency", "Contact", "Locality", "Ward", "Lsoa", "CrimeFile", "Hotspot", "HotspotStatusChange",
    "VisualAudit", "Engagement", "Person", "ProblemCase", "CaseAgency", "CaseHotspot", "CasePerson",
    "MeetingType", "MeetingSeries", "Meeting", "MeetingAttendee", "AgendaItem", "Action",
    "ActionUpdate", "ActionPlan", "ActionPlanTheme", "ActionPlanItem", "ActionPlanUpdate",
    "AuthorisingOfficer", "RipaOffence", "RipaAuthorisation", "RipaSubject", "RipaReview",
    "RipaRenewal", "Camera", "DeploymentCriterion", "Deployment", "DeploymentReview",
    "FootageRequest", "CaseReviewRules", "CaseReviewApplication", "CaseReviewComplaint",
    "CaseReviewLink", "CaseReviewPanelMember", "CaseReviewRecommendation", "AsbIntervention",
    "AsbLink", "AsbTerm", "AsbBreach", "AsbStatusChange", "AsbLetter", "AsbSettings",
    "RetentionSettings", "RetentionDecision", "SubjectAccessRequest", "Takeout",
)

__all__ = [
    "RECORD_MODELS", "AccessEntry", "Action", "ActionPlan", "ActionPlanItem", "ActionPlanTheme",
    "ActionPlanUpdate", "ActionUpdate", "Agency", "AgendaItem", "AsbBreach", "AsbIntervention",
    "AsbLetter", "AsbLink", "AsbSettings", "AsbStatusChange", "AsbTerm", "AuditEntry",
    "AuthorisingOfficer", "Camera", "CaseAgency", "CaseHotspot", "CasePerson",
    "CaseReviewApplication", "CaseReviewComplaint", "CaseReviewLink", "CaseReviewPanelMember",
    "CaseReviewRecommendation", "CaseReviewRules", "CctvSettings", "Contact", "Crime", "CrimeFile",
    "Deployment", "DeploymentCriterion", "DeploymentReview", "Engagement", "FootageRequest",
    "Hotspot", "HotspotStatusChange", "Locality", "Lsoa", "Meeting", "MeetingAttendee",
    "MeetingSeries", "MeetingType", "Person", "Postcode", "ProblemCase", "ReferenceSequence",
    "RetentionDecision", "RetentionSettings", "RipaAuthorisation", "RipaOffence", "RipaRenewal",
    "RipaReview", "RipaSubject", "SubjectAccessRequest", "Takeout", "TakeoutOrigin",
    "TakeoutOriginal", "TakeoutRecord", "VisualAudit", "Ward",
]


def load_all() -> None:
    """Import every table's module, so the registry and the metadata hold the whole store."""
    for module in sorted(set(HOMES.values())):
        importlib.import_module(f"{__name__}.{module}")


def __getattr__(name: str) -> Any:
    """A table's class, importing its module the first time it is asked for (PEP 562)."""
    if name == "RECORD_MODELS":
        load_all()
        value: Any = tuple(__getattr__(kind) for kind in RECORD_ORDER)
    elif name in HOMES:
        value = getattr(importlib.import_module(f"{__name__}.{HOMES[name]}"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value

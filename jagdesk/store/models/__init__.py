"""The tables of the store, one module per area of work."""

from __future__ import annotations

from jagdesk.store.base import Record
from jagdesk.store.models.action_plans import ActionPlan, ActionPlanItem, ActionPlanTheme, ActionPlanUpdate
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

# Every record kind, parents before children: the order to copy in, the reverse to delete in.
RECORD_MODELS: tuple[type[Record], ...] = (
    Agency, Contact, Locality, Ward, Lsoa, CrimeFile,
    Hotspot, HotspotStatusChange, VisualAudit, Engagement,
    Person, ProblemCase, CaseAgency, CaseHotspot, CasePerson,
    MeetingType, MeetingSeries, Meeting, MeetingAttendee, AgendaItem, Action, ActionUpdate,
    ActionPlan, ActionPlanTheme, ActionPlanItem, ActionPlanUpdate,
    AuthorisingOfficer, RipaOffence, RipaAuthorisation, RipaSubject, RipaReview, RipaRenewal,
    Camera, DeploymentCriterion, Deployment, DeploymentReview, FootageRequest,
    CaseReviewRules, CaseReviewApplication, CaseReviewComplaint, CaseReviewLink,
    CaseReviewPanelMember, CaseReviewRecommendation,
    AsbIntervention, AsbLink, AsbTerm, AsbBreach, AsbStatusChange, AsbLetter, AsbSettings,
    RetentionSettings, RetentionDecision, SubjectAccessRequest, Takeout,
)

__all__ = [
    "RECORD_MODELS", "Action", "ActionPlan", "ActionPlanItem", "ActionPlanTheme", "ActionPlanUpdate",
    "AccessEntry", "ActionUpdate", "Agency", "AgendaItem", "AuditEntry", "AuthorisingOfficer", "Camera",
    "CctvSettings", "CaseAgency",
    "CaseHotspot", "CasePerson", "CaseReviewApplication", "CaseReviewComplaint", "CaseReviewLink",
    "CaseReviewPanelMember", "CaseReviewRecommendation", "CaseReviewRules", "Contact", "Crime",
    "CrimeFile", "Deployment", "DeploymentCriterion", "DeploymentReview", "Engagement",
    "FootageRequest", "Hotspot", "HotspotStatusChange", "Locality", "Lsoa", "Meeting",
    "MeetingAttendee", "MeetingSeries", "MeetingType", "Person", "Postcode", "ProblemCase",
    "ReferenceSequence", "RipaAuthorisation", "RipaOffence", "RipaRenewal", "RipaReview", "RipaSubject",
    "VisualAudit", "Ward",
    "ActionUpdate", "Agency", "AsbBreach", "AsbIntervention", "AsbLetter", "AsbLink", "AsbSettings",
    "AsbStatusChange", "AsbTerm", "AgendaItem", "AuditEntry", "CaseAgency", "CaseHotspot", "CasePerson",
    "Contact", "Crime", "CrimeFile", "Engagement", "Hotspot", "HotspotStatusChange", "Locality", "Lsoa",
    "Meeting", "MeetingAttendee", "MeetingSeries", "MeetingType", "Person", "Postcode", "ProblemCase",
    "ReferenceSequence", "VisualAudit", "Ward",
    "RetentionDecision", "RetentionSettings", "SubjectAccessRequest",
    "Takeout", "TakeoutOrigin", "TakeoutOriginal", "TakeoutRecord",
]

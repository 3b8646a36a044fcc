"""The tables of the store, one module per area of work."""

from __future__ import annotations

from jagdesk.store.base import Record
from jagdesk.store.models.audit import AuditEntry
from jagdesk.store.models.crime import Crime, CrimeFile, Lsoa
from jagdesk.store.models.hotspots import Engagement, Hotspot, HotspotStatusChange, VisualAudit
from jagdesk.store.models.reference import Agency, Contact, Locality, Ward

# Every record kind, parents before children: the order to copy in, the reverse to delete in.
RECORD_MODELS: tuple[type[Record], ...] = (
    Agency, Contact, Locality, Ward, Lsoa, CrimeFile,
    Hotspot, HotspotStatusChange, VisualAudit, Engagement,
)

__all__ = [
    "RECORD_MODELS", "Agency", "AuditEntry", "Contact", "Crime", "CrimeFile", "Engagement",
    "Hotspot", "HotspotStatusChange", "Locality", "Lsoa", "VisualAudit", "Ward",
]

"""Opening a CCTV record on its own page from elsewhere (a dashboard alert, a hotspot's cameras):
a mobile deployment or a footage request on the Mobile CCTV page, an authorisation (and with it a
covert deployment) on the RIPA page, selected and in view."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.widgets.record_table import RecordTable

DEPLOYMENT, FOOTAGE, AUTHORISATION = "deployment", "footage", "authorisation"
# Which record each CCTV list of the dashboard (services.dashboard.CCTV_SECTIONS) names.
SECTION_RECORDS = {
    "approvals_pending": AUTHORISATION, "authorisations_ending": AUTHORISATION,
    "ripa_reviews_due": AUTHORISATION, "deployment_reviews_due": DEPLOYMENT,
    "signage_to_remove": DEPLOYMENT, "past_planned_end": DEPLOYMENT, "footage_to_delete": FOOTAGE,
}


@dataclass(frozen=True)
class CctvLink:
    """A CCTV record to open: a deployment by its reference, an authorisation by its URN, or a
    footage request by its camera's ID and the day its recording is to be deleted."""

    record: str
    reference: str
    due_on: date | None = None


def alert_link(section: str, alert: Any) -> CctvLink | None:
    """What a row of a dashboard list opens; None for a list that is not a CCTV one."""
    record = SECTION_RECORDS.get(section)
    if record is None:
        return None
    return CctvLink(record, str(alert.reference), alert.due_on if record == FOOTAGE else None)


def _matches(row: Any, link: CctvLink) -> bool:
    if link.record == AUTHORISATION:
        return bool(getattr(row, "urn", None) == link.reference)
    if link.record == FOOTAGE:
        return bool(getattr(row, "camera", None) == link.reference
                    and (link.due_on is None or getattr(row, "delete_by", None) == link.due_on))
    return bool(getattr(row, "reference", None) == link.reference)


def select_in(table: RecordTable, link: CctvLink) -> bool:
    """Select the linked record's row in the table (its search cleared first so it is listed)."""
    table.search.clear()
    for row in table.model.rows():
        if _matches(row, link):
            table.select_id(row.id)
            table.view.setFocus()
            return True
    return False


def open_link(pages: Sequence[Page], show: Callable[[Page], None], link: CctvLink) -> bool:
    """Show the page that holds the record (which reloads it) and select the record there."""
    # Imported when a link is followed: the dashboard, which the window builds first, loads this
    # module, and the two pages' modules are not needed to paint it.
    from jagdesk.gui.pages.cctv.deployments_page import DeploymentsPage
    from jagdesk.gui.pages.cctv.ripa_page import RipaPage

    kind = RipaPage if link.record == AUTHORISATION else DeploymentsPage
    page = next(p for p in pages if isinstance(p, kind))
    show(page)
    if isinstance(page, DeploymentsPage) and link.record == FOOTAGE:
        return select_in(page.footage, link)
    assert isinstance(page, DeploymentsPage | RipaPage)
    return select_in(page.table, link)

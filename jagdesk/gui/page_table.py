"""The sidebar's pages: each title and the class that shows it, imported and built only when the
page is first shown or wanted (the dashboard at once), so the window paints without waiting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jagdesk.errors import JagdeskError

if TYPE_CHECKING:
    from jagdesk.store.opening import Store

_PAGES = "jagdesk.gui.pages"
# The sidebar's pages: each title and class, the class imported and the page built when first
# shown or wanted (the dashboard at once), so the window paints without waiting for the others.
PAGES: tuple[tuple[str, str], ...] = (
    ("Dashboard", f"{_PAGES}.dashboard.dashboard_page:DashboardPage"),
    ("Meetings", f"{_PAGES}.meetings.meetings_page:MeetingsPage"),
    ("Action log", f"{_PAGES}.meetings.action_log_page:ActionLogPage"),
    ("Hotspots", f"{_PAGES}.hotspots.hotspots_page:HotspotsPage"),
    ("Problem solving", f"{_PAGES}.problem_solving.cases_page:CasesPage"),
    ("People", f"{_PAGES}.people.people_page:PeoplePage"),
    ("Action plans", f"{_PAGES}.action_plans.action_plans_page:ActionPlansPage"),
    ("Map", f"{_PAGES}.places.map_page:MapPage"),
    ("Crime statistics", f"{_PAGES}.places.stats_page:StatsPage"),
    ("CCTV cameras", f"{_PAGES}.cctv.cameras_page:CamerasPage"),
    ("Mobile CCTV", f"{_PAGES}.cctv.deployments_page:DeploymentsPage"),
    ("Covert CCTV (RIPA)", f"{_PAGES}.cctv.ripa_page:RipaPage"),
    ("ASB powers", f"{_PAGES}.asb.asb_page:AsbPage"),
    ("Case reviews", f"{_PAGES}.case_review.case_reviews_page:CaseReviewsPage"),
    ("Retention", f"{_PAGES}.governance.retention_page:RetentionPage"),
    ("Hotspot finder", f"{_PAGES}.hotspots.finder_page:FinderPage"),
    ("Agencies and contacts", f"{_PAGES}.reference.agencies_page:AgenciesPage"),
    ("Localities and wards", f"{_PAGES}.reference.localities_page:LocalitiesPage"),
)
# The change trail and the access log: shown to auditors and administrators (always on SQLite).
AUDIT_PAGE = ("Audit", f"{_PAGES}.admin.audit_page:AuditPage")


def store_roles(store: Store) -> frozenset[str] | None:
    """The JAGDesk roles the login holds (None on SQLite, where everything shows), asked of the
    server once for the window; if the server cannot say, every page shows and the server still
    refuses what the role may not read."""
    from jagdesk.gui import operations
    from jagdesk.services.admin.session_roles import login_roles

    try:
        return operations.call(store, login_roles)
    except JagdeskError:
        return None


def pages_for(roles: frozenset[str] | None) -> tuple[tuple[str, str], ...]:
    """The pages a login holding `roles` sees: those whose records the server lets it read
    (services.admin.role_access), the Audit page only where it may read both logs."""
    from jagdesk.services.admin.role_access import visible_pages

    entries = dict((*PAGES, AUDIT_PAGE))
    return tuple((title, entries[title]) for title in visible_pages(roles, entries))


def every_title() -> list[str]:
    """Every page's title in sidebar order: what a SQLite store shows, and the sidebar of the
    window's frame while the store opens (read without importing the store layer)."""
    return [title for title, _ in (*PAGES, AUDIT_PAGE)]

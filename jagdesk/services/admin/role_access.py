"""Which pages and actions the login's roles may use, read from the very table the server's GRANTs
are made from (services.admin.server_roles.table_grants), so the app shows what the server lets
the role use and cannot drift from it. The server still enforces it; this only hides and explains.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jagdesk.services.admin.server_roles import (
    ADMINISTRATOR,
    AUDITOR,
    EVERYONE,
    OFFICER,
    PARTNER,
    RIPA_OFFICER,
    table_grants,
)
from jagdesk.store.base import every_table

READ, ADD, CHANGE, REMOVE = "SELECT", "INSERT", "UPDATE", "DELETE"
# How each role is called in a sentence (README's Security section names them the same way).
ROLE_NAMES = {ADMINISTRATOR: "administrator", OFFICER: "officer", RIPA_OFFICER: "RIPA officer",
              PARTNER: "partner", AUDITOR: "auditor"}

# Each sidebar page and the tables it reads to show anything: shown when the roles read them all.
PAGE_READS: dict[str, tuple[str, ...]] = {
    "Dashboard": ("problem_case", "action", "case_review_application", "deployment",
                  "asb_intervention", "subject_access_request"),
    "Meetings": ("meeting", "agenda_item", "action"),
    "Action log": ("action", "meeting"),
    "Hotspots": ("hotspot",),
    "Problem solving": ("problem_case", "person"),
    "People": ("person",),
    "Action plans": ("action_plan",),
    "Map": ("crime", "hotspot"),
    "Crime statistics": ("crime",),
    "CCTV cameras": ("camera",),
    "Mobile CCTV": ("deployment",),
    "Covert CCTV (RIPA)": ("ripa_authorisation", "ripa_subject"),
    "ASB powers": ("asb_intervention", "person"),
    "Case reviews": ("case_review_application",),
    # A person's review counts their covert links too: only a login reading those sees it.
    "Retention": ("retention_decision", "person", "ripa_subject"),
    "Hotspot finder": ("crime", "hotspot"),
    "Agencies and contacts": ("agency", "contact"),
    "Localities and wards": ("locality", "ward"),
    "Audit": ("audit_entry", "access_entry"),
}
# The tabs of a page that read more than the page: shown when the roles read their tables too.
PAGE_TABS: dict[str, dict[str, tuple[str, ...]]] = {
    "Hotspots": {"Visual audits": ("visual_audit",), "Engagement": ("engagement",),
                 "Incidents": ("crime", "crime_file"), "Cameras": ("camera", "deployment")},
}
# The record a page's New… adds: a page whose record the roles may not add is read-only.
PAGE_ADDS: dict[str, str] = {
    "Meetings": "meeting", "Action log": "action", "Hotspots": "hotspot",
    "Problem solving": "problem_case", "People": "person", "Action plans": "action_plan",
    "CCTV cameras": "camera", "Mobile CCTV": "deployment", "Covert CCTV (RIPA)": "ripa_authorisation",
    "ASB powers": "asb_intervention", "Case reviews": "case_review_application",
    "Agencies and contacts": "agency", "Localities and wards": "locality",
}


@dataclass(frozen=True)
class Need:
    """What an action of the window needs: the privileges on the tables, and what it does (for
    the sentence saying why it is not offered)."""

    doing: str
    privileges: tuple[str, ...]
    named: tuple[str, ...] = ()  # the tables; none named: every table of the store

    @property
    def tables(self) -> tuple[str, ...]:
        # Every table is looked up when first asked for: it imports every table's module.
        return self.named or tuple(table.name for table in every_table())


IMPORT_CRIMES, IMPORT_BOUNDARIES, IMPORT_POSTCODES = "import crimes", "import boundaries", "import postcodes"
BACKUP, RESTORE, NEW = "back up", "restore", "new"
TAKE_OUT, CHECK_IN = "take out", "check in"
# A take-out reads the locality's case work and records itself; a check-in writes that case work.
_CASE_WORK = ("meeting_series", "meeting", "agenda_item", "action", "hotspot", "problem_case",
              "person", "asb_intervention")
ACTIONS: dict[str, Need] = {
    IMPORT_CRIMES: Need("import police.uk crimes", (ADD, REMOVE), ("crime", "crime_file")),
    IMPORT_BOUNDARIES: Need("import boundaries", (ADD, CHANGE), ("ward", "lsoa", "locality")),
    IMPORT_POSTCODES: Need("import postcodes", (ADD, REMOVE), ("postcode",)),
    # A backup is a copy of every table, a restore replaces every row of them.
    BACKUP: Need("back up the whole store", (READ,)),
    RESTORE: Need("restore the store from a backup", (READ, ADD, REMOVE)),
    TAKE_OUT: Need("take a locality out", (READ, ADD), (*_CASE_WORK, "takeout", "takeout_record")),
    CHECK_IN: Need("check a take-out in", (READ, ADD, CHANGE, REMOVE), (*_CASE_WORK, "takeout")),
}


def may(roles: frozenset[str] | None, privileges: Iterable[str], tables: Iterable[str]) -> bool:
    """Whether one of `roles` is granted each privilege on each table (None: a SQLite store,
    where whoever opens it may do everything)."""
    if roles is None:
        return True
    wanted = tuple(privileges)
    for table in tables:
        granted = table_grants(table)
        if not any(all(p in granted.get(role, ()) for p in wanted) for role in roles):
            return False
    return True


def visible_pages(roles: frozenset[str] | None, titles: Iterable[str]) -> list[str]:
    """The titles, in order, of the pages the roles may read (a page not in PAGE_READS is shown)."""
    return [title for title in titles if may(roles, (READ,), PAGE_READS.get(title, ()))]


def hidden_tabs(roles: frozenset[str] | None, title: str) -> set[str]:
    """The tabs of the page (their titles, without mnemonics) the roles may not read."""
    return {tab for tab, tables in PAGE_TABS.get(title, {}).items() if not may(roles, (READ,), tables)}


def read_only(roles: frozenset[str] | None, title: str) -> bool:
    """Whether the page's New… would be refused: the roles may not add its record."""
    table = PAGE_ADDS.get(title)
    return table is not None and not may(roles, (ADD,), (table,))


def _who(need: Need) -> str:
    allowed = [ROLE_NAMES[role] for role in EVERYONE
               if may(frozenset({role}), need.privileges, need.tables)]
    if not allowed:
        return "the store's owner"
    roles = allowed[0] if len(allowed) == 1 else f"{', '.join(allowed[:-1])} or {allowed[-1]}"
    return f"the {roles} role"


def refusal(roles: frozenset[str] | None, action: str) -> str | None:
    """Why the roles may not do `action` (one of ACTIONS) in one sentence; None when they may."""
    need = ACTIONS[action]
    if roles is None or may(roles, need.privileges, need.tables):  # None: a SQLite store, anything
        return None
    return f"Your login's role may not {need.doing}: that needs {_who(need)}."


def read_only_reason(title: str) -> str:
    """Why New… is not offered on a page the roles may only read."""
    need = Need(f"add records on the {title} page", (ADD,), (PAGE_ADDS[title],))
    return f"Your login's role may only read the {title} page: adding records needs {_who(need)}."

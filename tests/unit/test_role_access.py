"""Which pages and actions each role is offered (services.admin.role_access) against the GRANTs
`jagdesk server setup` makes: the app offers a role what the server lets it read and change,
no more and no less, and every page of the window is in the rule."""

from __future__ import annotations

import re

from jagdesk.gui.page_table import every_title
from jagdesk.services.admin import role_access
from jagdesk.services.admin.role_access import (
    ACTIONS,
    ADD,
    PAGE_ADDS,
    PAGE_READS,
    READ,
    may,
    read_only,
    refusal,
    visible_pages,
)
from jagdesk.services.admin.server_roles import (
    ADMINISTRATOR,
    AUDITOR,
    EVERYONE,
    OFFICER,
    PARTNER,
    RIPA_OFFICER,
    setup_statements,
)
from jagdesk.store.base import every_table

TABLE_GRANT = re.compile(r'^GRANT (?P<privileges>[A-Z, ]+) ON "(?P<table>\w+)" TO (?P<roles>.+)$')
TABLES = {table.name for table in every_table()}
TITLES = every_title()


def _granted() -> set[tuple[str, str, str]]:
    """(role, table, privilege) for every whole-table GRANT of the setup's SQL."""
    granted = set()
    for statement in setup_statements("public"):
        found = TABLE_GRANT.match(statement)
        if found:
            for role in found["roles"].split(", "):
                for privilege in found["privileges"].split(", "):
                    granted.add((role, found["table"], privilege))
    return granted


def test_the_rule_allows_exactly_what_the_setup_grants() -> None:
    granted = _granted()
    assert {table for _role, table, _privilege in granted} == TABLES
    for role in EVERYONE:
        for table in TABLES:
            for privilege in ("SELECT", "INSERT", "UPDATE", "DELETE"):
                assert may(frozenset({role}), (privilege,), (table,)) == (
                    (role, table, privilege) in granted), (role, table, privilege)


def test_every_page_and_action_names_tables_of_the_store() -> None:
    assert set(PAGE_READS) == set(TITLES)  # a new page must say what it reads
    named = [*(t for tables in PAGE_READS.values() for t in tables), *PAGE_ADDS.values(),
             *(t for need in ACTIONS.values() for t in need.tables)]
    assert set(named) <= TABLES


def test_each_role_is_offered_the_pages_it_may_read() -> None:
    def shown(role: str) -> list[str]:
        return visible_pages(frozenset({role}), TITLES)

    assert shown(PARTNER) == ["Meetings", "Action log", "Hotspots", "Agencies and contacts",
                              "Localities and wards"]
    assert shown(AUDITOR) == ["Audit"]
    assert "Covert CCTV (RIPA)" in shown(RIPA_OFFICER)
    for role in (ADMINISTRATOR, OFFICER):
        assert "Covert CCTV (RIPA)" not in shown(role)
        assert {"People", "Problem solving", "ASB powers", "Case reviews"} <= set(shown(role))
    assert shown(ADMINISTRATOR)[-1] == "Audit"
    assert visible_pages(None, TITLES) == TITLES  # SQLite: everything
    assert visible_pages(frozenset(EVERYONE), TITLES) == TITLES  # the owner
    assert read_only(frozenset({PARTNER}), "Meetings")
    assert not read_only(frozenset({OFFICER}), "Meetings")


def test_what_a_role_may_not_do_is_said_in_one_sentence_naming_who_may() -> None:
    partner = frozenset({PARTNER})
    assert refusal(partner, role_access.IMPORT_CRIMES) == (
        "Your login's role may not import police.uk crimes: that needs the administrator, officer "
        "or RIPA officer role.")
    assert refusal(frozenset({OFFICER}), role_access.IMPORT_CRIMES) is None
    assert refusal(frozenset({ADMINISTRATOR}), role_access.BACKUP) == (
        "Your login's role may not back up the whole store: that needs the store's owner.")
    assert refusal(None, role_access.RESTORE) is None
    assert not may(partner, (READ,), ("person",))
    assert may(partner, (READ, ADD), ("action_update",))


def test_a_partner_or_an_auditor_may_not_take_a_locality_out_or_check_one_in() -> None:
    for roles in (frozenset({PARTNER}), frozenset({AUDITOR})):
        assert refusal(roles, role_access.TAKE_OUT) == (
            "Your login's role may not take a locality out: that needs the administrator, officer "
            "or RIPA officer role.")
        assert refusal(roles, role_access.CHECK_IN) is not None
    for roles in (frozenset({OFFICER}), frozenset({RIPA_OFFICER}), None):
        assert refusal(roles, role_access.TAKE_OUT) is None
        assert refusal(roles, role_access.CHECK_IN) is None

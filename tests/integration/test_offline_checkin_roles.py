"""A check-in on a PostgreSQL store after `jagdesk server setup`, by an officer's login: the
server's row-level security lets the laptop's entries in under the laptop user's name because the
login is their checker, and still refuses any entry in another's name that the login does not
check in as its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from psycopg import errors

from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.offline.checkin import check_in
from jagdesk.store.location import resolve_location
from jagdesk.store.opening import open_store
from tests.integration import test_security_roles
from tests.integration.test_security_roles import Secured
from tests.support.checkin_story import (
    LAPTOP_USER,
    contents,
    expected_after,
    open_laptop,
    take_out_borehamwood,
    work_on_both_sides,
)

secured = test_security_roles.secured  # the demo store after setup, one login per role

INSERT = ("INSERT INTO {log} (id, at, \"user\", action, {kind}, record_id, record_title, {changes}, "
          "seq, entry_hash, checked_in_by) VALUES (gen_random_uuid(), now(), 'someone-else', "
          "'open', 'person', gen_random_uuid(), '', '{{}}', 999999, '', {checker})")


def test_an_officer_checks_in_the_laptops_entries_in_the_laptop_users_name(
        secured: Secured, tmp_path: Path) -> None:
    officer = secured.logins["officer"]
    # The officer may not read covert work: the owner reads the whole store for the comparison.
    with open_store(resolve_location(secured.url("officer"))) as server, \
            open_store(resolve_location(secured.owner_url)) as owner:
        file = take_out_borehamwood(server, tmp_path)
        with open_laptop(file) as laptop:
            story = work_on_both_sides(server, laptop, file)
            expected = expected_after(contents(owner), laptop, story)
            check_in(server, laptop, story.resolutions)
        assert contents(owner) == expected
        assert check_store(owner).ok
    with secured.sql("auditor") as conn:
        checked_in = conn.execute('SELECT DISTINCT "user", checked_in_by FROM audit_entry '
                                  "WHERE checked_in_by IS NOT NULL").fetchall()
    assert checked_in == [(LAPTOP_USER, officer)]


@pytest.mark.parametrize("log", ["audit_entry", "access_entry"])
def test_an_entry_in_anothers_name_is_refused_unless_the_login_checks_it_in(
        secured: Secured, log: str) -> None:
    officer = secured.logins["officer"]
    kind, changes = ("table_name", "changes") if log == "audit_entry" else ("kind", "details")
    with secured.sql("officer") as conn:
        for checker in ("NULL", "'someone-else'", "'another-login'"):
            with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
                conn.execute(INSERT.format(log=log, kind=kind, changes=changes,
                                           checker=checker).encode())
        conn.execute(INSERT.format(log=log, kind=kind, changes=changes,
                                   checker=f"'{officer}'").encode())

"""The main window on a PostgreSQL store after `jagdesk server setup`, logged in as each role:
the pages and File/Edit actions it offers follow what the server lets the role use, and a
refusal the server still makes reaches the user as one sentence, not a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTabWidget

from jagdesk.errors import StoreError
from jagdesk.gui import operations
from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.page_table import PAGES
from jagdesk.gui.pages.meetings.action_log_page import ActionLogPage
from jagdesk.services.people.people import list_people
from jagdesk.store.location import resolve_location
from jagdesk.store.opening import Store, open_store
from tests.gui.conftest import Messages
from tests.integration import test_security_roles
from tests.integration.test_security_roles import PARTNER_AGENCY, Secured

secured = test_security_roles.secured  # the demo store after setup, one login per role

EVERY_PAGE = [title for title, _ in PAGES]
SHOWN = {
    "partner": ["Meetings", "Action log", "Hotspots", "Agencies and contacts", "Localities and wards"],
    "auditor": ["Audit"],
    "ripa_officer": EVERY_PAGE,  # covert work too; not the logs, which only auditors read
    "officer": [title for title in EVERY_PAGE if title not in ("Covert CCTV (RIPA)", "Retention")],
    "administrator": [*(title for title in EVERY_PAGE if title not in ("Covert CCTV (RIPA)", "Retention")),
                      "Audit"],
}
CASE_WORKERS = "the administrator, officer or RIPA officer role"
PEOPLE_REFUSED = ("Your login's role may not read the people register, so the server refused it; "
                  "nothing was changed.")
SHOTS = Path("/tmp/roles-shots")


def _window(qtbot: Any, store: Store) -> MainWindow:
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 700)
    win.show()
    return win


def _walk(win: MainWindow, qtbot: Any) -> None:
    """Show every page, select the first row of each list on it, and show each tab it offers."""
    for row in range(len(win.pages)):
        win.show_page(row)
        page = win.current_page()
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisible() and model is not None and model.rowCount() > 0:
                view.setCurrentIndex(model.index(0, 0))
                for tabs in page.findChildren(QTabWidget):
                    for index in range(tabs.count()):
                        if tabs.isTabVisible(index):
                            tabs.setCurrentIndex(index)
                            qtbot.wait(1)


def _file_actions(win: MainWindow) -> dict[str, str]:
    """Each import, backup and restore: "" where offered, else the tooltip saying why not."""
    return {action.text().replace("&", ""): "" if action.isEnabled() else action.toolTip()
            for action in (win.import_crimes_action, win.import_boundaries_action,
                           win.import_postcodes_action, win.backup_action, win.restore_action)}


@pytest.mark.parametrize("role", sorted(SHOWN))
def test_each_role_sees_the_pages_the_server_lets_it_read_and_uses_them_without_a_refusal(
        qtbot: Any, secured: Secured, messages: Messages, role: str) -> None:
    with open_store(resolve_location(secured.url(role))) as store:
        win = _window(qtbot, store)
        assert win.pages.titles == SHOWN[role]
        assert [action.text() for action in win.page_actions] == SHOWN[role]
        assert win.current_page().title == SHOWN[role][0]  # the auditor starts on the Audit page
        # Each page, its first records and their tabs open: nothing the role reads is refused.
        _walk(win, qtbot)
        assert messages.errors == []
        offered = _file_actions(win)
        win.close()
    owner_only = "that needs the store's owner."
    assert offered["Back up the store…"] == f"Your login's role may not back up the whole store: {owner_only}"
    assert offered["Restore from a backup…"].endswith(owner_only)
    imports = [offered[text] for text in offered if text.startswith("Import")]
    if role in ("partner", "auditor"):
        assert imports[0] == f"Your login's role may not import police.uk crimes: that needs {CASE_WORKERS}."
        assert all(reason.endswith(f"that needs {CASE_WORKERS}.") for reason in imports)
    else:
        assert imports == ["", "", ""]


def test_a_partner_reads_meetings_and_the_action_log_and_edits_only_its_agencys_actions(
        qtbot: Any, secured: Secured, messages: Messages) -> None:
    with secured.owner() as conn:
        rows = conn.execute(
            "SELECT x.reference, a.name FROM action x JOIN agency a ON a.id = x.owner_agency_id "
            "WHERE x.status = 'open' ORDER BY x.reference").fetchall()
    ours = next(str(ref) for ref, agency in rows if agency == PARTNER_AGENCY)
    theirs = next(str(ref) for ref, agency in rows if agency != PARTNER_AGENCY)
    with open_store(resolve_location(secured.url("partner"))) as store:
        win = _window(qtbot, store)
        win.show_page(SHOWN["partner"].index("Meetings"))
        assert not win.new_action.isEnabled()  # New… on a page the partner only reads
        assert win.new_action.toolTip() == ("Your login's role may only read the Meetings page: "
                                            f"adding records needs {CASE_WORKERS}.")
        new_meeting = next(button for button in win.current_page().findChildren(QPushButton)
                           if button.text().replace("&", "").startswith("New meeting"))
        assert (new_meeting.isEnabled(), new_meeting.toolTip()) == (False, win.new_action.toolTip())
        SHOTS.mkdir(exist_ok=True)
        assert win.grab().save(str(SHOTS / "partner-meetings.png"))
        win.show_page(SHOWN["partner"].index("Action log"))
        page = win.current_page()
        assert isinstance(page, ActionLogPage)
        assert win.grab().save(str(SHOTS / "partner-action-log.png"))
        shown = {row.reference: row for row in page.shown_rows()}
        assert page.mark_done(shown[ours])
        assert messages.errors == []
        assert not page.mark_done(shown[theirs])
        assert messages.errors == [
            "Your login's role may not change actions that are not its agency's, so the server "
            "refused it; nothing was changed."]
        win.show_page(SHOWN["partner"].index("Hotspots"))
        tabs = win.current_page().findChildren(QTabWidget)[0]
        assert [tabs.tabText(i).replace("&", "") for i in range(tabs.count())
                if tabs.isTabVisible(i)] == ["Details", "History"]  # not visits, crimes or cameras
        assert win.grab().save(str(SHOTS / "partner-hotspots.png"))
        win.show_page(SHOWN["partner"].index("Agencies and contacts"))
        agencies = win.current_page()
        new_contact = next(button for button in agencies.findChildren(QPushButton)
                           if button.text().replace("&", "").startswith("New contact"))
        agencies.master.view.selectRow(0)  # selecting an agency offers New contact… to others
        assert not new_contact.isEnabled()
        # What no page offers the partner, asked anyway, is refused in one sentence too.
        assert operations.attempt(win, store, list_people) is None
        assert messages.errors[-1] == PEOPLE_REFUSED
        win.close()
    with secured.owner() as conn:
        statuses = dict(conn.execute("SELECT reference, status FROM action WHERE reference IN "
                                     f"('{ours}', '{theirs}')").fetchall())
    assert statuses == {ours: "done", theirs: "open"}


def test_a_refusal_no_page_caught_is_told_in_one_sentence_not_a_traceback(
        secured: Secured, messages: Messages) -> None:
    tracebacks: list[BaseException] = []
    hook = operations.refusals_told(lambda _kind, exc, _tb: tracebacks.append(exc))
    with (open_store(resolve_location(secured.url("partner"))) as store,
          pytest.raises(StoreError) as refused, store.unit_of_work() as uow):
        list_people(uow)
    hook(StoreError, refused.value, refused.value.__traceback__)
    assert messages.errors == [PEOPLE_REFUSED]
    other = RuntimeError("a fault in the app")
    hook(RuntimeError, other, None)
    assert tracebacks == [other]
    assert messages.errors == [PEOPLE_REFUSED]

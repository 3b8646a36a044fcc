"""The action log page on a real SQLite store (the demo partnership, its cases and meetings, and the
Borehamwood JAG of meeting_store): filters, overdue actions in red, status and dated updates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from jagdesk.gui.dialogs.problem_solving.action_dialog import ActionDialog
from jagdesk.gui.dialogs.problem_solving.update_dialog import UpdateDialog
from jagdesk.gui.models.late_model import LATE
from jagdesk.gui.pages.meetings.action_log_page import ActionLogPage
from jagdesk.services.meetings.action_log import action_log
from jagdesk.services.problem_solving.actions import list_updates
from jagdesk.store.opening import Store
from tests.support.on_screen import choose, page_window

NOTICE = "BJAG-2021-05/01"  # Priya Raman's, due 1 June 2021: open, so overdue today
LIGHTS = "BJAG-2021-05/02"  # Siobhan Keane's, done


@pytest.fixture
def store(meeting_copy: Store) -> Store:
    return meeting_copy


@pytest.fixture
def page(qtbot: Any, store: Store) -> Iterator[ActionLogPage]:
    shown = ActionLogPage(store)
    window = page_window(qtbot, shown)
    yield shown
    window.close()


def refs(page: ActionLogPage) -> list[str]:
    return [page.table.proxy.index(r, 0).data() for r in range(page.table.proxy.rowCount())]


def row_of(page: ActionLogPage, reference: str) -> int:
    return refs(page).index(reference)


def test_open_actions_from_meetings_and_cases_with_the_overdue_in_red(page: ActionLogPage,
                                                                      store: Store) -> None:
    with store.unit_of_work() as uow:
        everything_open = action_log(uow, status="open")
    assert page.status.currentText() == "Open"
    assert sorted(refs(page)) == sorted(r.reference for r in everything_open)
    assert NOTICE in refs(page) and LIGHTS not in refs(page)
    assert any(r.startswith("PS-") for r in refs(page))  # case actions are in the log too
    notice = row_of(page, NOTICE)
    assert page.table.proxy.index(notice, 5).data() == "Overdue"
    assert page.table.proxy.index(notice, 5).data(Qt.ItemDataRole.ForegroundRole) == LATE
    assert page.table.proxy.index(notice, 6).data() == "Borehamwood JAG, May 2021, item 2"
    assert page.table.proxy.index(notice, 7).data() == "20 May 2021: Draft sent to legal services."
    late = sum(1 for r in everything_open if r.overdue)
    assert page.table.title_label.text().endswith(f"({len(everything_open)} shown, {late} overdue)")


def test_filters_by_owner_agency_meeting_status_and_overdue(page: ActionLogPage, store: Store) -> None:
    choose(page.owner, "Priya Raman")
    assert refs(page) and all(page.table.proxy.index(r, 2).data() == "Priya Raman"
                              for r in range(len(refs(page))))
    choose(page.owner, "Anyone")
    choose(page.agency, "William Sutton Housing")
    assert all(page.table.proxy.index(r, 3).data() == "William Sutton Housing"
               for r in range(len(refs(page))))
    choose(page.agency, "Any agency")
    choose(page.meeting, "Borehamwood JAG, May 2021")
    assert refs(page) == [NOTICE]
    choose(page.status, "Any status")
    assert refs(page) == [LIGHTS, NOTICE]  # soonest due first
    choose(page.status, "Done")
    assert refs(page) == [LIGHTS]
    choose(page.meeting, "Any meeting")
    choose(page.status, "Any status")
    page.overdue.setChecked(True)
    with store.unit_of_work() as uow:
        overdue = [r.reference for r in action_log(uow, overdue_only=True)]
    assert refs(page) == overdue and NOTICE in overdue
    page.table.search.setText("alcohol-free")
    assert refs(page) == [NOTICE]


def test_an_update_and_done_take_an_action_off_the_open_list(page: ActionLogPage, store: Store,
                                                              dialogs: Any) -> None:
    page.table.select_id(next(r.id for r in page.table.model.rows() if r.reference == NOTICE))
    row = page.table.current_row()
    assert row.reference == NOTICE

    def update(dialog: Any) -> None:
        assert isinstance(dialog, UpdateDialog)
        dialog.written_on.setDate(QDate(2021, 6, 3))
        dialog.text.setPlainText("Notice approved by the portfolio holder.")

    dialogs.will(update)
    page.update_button.click()
    with store.unit_of_work() as uow:
        assert list_updates(uow, row.id)[0].text == "Notice approved by the portfolio holder."
    assert page.table.current_row().latest_update == "3 Jun 2021: Notice approved by the portfolio holder."

    def edit(dialog: Any) -> None:
        assert isinstance(dialog, ActionDialog)
        dialog.due_on.set_value(date(2021, 6, 30))

    dialogs.will(edit)
    page.table.edit_button.click()
    assert page.table.current_row().due_on == date(2021, 6, 30)

    page.done_button.click()
    assert NOTICE not in refs(page)  # the log shows open actions
    with store.unit_of_work() as uow:
        done = next(r for r in action_log(uow) if r.reference == NOTICE)
    assert done.status == "done" and not done.overdue and done.completed_on == date.today()

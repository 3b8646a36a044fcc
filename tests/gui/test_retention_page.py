"""The retention page and the subject access request driven through their real widgets on the demo
store: the due list, a record kept with its reason, a person erased (gone from the register, the
chain still whole); a person's subject access request written and on the dashboard."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from sqlalchemy import select

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.governance.retention_page import RetentionPage
from jagdesk.gui.pages.people.people_page import PeoplePage
from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.dashboard import dashboard
from jagdesk.store.models import Person, RetentionDecision
from jagdesk.store.opening import Store

LATER = date(2027, 6, 1)  # the demo's closed records are due for review by then


def shown(window: MainWindow) -> RetentionPage:
    page = window.page(RetentionPage)
    page.today = LATER
    window.show_page(window.pages.index(page))
    return page


def pick(page: RetentionPage, reference: str) -> Any:
    for row in range(page.table.proxy.rowCount()):
        if page.table.proxy.index(row, 1).data() == reference:
            page.table.view.selectRow(row)
            return page.table.current_row()
    raise AssertionError(f"{reference} is not listed")


def test_keep_one_record_and_erase_a_person(window: MainWindow, dialogs: Any, messages: Any,
                                            demo_store: Store) -> None:
    page = shown(window)
    due = [page.table.proxy.index(row, 1).data() for row in range(page.table.proxy.rowCount())]
    assert "PS-2020-001" in due and len(due) == 8
    assert due[0] == "HBC/RIPA/2020/01"  # the earliest review first: 24/02/2026
    page.due_only.setChecked(False)
    assert page.table.proxy.rowCount() == 9  # Harbans Dhillon is not due yet
    page.due_only.setChecked(True)

    pick(page, "PS-2020-001")
    assert page.keep_button.isEnabled() and page.anonymise_button.isEnabled()

    def refuse_then_keep(dialog: Any) -> None:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # no reason: refused
        assert dialog.field_error("reason") == "Give the reason the record is kept."
        dialog.ui.reason.setPlainText("Evaluation of the response still under way")
        dialog.ui.next_review_on.setDate(QDate(2028, 6, 1))

    dialogs.will(refuse_then_keep)
    page.keep_button.click()
    assert page.table.proxy.rowCount() == 7
    person = pick(page, [r for r in due if r.startswith("P-")][0])
    assert person.title == "Terence Baldwin"
    page.erase_button.click()
    assert "Their names are replaced by [erased]" in messages.questions[-1]
    assert messages.errors == []
    assert page.table.proxy.rowCount() == 6
    with demo_store.unit_of_work() as uow:
        assert uow.session.get(Person, person.record_id) is None
        decisions = {(d.reference, d.decision) for d in uow.session.scalars(select(RetentionDecision))}
    assert decisions == {("PS-2020-001", "keep"), (person.reference, "erase")}
    assert check_store(demo_store).ok


def test_a_subject_access_request_from_the_person_page(window: MainWindow, dialogs: Any, messages: Any,
                                                        demo_store: Store, tmp_path: Path) -> None:
    page = window.page(PeoplePage)
    window.show_page(window.pages.index(page))
    out = tmp_path / "out"
    out.mkdir()
    page.list.search.setText("Terence")
    page.list.view.selectRow(0)
    assert page.access_button.isEnabled()

    def fill(dialog: Any) -> None:
        dialog.ui.folder.setText(str(tmp_path / "missing"))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert dialog.field_error("folder") == "Choose a folder that exists."
        dialog.ui.folder.setText(str(out))

    dialogs.will(fill)
    page.access_button.click()
    written = sorted(out.iterdir())
    assert [path.suffix for path in written] == [".json", ".pdf"]
    content = json.loads(written[0].read_text(encoding="utf-8"))
    assert content["person"] == "Terence Baldwin"
    with demo_store.unit_of_work() as uow:
        section = dashboard(uow, date.today()).section("subject_access")
    assert [row.name for row in section.rows] == ["Terence Baldwin"]
    assert messages.errors == []

    retention = window.page(RetentionPage)
    window.show_page(window.pages.index(retention))
    assert retention.requests.proxy.rowCount() == 1
    retention.requests.view.selectRow(0)
    retention.sent_button.click()
    assert retention.requests.proxy.rowCount() == 0
    with demo_store.unit_of_work() as uow:
        assert "subject_access" not in {s.key for s in dashboard(uow, date.today()).sections}

"""The CCTV lists, deletes with undo and the destruction review, driven through the real widgets on
the demo store: the lists dialog reached from the Covert CCTV and Mobile CCTV pages, a granted
authorisation refused deletion in one sentence, deletes brought back with Ctrl+Z, and a record whose
retention is over found with the filter and destroyed."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from jagdesk.gui.dialogs.cctv.lists_dialog import ListsDialog
from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.models.row_table_model import ROW_ROLE
from jagdesk.gui.pages.cctv.cameras_page import CamerasPage
from jagdesk.gui.pages.cctv.deployments_page import DeploymentsPage
from jagdesk.gui.pages.cctv.ripa_page import RipaPage
from jagdesk.services.cctv.authorisations import ApplicationInput, add_application, list_authorisations
from jagdesk.services.cctv.cameras import CameraInput, list_cameras, save_camera
from jagdesk.services.cctv.deployments import list_criteria, list_deployments
from jagdesk.services.cctv.officers import list_offences, list_officers, save_officer
from jagdesk.services.cctv.ripa_lifecycle import cancel, record_decision
from jagdesk.services.cctv.settings import cctv_settings
from jagdesk.store.models import AuditEntry

SHOTS = Path("/tmp/cctv-shots")


def shown(window: MainWindow, kind: type[Any]) -> Any:
    page = window.page(kind)
    window.show_page(window.pages.index(page))
    return page


def _shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _rows(table: Any) -> list[Any]:
    return [table.proxy.index(n, 0).data(ROW_ROLE) for n in range(table.proxy.rowCount())]


def _select(table: Any, wanted: Any) -> None:
    for n in range(table.proxy.rowCount()):
        if table.proxy.index(n, 0).data(ROW_ROLE).name == wanted:
            table.view.selectRow(n)
            return
    raise AssertionError(f"{wanted} is not in the table")


def test_the_lists_are_kept_in_one_dialog_reached_from_both_pages(
        window: MainWindow, qtbot: Any, dialogs: Any, messages: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.resize(1366, 700)
    ripa = shown(window, RipaPage)
    _shot(window, "ripa-page")
    assert ripa.buttons["lists"].isEnabled()
    lists = ListsDialog(window.store, date.today(), "officers", ripa)
    qtbot.addWidget(lists)
    lists.show()
    _shot(lists, "lists-officers")

    def officer(dialog: Any) -> None:
        dialog.name.setText("Priya Shah")
        dialog.grade.setText("Director of Community Services")

    dialogs.will(officer)
    lists.officers.table.new_button.click()
    _select(lists.officers.table, "Priya Shah")
    assert lists.officers.retire_button.text() == "&Retire"
    lists.officers.retire_button.click()
    assert lists.officers.retire_button.text() == "&Bring back"
    with window.store.unit_of_work() as uow:
        assert [o.active for o in list_officers(uow) if o.name == "Priya Shah"] == [False]

    lists.tabs.setCurrentIndex(1)
    _select(lists.offences.table, "Theft")
    lists.offences.retire_button.click()
    _shot(lists, "lists-offences")
    with window.store.unit_of_work() as uow:
        assert "Theft" not in [o.name for o in list_offences(uow)]

    lists.tabs.setCurrentIndex(2)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Police support agreed", True))
    lists.criteria.table.new_button.click()
    _select(lists.criteria.table, "Police support agreed")
    lists.criteria.up_button.click()
    _select(lists.criteria.table, "Site survey done")
    lists.criteria.retire_button.click()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", True))
    _select(lists.criteria.table, "Police support agreed")
    lists.criteria.edit(lists.criteria.table.current_row())  # an empty name is refused
    assert messages.errors[-1] == "Enter the criterion."
    _shot(lists, "lists-criteria")
    with window.store.unit_of_work() as uow:
        in_use = list_criteria(uow)
    assert "Site survey done" not in in_use
    assert in_use.index("Police support agreed") == len(in_use) - 2

    lists.tabs.setCurrentIndex(3)
    lists.years.setValue(7)
    lists.save_years.click()
    _shot(lists, "lists-retention")
    with window.store.unit_of_work() as uow:
        assert cctv_settings(uow).retention_years == 7
    lists.close()

    mobile = shown(window, DeploymentsPage)
    assert mobile.criteria_button.isVisible()
    _shot(window, "deployments-page")


def test_deletes_are_undone_and_a_granted_authorisation_is_refused(
        window: MainWindow, messages: Any) -> None:
    ripa = shown(window, RipaPage)
    granted = next(r for r in _rows(ripa.table) if r.decision == "approved")
    before = len(_rows(ripa.table))
    ripa.delete_record(granted)
    assert messages.questions == []
    assert messages.errors[-1] == (
        f"{granted.urn} was approved by a magistrate, so it cannot be deleted: the central record "
        "must keep every authorisation granted for inspection; cancel it instead.")
    with window.store.unit_of_work("t") as uow:
        officer = list_officers(uow)[0].id
        pending = add_application(uow, ApplicationInput("Op Mistake", "Criminal damage", officer))
    ripa.refresh()
    ripa.table.select_id(pending.id)
    ripa.table.delete_button.click()
    assert messages.questions[-1] == f"Delete the application {pending.urn} (Op Mistake)?"
    assert len(_rows(ripa.table)) == before
    ripa.undo_last_delete()
    assert pending.urn in [r.urn for r in _rows(ripa.table)]

    mobile = shown(window, DeploymentsPage)
    done = next(r for r in _rows(mobile.table) if r.removed_on is not None)
    mobile.delete_record(done)
    assert done.reference not in [r.reference for r in _rows(mobile.table)]
    mobile.undo_last_delete()
    assert done.reference in [r.reference for r in _rows(mobile.table)]

    with window.store.unit_of_work("t") as uow:
        save_camera(uow, None, None, CameraInput("SPARE-1", "Spare camera", kind="mobile",
                                                 state="store"))
    cameras = shown(window, CamerasPage)
    cameras.refresh()
    _select(cameras.master, "Spare camera")
    cameras.master.delete_button.click()
    with window.store.unit_of_work() as uow:
        assert "SPARE-1" not in [c.code for c in list_cameras(uow)]
    cameras.undo_last_delete()
    with window.store.unit_of_work() as uow:
        assert "SPARE-1" in [c.code for c in list_cameras(uow)]
        assert list_deployments(uow)


def test_an_authorisation_past_its_retention_is_found_and_destroyed(
        window: MainWindow, messages: Any) -> None:
    window.resize(1366, 700)
    with window.store.unit_of_work("t") as uow:
        officer = save_officer(uow, None, None, "Ruth Old", "Director").id
        old = add_application(uow, ApplicationInput("Op Yesteryear", "Theft", officer,
                                                    urn="RIPA-2015-004",
                                                    authorised_on=date(2015, 6, 10)))
        row = record_decision(uow, old.id, old.version, "approved", date(2015, 6, 12), time(10),
                              "St Albans", "J. Patel JP")
        cancel(uow, old.id, row.version, date(2015, 7, 1), "Ruth Old", "Arrests made")
        add_application(uow, ApplicationInput("Op Now", "Theft", officer))  # open: not due
    ripa = shown(window, RipaPage)
    everything = len(_rows(ripa.table))
    ripa.due_only.setChecked(True)
    due = [r.urn for r in _rows(ripa.table)]
    assert "RIPA-2015-004" in due and len(due) < everything
    assert all(ripa.retention[r.id].due for r in _rows(ripa.table))
    ripa.table.select_id(old.id)
    assert ripa.buttons["destroy"].isEnabled()
    assert "Due for destruction review since 01/07/2020" in ripa.text.toPlainText()
    _shot(window, "ripa-due-for-review")

    messages.answer = False
    ripa.buttons["destroy"].click()
    assert messages.questions[-1].startswith("Destroy RIPA-2015-004 for good?")
    assert [r.urn for r in _rows(ripa.table)] == due
    messages.answer = True
    ripa.buttons["destroy"].click()
    assert [r.urn for r in _rows(ripa.table)] == [urn for urn in due if urn != "RIPA-2015-004"]
    ripa.due_only.setChecked(False)
    assert len(_rows(ripa.table)) == everything - 1
    with window.store.unit_of_work() as uow:
        assert "RIPA-2015-004" not in [r.urn for r in list_authorisations(uow)]
        trail = uow.session.scalars(select(AuditEntry).where(AuditEntry.record_id == old.id)).all()
        # Its earlier entries keep only that a change happened; the destruction is named.
        assert [(e.action, e.record_title) for e in trail if e.action == "destroy"] == [
            ("destroy", "authorisation RIPA-2015-004")]
        assert {e.record_title for e in trail if e.action != "destroy"} <= {"[destroyed]"}


def test_no_access_key_is_used_twice_on_a_cctv_page(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton

    for kind in (RipaPage, DeploymentsPage):
        page = shown(window, kind)
        keys = [button.text().split("&", 1)[1][0].lower()
                for button in page.findChildren(QAbstractButton)
                if "&" in button.text() and not button.isHidden()]
        assert sorted(keys) == sorted(set(keys)), (kind.__name__, sorted(keys))

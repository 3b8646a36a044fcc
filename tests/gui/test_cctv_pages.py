"""The CCTV pages driven through their real widgets on the demo store: a covert authorisation from
application to cancellation, a mobile deployment from request to evaluation, refusals that change
nothing, camera imports, and the pages at 1366x700 without a column cut short."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableView

from jagdesk.gui.main_window import MainWindow
from jagdesk.gui.pages.cctv.cameras_page import CamerasPage
from jagdesk.gui.pages.cctv.deployments_page import DeploymentsPage
from jagdesk.gui.pages.cctv.ripa_page import RipaPage
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services.cctv.authorisations import list_authorisations
from jagdesk.services.cctv.cameras import list_cameras
from jagdesk.services.cctv.deployments import list_deployments
from tests.support.stores import open_copy


def shown(window: MainWindow, kind: type[Any]) -> Any:
    page = window.page(kind)
    window.show_page(window.pages.index(page))
    return page


def set_day(edit: Any, day: date) -> None:
    from PySide6.QtCore import QDate
    edit.setDate(QDate(day.year, day.month, day.day))


def test_a_covert_authorisation_from_application_to_cancellation(
        window: MainWindow, dialogs: Any, messages: Any, tmp_path: Path, qtbot: Any) -> None:
    page: RipaPage = shown(window, RipaPage)
    page.today = date(2021, 3, 10)

    def apply(dialog: Any) -> None:
        dialog.operation.setText("Operation Heron")
        dialog.subjects.setText("A. Trader; B. Helper")
        dialog.offence.setCurrentIndex(dialog.offence.findData("Selling counterfeit goods"))
        dialog.necessity.setPlainText("Test purchases failed to identify the supplier.")
        assert "meets the crime threshold" in dialog.offence_hint.text()

    dialogs.will(apply)
    window.new_action.trigger()
    row = page.table.current_row()
    assert (row.operation, row.status, row.subjects) == ("Operation Heron", "pending",
                                                         ("A. Trader", "B. Helper"))
    assert page.buttons["approval"].isEnabled() and not page.buttons["review"].isEnabled()

    def approve(dialog: Any) -> None:
        dialog.court.setText("St Albans Magistrates' Court")
        dialog.magistrate.setText("Mrs J. Patel JP")

    dialogs.will(approve)
    page.table.view.setFocus()
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)  # Enter: the magistrate's decision
    row = page.table.current_row()
    assert (row.status, row.approved_on, row.ends_on) == ("active", date(2021, 3, 10),
                                                          date(2021, 6, 9))
    # The covert camera: its site, then the camera, within the authorised period.
    page.today = date(2021, 3, 12)
    dialogs.will(lambda dialog: dialog.site.setText("Market stall, Shenley Road"))
    dialogs.will(lambda dialog: None)
    page.buttons["camera_up"].click()
    assert "HBC-C01 at Market stall, Shenley Road: up 12/03/2021, STILL UP" in page.text.toPlainText()
    assert page.buttons["camera_down"].isEnabled() and not page.buttons["camera_up"].isEnabled()
    page.today = date(2021, 4, 7)
    dialogs.will(lambda dialog: dialog.outcome.setPlainText("Still needed."))
    page.buttons["review"].click()
    assert page.table.current_row().reviews == (date(2021, 4, 7),)
    page.today = date(2021, 6, 1)
    dialogs.will(lambda dialog: dialog.magistrate.setText("Mr R. Ahmed JP"))
    page.buttons["renewal"].click()
    row = page.table.current_row()
    assert row.ends_on == date(2021, 9, 8) and len(row.renewals) == 1
    page.today = date(2021, 6, 30)
    dialogs.will(lambda dialog: None)
    page.buttons["camera_down"].click()
    assert "down 30/06/2021" in page.text.toPlainText()
    page.today = date(2021, 7, 1)
    dialogs.will(lambda dialog: dialog.reason.setPlainText("Supplier identified; camera down."))
    page.buttons["cancel"].click()
    row = page.table.current_row()
    assert (row.status, row.cancelled_on) == ("cancelled", date(2021, 7, 1))
    assert "Cancelled:" in page.text.toPlainText()
    assert messages.errors == []
    # The central record and the yearly return, from the page.
    pdf = page.export_register(tmp_path / "register.pdf", date(2021, 1, 1), date(2021, 12, 31))
    assert pdf.read_bytes().startswith(b"%PDF")
    page.export_register(tmp_path / "register.csv", date(2021, 1, 1), date(2021, 12, 31))
    with (tmp_path / "register.csv").open(encoding="utf-8-sig") as file:
        assert row.urn in [line["URN"] for line in csv.DictReader(file)]
    sentence = page.export_return(tmp_path / "return.csv", 2021)
    with (tmp_path / "return.csv").open(encoding="utf-8-sig") as file:
        figures = next(csv.DictReader(file))
    assert sentence.startswith("2021:") and f"{figures['Renewed']} renewed" in sentence
    assert int(figures["Cancelled"]) >= 1


def test_an_offence_below_the_threshold_is_refused_in_one_sentence_and_nothing_changes(
        window: MainWindow, dialogs: Any, messages: Any) -> None:
    page: RipaPage = shown(window, RipaPage)
    with window.store.unit_of_work() as uow:
        before = len(list_authorisations(uow))

    def apply(dialog: Any) -> None:
        dialog.operation.setText("Operation Litter")
        dialog.offence.setCurrentIndex(dialog.offence.findData("Littering"))
        assert "refused" in dialog.offence_hint.text()

    dialogs.will(apply)
    page.new_record()
    assert len(messages.errors) == 1
    assert messages.errors[0].startswith("Littering") and messages.errors[0].count(". ") == 0
    with window.store.unit_of_work() as uow:
        assert len(list_authorisations(uow)) == before


def test_a_mobile_deployment_from_request_to_evaluation(
        window: MainWindow, dialogs: Any, messages: Any, qtbot: Any) -> None:
    page: DeploymentsPage = shown(window, DeploymentsPage)
    page.today = date(2021, 3, 10)

    def request(dialog: Any) -> None:
        dialog.hotspot.setCurrentIndex(1)
        dialog.site.setText("Test lay-by")
        dialog.requested_by.setText("PS Grant")
        dialog.problem.setPlainText("Fly-tipping at night")

    dialogs.will(request)
    page.table.new_button.click()
    row = page.table.current_row()
    assert (row.site, row.stage) == ("Test lay-by", "requested")

    def tick_all(dialog: Any) -> None:
        for box in dialog.boxes:
            box.setChecked(True)

    dialogs.will(tick_all)
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)  # Enter: the step it waits for
    assert len(page.table.current_row().criteria_met) == 5
    dialogs.will(lambda dialog: dialog.reasons.setPlainText("Evidence shown; criteria met."))
    qtbot.keyClick(page.table.view, Qt.Key.Key_Return)
    assert page.table.current_row().stage == "approved"
    dialogs.will(lambda dialog: dialog.responses.setValue(6))
    page.pane.buttons["consultation"].click()
    page.today = date(2021, 3, 20)
    dialogs.will(lambda dialog: None)
    page.pane.buttons["install"].click()
    row = page.table.current_row()
    assert (row.stage, row.installed_on, row.planned_end_on) == ("installed", date(2021, 3, 20),
                                                                 date(2021, 6, 20))
    page.today = date(2021, 4, 20)
    dialogs.will(lambda dialog: dialog.reviewer.setText("CSO"))
    page.pane.buttons["review"].click()
    page.today = date(2021, 5, 20)
    dialogs.will(lambda dialog: None)
    page.pane.buttons["removal"].click()
    row = page.table.current_row()
    assert (row.removed_on, row.signage_removed_on) == (date(2021, 5, 20), date(2021, 5, 20))
    page.today = date(2021, 8, 1)
    dialogs.will(lambda dialog: dialog.radius_m.setValue(300))
    page.pane.buttons["evaluation"].click()
    row = page.table.current_row()
    assert row.stage == "evaluated" and row.evaluation.startswith("Within 300 m")
    text = page.pane.text.toPlainText()
    for step in ("Requested", "Criteria", "Decision", "Residents consulted", "Signage up",
                 "Installed", "Reviews", "Removed", "Signage removed", "Evaluation"):
        assert step in text
    assert "CSO" in text and messages.errors == []


def test_signage_after_the_installation_is_refused_and_nothing_changes(
        window: MainWindow, dialogs: Any, messages: Any) -> None:
    page: DeploymentsPage = shown(window, DeploymentsPage)
    page.today = date(2021, 3, 10)
    dialogs.will(lambda dialog: dialog.site.setText("Refusal close"))
    page.new_record()
    dialogs.will(lambda dialog: dialog.reasons.setPlainText("Approved."))
    page.open_step("decision")

    def late_signage(dialog: Any) -> None:
        set_day(dialog.signage_up_on, date(2021, 3, 15))
        set_day(dialog.installed_on, date(2021, 3, 12))

    dialogs.will(late_signage)
    page.open_step("install")
    assert len(messages.errors) == 1 and "signage must be up" in messages.errors[0]
    row = page.table.current_row()
    assert (row.stage, row.installed_on, row.camera) == ("approved", None, "")
    with window.store.unit_of_work() as uow:
        assert [c.state for c in list_cameras(uow) if c.code == "HBC-R01"] == ["store"]


def test_camera_import_refused_in_one_sentence_then_accepted(
        window: MainWindow, messages: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page: CamerasPage = shown(window, CamerasPage)
    count = page.master.proxy.rowCount()
    police = tmp_path / "police.csv"
    police.write_text("Crime ID,Month,Falls within,LSOA code,Crime type\nx,2021-01,Herts,E1,Theft\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(police), ""))
    page.import_button.click()
    assert messages.errors == ["police.csv is a police.uk crime file, not a camera list; nothing "
                               "was imported."]
    assert page.master.proxy.rowCount() == count
    good = tmp_path / "cameras.csv"
    good.write_text('ID,Location,Latitude,Longitude\nNEW-1,"Allum Lane, Elstree",51.65,'
                    '-0.2880219999999998\n')
    informed: list[str] = []
    monkeypatch.setattr("jagdesk.gui.prompts.inform", lambda _p, text, *_a: informed.append(text))
    assert page.import_file(good)
    assert informed == ["cameras.csv: 1 cameras added, 0 updated."]
    assert page.master.proxy.rowCount() == count + 1


def _cut_short(view: QTableView, capped: set[int]) -> list[str]:
    header = view.horizontalHeader()
    model = view.model()
    cut = []
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        end = header.sectionViewportPosition(column) + header.sectionSize(column)
        needed = max(view.sizeHintForColumn(column) if column not in capped else 0,
                     header.fontMetrics().horizontalAdvance(title) + 14)
        if end > view.viewport().width() + 1 or header.sectionSize(column) < needed:
            cut.append(title)
    return cut


def test_the_pages_open_at_1366_by_700_on_todays_date_without_a_column_cut_short(
        window: MainWindow) -> None:
    window.resize(1366, 700)
    tables: list[tuple[str, RecordTable, set[int]]] = []
    for kind, name in ((CamerasPage, "cameras"), (DeploymentsPage, "deployments"),
                       (RipaPage, "ripa")):
        page = shown(window, kind)
        table = page.master if isinstance(page, CamerasPage) else page.table
        table.view.selectRow(0)
        window.grab().save(f"/tmp/cctv-test-{name}.png")
        capped = {1} if isinstance(page, DeploymentsPage) else set()  # the site: shown whole beside
        tables.append((name, table, capped))
        assert table.proxy.rowCount() > 0
        assert _cut_short(table.view, capped) == [], name
    with window.store.unit_of_work() as uow:
        assert list_deployments(uow, date.today())


def test_an_empty_store_says_what_to_do_and_an_officer_and_offence_make_an_application_possible(
        qtbot: Any, tmp_path: Path, empty_template: Path, dialogs: Any, messages: Any) -> None:
    store = open_copy(empty_template, tmp_path / "empty.db")
    try:
        cameras, mobile, ripa = CamerasPage(store), DeploymentsPage(store), RipaPage(store)
        for page in (cameras, mobile, ripa):
            qtbot.addWidget(page)
            page.show()
        assert cameras.master.empty_label.text().startswith("No cameras yet: press New camera")
        assert "Import cameras" in cameras.master.empty_label.text()
        assert mobile.table.empty_label.text().startswith("No mobile deployments yet")
        assert "Select a deployment" in mobile.pane.text.toPlainText()
        assert ripa.table.empty_label.text().startswith("No authorisations yet")
        assert not any(ripa.buttons[name].isEnabled()
                       for name in ("approval", "review", "renewal", "cancel", "camera_up"))

        def officer(dialog: Any) -> None:
            dialog.name.setText("Sam Okafor")
            dialog.grade.setText("Head of Community Safety")

        def offence(dialog: Any) -> None:
            dialog.name.setText("Touting")
            dialog.statute.setText("Criminal Justice and Public Order Act 1994 s.167")
            dialog.max_months.setValue(0)

        dialogs.will(officer)
        ripa.officer_button.click()
        dialogs.will(offence)
        ripa.offence_button.click()

        def apply(dialog: Any) -> None:
            assert dialog.officer.currentText() == "Sam Okafor, Head of Community Safety"
            dialog.operation.setText("Operation Tout")
            dialog.offence.setCurrentIndex(dialog.offence.findData("Touting"))

        dialogs.will(apply)
        ripa.new_record()
        assert messages.errors and messages.errors[0].startswith("Touting (Criminal Justice")
        assert ripa.table.proxy.rowCount() == 0

        def theft(dialog: Any) -> None:
            apply(dialog)
            dialog.offence.setCurrentIndex(dialog.offence.findData("Theft"))

        dialogs.will(theft)
        ripa.new_record()
        row = ripa.table.current_row()
        assert (row.operation, row.officer_name, row.status) == ("Operation Tout", "Sam Okafor",
                                                                 "pending")
    finally:
        store.close()


def test_a_footage_request_released_then_deleted_by_its_day(
        window: MainWindow, dialogs: Any, messages: Any) -> None:
    page: DeploymentsPage = shown(window, DeploymentsPage)
    page.today = date(2021, 3, 10)

    def ask(dialog: Any) -> None:
        dialog.camera.setCurrentIndex(dialog.camera.findText("HBC-F01", Qt.MatchFlag.MatchStartsWith))
        set_day(dialog.recorded_on, date(2021, 3, 6))
        dialog.requested_by.setText("DC Shah")
        dialog.police_reference.setText("41/12345/21")

    dialogs.will(ask)
    page.footage.new_button.click()
    row = page.footage.current_row()
    assert (row.camera, row.delete_by, row.deleted_on) == ("HBC-F01", date(2021, 4, 6), None)
    dialogs.will(lambda dialog: dialog.released.setPlainText("USB copy 14:00-16:00"))
    page.release_button.click()
    assert page.footage.current_row().released == "USB copy 14:00-16:00"
    page.today = date(2021, 4, 6)
    page.footage.view.setFocus()
    page.footage.edit_button.click()
    assert messages.questions and "as deleted on 06/04/2021" in messages.questions[0]
    assert page.footage.current_row().deleted_on == date(2021, 4, 6)

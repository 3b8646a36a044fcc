"""The hotspots page, driven through its real widgets on a real SQLite store holding the demo
partnership, its hotspots and incidents at real police.uk snap points."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMainWindow

from jagdesk.gui.pages.hotspots.hotspots_page import NONE_SELECTED, HotspotsPage
from jagdesk.services.places.crime_stats import data_months
from jagdesk.store.opening import Store
from tests.support.hotspot_store import PARADE
from tests.support.hotspots_page import names, select, show
from tests.support.stores import open_copy

BALDOCK = "Baldock Way garages, Cowley Hill"
OAKMERE = "Oakmere Park, Potters Bar"


@pytest.fixture
def store(hotspot_copy: Store) -> Store:
    return hotspot_copy


@pytest.fixture
def page(qtbot: Any, store: Store) -> Iterator[HotspotsPage]:
    window, shown = show(qtbot, store)
    yield shown
    window.close()


def cells(table: Any, column: int) -> list[str]:
    return [table.proxy.index(r, column).data() for r in range(table.proxy.rowCount())]


def status_bar(page: HotspotsPage) -> str:
    window = page.window()
    assert isinstance(window, QMainWindow)
    return window.statusBar().currentMessage()


def test_lists_the_hotspots_and_shows_the_selected_ones_details(page: HotspotsPage, qtbot: Any) -> None:
    assert names(page.list) == [BALDOCK, "Bignells Corner lay-bys, South Mimms",
                                "Darkes Lane car park, Potters Bar", OAKMERE, PARADE]
    assert page.body.currentWidget() is page.none_selected
    assert page.none_selected.text() == NONE_SELECTED
    select(page, PARADE)
    details = page.details
    # 51.655688, -0.269328 is E519817 N196629 on the National Grid.
    assert details.text("lat_lon") == "51.655688, -0.269328"
    assert details.text("east_north") == "519817, 196629"
    assert details.text("grid") == "TQ 19817 96629"
    assert details.text("status") == "Active since 05/11/2020"
    assert (details.text("ward"), details.text("locality")) == ("Borehamwood Hillside", "Borehamwood")
    assert details.text("owner").startswith("PC Aisha Rahman · Hertfordshire Constabulary")
    assert details.text("categories") == ("Youths gathering, Street drinking, Anti-social behaviour, "
                                          "Shoplifting")
    assert details.text("extent") == "Within 150 m of the point"
    assert details.text("description").startswith("Groups of young people gathering")
    assert [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())] == [
        "Details", "History", "Visual audits (1)", "Engagement (1)", "Incidents", "Cameras (2)"]
    assert cells(page.history.table, 1) == ["Proposed", "Active"]

    page.status_filter.setCurrentIndex(page.status_filter.findText("Closed"))
    assert names(page.list) == ["Bignells Corner lay-bys, South Mimms"]
    page.status_filter.setCurrentIndex(page.status_filter.findText("Open (not closed)"))
    assert len(names(page.list)) == 4
    qtbot.keyClicks(page.list.search, "potters")
    assert names(page.list) == ["Darkes Lane car park, Potters Bar", OAKMERE]


def test_new_hotspot_from_easting_and_northing_then_an_edit_refused_at_its_field(
    page: HotspotsPage, dialogs: Any, qtbot: Any
) -> None:
    seen: list[tuple[str, str]] = []

    def fill_new(dialog: Any) -> None:
        dialog.accept()
        seen.append(("name", dialog.field_error("name")))
        dialog.name.setText("Elstree Way underpass")
        qtbot.keyClicks(dialog.place.easting, "518000")
        dialog.accept()
        seen.append(("easting", dialog.field_error("easting")))
        qtbot.keyClicks(dialog.place.northing, "195500")
        # Typing the grid pair fills in the latitude and longitude.
        seen.append(("lat", dialog.place.latitude.text()))
        dialog.categories.add_category("street drinking")
        qtbot.keyClicks(dialog.categories.other, "Car meets")
        dialog.categories.add_button.click()
        dialog.priority.setCurrentIndex(dialog.priority.findText("High"))
        dialog.owner.setCurrentIndex(dialog.owner.findText("PC Aisha Rahman", Qt.MatchFlag.MatchStartsWith))

    dialogs.will(fill_new)
    page.new_record()  # Ctrl+N in the main window
    assert seen == [("name", "Enter the hotspot's name."),
                    ("easting", "Give both the easting and the northing."),
                    ("lat", "51.645926")]
    select(page, "Elstree Way underpass")
    assert page.list.current_row().status == "proposed"
    assert status_bar(page) == "Added the hotspot 'Elstree Way underpass' as proposed."
    details = page.details
    assert (details.text("east_north"), details.text("grid")) == ("518000, 195500", "TQ 18000 95500")
    assert (details.text("ward"), details.text("locality")) == ("Elstree", "Borehamwood")
    assert details.text("categories") == "Street drinking, Car meets"
    assert details.text("status") == f"Proposed since {date.today():%d/%m/%Y}"

    radius_errors: list[str] = []

    def fill_edit(dialog: Any) -> None:
        assert dialog.name.text() == "Elstree Way underpass"
        assert dialog.categories.checked() == ("Street drinking", "Car meets")
        dialog.radius.setValue(5)
        dialog.accept()
        radius_errors.append(dialog.field_error("radius_m"))
        dialog.radius.setValue(300)

    dialogs.will(fill_edit)
    page.list.view.setFocus()
    qtbot.keyClick(page.list.view, Qt.Key.Key_Return)
    assert radius_errors == ["The radius must be between 10 and 5000 metres."]
    assert page.details.text("extent") == "Within 300 m of the point"
    assert len(dialogs.opened) == 2


def test_closing_needs_a_reason_at_its_field_and_then_is_in_the_history(
    page: HotspotsPage, dialogs: Any
) -> None:
    page.status_filter.setCurrentIndex(page.status_filter.findText("Open (not closed)"))
    select(page, PARADE)
    page.tabs.setCurrentWidget(page.history)
    refusals: list[str] = []

    def fill(dialog: Any) -> None:
        assert dialog.status.currentText() == "Monitoring"  # the usual next step
        dialog.status.setCurrentIndex(dialog.status.findData("closed"))
        assert dialog.reason_hint.text() == "A reason is needed to close the hotspot."
        dialog.accept()
        refusals.append(dialog.field_error("reason"))
        dialog.reason.setPlainText("Lighting and the alley gate fixed; ASB reports down by half.")

    dialogs.will(fill)
    page.history.table.new_button.click()
    assert refusals == ["Say why the hotspot is closed."]
    # Closed hotspots are not "open": the list shows every status, to keep this one in sight.
    assert page.status_filter.currentText() == "All statuses"
    assert page.list.current_row().name == PARADE
    assert page.list.current_row().status == "closed"
    assert cells(page.history.table, 1) == ["Proposed", "Active", "Closed"]
    assert cells(page.history.table, 0)[-1] == f"{date.today():%d/%m/%Y}"
    assert "Lighting and the alley gate fixed" in page.history.reader.toPlainText()
    assert page.details.text("status") == f"Closed since {date.today():%d/%m/%Y}"
    assert status_bar(page) == f"'{PARADE}' is now closed."


def test_visual_audit_and_engagement_added_then_deleted_and_brought_back(
    page: HotspotsPage, dialogs: Any, messages: Any, qtbot: Any
) -> None:
    select(page, BALDOCK)
    page.tabs.setCurrentWidget(page.audits)

    def fill_audit(dialog: Any) -> None:
        dialog.audit_date.setDate(QDate(2021, 3, 18))
        dialog.attendees.setPlainText("Fiona Carr (William Sutton Housing), PCSO Dan Okafor")
        dialog.findings.setPlainText("Bin store doors mended; new graffiti on garages 4 and 5.")
        dialog.recommendations.setPlainText("Graffiti removal; anti-graffiti coating on the doors.")

    dialogs.will(fill_audit)
    page.audits.table.new_button.click()
    assert cells(page.audits.table, 0) == ["15/02/2021", "18/03/2021"]
    assert page.audits.table.current_row().audit_date == date(2021, 3, 18)
    assert "new graffiti on garages 4 and 5" in page.audits.reader.toPlainText()
    assert page.tabs.tabText(2) == "&Visual audits (2)"

    page.tabs.setCurrentWidget(page.engagement)
    refusals: list[str] = []

    def fill_letters(dialog: Any) -> None:
        dialog.sent_on.setDate(QDate(2021, 3, 25))
        dialog.kind.setCurrentIndex(dialog.kind.findData("letter"))
        dialog.roads.setPlainText("Baldock Way 1-60")
        dialog.number_sent.setValue(120)
        dialog.responses.setValue(150)
        dialog.accept()
        refusals.append(dialog.field_error("responses"))
        dialog.responses.setValue(18)
        assert dialog.rate.text() == "15%"
        dialog.summary.setPlainText("Fewer problems since the doors were mended.")

    dialogs.will(fill_letters)
    page.engagement.table.view.setFocus()
    page.new_record()  # Ctrl+N in the engagement table: a new engagement, not a new hotspot
    assert refusals == ["There cannot be more responses (150) than letters or surveys sent (120)."]
    assert [cells(page.engagement.table, c)[-1] for c in range(5)] == [
        "25/03/2021", "Letter", "120", "18", "15%"]
    assert "Responses: 18 of 120 (15%)" in page.engagement.reader.toPlainText()

    page.engagement.table.view.setFocus()
    qtbot.keyClick(page.engagement.table.view, Qt.Key.Key_Delete)
    assert messages.questions == ["Delete the engagement sent on 25/03/2021?"]
    assert cells(page.engagement.table, 0) == ["22/02/2021"]
    assert status_bar(page) == "Deleted the engagement sent on 25/03/2021. Press Ctrl+Z to undo."
    page.undo_last_delete()
    assert cells(page.engagement.table, 0) == ["22/02/2021", "25/03/2021"]
    assert status_bar(page) == "Brought back the engagement sent on 25/03/2021."
    assert messages.errors == []


def test_incidents_by_month_for_the_latest_data_and_a_chosen_period(
    page: HotspotsPage, store: Store, qtmodeltester: Any
) -> None:
    select(page, PARADE)
    page.tabs.setCurrentWidget(page.incidents)
    table = page.incidents.table.figures
    with store.unit_of_work() as uow:
        months = data_months(uow.session)
    # The latest 12 months of data: here, all six.
    assert months == ["2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"]
    assert (page.incidents.from_month.currentText(), page.incidents.to_month.currentText()) == (
        "Mar 2021", "Aug 2021")

    def row(crime_type: str) -> list[object]:
        found = [[table.cell(r, c) for c in range(table.columnCount())]
                 for r in range(table.rowCount()) if table.cell(r, 0) == crime_type]
        assert len(found) == 1, crime_type
        return found[0]

    assert [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())] == [
        "Crime type", "Mar 2021", "Apr 2021", "May 2021", "Jun 2021", "Jul 2021", "Aug 2021", "Total"]
    assert row("Anti-social behaviour") == ["Anti-social behaviour", 6, 5, 7, 8, 9, 10, 45]
    assert row("Shoplifting") == ["Shoplifting", 2, 3, 1, 4, 2, 3, 15]
    assert row("All types") == ["All types", 8, 8, 8, 12, 11, 13, 60]
    qtmodeltester.check(table)

    page.incidents.from_month.setCurrentIndex(page.incidents.from_month.findData("2021-06"))
    assert [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())] == [
        "Crime type", "Jun 2021", "Jul 2021", "Aug 2021", "Total"]
    # Vehicle crime at Maxwell Road is 290 m away, outside the parade's 150 m.
    assert [[table.cell(r, c) for c in range(5)] for r in range(table.rowCount())] == [
        ["Anti-social behaviour", 8, 9, 10, 27],
        ["Shoplifting", 4, 2, 3, 9],
        ["All types", 12, 11, 13, 36],
    ]
    assert page.incidents.caption.text() == (
        "36 incidents within 150 m of the point, Jun 2021 to Aug 2021.")
    assert table.data(table.index(2, 4), Qt.ItemDataRole.FontRole).bold()

    # Another hotspot keeps the chosen months.
    select(page, "Darkes Lane car park, Potters Bar")
    assert [[table.cell(r, c) for c in range(5)] for r in range(table.rowCount())] == [
        ["Criminal damage and arson", 3, 4, 5, 12],
        ["All types", 3, 4, 5, 12],
    ]
    assert page.incidents.caption.text() == (
        "12 incidents within 120 m of the point, Jun 2021 to Aug 2021.")


def test_deleting_a_hotspot_names_its_parts_and_asks_first(
    page: HotspotsPage, store: Store, messages: Any, qtbot: Any
) -> None:
    # The one demo hotspot that no demo case is worked at; the demo JAG's agenda items about it
    # are made general items first (a hotspot on an agenda is in use and is not deleted).
    from sqlalchemy import select as query

    from jagdesk.services.meetings import ItemInput, update_item
    from jagdesk.store.models import AgendaItem, Hotspot

    with store.unit_of_work() as uow:
        items = uow.session.scalars(query(AgendaItem).join(Hotspot, Hotspot.id == AgendaItem.hotspot_id)
                                    .where(Hotspot.name == BALDOCK)).all()
        for item in items:
            update_item(uow, item.id, ItemInput(item.name), item.version)
    page.refresh()
    select(page, BALDOCK)
    page.list.view.setFocus()
    messages.answer = False
    qtbot.keyClick(page.list.view, Qt.Key.Key_Delete)
    assert messages.questions == [
        f"Delete the hotspot '{BALDOCK}' with its status history, 1 visual audit and "
        "1 engagement record? This cannot be undone."]
    assert BALDOCK in names(page.list)
    messages.answer = True
    qtbot.keyClick(page.list.view, Qt.Key.Key_Delete)
    assert BALDOCK not in names(page.list)
    assert len(names(page.list)) == 4
    assert status_bar(page) == f"Deleted the hotspot '{BALDOCK}'."
    assert messages.errors == []


def test_an_empty_store_says_what_to_do(qtbot: Any, tmp_path: Path, empty_template: Path) -> None:
    store = open_copy(empty_template, tmp_path / "empty.db")
    try:
        window, page = show(qtbot, store)
        assert names(page.list) == []
        assert page.list.empty_label.isVisibleTo(page)
        assert page.list.empty_label.text().startswith("No hotspots yet: press New hotspot")
        assert page.body.currentWidget() is page.none_selected
        window.close()
    finally:
        store.close()


def test_the_status_shown_and_the_tab_are_remembered(page: HotspotsPage, qtbot: Any, store: Store) -> None:
    page.status_filter.setCurrentIndex(page.status_filter.findText("Active"))
    select(page, PARADE)
    page.tabs.setCurrentWidget(page.engagement)
    page.save_state()
    window, again = show(qtbot, store)
    again.restore_state()
    again.refresh()
    assert again.status_filter.currentText() == "Active"
    assert again.tabs.currentWidget() is again.engagement
    assert names(again.list) == ["Darkes Lane car park, Potters Bar", PARADE]
    window.close()

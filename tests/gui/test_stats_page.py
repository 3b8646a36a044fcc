"""The crime statistics page, driven through its widgets on a real SQLite store holding the real
Hertsmere wards and crimes put in month by month (crimes outside the partnership and without a
location among them)."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QFileDialog, QMainWindow

from jagdesk.domain.common.periods import MonthRange
from jagdesk.gui.models.stats_models import COL_TARGET, year_on_year_cells
from jagdesk.gui.pages.places.crime_chart import EXPORT_SIZE, PALETTE
from jagdesk.gui.pages.places.stats_choice import NO_TYPES
from jagdesk.gui.pages.places.stats_page import EMPTY_TEXT, StatsPage
from jagdesk.services.places.crime_areas import find_area
from jagdesk.services.places.crime_stats import baseline_table, monthly_counts, year_on_year
from jagdesk.store.opening import Store
from tests.support.crime_seed import SUPERMARKET, add_crimes, add_wards
from tests.support.map_seed import add_hotspot
from tests.support.on_screen import table_rows
from tests.support.stats_store import JAN_FEB_2021
from tests.support.stores import open_copy

HILLSIDE = "Borehamwood Hillside (ward)"  # Supermarket and Maxwell Road lie in it


def open_page(qtbot: Any, store: Store) -> tuple[QMainWindow, StatsPage]:
    """The page in a window of its own, shown off-screen, as the main window would show it."""
    window = QMainWindow()
    page = StatsPage(store)
    page.restore_state()
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    return window, page


def choose_area(page: StatsPage, title: str) -> None:
    index = page.area_combo.findText(title)
    assert index >= 0, f"{title} is not offered"
    page.area_combo.setCurrentIndex(index)


def choose_months(page: StatsPage, first: str, last: str) -> None:
    page.from_month.setCurrentIndex(page.from_month.findData(first))
    page.to_month.setCurrentIndex(page.to_month.findData(last))


def colours_in(image: QImage) -> set[int]:
    pixels = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = np.frombuffer(pixels.constBits(), dtype=np.uint32, count=pixels.width() * pixels.height())
    return set(np.unique(data).tolist())


def test_opens_on_the_newest_months_and_counts_a_ward_by_month(qtbot: Any, stats_copy: Store) -> None:
    _, page = open_page(qtbot, stats_copy)
    assert page.body.currentWidget() is page.content
    assert page.area_combo.currentText() == "The partnership (all wards)"
    # A year up to the newest month, starting at the first month there is data for.
    assert (page.from_month.currentText(), page.to_month.currentText()) == ("Jan 2021", "Feb 2021")
    assert [page.from_month.itemData(i) for i in range(page.from_month.count())] == [
        "2020-01", "2020-02", "2021-01", "2021-02"]
    choose_area(page, HILLSIDE)
    assert table_rows(page.monthly.view) == [
        ["Anti-social behaviour", "12", "9", "21"],
        ["Shoplifting", "4", "1", "5"],
        ["Vehicle crime", "0", "3", "3"],
        ["All types", "16", "13", "29"],
    ]
    assert page.monthly.model.header() == ["Crime type", "Jan 2021", "Feb 2021", "Total"]
    line = page.monthly.chart.chart().series()[0]
    assert [point.y() for point in line.points()] == [16, 13]
    assert HILLSIDE in page.monthly.chart.chart().title()
    status = page.status_label.text()
    assert status.startswith(f"29 crimes and incidents in {HILLSIDE}, Jan 2021 to Feb 2021.")


def test_the_partnership_leaves_out_crimes_outside_it_and_without_a_place(qtbot: Any,
                                                                          stats_copy: Store) -> None:
    _, page = open_page(qtbot, stats_copy)
    rows = table_rows(page.monthly.view)
    assert ["Burglary", "2", "6", "8"] in rows  # not the 40 in Barnet
    assert rows[-1] == ["All types", "18", "19", "37"]
    assert not any(row[0] == "Violence and sexual offences" for row in rows)
    with stats_copy.unit_of_work() as uow:
        expected = monthly_counts(uow.session, find_area(uow.session, "partnership"), JAN_FEB_2021)
    assert [[str(cell) for cell in row] for row in expected.body()] == rows


def test_choosing_months_and_crime_types(qtbot: Any, stats_copy: Store) -> None:
    _, page = open_page(qtbot, stats_copy)
    choose_area(page, "Borehamwood (locality)")
    page.to_month.setCurrentIndex(page.to_month.findData("2021-01"))
    assert table_rows(page.monthly.view)[-1] == ["All types", "18", "18"]
    # A first month after the last moves the last month with it.
    page.from_month.setCurrentIndex(page.from_month.findData("2021-02"))
    assert page.to_month.currentData() == "2021-02"
    page.types_picker.check_all(False)
    assert page.types_picker.text() == "No crime types"
    assert table_rows(page.monthly.view) == []
    assert page.monthly.chart.message == NO_TYPES
    assert not page.export_button.isEnabled() and not page.chart_button.isEnabled()
    page.types_picker.set_checked("Burglary", True)
    page.types_picker.set_checked("Vehicle crime", True)
    assert page.types_picker.text() == "2 crime types"
    assert table_rows(page.monthly.view) == [
        ["Burglary", "0", "0"], ["Vehicle crime", "3", "3"], ["All types", "3", "3"]]
    assert page.export_button.isEnabled()
    page.types_picker.check_all(True)
    assert page.types_picker.text() == "All crime types"


def test_year_on_year_rows_and_sentences_are_the_services(qtbot: Any, stats_copy: Store) -> None:
    _, page = open_page(qtbot, stats_copy)
    choose_area(page, "Borehamwood (locality)")
    page.tabs.setCurrentWidget(page.year_on_year)
    with stats_copy.unit_of_work() as uow:
        table = year_on_year(uow.session, find_area(uow.session, "locality:Borehamwood"), JAN_FEB_2021)
    rows = table_rows(page.year_on_year.view)
    assert rows == [[cell.text for cell in row] for row in year_on_year_cells(table)]
    assert rows == [
        ["Anti-social behaviour", "21", "15", "+6", "40%"],
        ["Burglary", "2", "1", "+1", "100%"],
        ["Shoplifting", "5", "6", "-1", "-16.7%"],
        ["Vehicle crime", "3", "5", "-2", "-40%"],
        ["All crime and ASB", "31", "27", "+4", "14.8%"],  # what the rows above add up to
        ["All crime (excluding ASB)", "10", "12", "-2", "-16.7%"],  # as plans count crime
    ]
    assert page.year_on_year.model.header()[1:3] == ["Jan 2021 to\nFeb 2021", "Jan 2020 to\nFeb 2020"]
    text = page.year_on_year.sentences.toPlainText()
    for row in (*table.rows, *table.totals()):
        assert row.sentence in text
    assert "All crime (excluding ASB) 10 offences, 2 less -16.7%" in text
    assert "Anti-social behaviour 21 incidents, 6 more 40%" in text
    assert text.index("Crime decrease") < text.index("Shoplifting 5 offences")
    assert text.index("Crime increase") < text.index("Burglary 2 offences, 1 more 100%")
    page.year_on_year.copy_button.click()
    assert "Vehicle crime 3 offences, 2 less -40%" in QGuiApplication.clipboard().text()
    assert not page.year_on_year.note.isVisible()
    # A period whose year before has no data says so, rather than showing every type as new.
    choose_months(page, "2020-01", "2020-02")
    assert page.year_on_year.note.isVisible()
    assert "No police.uk data for Jan 2019 to Feb 2019" in page.year_on_year.note.text()


def test_baseline_targets_are_edited_in_the_table(qtbot: Any, stats_copy: Store) -> None:
    window, page = open_page(qtbot, stats_copy)
    choose_area(page, HILLSIDE)
    page.tabs.setCurrentWidget(page.baseline)
    # The baseline starts a year before the period, and is as long.
    assert page.baseline.chosen_first() == "2020-01"
    assert page.baseline.baseline_end.text().startswith("to Feb 2020 (2 months")
    view = page.baseline.view
    assert table_rows(view) == [
        ["Anti-social behaviour", "15", "0%", "21", "40%", "No"],
        ["Shoplifting", "6", "0%", "5", "-16.7%", "Yes"],
        ["Vehicle crime", "5", "0%", "3", "-40%", "Yes"],
    ]
    # Double-click a target, type a new one, press Enter: as a user would.
    shoplifting = view.model().index(1, COL_TARGET)
    view.setCurrentIndex(shoplifting)
    view.edit(shoplifting)
    editor = view.findChild(QDoubleSpinBox)
    assert editor is not None and (editor.minimum(), editor.maximum()) == (0, 100)
    editor.setValue(20)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the typed value in a queued call
    assert table_rows(view)[1] == ["Shoplifting", "6", "20%", "5", "-16.7%", "No"]  # 5 is not 20% below 6
    vehicle = view.model().index(2, COL_TARGET)
    assert view.model().setData(vehicle, 40.0)
    assert table_rows(view)[2][COL_TARGET:] == ["40%", "3", "-40%", "Yes"]  # 3 is just 40% below 5
    assert not view.model().setData(vehicle, 120)  # not a reduction: refused, nothing changed
    assert page.targets == {"Shoplifting": 20.0, "Vehicle crime": 40.0}
    # The service, asked with the same targets, agrees with the table.
    with stats_copy.unit_of_work() as uow:
        hillside = find_area(uow.session, "ward:Borehamwood Hillside")
        expected = baseline_table(uow.session, hillside, JAN_FEB_2021,
                                  {"Anti-social behaviour": 0, "Shoplifting": 20, "Vehicle crime": 40},
                                  baseline_period=MonthRange("2020-01", "2020-02"))
    table = page.baseline.table()
    assert table is not None and table.body() == expected.body()
    # The targets stay when the figures are read again and on the next start.
    choose_area(page, "Borehamwood (locality)")
    choose_area(page, HILLSIDE)
    assert [row[COL_TARGET] for row in table_rows(view)] == ["0%", "20%", "40%"]
    window.close()
    page.save_state()
    _, again = open_page(qtbot, stats_copy)
    assert again.targets == {"Shoplifting": 20.0, "Vehicle crime": 40.0}
    assert again.area_combo.currentText() == HILLSIDE
    assert again.tabs.currentWidget() is again.baseline
    # Another baseline: the same months as the period make every change 0%.
    again.baseline.baseline_first.setCurrentIndex(again.baseline.baseline_first.findData("2021-01"))
    assert [row[4] for row in table_rows(again.baseline.view)] == ["0%", "0%", "0%"]
    assert again.baseline.model.header()[1] == "Baseline\nJan 2021 to\nFeb 2021"


def test_export_csv_writes_each_table_safe_for_a_spreadsheet(qtbot: Any, stats_copy: Store,
                                                               tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # A crime type written by whoever made the file: a spreadsheet would run it as a formula.
    with stats_copy.unit_of_work() as uow:
        wards = {code: ward_id for code, ward_id in _ward_ids(uow)}
    add_crimes(stats_copy, wards, [("2021-02", "=HYPERLINK(\"http://x\")", SUPERMARKET, 2)])
    window, page = open_page(qtbot, stats_copy)
    choose_area(page, HILLSIDE)
    asked: list[str] = []

    def save_as(_parent: Any, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(tmp_path / f"table-{len(asked)}"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page.export_button.click()
    assert asked == ["monthly-counts-borehamwood-hillside-2021-01-to-2021-02.csv"]
    with (tmp_path / "table-1.csv").open(encoding="utf-8-sig", newline="") as handle:
        cells = list(csv.reader(handle))
    assert cells[0] == ["Crime type", "Jan 2021", "Feb 2021", "Total"]
    assert cells[1] == ["'=HYPERLINK(\"http://x\")", "0", "2", "2"]
    assert cells[2:] == [["Anti-social behaviour", "12", "9", "21"], ["Shoplifting", "4", "1", "5"],
                         ["Vehicle crime", "0", "3", "3"], ["All types", "16", "15", "31"]]
    assert "Saved the table to" in window.statusBar().currentMessage()
    page.tabs.setCurrentWidget(page.year_on_year)
    page.export_button.click()
    with (tmp_path / "table-2.csv").open(encoding="utf-8-sig", newline="") as handle:
        cells = list(csv.reader(handle))
    assert cells[0] == ["Crime type", "Jan 2021 to Feb 2021", "Jan 2020 to Feb 2020", "Change", "% change"]
    assert ["Shoplifting", "5", "6", "-1", "-16.7"] in cells  # numbers stay numbers
    assert cells[1] == ["'=HYPERLINK(\"http://x\")", "2", "0", "2", "new"]
    page.tabs.setCurrentWidget(page.baseline)
    page.export_button.click()
    with (tmp_path / "table-3.csv").open(encoding="utf-8-sig", newline="") as handle:
        cells = list(csv.reader(handle))
    assert cells[0][-2:] == ["% change against baseline", "Target met"]
    assert ["Vehicle crime", "5", "0.0", "3", "-40.0", "yes"] in cells


def _ward_ids(uow: Any) -> list[tuple[str, uuid.UUID]]:
    from sqlalchemy import select

    from jagdesk.store.models import Ward

    return [(code, ward_id) for code, ward_id in uow.session.execute(select(Ward.code, Ward.id))]


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_save_chart_image_writes_a_png_of_the_chart(qtbot: Any, stats_copy: Store, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch, tab: int) -> None:
    window, page = open_page(qtbot, stats_copy)
    page.tabs.setCurrentIndex(tab)
    target = tmp_path / "chart for the pack"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page.chart_button.click()
    image = QImage(str(target) + ".png")
    assert not image.isNull()
    assert (image.width(), image.height()) == (EXPORT_SIZE.width(), EXPORT_SIZE.height())
    colours = colours_in(image)
    assert QColor("white").rgba() in colours
    assert QColor(PALETTE[0]).rgba() in colours  # the line, or the first bars, are drawn
    if tab:
        assert QColor(PALETTE[1]).rgba() in colours  # and the bars of the year before or the target
    assert "Saved the chart to" in window.statusBar().currentMessage()


def test_a_hotspot_counts_the_crimes_inside_its_radius(qtbot: Any, stats_copy: Store) -> None:
    add_hotspot(stats_copy, "Shenley Road shops", SUPERMARKET.longitude, SUPERMARKET.latitude,
                radius_m=100)
    _, page = open_page(qtbot, stats_copy)
    choose_area(page, "Shenley Road shops (hotspot)")
    # The supermarket's crimes; Maxwell Road, 300 m away, is outside the radius.
    assert table_rows(page.monthly.view) == [
        ["Anti-social behaviour", "12", "9", "21"],
        ["Shoplifting", "4", "1", "5"],
        ["All types", "16", "10", "26"],
    ]
    assert "inside the hotspot's radius" in page.status_label.text()


def test_new_data_shows_on_refresh_keeping_the_choices(qtbot: Any, stats_copy: Store) -> None:
    _, page = open_page(qtbot, stats_copy)
    choose_area(page, HILLSIDE)
    page.types_picker.set_checked("Anti-social behaviour", False)
    with stats_copy.unit_of_work() as uow:
        wards = dict(_ward_ids(uow))
    add_crimes(stats_copy, wards, [("2021-03", "Shoplifting", SUPERMARKET, 7)])
    page.refresh()
    assert page.to_month.findData("2021-03") >= 0
    assert page.area_combo.currentText() == HILLSIDE
    assert "Anti-social behaviour" in page.types_picker.unticked()
    choose_months(page, "2021-01", "2021-03")
    rows = table_rows(page.monthly.view)
    # Types chosen one by one are all listed, those with no crimes too.
    assert ["Shoplifting", "4", "1", "7", "12"] in rows and ["Vehicle crime", "0", "3", "0", "3"] in rows
    assert ["Burglary", "0", "0", "0", "0"] in rows
    assert not any(row[0] == "Anti-social behaviour" for row in rows)
    assert rows[-1] == ["All types", "4", "4", "7", "15"]


def test_an_empty_store_says_to_import_police_uk_data(qtbot: Any, tmp_path: Path, empty_template: Path,
                                                      shared_data: Path) -> None:
    store = open_copy(empty_template, tmp_path / "empty.db")
    try:
        add_wards(store, shared_data)  # wards, but no crimes yet
        _, page = open_page(qtbot, store)
        assert page.body.currentWidget() is page.empty_label
        assert page.empty_label.text() == EMPTY_TEXT
        assert "jagdesk import police-uk FILE" in EMPTY_TEXT
        assert not page.export_button.isEnabled() and not page.chart_button.isEnabled()
        page.refresh()
        page.focus_search()
        page.new_record()  # nothing to add on this page: nothing happens
    finally:
        store.close()

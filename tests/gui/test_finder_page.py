"""The hotspot finder page, driven through its real widgets on a real SQLite store holding the
demo partnership and incidents at real police.uk snap points (see tests/support/hotspot_store.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from jagdesk.gui.pages.hotspots.finder_page import NO_DATA, FinderPage
from jagdesk.gui.pages.hotspots.hotspots_page import HotspotsPage
from jagdesk.services.hotspots.finder import method_description
from jagdesk.store.opening import Store
from tests.support.stores import open_copy


@pytest.fixture
def store(hotspot_copy: Store) -> Store:
    return hotspot_copy


def show(qtbot: Any, page: Any) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    return window


@pytest.fixture
def page(qtbot: Any, store: Store) -> Iterator[FinderPage]:
    shown = FinderPage(store)
    window = show(qtbot, shown)
    yield shown
    window.close()


def ranking(table: Any, *columns: int) -> list[tuple[str, ...]]:
    """The rows a user sees: the chosen columns' text (1 near, 2 ward, 4 count, 5 before, 6 change)."""
    return [tuple(table.proxy.index(r, c).data() for c in columns) for r in range(table.proxy.rowCount())]


def test_ranks_squares_by_incidents_and_by_rise_on_the_period_before(page: FinderPage) -> None:
    # The latest quarter of data, compared with the quarter before it.
    assert (page.from_month.currentText(), page.to_month.currentText()) == ("Jun 2021", "Aug 2021")
    assert page.method.text() == method_description(250)
    assert not page.make_button.isEnabled()
    page.find_button.click()
    # Jun-Aug against Mar-May, square by square (hotspot_store.SERIES); Barnet is outside.
    assert ranking(page.by_count, 0, 1, 2, 4, 5, 6, 7) == [
        ("1", "Supermarket", "Borehamwood Hillside", "36", "24", "12", "50%"),
        ("2", "Gregson Close", "Borehamwood Kenilworth", "20", "0", "20", "new"),
        ("3", "Supermarket", "Potters Bar Parkfield", "12", "4", "8", "200%"),
        ("4", "Maxwell Road", "Borehamwood Hillside", "5", "10", "-5", "-50%"),
        ("5", "Arundel Drive", "Borehamwood Hillside", "1", "9", "-8", "-88.9%"),
    ]
    assert ranking(page.by_rise, 1, 6) == [
        ("Gregson Close", "20"), ("Supermarket", "12"), ("Supermarket", "8")]
    assert page.by_count.proxy.index(0, 3).data() == "TQ 198 966"
    assert page.by_count.proxy.index(0, 8).data() == "Anti-social behaviour 27, Shoplifting 9"
    assert page.summary.text() == (
        "74 mapped incidents in Jun 2021 to Aug 2021, in 250 m squares; 47 in Mar 2021 to "
        "May 2021, the 3-month period before.")


def test_chosen_crime_types_and_square_size(page: FinderPage, messages: Any) -> None:
    page.no_types_button.click()
    assert page.types_button.text() == "No crime types"
    page.find_button.click()
    assert messages.errors == ["Tick at least one crime type to find hotspots for."]
    burglary = page.types_list.findItems("Burglary", Qt.MatchFlag.MatchExactly)[0]
    burglary.setCheckState(Qt.CheckState.Checked)
    assert page.types_button.text() == "Burglary"
    page.find_button.click()
    # Barnet's burglaries are outside the partnership: only Gregson Close is ranked.
    assert ranking(page.by_count, 1, 4, 5) == [("Gregson Close", "20", "0")]
    assert page.summary.text().startswith("20 mapped incidents of Burglary in Jun 2021 to Aug 2021")

    page.all_types_button.click()
    page.cell_size.setValue(1000)
    assert "squares of 1000 m by 1000 m" in page.method.text()
    page.find_button.click()
    # In 1 km squares the supermarket (36 and 24 before) and Maxwell Road (5 and 10) share one.
    assert ranking(page.by_count, 1, 4, 5)[0] == ("Supermarket", "41", "34")


def test_make_hotspot_names_it_and_it_appears_on_the_hotspots_page(
    page: FinderPage, store: Store, dialogs: Any, qtbot: Any
) -> None:
    page.find_button.click()
    page.by_rise.view.selectRow(0)
    assert page.make_button.isEnabled()
    made: list[object] = []
    page.hotspot_made.connect(made.append)
    refusals: list[str] = []

    def fill(dialog: Any) -> None:
        assert dialog.name.text() == "Gregson Close, Borehamwood Kenilworth"
        dialog.name.setText("oakmere park, potters bar")
        dialog.accept()
        refusals.append(dialog.field_error("name"))
        dialog.name.setText("Gregson Close burglaries")

    dialogs.will(fill)
    page.make_button.click()
    assert refusals == ["There is already a hotspot called 'oakmere park, potters bar'."]
    assert page.made_label.text() == (
        "Made the proposed hotspot 'Gregson Close burglaries'; it is on the Hotspots page, where "
        "you can add its owner and the rest.")
    assert len(made) == 1

    hotspots = HotspotsPage(store)
    window = show(qtbot, hotspots)
    assert hotspots.show_hotspot(made[0])  # type: ignore[arg-type]
    assert hotspots.list.current_row().name == "Gregson Close burglaries"
    assert hotspots.list.current_row().status == "proposed"
    assert hotspots.details.text("ward") == "Borehamwood Kenilworth"
    assert hotspots.details.text("source") == "Police analysis"
    assert hotspots.details.text("extent") == "Inside the drawn area"
    hotspots.tabs.setCurrentWidget(hotspots.incidents)
    hotspots.incidents.from_month.setCurrentIndex(hotspots.incidents.from_month.findData("2021-06"))
    # The hotspot is the candidate's square: its incidents are the ones the finder counted.
    assert hotspots.incidents.caption.text() == (
        "20 incidents inside the drawn area, Jun 2021 to Aug 2021.")
    window.close()


def test_without_crime_data_the_page_says_what_to_do(qtbot: Any, tmp_path: Path,
                                                     empty_template: Path) -> None:
    store = open_copy(empty_template, tmp_path / "empty.db")
    try:
        page = FinderPage(store)
        window = show(qtbot, page)
        assert page.summary.text() == NO_DATA
        assert not page.find_button.isEnabled()
        assert not page.make_button.isEnabled()
        window.close()
    finally:
        store.close()


def test_the_chosen_types_and_square_size_are_remembered(page: FinderPage, store: Store, qtbot: Any) -> None:
    page.no_types_button.click()
    page.types_list.findItems("Burglary", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Checked)
    page.cell_size.setValue(500)
    page.save_state()
    again = FinderPage(store)
    again.restore_state()  # as the main window does: before the page first reads the data
    window = show(qtbot, again)
    assert (again.types_button.text(), again.cell_size.value()) == ("Burglary", 500)
    assert again.chosen_types() == ["Burglary"]
    window.close()


def test_how_this_works_folds_away_leaving_room_for_the_lists(qtbot: Any, store: Store) -> None:
    page = FinderPage(store)
    page.restore_state()
    window = show(qtbot, page)
    window.resize(1366, 700)
    qtbot.waitExposed(window)
    assert page.method_open() and page.method_scroll.isVisible()
    assert page.method_toggle.text().replace("&", "") == "How this works"
    lists_before = page.splitter.height()
    # Space on the focused toggle folds it, as a click would.
    page.method_toggle.setFocus()
    qtbot.keyClick(page.method_toggle, Qt.Key.Key_Space)
    QApplication.processEvents()  # the layout gives the lists the room in a posted event
    assert not page.method_open() and not page.method_scroll.isVisible()
    assert page.method_toggle.isVisible()
    assert page.splitter.height() > lists_before + 3 * page.fontMetrics().lineSpacing()
    window.close()
    # Folded it stays, the next time the page is made.
    again = FinderPage(store)
    again.restore_state()
    other = show(qtbot, again)
    assert not again.method_open() and not again.method_scroll.isVisible()
    again.method_toggle.click()
    assert again.method_open() and again.method_scroll.isVisible()
    other.close()

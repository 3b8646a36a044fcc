"""The crime statistics page in the main window at the size of a 1366 x 768 laptop's screen less its
taskbar, on the demo store (January and February 2021 only): whole names on the chart, totals, and
what it says without a year before."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from jagdesk.gui.pages.places.stats_page import StatsPage
from tests.support.on_screen import table_rows


# At 1366 x 700, on the demo store (January and February 2021 only) -------------------------------
def open_stats_at_laptop_size(window: Any) -> StatsPage:
    """The main window at the size of a 1366 x 768 laptop's screen less its taskbar."""
    window.resize(1366, 700)
    page = window.page(StatsPage)
    window.show_page(window.pages.index(page))
    QApplication.processEvents()
    return page


def test_chart_names_every_crime_type_whole(window: Any) -> None:
    page = open_stats_at_laptop_size(window)
    for view in (page.year_on_year, page.baseline):
        page.tabs.setCurrentWidget(view)
        QApplication.processEvents()
        chart = view.chart
        names = [row[0] for row in table_rows(view.view)]
        drawn = chart.labels_shown()
        assert len(drawn) == 7  # six types and the rest as "Other types"
        assert all("…" not in name and "..." not in name for name in drawn), drawn
        assert set(drawn) - {"Other types"} <= set(names)
        assert [item.toolTip() for item in chart.category_labels] == drawn
        # Each name inside the chart, on the left of the plot, one above the other.
        plot = chart.chart().plotArea()
        tops = [item.sceneBoundingRect() for item in chart.category_labels]
        assert all(box.left() >= 0 and box.right() < plot.left() for box in tops)
        assert all(upper.bottom() <= lower.top() for upper, lower in zip(tops, tops[1:], strict=False))


def test_a_narrow_chart_elides_names_and_keeps_them_whole_in_tooltips(qtbot: Any) -> None:
    from jagdesk.gui.pages.places.crime_chart import CrimeChart

    chart = CrimeChart()
    qtbot.addWidget(chart)
    chart.resize(330, 260)
    chart.show()
    long_name = "Possession of weapons and other things of that kind"
    chart.show_comparison("Year on year", [long_name, "Drugs"], [("2021", [5, 3])])
    QApplication.processEvents()
    assert chart.labels_shown()[0].endswith("…") and chart.labels_shown()[1] == "Drugs"
    assert chart.category_labels[0].toolTip() == long_name


def test_totals_agree_with_the_rows_and_say_what_they_leave_out(window: Any) -> None:
    page = open_stats_at_laptop_size(window)
    page.tabs.setCurrentWidget(page.year_on_year)
    rows = table_rows(page.year_on_year.view)
    *types, with_asb, without_asb = rows
    count = {row[0]: int(row[1].replace(",", "")) for row in rows}
    assert with_asb[0] == "All crime and ASB"
    assert count["All crime and ASB"] == sum(count[row[0]] for row in types) == 1406
    assert without_asb[0] == "All crime (excluding ASB)"
    assert count["All crime (excluding ASB)"] == 1406 - count["Anti-social behaviour"] == 1099
    assert page.status_label.text().startswith("1,406 crimes and incidents")


def test_without_a_year_before_the_sentences_compare_nothing(window: Any) -> None:
    page = open_stats_at_laptop_size(window)
    page.tabs.setCurrentWidget(page.year_on_year)
    text = page.year_on_year.sentences.toPlainText()
    assert "There is nothing to compare these figures with: no police.uk data for Jan 2020 to " \
           "Feb 2020" in text
    assert "compared to the same period" not in text
    for word in ("Crime increase", "Crime decrease", "new", "more", "less"):
        assert word not in text, word
    assert "Burglary 56 offences" in text and "All crime (excluding ASB) 1099 offences" in text
    page.year_on_year.copy_button.click()
    assert "Crime increase" not in QGuiApplication.clipboard().text()
    # The table shows this period's counts; the year before, the change and the % are dashes.
    assert table_rows(page.year_on_year.view)[0][1:] == ["307", "—", "—", "—"]
    assert page.year_on_year.model.header()[2].endswith("(no data)")
    assert "nothing to compare with" in page.year_on_year.note.text()
    assert len(page.year_on_year.chart.chart().series()[0].barSets()) == 1  # this period only


def test_the_baseline_starts_a_year_before_and_says_there_is_no_data(window: Any) -> None:
    page = open_stats_at_laptop_size(window)
    page.tabs.setCurrentWidget(page.baseline)
    QApplication.processEvents()
    assert page.baseline.chosen_first() == "2020-01"
    assert page.baseline.baseline_first.currentText() == "Jan 2020 (no data)"
    assert page.baseline.note.isVisible()
    assert page.baseline.note.text().startswith(
        "No police.uk data for Jan 2020 to Feb 2020 (the baseline) has been imported")
    rows = table_rows(page.baseline.view)
    assert {row[1] for row in rows} == {"—"}  # no baseline, rather than a baseline of 0
    assert {row[-1] for row in rows} == {"—"}  # so no target is met, or missed
    # The months with data can still be chosen, and say nothing of missing data.
    assert page.baseline.baseline_first.itemText(
        page.baseline.baseline_first.findData("2021-01")) == "Jan 2021"

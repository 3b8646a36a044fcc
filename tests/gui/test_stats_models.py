"""The crime statistics page's table models on a real store of crimes month by month: Qt's model
contract, totals kept last whatever the sort, and only the baseline targets editable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from jagdesk.domain.common.periods import MonthRange
from jagdesk.gui.models.baseline_model import BaselineModel
from jagdesk.gui.models.stats_models import (
    COL_MET,
    COL_TARGET,
    StatsTableModel,
    monthly_cells,
    year_on_year_cells,
)
from jagdesk.gui.models.totals_last_proxy import TotalsLastProxy
from jagdesk.services.places.crime_areas import find_area
from jagdesk.services.places.crime_stats import baseline_table, monthly_counts, year_on_year
from jagdesk.store.opening import Store
from tests.support.stats_store import JAN_FEB_2021


def test_models_keep_qts_model_contract_and_totals_stay_last(qtmodeltester: Any,
                                                             stats_copy: Store) -> None:
    with stats_copy.unit_of_work() as uow:
        area = find_area(uow.session, "locality:Borehamwood")
        monthly = monthly_counts(uow.session, area, JAN_FEB_2021)
        yoy = year_on_year(uow.session, area, JAN_FEB_2021)
        baseline = baseline_table(uow.session, area, JAN_FEB_2021, {"Burglary": 10, "Shoplifting": 0},
                                  baseline_period=MonthRange("2020-01", "2020-02"))
    model = StatsTableModel()
    model.set_cells(monthly.header(), monthly_cells(monthly), totals=1)
    qtmodeltester.check(model)
    proxy = TotalsLastProxy()
    proxy.setSourceModel(model)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(3, order)
        column = [proxy.index(r, 3).data() for r in range(proxy.rowCount())]
        assert proxy.index(proxy.rowCount() - 1, 0).data() == "All types"
        numbers = [int(n.replace(",", "")) for n in column[:-1]]
        assert numbers == sorted(numbers, reverse=order == Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    model.set_cells(yoy.header(), year_on_year_cells(yoy), totals=1)
    qtmodeltester.check(model)
    editable = BaselineModel()
    editable.set_table(baseline)
    qtmodeltester.check(editable)
    assert editable.flags(editable.index(0, COL_TARGET)) & Qt.ItemFlag.ItemIsEditable
    assert not editable.flags(editable.index(0, COL_MET)) & Qt.ItemFlag.ItemIsEditable
    assert editable.index(0, COL_TARGET).data(Qt.ItemDataRole.EditRole) == 10.0
    assert not editable.setData(QModelIndex(), 5)
    assert QApplication.instance() is not None

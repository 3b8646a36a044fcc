"""The meetings list's choice of series: every series, or one."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from jagdesk.gui.pages.meetings.meeting_reading import ALL_SERIES
from jagdesk.services import meetings as svc


class SeriesFilter(QComboBox):
    """Every series, or one; filled again whenever the page reads the series, keeping the choice."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Show meetings of the series")
        self.addItem("All series", ALL_SERIES)
        # As wide as a short name, not the longest ("Borehamwood Crime Reduction Group"), so that
        # the search box beside it keeps its room (the list that drops down still shows names whole).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(11)
        self.currentIndexChanged.connect(lambda _i: self.setToolTip(self.currentText()))
        self.wanted: str | None = None  # the series kept from the last start, chosen once read

    def series_id(self) -> uuid.UUID | None:
        """The series chosen; None for every series."""
        chosen = self.currentData()
        return None if chosen == ALL_SERIES else chosen

    def fill(self, series: Sequence[svc.SeriesRow]) -> None:
        """The series again, the one chosen (or wanted) still chosen."""
        current = self.wanted or str(self.currentData())
        self.wanted = None
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem("All series", ALL_SERIES)
            for row in series:
                self.addItem(row.name, row.id)
            self.choose(current)
        finally:
            self.blockSignals(False)

    def choose(self, value: object) -> None:
        """Choose the series `value` (ALL_SERIES for every series) without saying so."""
        index = next((i for i in range(self.count()) if str(self.itemData(i)) == str(value)), 0)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        self.setToolTip(self.currentText())  # the name whole, when the box cuts it short

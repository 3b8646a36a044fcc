"""The partnership's CCTV lists in one window, a tab each: authorising officers, offences (the
crime threshold), the deployment criteria, and how long the central record keeps an authorisation.
Tables computed from the data, so laid out in code."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.cctv.deployments import PLANNED_MONTHS
from jagdesk.gui.dialogs.cctv.list_tabs import (
    CRITERION_COLUMNS,
    OFFENCE_COLUMNS,
    OFFICER_COLUMNS,
    CriterionTab,
    ListTab,
    OffenceTab,
    OfficerTab,
)
from jagdesk.gui.operations import attempt
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services.cctv.settings import (
    FEWEST_MONTHS,
    FEWEST_YEARS,
    MOST_MONTHS,
    MOST_YEARS,
    cctv_settings,
    save_planned_months,
    save_retention_years,
)
from jagdesk.store.opening import Store

TABS = ("officers", "offences", "criteria", "retention")  # the last: retention and planned months
PLANNED_TEXT = ("A mobile camera's planned end is this many months after it goes up (the officer can "
                "give another when recording the installation); past it without a decision, the "
                "deployment is flagged on the dashboard.")
RETENTION_TEXT = (
    "The central record keeps each authorisation for the years below after it was cancelled or "
    "ended (or refused by the magistrate); then it is listed as due for review on the Covert CCTV "
    "page, where it can be destroyed. IPCO expects at least 5 years.")


class ListsDialog(QDialog):
    """Keep the partnership's CCTV lists: add, change, retire or bring back a line, and reorder
    the deployment criteria."""

    def __init__(self, store: Store, today: date, tab: str = "officers",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CCTV lists")
        self.resize(1040, 560)
        self.store, self.today = store, today
        self.tabs = QTabWidget()
        self.officers = OfficerTab(self, store, today, RecordTable(
            "Authorising officers", "officer", OFFICER_COLUMNS))
        self.offences = OffenceTab(self, store, today, RecordTable(
            "Offences", "offence", OFFENCE_COLUMNS))
        self.criteria = CriterionTab(self, store, today, RecordTable(
            "Deployment criteria", "criterion", CRITERION_COLUMNS))
        self.officers.table.set_empty_text("No authorising officers yet: press New officer to add "
                                           "a designated officer (Director, Head of Service or "
                                           "equivalent).")
        for list_tab, label in ((self.officers, "Authorising &officers"),
                                (self.offences, "O&ffences"),
                                (self.criteria, "Deployment &criteria")):
            self.tabs.addTab(list_tab.table, label)
        self.tabs.addTab(self._retention_tab(), "Se&ttings")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        for kept in self.lists():
            kept.refresh()
        self.tabs.setCurrentIndex(TABS.index(tab))

    def lists(self) -> tuple[ListTab, ...]:
        return (self.officers, self.offences, self.criteria)

    def _retention_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        explained = QLabel(RETENTION_TEXT)
        explained.setWordWrap(True)
        form.addRow(explained)
        self.years = QSpinBox()
        self.years.setRange(FEWEST_YEARS, MOST_YEARS)
        self.years.setSuffix(" years")
        self.years.setAccessibleName("Years the central record keeps an authorisation")
        self.save_years = QPushButton("&Save the retention period")
        self.save_years.clicked.connect(self.save_retention)
        form.addRow("&Keep for:", self.years)
        form.addRow("", self.save_years)
        self.years_said = QLabel("")
        form.addRow(self.years_said)
        self.months = QSpinBox()
        self.months.setRange(FEWEST_MONTHS, MOST_MONTHS)
        self.months.setSuffix(" months")
        self.months.setAccessibleName("Months a mobile camera is planned to stay up")
        self.save_months = QPushButton("Save the &planned months")
        self.save_months.clicked.connect(self.save_planned_months)
        form.addRow(QLabel(PLANNED_TEXT, wordWrap=True))
        form.addRow("&Mobile cameras up for:", self.months)
        form.addRow("", self.save_months)
        self.months_said = QLabel("")
        form.addRow(self.months_said)
        settings = attempt(self, self.store, cctv_settings)
        self.settings_version = settings.version if settings else 0
        self.years.setValue(settings.retention_years if settings else FEWEST_YEARS)
        self.months.setValue(settings.planned_months if settings else PLANNED_MONTHS)
        return page

    def save_planned_months(self) -> None:
        """Save the planned months (refused outside 1 to 24, nothing changed)."""
        months, version = self.months.value(), self.settings_version
        saved = attempt(self, self.store, lambda uow: save_planned_months(uow, months, version))
        if saved is not None:
            self.settings_version = saved.version
            self.months_said.setText(f"Saved: a mobile camera is planned to stay up {saved.planned_months} "
                                     "months after it goes up, unless the officer gives another.")

    def save_retention(self) -> None:
        """Save the years (refused outside 5 to 99, nothing changed)."""
        years, version = self.years.value(), self.settings_version
        saved = attempt(self, self.store, lambda uow: save_retention_years(uow, years, version))
        if saved is not None:
            self.settings_version = saved.version
            self.years_said.setText(f"Saved: authorisations are kept {saved.retention_years} years "
                                    "after their cancellation or end.")

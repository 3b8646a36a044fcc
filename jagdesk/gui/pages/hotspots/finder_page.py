"""The hotspot finder page: rank grid squares by incidents and by their rise, and make a hotspot
of a square with one click."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.common.periods import MonthRange
from jagdesk.gui import prompts
from jagdesk.gui.background import run_with_progress
from jagdesk.gui.dialogs.hotspots.make_hotspot_dialog import MakeHotspotDialog
from jagdesk.gui.models.row_table_model import Column
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.common.page import Page
from jagdesk.gui.pages.hotspots.hotspot_incidents import default_range, fill_months
from jagdesk.gui.widgets.crime_type_picker import CrimeTypePicker
from jagdesk.gui.widgets.labels import buddy_label
from jagdesk.gui.widgets.record_table import RecordTable
from jagdesk.services.hotspots import finder
from jagdesk.services.hotspots.hotspots import HotspotRow
from jagdesk.services.places.crime_stats import crime_types, data_months
from jagdesk.store.opening import Store

NO_DATA = ("No crime data yet: import the police.uk street-level files to find the places with "
           "the most incidents in them.")
BEFORE_FIND = "Choose the crime types, the months and the size of square, then press Find."
METHOD_TITLE = "&How this works"
METHOD_SETTING = "method_open"  # kept as FinderPage/method_open


@dataclass(frozen=True)
class Ranked:
    """A candidate square at its place in one of the rankings."""

    rank: int
    candidate: finder.Candidate


def _near(candidate: finder.Candidate) -> str:
    return candidate.top_location.removeprefix("On or near ")


COLUMNS = [
    Column("#", lambda r: r.rank),
    Column("Near", lambda r: _near(r.candidate)),
    Column("Ward", lambda r: r.candidate.ward_name),
    Column("Grid ref", lambda r: r.candidate.grid_reference),
    Column("Incidents", lambda r: r.candidate.count),
    Column("Before", lambda r: r.candidate.previous_count),
    Column("Change", lambda r: r.candidate.change),
    Column("% change", lambda r: r.candidate.change_pct_text),
    Column("Mostly", lambda r: r.candidate.top_types_text),
]


def default_length(months: Sequence[str]) -> int:
    """A quarter, or less when there is too little data for the period before to hold any."""
    return max(1, min(3, len(months) // 2))


class FinderPage(Page):
    """Choices across the top, the two rankings, and how the finder works in words."""

    title = "Hotspot finder"
    hotspot_made = Signal(object)  # the id of a hotspot made from a candidate

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.result: finder.FinderResult | None = None
        self.months: list[str] = []
        self._pending_unticked: set[str] | None = None
        self._build_choices()
        self.summary = QLabel(BEFORE_FIND)
        self.summary.setWordWrap(True)
        self.by_count = self._ranking("Most incidents")
        self.by_rise = self._ranking("Biggest rise on the period before")
        self.make_button = QPushButton("&Make hotspot…")
        self.make_button.setToolTip("Make the selected square a proposed hotspot")
        self.made_label = QLabel()
        self.made_label.setWordWrap(True)
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.method.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # In a scroll area: on a small screen the text scrolls rather than squeezing the rankings.
        self.method_scroll = QScrollArea()
        self.method_scroll.setWidgetResizable(True)
        self.method_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.method_scroll.setWidget(self.method)
        # Folds away, leaving the rankings the room; open or folded as the user last left it.
        self.method_toggle = QToolButton()
        self.method_toggle.setText(METHOD_TITLE)
        self.method_toggle.setAccessibleName("How this works")
        self.method_toggle.setToolTip("Show or hide how the finder counts and ranks the squares")
        self.method_toggle.setCheckable(True)
        self.method_toggle.setChecked(True)
        self.method_toggle.setAutoRaise(True)
        self.method_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.method_toggle.setArrowType(Qt.ArrowType.DownArrow)
        method_box = QWidget()
        method_layout = QVBoxLayout(method_box)
        method_layout.setContentsMargins(0, 0, 0, 0)
        method_layout.setSpacing(2)
        method_layout.addWidget(self.method_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        method_layout.addWidget(self.method_scroll)
        rise_pane = QWidget()
        rise_layout = QVBoxLayout(rise_pane)
        rise_layout.setContentsMargins(0, 0, 0, 0)
        rise_layout.addWidget(self.by_rise, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.make_button)
        actions.addWidget(self.made_label, 1)
        rise_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.by_count)
        self.splitter.addWidget(rise_pane)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.choices_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(method_box)
        self._connect_signals()
        self._show_method()
        self._show_ranking(None)

    def _build_choices(self) -> None:
        self.types_button = CrimeTypePicker()
        # The picker's parts, by the names the page has always given them.
        self.types_list = self.types_button.types_list
        self.all_types_button = self.types_button.all_button
        self.no_types_button = self.types_button.none_button
        self.from_month = QComboBox()
        self.from_month.setAccessibleName("First month")
        self.to_month = QComboBox()
        self.to_month.setAccessibleName("Last month")
        self.cell_size = QSpinBox()
        self.cell_size.setAccessibleName("Size of square")
        self.cell_size.setRange(finder.MIN_CELL_M, finder.MAX_CELL_M)
        self.cell_size.setSingleStep(50)
        self.cell_size.setSuffix(" m")
        self.cell_size.setValue(finder.DEFAULT_CELL_M)
        self.find_button = QPushButton("&Find")
        self.choices_row = QHBoxLayout()
        for widget in (buddy_label("&Crime types:", self.types_button), self.types_button,
                       buddy_label("M&onths:", self.from_month), self.from_month,
                       buddy_label("to", self.to_month), self.to_month,
                       buddy_label("&Squares of:", self.cell_size), self.cell_size,
                       self.find_button):
            self.choices_row.addWidget(widget)
        self.choices_row.addStretch(1)

    def _ranking(self, title: str) -> RecordTable:
        table = RecordTable(title, "candidate", COLUMNS)
        for widget in (table.search, table.new_button, table.edit_button, table.delete_button):
            widget.hide()
        table.view.setWordWrap(False)  # one line a square; the cell's tooltip has it all
        return table

    def _connect_signals(self) -> None:
        self.find_button.clicked.connect(self.run_search)
        self.method_toggle.toggled.connect(self._on_method_toggle_toggled)
        self.make_button.clicked.connect(lambda: self.make_hotspot())
        self.cell_size.valueChanged.connect(self._show_method)
        self.from_month.currentIndexChanged.connect(self._on_from_month_current_index_changed)
        self.to_month.currentIndexChanged.connect(self._on_to_month_current_index_changed)
        for table, other in ((self.by_count, self.by_rise), (self.by_rise, self.by_count)):
            table.current_changed.connect(
                lambda row, other=other: self._on_ranking_current_changed(row, other))
            table.edit_requested.connect(self.make_hotspot)

    # The page interface --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the months and crime types of the data again; the rankings stay until the next Find."""
        loaded = attempt(self, self.store, lambda uow: (data_months(uow.session), crime_types(uow.session)))
        if loaded is None:
            return
        months, types = loaded
        first, last = self.from_month.currentData(), self.to_month.currentData()
        if first not in months or last not in months:
            first, last = default_range(months, default_length(months)) if months else ("", "")
        self.months = months
        fill_months(self.from_month, months, first)
        fill_months(self.to_month, months, last)
        self._fill_types(types)
        for widget in (self.types_button, self.from_month, self.to_month, self.cell_size,
                       self.find_button):
            widget.setEnabled(bool(months))
        if not months:
            self.summary.setText(NO_DATA)
        elif self.result is None:
            self.summary.setText(BEFORE_FIND)

    def new_record(self) -> None:
        """Ctrl+N: make a hotspot of the selected square."""
        self.make_hotspot()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_method()

    def _fit_method(self) -> None:
        """The whole explanation when it takes at most a quarter of the page; else it scrolls."""
        # The box's width less the margins around it and a scroll bar (the layout sets the exact
        # width after this event, so it is worked out from the page's).
        needed = self.method.heightForWidth(max(self.width() - 60, 200))
        line = self.method.fontMetrics().lineSpacing()
        self.method_scroll.setFixedHeight(max(4 * line, min(needed + line // 2, self.height() // 4)))

    def method_open(self) -> bool:
        """Whether "How this works" is unfolded."""
        return self.method_toggle.isChecked()

    def save_state(self) -> None:
        self.save_setting(METHOD_SETTING, "1" if self.method_open() else "0")
        super().save_state()
        self.save_options({"cell_size_m": self.cell_size.value(), "unticked": sorted(self._unticked())})

    def restore_state(self) -> None:
        opened = self.load_setting(METHOD_SETTING)
        if opened is not None:
            self.method_toggle.setChecked(opened != "0")
        super().restore_state()
        options = self.load_options()
        if isinstance(options.get("cell_size_m"), int):
            self.cell_size.setValue(options["cell_size_m"])
        unticked = options.get("unticked")
        if isinstance(unticked, list):
            # The types come with the data (refresh), which may be read after this.
            self._pending_unticked = {str(name) for name in unticked}
            if self.types_list.count():
                self._fill_types([self.types_list.item(i).text()
                                  for i in range(self.types_list.count())])

    # Choices -------------------------------------------------------------------------------------
    def period(self) -> MonthRange | None:
        first, last = self.from_month.currentData(), self.to_month.currentData()
        if not first or not last:
            return None
        return MonthRange(min(first, last), max(first, last))

    def chosen_types(self) -> list[str] | None:
        """The ticked crime types; None when all are ticked (every type, with any new ones)."""
        return self.types_button.chosen()

    def _unticked(self) -> set[str]:
        return self.types_button.unticked()

    def _fill_types(self, types: Sequence[str]) -> None:
        """List the crime types, ticked as before (or as remembered from the last run)."""
        pending, self._pending_unticked = self._pending_unticked, None
        self.types_button.set_types(types)
        for name in pending or ():
            self.types_button.set_checked(name, False)

    def _show_method(self, _value: int = 0) -> None:
        self.method.setText(finder.method_description(self.cell_size.value()))
        self._fit_method()

    # Finding -------------------------------------------------------------------------------------
    def run_search(self) -> None:
        """Rank the squares for the chosen types, months and size, off the GUI thread."""
        period, types, cell = self.period(), self.chosen_types(), self.cell_size.value()
        if period is None:
            return
        if types == []:
            prompts.show_error(self, "Tick at least one crime type to find hotspots for.")
            return
        store = self.store

        def job(_report: Any, cancelled: Any) -> finder.FinderResult | None:
            # The worker thread has its own unit of work and touches no widget. It does not
            # report progress: run_with_progress would update its dialog from this thread.
            with store.unit_of_work() as uow:
                result = finder.find_hotspots(uow, period, types, cell)
            return None if cancelled() else result

        task = run_with_progress(self, f"Finding hotspots in {period.title}…", job)
        # A result means the work was done: the progress dialog also says "cancel" as it closes.
        if task.error:
            prompts.show_error(self, task.error)
        elif task.result is None:
            self.tell("The search was cancelled; the lists show the last one.")
        else:
            self._show_ranking(task.result)

    def _show_ranking(self, result: finder.FinderResult | None) -> None:
        self.result = result
        self.by_count.set_rows([Ranked(i, c) for i, c in enumerate(result.by_count, 1)] if result else [])
        self.by_rise.set_rows([Ranked(i, c) for i, c in enumerate(result.by_rise, 1)] if result else [])
        self.made_label.setText("")
        if result is None:  # the summary above says what to do
            for table in (self.by_count, self.by_rise):
                table.set_empty_text("")
                table.empty_label.hide()
            self._update_make_button()
            return
        types = "incidents" if result.crime_types is None else (
            f"incidents of {', '.join(result.crime_types)}" if len(result.crime_types) <= 3
            else f"incidents of {len(result.crime_types)} crime types")
        self.by_count.set_empty_text(f"No mapped {types} in {result.period.title}.")
        self.by_rise.set_empty_text(f"No square had more {types} than in {result.previous_period.title}.")
        text = (f"{result.incidents:,} mapped {types} in {result.period.title}, in "
                f"{result.cell_size_m} m squares; {result.previous_incidents:,} in "
                f"{result.previous_period.title}, the {result.period.length}-month period before.")
        if not set(result.previous_period.months) & set(self.months):
            text += (f" There is no crime data for {result.previous_period.title}, so every square "
                     "is new and the rise is simply the count.")
        self.summary.setText(text)
        self._update_make_button()

    def selected(self) -> Ranked | None:
        """The candidate selected in either ranking."""
        row: Ranked | None = self.by_count.current_row() or self.by_rise.current_row()
        return row

    def make_hotspot(self, ranked: Ranked | None = None) -> HotspotRow | None:
        """Ask for a name and make the selected square a proposed hotspot; tell the user."""
        ranked = ranked or self.selected()
        if ranked is None:
            return None
        candidate = ranked.candidate

        def save(name: str) -> HotspotRow:
            return call(self.store, lambda uow: finder.make_hotspot(uow, candidate, name))

        saved: HotspotRow | None = MakeHotspotDialog.ask(self, save, candidate)
        if saved is not None:
            message = (f"Made the proposed hotspot '{saved.name}'; it is on the Hotspots page, "
                       "where you can add its owner and the rest.")
            self.made_label.setText(message)
            self.tell(message)
            self.hotspot_made.emit(saved.id)
        return saved

    # Slots and helpers ---------------------------------------------------------------------------
    def _on_method_toggle_toggled(self, opened: bool) -> None:
        self.method_scroll.setVisible(opened)
        self.method_toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.save_setting(METHOD_SETTING, "1" if opened else "0")

    def _update_make_button(self) -> None:
        self.make_button.setEnabled(self.selected() is not None)

    def _on_ranking_current_changed(self, row: Any, other: RecordTable) -> None:
        if row is not None:
            # One candidate at a time: Make hotspot acts on the one last picked.
            other.view.clearSelection()
        self._update_make_button()

    def _on_from_month_current_index_changed(self, _index: int) -> None:
        first, last = self.from_month.currentData(), self.to_month.currentData()
        if first and last and first > last:
            self.to_month.blockSignals(True)
            self.to_month.setCurrentIndex(self.from_month.currentIndex())
            self.to_month.blockSignals(False)

    def _on_to_month_current_index_changed(self, _index: int) -> None:
        first, last = self.from_month.currentData(), self.to_month.currentData()
        if first and last and last < first:
            self.from_month.blockSignals(True)
            self.from_month.setCurrentIndex(self.to_month.currentIndex())
            self.from_month.blockSignals(False)

"""The Analysis tab of a case: the triangle at the top with a button for a new action on the side
the keyboard is on, and under it each side in full: what is known, its controller, the people (and,
for the location, the hotspots) linked, and its repeats."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.problem_solving.vocabulary import REPEAT_NAMES, Repeat, Side, Triangle
from jagdesk.gui.dialogs.common.fields import tab_chain, text_box
from jagdesk.gui.pages.cases_overview import Choices
from jagdesk.gui.pages.cases_parts import CaseTab, check_list, checked_values
from jagdesk.gui.widgets.triangle_widget import COLOURS, TriangleWidget, new_action_text
from jagdesk.services.problem_solving.cases import CaseDetail, CasePersonRow

# Each side's fields in CaseInput: (description, controller).
FIELDS = {Side.VICTIM: ("victim_description", "guardian"),
          Side.LOCATION: ("location_description", "place_manager"),
          Side.OFFENDER: ("offender_description", "handler")}
PROMPTS = {
    Side.VICTIM: ("Who or what is harmed: people, businesses, property", "Who protects them"),
    Side.LOCATION: ("The place: what about it lets the problem happen", "Who looks after the place"),
    Side.OFFENDER: ("Who causes the problem, and why", "Who has influence over them"),
}
SECTION_ORDER = (Side.VICTIM, Side.LOCATION, Side.OFFENDER)


def person_text(row: CasePersonRow) -> str:
    role = f" — {row.role}" if row.role else ""
    flags = f" ({row.flags_text})" if row.flags_text else ""
    return f"{row.name}{role}{flags}"


class SideSection(QGroupBox):
    """One side of the triangle, in full."""

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(side.label, parent)
        self.side = side
        self.setAccessibleName(f"{side.label} side")
        self.setStyleSheet(f"QGroupBox::title {{ color: {COLOURS[side].name()}; font-weight: bold; }}")
        self.description = text_box("", 58, PROMPTS[side][0])
        self.controller = text_box("", 40, PROMPTS[side][1])
        self.people = QListWidget()
        self.people.setAccessibleName(f"People linked on the {side.label.lower()} side")
        self.no_people = QLabel("No one linked yet.")
        self.no_people.setStyleSheet("color: palette(placeholder-text);")
        self.link_button = QPushButton("Link a &person…" if side == Side.VICTIM else "Link a person…")
        self.unlink_button = QPushButton("Remove link")
        self.hotspots = check_list("Hotspots linked to the case", [], [], 110) if side == Side.LOCATION \
            else None
        self.repeats = QLabel()
        self.repeats.setWordWrap(True)
        self.repeats.setTextFormat(Qt.TextFormat.RichText)
        self.repeats.setAccessibleName(f"Repeats on the {side.label.lower()} side")
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        people = QWidget()
        column = QVBoxLayout(people)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.people)
        column.addWidget(self.no_people)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.people_holder = people

    def show_people(self, rows: Sequence[CasePersonRow]) -> None:
        self.people.clear()
        for row in rows:
            item = QListWidgetItem(person_text(row), self.people)
            item.setData(Qt.ItemDataRole.UserRole, row)
        # As tall as its rows (a case has a few people a side), up to four before it scrolls.
        row_height = self.people.fontMetrics().height() + 4
        self.people.setFixedHeight(row_height * min(max(len(rows), 1), 4) + 6)
        self.people.setVisible(bool(rows))
        self.no_people.setVisible(not rows)
        self.unlink_button.setEnabled(bool(rows))

    def show_repeats(self, repeats: Sequence[Repeat]) -> None:
        lines = [f"<b>{html.escape(REPEAT_NAMES[r.side].capitalize())}: {html.escape(r.subject)}.</b> "
                 f"{html.escape(r.detail)}" for r in repeats]
        self.repeats.setText("<br>".join(f"<span style='color: #c25e00'>⚑</span> {line}"
                                         for line in lines))
        self.repeats.setVisible(bool(lines))

    def selected_link(self) -> CasePersonRow | None:
        item = self.people.currentItem()
        row = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return row if isinstance(row, CasePersonRow) else None


class AnalysisTab(CaseTab):
    """The triangle, and each side in full."""

    link_requested = Signal(str)  # the side
    unlink_requested = Signal(object)  # the CasePersonRow
    action_requested = Signal(str)  # a new action on this side

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.triangle = TriangleWidget()
        self.triangle.setMinimumHeight(320)
        self.sections = {side: SideSection(side) for side in SECTION_ORDER}
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.triangle)
        self.help_text = QLabel("Click a side of the triangle, or use the arrow keys and Enter, to "
                                "work on it; right-click it, or press the Menu key, for a new action "
                                "on that side.")
        self.help_text.setWordWrap(True)
        self.help_text.setStyleSheet("color: palette(placeholder-text);")
        # Beside the drawing: a new action on the side last clicked or reached with the arrow keys.
        self.new_action_button = QPushButton(new_action_text(self.triangle.current))
        self.new_action_button.setToolTip("Agree a new action on this side of the triangle (the side "
                                          "clicked last, or chosen with the arrow keys)")
        under = QHBoxLayout()
        under.addWidget(self.help_text, 1)
        under.addWidget(self.new_action_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(under)
        for side, section in self.sections.items():
            description, controller = FIELDS[side]
            self.add_field(section.form, description, "&Description:" if side == Side.VICTIM
                           else "Description:", section.description)
            self.add_field(section.form, controller, f"{side.controller}:", section.controller)
            if section.hotspots is not None:
                self.add_field(section.form, "hotspot_ids", "&Hotspots:", section.hotspots)
            section.form.addRow("People:", section.people_holder)
            section.form.addRow("", section.repeats)
            column.addWidget(section)
            section.link_button.clicked.connect(lambda _=False, s=side: self.link_requested.emit(s.value))
            section.unlink_button.clicked.connect(lambda _=False, s=section: self._unlink(s))
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(self.save_row())
        self.triangle.currentChanged.connect(self._on_triangle_current_changed)
        self.triangle.actionRequested.connect(self.action_requested)
        self.new_action_button.clicked.connect(self._on_new_action_button_clicked)
        chain: list[QWidget] = [self.triangle, self.new_action_button]
        for section in self.sections.values():
            chain += [section.description, section.controller]
            chain += [section.hotspots] if section.hotspots is not None else []
            chain += [section.people, section.link_button, section.unlink_button]
        tab_chain(*chain, self.save_button)

    def show_case(self, detail: CaseDetail, lists: Choices, triangle: Triangle,
                  repeats: Sequence[Repeat]) -> None:
        self.triangle.set_triangle(triangle)
        for side, section in self.sections.items():
            section.show_people([p for p in detail.people if p.side == side])
            section.show_repeats([r for r in repeats if r.side == side])
        if self.dirty:
            return

        def fill() -> None:
            for side, section in self.sections.items():
                description, controller = FIELDS[side]
                section.description.setPlainText(getattr(detail, description))
                section.controller.setPlainText(getattr(detail, controller))
            places = self.sections[Side.LOCATION].hotspots
            assert places is not None
            places.clear()
            fresh = check_list("", [(h.name, h.id) for h in lists.hotspots], detail.hotspot_ids)
            while fresh.count():
                places.addItem(fresh.takeItem(0))

        self.fill(fill)

    def focus_side(self, side: str) -> None:
        """Bring a side's section into view and put the cursor in its description."""
        section = self.sections[Side(side)]
        self.scroller.ensureWidgetVisible(section, 0, 0)
        self.scroller.verticalScrollBar().setValue(section.y())
        section.description.setFocus()

    def _on_triangle_current_changed(self, side: str) -> None:
        self.new_action_button.setText(new_action_text(Side(side)))

    def _on_new_action_button_clicked(self) -> None:
        self.action_requested.emit(self.triangle.current.value)

    def _unlink(self, section: SideSection) -> None:
        link = section.selected_link()
        if link is None and section.people.count() == 1:
            link = section.people.item(0).data(Qt.ItemDataRole.UserRole)
        if link is not None:
            self.unlink_requested.emit(link)

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for side, section in self.sections.items():
            description, controller = FIELDS[side]
            found[description] = section.description.toPlainText()
            found[controller] = section.controller.toPlainText()
        places = self.sections[Side.LOCATION].hotspots
        assert places is not None
        found["hotspot_ids"] = checked_values(places)
        return found

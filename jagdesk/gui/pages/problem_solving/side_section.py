"""One side of the triangle on a case's Analysis tab: what is known of it, its controller, and the
people linked on it."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jagdesk.domain.problem_solving.vocabulary import REPEAT_NAMES, Repeat, Side
from jagdesk.gui.dialogs.common.fields import text_box
from jagdesk.gui.pages.problem_solving.check_boxes import check_list
from jagdesk.gui.pages.problem_solving.triangle_widget import COLOURS
from jagdesk.services.problem_solving.cases import CasePersonRow


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


PROMPTS = {
    Side.VICTIM: ("Who or what is harmed: people, businesses, property", "Who protects them"),
    Side.LOCATION: ("The place: what about it lets the problem happen", "Who looks after the place"),
    Side.OFFENDER: ("Who causes the problem, and why", "Who has influence over them"),
}


def person_text(row: CasePersonRow) -> str:
    role = f" — {row.role}" if row.role else ""
    flags = f" ({row.flags_text})" if row.flags_text else ""
    return f"{row.name}{role}{flags}"

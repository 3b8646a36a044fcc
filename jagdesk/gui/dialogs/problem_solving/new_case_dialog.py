"""A new problem-solving case: its title, the problem, when it was opened, the owner, the review."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from jagdesk.gui.dialogs.common.fields import Save, choices, date_edit, picked_day, tab_chain, text_box
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.gui.pages.cases_parts import OptionalDate
from jagdesk.services.problem_solving.cases import CaseInput
from jagdesk.services.reference.agencies import ContactRow


class NewCaseDialog(RecordDialog):
    """Open a case: its title, the problem statement, when it was opened, the owner, the review."""

    def __init__(self, save: Save, contacts: Sequence[ContactRow], parent: QWidget | None = None) -> None:
        super().__init__("New problem-solving case", save, parent)
        self.setMinimumWidth(560)
        self.name = QLineEdit()
        self.name.setPlaceholderText("For example: Street drinking at Shenley Road shops")
        self.behaviour = text_box("", 56, "What is happening: the behaviour people complain of")
        self.place = text_box("", 56, "Where exactly: the street, shop, park or block")
        self.time_pattern = text_box("", 56, "When: days, times, season")
        self.opened_on = date_edit()
        self.owner = QComboBox()
        choices(self.owner, [("(no owner yet)", None)]
                + [(f"{c.name}, {c.agency_name}", c.id) for c in contacts], None)
        self.review_on = OptionalDate()
        hint = QLabel("The reference (PS-year-number) is given when you save. The objective, "
                      "scanning, analysis, response and assessment follow on the case's tabs.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.form.addRow(hint)
        self.add_field("name", "&Title:", self.name)
        self.add_field("behaviour", "&Behaviour:", self.behaviour)
        self.add_field("place", "&Place:", self.place)
        self.add_field("time_pattern", "T&ime:", self.time_pattern)
        self.add_field("opened_on", "&Opened on:", self.opened_on)
        self.add_field("owner_id", "O&wner:", self.owner)
        self.add_field("review_on", "&Review on:", self.review_on)
        tab_chain(self.name, self.behaviour, self.place, self.time_pattern, self.opened_on,
                  self.owner, self.review_on.edit)
        self.name.setFocus()

    def values(self) -> CaseInput:
        return CaseInput(name=self.name.text(), opened_on=picked_day(self.opened_on),
                         behaviour=self.behaviour.toPlainText(), place=self.place.toPlainText(),
                         time_pattern=self.time_pattern.toPlainText(), owner_id=self.owner.currentData(),
                         review_on=self.review_on.value())


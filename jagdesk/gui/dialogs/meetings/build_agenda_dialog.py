"""The agenda builder's proposals, each with its reason; the checked ones are added."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QWidget

from jagdesk.domain.meetings.vocabulary import ItemKind
from jagdesk.gui.dialogs.common.fields import Save
from jagdesk.gui.dialogs.common.record_dialog import RecordDialog
from jagdesk.services.meetings.agenda_builder import Proposal


class BuildAgendaDialog(RecordDialog):
    """The items the store suggests, each with its reason; the checked ones are added."""

    def __init__(self, save: Save, proposals: Sequence[Proposal], parent: QWidget | None = None) -> None:
        super().__init__("Build the agenda", save, parent)
        self.setMinimumSize(900, 460)
        self.proposals = list(proposals)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(["Item", "Why"])
        self.list.setAccessibleName("Proposed items")
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 360)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for index, proposal in enumerate(self.proposals):
            item = QTreeWidgetItem([proposal.name, proposal.reason])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            kind = ItemKind(proposal.kind).label if proposal.kind in set(ItemKind) else proposal.kind
            item.setToolTip(0, f"{proposal.name} ({kind})")
            item.setToolTip(1, proposal.reason)
            self.list.addTopLevelItem(item)
        intro = QLabel("Uncheck what this meeting does not need (Space checks and unchecks); the "
                       "checked items are added at the end of the agenda, in this order."
                       if self.proposals else "Nothing to propose: every open action, active "
                       "hotspot and case due for review is already on the agenda.")
        intro.setWordWrap(True)
        # The reasons are sentences: the selected one is shown whole under the list.
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setMinimumHeight(self.why.fontMetrics().lineSpacing() * 2)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(intro)
        self.form.addRow(self.list)
        self.form.addRow(self.why)
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        self._error_labels["proposals"] = self.general_error
        save_button = self.buttons.button(self.buttons.StandardButton.Save)
        save_button.setText("&Add to agenda")
        self.list.setFocus()
        if self.items():
            self.list.setCurrentItem(self.items()[0])

    def _on_current_item_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        self.why.setText(f"{item.text(0)}: {item.text(1)}" if item is not None else "")

    def items(self) -> list[QTreeWidgetItem]:
        found = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        return [item for item in found if item is not None]

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self.items():
            item.setCheckState(0, state)

    def values(self) -> list[Proposal]:
        return [self.proposals[item.data(0, Qt.ItemDataRole.UserRole)] for item in self.items()
                if item.checkState(0) == Qt.CheckState.Checked]

"""What a check-in would do, read before anything changes: the records added, changed, deleted and
renumbered, and those in conflict."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from jagdesk.domain.common.day_text import uk_day_time
from jagdesk.domain.common.wording import plural
from jagdesk.gui.dialogs.common.record_dialog import show_as_error
from jagdesk.gui.forms.offline.ui_checkin_dialog import Ui_CheckinDialog
from jagdesk.services.offline.types import CheckinPlan, Renumbered

# The plan's sections: a heading for each and what its records are called.
SECTIONS = (("added", "Added on the laptop"), ("changed", "Changed on the laptop"),
            ("deleted", "Deleted on the laptop"), ("renumbered", "Renumbered"),
            ("conflicts", "Changed on both sides (conflicts to resolve)"))


def plan_summary(plan: CheckinPlan) -> str:
    """The plan in one sentence: its counts."""
    if plan.nothing_to_do:
        return "Nothing was changed on the laptop, so the take-out is only marked checked in."
    counts = (f"{len(plan.added)} added, {len(plan.changed)} changed, {len(plan.deleted)} deleted, "
              f"{len(plan.renumbered)} renumbered, {plural(len(plan.conflicts), 'conflict')}")
    return (f"{counts}; {plural(plan.trail_entries, 'entry', 'entries')} of the laptop's trail "
            "join the server's.")


def renumbered_text(renumbered: Renumbered) -> str:
    """A record renumbered, under its new reference: 'case PS-2021-004 ... (was PS-2021-003)'."""
    return f"{renumbered.label.replace(renumbered.old, renumbered.new)} (was {renumbered.old})"


class CheckinDialog(QDialog):
    """The plan of a check-in; its button checks in, or first resolves the conflicts."""

    def __init__(self, plan: CheckinPlan, file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CheckinDialog()
        ui.setupUi(self)
        self.plan = plan
        origin = plan.origin
        ui.origin.setText(
            f"<b>{html.escape(file.name)}</b>: {html.escape(origin.locality)}, taken out of "
            f"{html.escape(origin.source)} on {uk_day_time(origin.taken_at)} by "
            f"{html.escape(origin.taken_by)}.")
        ui.summary.setText(plan_summary(plan))
        show_as_error(ui.general_error)
        self.tree = ui.plan
        renumbered = tuple(renumbered_text(r) for r in plan.renumbered)
        lists = {"added": plan.added, "changed": plan.changed, "deleted": plan.deleted,
                 "renumbered": renumbered,
                 "conflicts": tuple(f"{c.label} ({c.kind.value})" for c in plan.conflicts)}
        self.sections: dict[str, QTreeWidgetItem] = {}
        for key, heading in SECTIONS:
            labels = lists[key]
            section = QTreeWidgetItem([f"{heading}: {len(labels)}"])
            self.sections[key] = section
            self.tree.addTopLevelItem(section)
            for label in labels:
                section.addChild(QTreeWidgetItem([label]))
            # The conflicts and renumberings are what the officer must see; the rest on asking.
            section.setExpanded(key in ("conflicts", "renumbered") or len(labels) <= 5)
        self.go_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.go_button.setText("&Resolve conflicts…" if plan.conflicts else "&Check in")
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.go_button.setFocus()

    def section(self, key: str) -> list[str]:
        """The labels listed under a section of the plan ('added', 'conflicts', ...)."""
        section = self.sections[key]
        return [child.text(0) for i in range(section.childCount())
                if (child := section.child(i)) is not None]

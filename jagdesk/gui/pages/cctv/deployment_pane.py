"""One mobile deployment's steps as they stand, and the buttons for the steps that can come next."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from jagdesk.services.cctv.deployment_detail import DeploymentDetail

# (step, button text), in the order of a deployment's life.
# No key twice on the page: its tables' buttons have N, S, D, R, F, L and A.
STEPS = (("criteria", "&Criteria…"), ("decision", "Decisi&on…"), ("consultation", "Consul&ted…"),
         ("install", "&Installed…"), ("review", "Re&view…"), ("removal", "Re&moved…"),
         ("evaluation", "Eval&uate…"))
# The steps each stage allows.
ALLOWED = {"requested": {"criteria", "decision", "consultation"},
           "approved": {"criteria", "consultation", "install"},
           "refused": set(), "installed": {"review", "removal"},
           "removed": {"removal", "evaluation"}, "evaluated": set()}


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def next_step(detail: DeploymentDetail) -> str | None:
    """The step Enter opens: the one the deployment is waiting for."""
    row = detail.row
    if row.stage == "requested":
        return "decision" if row.criteria_met else "criteria"
    if row.stage == "approved":
        return "install" if detail.letters_sent_on else "consultation"
    if row.stage == "installed":
        return "review" if row.review_due else "removal"
    if row.stage == "removed":
        return "removal" if row.signage_to_remove else "evaluation"
    return None


def steps_html(detail: DeploymentDetail, criteria: list[str]) -> str:
    """The steps as a list: each one done with its particulars, or still to do."""
    row = detail.row

    def step(title: str, done: bool, text: str) -> str:
        mark = "&#10003;" if done else "&#9675;"
        colour = "" if done else " style='color: gray'"
        return f"<p{colour}><b>{mark} {title}</b><br>{text}</p>"

    ticks = "".join(f"<br>{'&#9745;' if name in row.criteria_met else '&#9744;'} {escape(name)}"
                    for name in criteria)
    asked = ", ".join(escape(part) for part in (detail.requested_by, detail.requesting_agency) if part)
    parts = [
        f"<h3>{escape(row.reference)}: {escape(row.site)}</h3>",
        step("Requested", True, f"{_day(row.requested_on)} by {asked or 'someone not named'}"
             + (f"<br>{escape(detail.problem)}" if detail.problem else "")
             + (f"<br>Incidents: {escape(detail.incidents)}" if detail.incidents else "")),
        step("Criteria", bool(row.criteria_met),
             f"{len(row.criteria_met)} of {len(criteria)} met{ticks}"),
        step("Decision", bool(row.decision),
             f"{row.decision.capitalize()} on {_day(detail.decided_on)} by "
             f"{escape(detail.decided_by)}: {escape(row.decision_reasons)}" if row.decision
             else "Not decided yet"),
        step("Residents consulted", detail.letters_sent_on is not None,
             f"Letters sent {_day(detail.letters_sent_on)}, {detail.responses} responses"
             + (f"; objections: {escape(detail.objections)}" if detail.objections else "")
             + (f"; answered: {escape(detail.objections_answer)}" if detail.objections_answer else "")
             if detail.letters_sent_on else "Not yet"),
        step("Signage up", row.signage_up_on is not None, _day(row.signage_up_on) or "Not yet"),
        step("Installed", row.installed_on is not None,
             f"{_day(row.installed_on)}, camera {escape(row.camera)}, planned end "
             f"{_day(row.planned_end_on)}"
             + (" <b style='color:#b00020'>PAST ITS PLANNED END</b>" if row.past_planned_end else "")
             if row.installed_on else "Not yet"),
        step("Reviews", bool(detail.reviews),
             "".join(f"{_day(day)} {escape(who)}: {escape(outcome)}<br>"
                     for day, who, outcome in detail.reviews)
             + (f"Next review {_day(row.next_review_on)}"
                + (" <b style='color:#b00020'>DUE</b>" if row.review_due else "")
                if row.next_review_on else "")),
        step("Removed", row.removed_on is not None, _day(row.removed_on) or "Not yet"),
        step("Signage removed", row.signage_removed_on is not None,
             _day(row.signage_removed_on)
             or ("<b style='color:#b00020'>Still up: take it down</b>" if row.removed_on
                 else "Not yet")),
        step("Evaluation", bool(row.evaluation),
             (f"Within {detail.radius_m} m: before {detail.before}, during {detail.during}, "
              f"after {detail.after}<br>{escape(row.evaluation)}") if row.evaluation
             else "Once the camera is down: incidents before, during and after"),
    ]
    return "".join(parts)


class DeploymentPane(QWidget):
    """The selected deployment's steps, and a button for each step."""

    step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel("<b>Steps</b>")
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName("The deployment's steps")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, (name, label) in enumerate(STEPS):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, step=name: self.step_requested.emit(step))
            self.buttons[name] = button
            grid.addWidget(button, n // 4, n % 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addLayout(grid)
        self.show_detail(None, [])

    def show_detail(self, detail: DeploymentDetail | None, criteria: list[str]) -> None:
        if detail is None:
            self.text.setHtml("<p style='color: gray'>Select a deployment to see its steps, or "
                              "press New request to start one.</p>")
            allowed: set[str] = set()
        else:
            self.text.setHtml(steps_html(detail, criteria))
            allowed = ALLOWED.get(detail.row.stage, set())
            if detail.row.stage == "removed" and not detail.row.signage_to_remove:
                allowed = {"evaluation"}
        for name, button in self.buttons.items():
            button.setEnabled(name in allowed)

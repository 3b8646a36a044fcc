"""The action log as a document to circulate: the actions shown, what they were chosen by, and the
words the Word, PDF and CSV writers share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jagdesk.domain.common.wording import plural
from jagdesk.domain.problem_solving.rules import day_text
from jagdesk.domain.problem_solving.vocabulary import ActionStatus

NONE = "—"


@dataclass(frozen=True)
class LogAction:
    """One action as the circulated log prints it."""

    reference: str
    description: str
    owner: str  # the owner contact's name, "" when only an agency owns it
    agency: str
    due_on: date | None
    status: str  # ActionStatus value
    overdue: bool
    latest_update: str  # "12 Nov 2026: text" or ""
    agreed_at: str  # "Hertsmere JAG, January 2021, item 3" or the case reference


@dataclass(frozen=True)
class ActionLogDocument:
    """The log to circulate: which actions (`scope`), under which marking, printed when."""

    scope: str  # "Open actions agreed at Hertsmere JAG, January 2021"
    marking: str
    printed_on: date
    actions: tuple[LogAction, ...]
    one_meeting: bool = False  # every action was agreed at one meeting (no need to say where)
    title: str = "Action log"


def scope_text(status: str | None, overdue: bool, meeting: str = "", owner: str = "",
               agency: str = "", search: str = "") -> str:
    """Which actions a log shows, in words: "Open actions agreed at Hertsmere JAG, January 2021,
    owned by Priya Raman". `status` is an ActionStatus value (None: every status)."""
    if overdue:
        what = "Overdue actions"
    elif status in set(ActionStatus):
        what = f"{ActionStatus(status).label} actions"
    else:
        what = "All actions"
    parts = [what + (f" agreed at {meeting}" if meeting else "")]
    if owner:
        parts.append(f"owned by {owner}")
    if agency:
        parts.append(f"of {agency}")
    if search.strip():
        parts.append(f"matching ‘{search.strip()}’")
    return ", ".join(parts)


def status_text(action: LogAction) -> str:
    """"Open", "Done", "Cancelled", or "Overdue" for an open action past its due date."""
    if action.overdue:
        return "Overdue"
    return ActionStatus(action.status).label if action.status in set(ActionStatus) else action.status


def due_text(action: LogAction) -> str:
    return day_text(action.due_on) if action.due_on else NONE


def owner_text(action: LogAction) -> str:
    """"Priya Raman (Hertsmere Borough Council)", or whichever of the two there is."""
    if action.owner and action.agency:
        return f"{action.owner} ({action.agency})"
    return action.owner or action.agency or NONE


def summary_text(document: ActionLogDocument) -> str:
    """"14 actions, 3 overdue; printed 1 Dec 2026"."""
    late = sum(1 for a in document.actions if a.overdue)
    counted = plural(len(document.actions), "action") + (f", {late} overdue" if late else "")
    return f"{counted}; printed {day_text(document.printed_on)}"


def footer_text(document: ActionLogDocument) -> str:
    return f"{document.title}: {document.scope} · printed {day_text(document.printed_on)}"


HEADER = ["Ref", "Action", "Owner and agency", "Due", "Status", "Latest update"]
CSV_HEADER = ["Ref", "Action", "Owner", "Agency", "Due", "Status", "Agreed at", "Latest update"]


def csv_row(action: LogAction) -> list[str]:
    return [action.reference, action.description, action.owner, action.agency,
            day_text(action.due_on) if action.due_on else "", status_text(action), action.agreed_at,
            action.latest_update]

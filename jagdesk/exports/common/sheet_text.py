"""What a case sheet says, as plain text rows, shared by the PDF and the Word writers."""

from __future__ import annotations

from datetime import date

from jagdesk.domain.problem_solving.vocabulary import (
    SIDE_TITLES,
    ActionStatus,
    BeforeAfter,
    CaseSheet,
    SheetAction,
    Side,
)

Rows = list[tuple[str, str]]
# Places shown as their own columns in the scanning table; the others are in the total only.
MAX_PLACE_COLUMNS = 4
NONE = "—"


def day(value: date | None) -> str:
    """A date as partners write it: 12 Nov 2026 (a dash when there is none)."""
    return f"{value.day} {value:%b %Y}" if value else NONE


def month_title(month: str) -> str:
    """ "2026-03" -> "Mar 2026"."""
    try:
        return f"{date(int(month[:4]), int(month[5:7]), 1):%b %Y}"
    except ValueError:
        return month


def period(first: date, last: date) -> str:
    """A period of whole months: "Jan 2026 to Jun 2026" (last is the first day of its month)."""
    return f"{first:%b %Y} to {last:%b %Y}"


def label(value: str) -> str:
    """A stored status or judgement ("in progress") as printed ("In progress")."""
    return value[:1].upper() + value[1:] if value else NONE


def side_title(value: str) -> str:
    try:
        return SIDE_TITLES[Side(value)]
    except ValueError:
        return value or NONE


def action_status(action: SheetAction) -> str:
    """The status column: "Open", "Done", or "Open, OVERDUE" for an open action past its date."""
    text = label(action.status)
    return f"{text}, OVERDUE" if action.overdue and action.status == ActionStatus.OPEN else text


def title_rows(sheet: CaseSheet) -> Rows:
    return [
        ("Reference", sheet.reference),
        ("Status", label(sheet.status)),
        ("Owner", sheet.owner or NONE),
        ("Locality", sheet.locality or NONE),
        ("Partner agencies", ", ".join(sheet.agencies) or NONE),
        ("Opened", day(sheet.opened_on)),
        ("Review by", day(sheet.review_on)),
        ("Printed", day(sheet.printed_on)),
    ]


def problem_rows(sheet: CaseSheet) -> Rows:
    return [("Behaviour", sheet.behaviour or NONE), ("Place", sheet.place or NONE),
            ("Time", sheet.time_pattern or NONE)]


def objective_rows(sheet: CaseSheet) -> Rows:
    return [("Objective", sheet.objective or NONE), ("Measured by", sheet.objective_measure or NONE),
            ("Target", sheet.objective_target or NONE), ("By", day(sheet.objective_due_on))]


def scanning_rows(sheet: CaseSheet) -> Rows:
    return [("Sources", ", ".join(sheet.scanning_sources) or NONE),
            ("Notes", sheet.scanning_notes or NONE)]


def monthly_table(sheet: CaseSheet) -> tuple[list[str], list[list[str]]] | None:
    """Incidents by month: a row per month, a column per linked place (the first few) and the total."""
    monthly = sheet.monthly
    if monthly is None or not monthly.months:
        return None
    # The busiest places get their own columns (in the order given); the total counts them all.
    busiest = sorted(monthly.places, key=lambda place: -sum(place[1]))[:MAX_PLACE_COLUMNS]
    places = [place for place in monthly.places if place in busiest]
    header = ["Month", *[name for name, _ in places], "All linked places"]
    body = [[month_title(month), *[str(counts[i]) for _, counts in places], str(monthly.totals[i])]
            for i, month in enumerate(monthly.months)]
    body.append(["Total", *[str(sum(counts)) for _, counts in places], str(sum(monthly.totals))])
    return header, body


def analysis_rows(sheet: CaseSheet) -> list[list[str]]:
    """Each side in full: side, what is known, linked people or places, controller, actions."""
    rows = []
    for side in sheet.triangle.sides():
        controller = f"{side.side.controller}: {side.controller.strip() or 'not recorded'}"
        actions = f"{side.actions} ({side.open_actions} open)" if side.actions else "0"
        rows.append([side.side.label, side.description.strip() or NONE, ", ".join(side.linked) or NONE,
                     controller, actions])
    return rows


def repeat_rows(sheet: CaseSheet) -> list[list[str]]:
    return [[repeat.side.label, repeat.subject, repeat.detail] for repeat in sheet.repeats]


def change_text(figures: BeforeAfter) -> str:
    """ "down 12 (-40%)", "up 3 (+25%)", "no change", or "up 4 (none before)"."""
    if figures.change == 0:
        return "no change"
    direction = "up" if figures.change > 0 else "down"
    percent = figures.percent
    share = "none before" if percent is None else f"{percent:+.0f}%"
    return f"{direction} {abs(figures.change)} ({share})"


def before_after_rows(figures: BeforeAfter) -> list[list[str]]:
    return [
        ["Before the response", period(figures.before_from, figures.before_to), str(figures.before)],
        ["After the response", period(figures.after_from, figures.after_to), str(figures.after)],
        ["Change", "", change_text(figures)],
    ]


def assessment_rows(sheet: CaseSheet) -> Rows:
    return [("Judgement", label(sheet.assessment_result)), ("Notes", sheet.assessment_notes or NONE)]


def closure_rows(sheet: CaseSheet) -> Rows:
    if sheet.closed_on is None:
        return [("Closed", "Not closed")]
    return [("Closed", day(sheet.closed_on)), ("Reason", sheet.closed_reason or NONE)]


ACTION_HEADER = ["Ref", "Action", "Side", "Technique", "Owner", "Due", "Status"]


def action_row(action: SheetAction) -> list[str]:
    return [action.reference, action.description, side_title(action.side) if action.side else NONE,
            action.technique or NONE, action.owner or NONE, day(action.due_on), action_status(action)]

"""The rules of the JAG's yearly action plan: what may be entered, JAG references, the plan's
period and quarters (the plan year starts in April, as councils' and police years do)."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from jagdesk.domain.common import validation as v
from jagdesk.domain.meetings.vocabulary import ActionPlanDocument, PlanItem, PlanUpdate, RagStatus

FIRST_YEAR, LAST_YEAR = 2000, 2100
NAME_LENGTH = 200
THEME_LENGTH = 300
TEXT_LENGTH = 4000  # an objective, the actions, the indicator: a few paragraphs at most
UPDATE_LENGTH = 20000  # a quarter's update can run long (published ones run over a page)
LIST_LENGTH = 200  # the store's column for indicator refs, lead agencies and lead groups
QUARTERS = (1, 2, 3, 4)
QUARTER_MONTHS = {1: "April–June", 2: "July–September", 3: "October–December", 4: "January–March"}
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")

# National indicators (NI17) and the strategy's own references (S-A1.5, S-A5.2a, S-C10.1).
NATIONAL = re.compile(r"^NI ?(\d{1,3})$", re.IGNORECASE)
LOCAL = re.compile(r"^S-([A-Z])(\d{1,2})(?:\.(\d{1,2})([a-z]?))?$", re.IGNORECASE)


class ItemStatus(StrEnum):
    """Whether an item is still being worked (carried into next year's plan) or done."""

    OPEN = "open"
    COMPLETE = "complete"

    @property
    def label(self) -> str:
        return self.value.capitalize()


# --- References, periods and quarters ---------------------------------------------------------------


def jag_reference(theme_number: int, item_number: int) -> str:
    """The item's JAG ref as the plan prints it: theme 2, item 1 -> "2.1"."""
    return f"{theme_number}.{item_number}"


def period_text(year: int) -> str:
    """The plan year starting in April of `year`: 2026 -> "2026-2027"."""
    return f"{year}-{year + 1}"


def default_plan_name(year: int) -> str:
    return f"JAG action plan {period_text(year)}"


def quarter_of(day: date) -> tuple[int, int]:
    """(the plan year, the quarter) a date falls in: April-June is quarter 1, January-March is
    quarter 4 of the plan year that started the April before."""
    if day.month >= 4:
        return day.year, (day.month - 4) // 3 + 1
    return day.year - 1, 4


def quarter_start(year: int, quarter: int) -> date:
    """The first day of a quarter of the plan year starting in April of `year`."""
    month = 3 * quarter + 1
    return date(year + 1, 1, 1) if month > 12 else date(year, month, 1)


def quarter_heading(year: int, quarter: int | None) -> str:
    """The update column's heading: "Update: 2026-2027 Quarter 2"."""
    text = f"Update: {period_text(year)}"
    return f"{text} Quarter {quarter}" if quarter else text


def latest_update(updates: tuple[PlanUpdate, ...]) -> PlanUpdate | None:
    """The update of the latest quarter that says anything (a RAG status or text)."""
    said = [u for u in updates if u.rag or u.text.strip()]
    return max(said, key=lambda u: u.quarter) if said else None


def document_quarter(plan: ActionPlanDocument) -> int | None:
    """The quarter a printed plan's update column shows: the latest its items carry."""
    quarters = [u.quarter for theme in plan.themes for item in theme.items for u in item.updates]
    return max(quarters) if quarters else None


def item_update(item: PlanItem, quarter: int | None) -> PlanUpdate | None:
    """An item's update for one quarter, if it has one."""
    return next((u for u in item.updates if u.quarter == quarter), None)


def rag_label(rag: str) -> str:
    return RagStatus(rag).label if rag in set(RagStatus) else ""


# --- Checks -------------------------------------------------------------------------------------------


def year_problem(year: int | None) -> str | None:
    """A plan's year: the year its April falls in, within reason."""
    if year is None:
        return "Enter the year the plan starts (2026 for 2026-2027)."
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return f"The plan's year must be between {FIRST_YEAR} and {LAST_YEAR}, not {year}."
    return None


def plan_errors(year: int | None, name: str, notes: str = "") -> dict[str, str]:
    """The plan's year, title and notes, by field."""
    return v.collect(year=year_problem(year), name=v.required_text(name, "plan's title", NAME_LENGTH),
                     notes=v.max_length_text(notes, "notes", TEXT_LENGTH))


def theme_errors(name: str, number: int | None = None) -> dict[str, str]:
    """A theme's title and, when given, its number."""
    number_problem = None
    if number is not None and not 1 <= number <= 99:
        number_problem = f"A theme's number must be between 1 and 99, not {number}."
    return v.collect(name=v.required_text(name, "theme's title", THEME_LENGTH), number=number_problem)


def normal_indicator(text: str) -> str | None:
    """One reference as written in the plan (NI17, S-A5.2a), or None when it is not one."""
    text = text.strip()
    national = NATIONAL.match(text)
    if national:
        number = int(national.group(1))
        return f"NI{number}" if 1 <= number <= 999 else None
    local = LOCAL.match(text)
    if local:
        letter, major, minor, part = local.groups()
        tail = f".{minor}{part.lower()}" if minor else ""
        return f"S-{letter.upper()}{major}{tail}"
    return None


def split_indicators(text: str) -> list[str]:
    """The references of a comma (or semicolon) list, blanks dropped."""
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def indicators_problem(text: str) -> str | None:
    """A list of national indicator references such as "S-A1.5, NI17": each one told back."""
    seen: set[str] = set()
    for index, part in enumerate(split_indicators(text)):
        normal = normal_indicator(part)
        where = f"The {ORDINALS[index]} reference" if index < len(ORDINALS) else f"Reference {index + 1}"
        if normal is None:
            return (f"{where}, '{part}', is not a national indicator reference: write NI and its "
                    "number (NI17) or a strategy reference such as S-A1.5, separated by commas.")
        if normal in seen:
            return f"{normal} is listed twice."
        seen.add(normal)
    return v.max_length_text(normal_indicators(text), "list of national indicators", LIST_LENGTH)


def normal_indicators(text: str) -> str:
    """The list as stored and printed: "S-A1.5, NI17" (unreadable parts kept as typed)."""
    return ", ".join(normal_indicator(part) or part for part in split_indicators(text))


def normal_list(text: str) -> str:
    """Lead agencies or groups, however typed, as "EHC, Police"."""
    return ", ".join(part.strip() for part in text.split(",") if part.strip())


def item_errors(objective: str, actions: str = "", indicator: str = "", national_indicators: str = "",
                lead_agencies: str = "", lead_groups: str = "",
                status: str = ItemStatus.OPEN) -> dict[str, str]:
    """An item's fields, by field name."""
    status_problem = None
    if status not in set(ItemStatus):
        status_problem = f"'{status}' is not an item status (open or complete)."
    return v.collect(
        objective=v.required_text(objective, "objective", TEXT_LENGTH),
        actions=v.max_length_text(actions, "actions", TEXT_LENGTH),
        indicator=v.max_length_text(indicator, "performance indicator", TEXT_LENGTH),
        national_indicators=indicators_problem(national_indicators),
        lead_agencies=v.max_length_text(normal_list(lead_agencies), "list of lead agencies",
                                        LIST_LENGTH),
        lead_groups=v.max_length_text(normal_list(lead_groups), "list of lead action groups",
                                      LIST_LENGTH),
        status=status_problem,
    )


def quarter_problem(quarter: int | None) -> str | None:
    if quarter not in QUARTERS:
        return f"The quarter must be 1, 2, 3 or 4, not {quarter}."
    return None


def rag_problem(rag: str) -> str | None:
    """A RAG status: red, amber, green, or none yet."""
    if rag and rag not in set(RagStatus):
        return f"'{rag}' is not a RAG status (red, amber or green)."
    return None


def update_errors(plan_year: int, quarter: int | None, rag: str, text: str,
                  written_on: date | None) -> dict[str, str]:
    """A quarter's update: which quarter, its RAG status, text and date, by field."""
    written_problem = None
    if written_on is not None and written_on < quarter_start(plan_year, 1):
        written_problem = (f"An update of the {period_text(plan_year)} plan cannot be written before "
                           f"the plan year starts on 1 April {plan_year}.")
    return v.collect(quarter=quarter_problem(quarter), rag=rag_problem(rag),
                     text=v.max_length_text(text, "update", UPDATE_LENGTH), written_on=written_problem)

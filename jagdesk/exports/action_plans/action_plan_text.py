"""What the Word and PDF action plans print alike: the published plans' column headings, widths, the RAG
colours and the lines under the title."""

from __future__ import annotations

import re
from collections import Counter

from jagdesk.domain import action_plans as rules
from jagdesk.domain.meetings.vocabulary import ActionPlanDocument, PlanItem, RagStatus
from jagdesk.exports.common.sheet_text import day

# The columns of a published partnership action plan, in its order; the last heading names the
# plan year and quarter.
HEADINGS = ("JAG ref", "Objective", "Actions", "Performance indicator / outcome",
            "Ref to National Indicators", "Lead agency", "Lead action group(s)")
# Shares of the table's width: the update column is the widest, as in published plans.
WIDTHS = (0.062, 0.145, 0.17, 0.125, 0.095, 0.08, 0.085, 0.238)
# A light fill keeps the update's text readable on it (and in black and white); the word in a
# strong colour says the status in print too.
RAG_FILLS = {RagStatus.RED: "F4C7C3", RagStatus.AMBER: "FCE8B2", RagStatus.GREEN: "C6E7D2"}
RAG_WORDS = {RagStatus.RED: "B3261E", RagStatus.AMBER: "8A5A00", RagStatus.GREEN: "1E6B3A"}
HEADER_FILL = "E4E9F0"
MARKING_COLOUR = "8B0000"
NO_UPDATE = "No update for this quarter."
_BULLET = re.compile(r"^\s*(?:[-*•●▪◦]|\d{1,2}[.)])\s+")


def headings(plan: ActionPlanDocument) -> tuple[str, ...]:
    """The eight column headings, the update column's naming the plan's period and quarter."""
    return (*HEADINGS, rules.quarter_heading(plan.year, rules.document_quarter(plan)))


def lines(text: str) -> list[str]:
    """The text's non-empty lines, without the bullets people type ("- ", "• ", "1. ")."""
    return [_BULLET.sub("", line).strip() for line in text.splitlines() if line.strip()]


def rag_of(item: PlanItem, quarter: int | None) -> str:
    found = rules.item_update(item, quarter)
    return found.rag if found is not None else ""


def update_text(item: PlanItem, quarter: int | None) -> str:
    found = rules.item_update(item, quarter)
    return found.text if found is not None else ""


def subtitle(plan: ActionPlanDocument) -> str:
    """The line under the title: the year, the quarter shown and when it was printed."""
    quarter = rules.document_quarter(plan)
    shown = (f"updates for quarter {quarter} ({rules.QUARTER_MONTHS[quarter]})" if quarter
             else "no updates yet")
    return (f"Plan year {plan.period} (April to March) · {shown} · printed {day(plan.printed_on)}")


def rag_summary(plan: ActionPlanDocument) -> str:
    """How the items stand this quarter: "12 items: 7 green, 3 amber, 1 red, 1 without a status"."""
    quarter = rules.document_quarter(plan)
    items = [item for theme in plan.themes for item in theme.items]
    counts = Counter(rag_of(item, quarter) for item in items)
    parts = [f"{counts[rag]} {rag.value}" for rag in (RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED)
             if counts[rag]]
    if counts[""]:
        parts.append(f"{counts['']} without a status")
    total = f"{len(items)} item{'s' if len(items) != 1 else ''} in {len(plan.themes)} themes"
    return f"{total}: " + ", ".join(parts) + "." if parts else f"{total}."


def footer_text(plan: ActionPlanDocument) -> str:
    return f"{plan.title} · printed {day(plan.printed_on)}"

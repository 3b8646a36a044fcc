"""One intervention as the register's detail pane reads it: what it is and about whom, its dates,
then its terms, breaches, letters, the rules' warnings and its history, one sentence each."""

from __future__ import annotations

from datetime import date
from html import escape

from jagdesk.domain.common.day_text import uk_day
from jagdesk.services.asb.drawn_area import area_sentence
from jagdesk.services.asb.letters_sent import LetterRow
from jagdesk.services.asb.types import BreachRow, InterventionDetail, TermRow

WARNING_STYLE = "color: #8b0000;"


def _day(value: date | None) -> str:
    return uk_day(value) if value else ""


def _list(title: str, sentences: list[str], empty: str, style: str = "") -> str:
    items = "".join(f"<li>{escape(s)}</li>" for s in sentences) if sentences else \
        f"<li style='color: gray;'>{escape(empty)}</li>"
    styled = f" style='{style}'" if style else ""
    return f"<p style='margin-bottom: 0;'><b>{escape(title)}</b></p><ul{styled}>{items}</ul>"


def term_sentence(term: TermRow) -> str:
    until = f", until {_day(term.ends_on)}" if term.ends_on else ""
    arrest = "; a power of arrest is attached" if term.power_of_arrest else ""
    return f"{term.term_kind.capitalize()}: {term.text}{until}{arrest}."


def breach_sentence(breach: BreachRow) -> str:
    term = f" ({breach.term})" if breach.term else ""
    by = f", reported by {breach.reported_by}" if breach.reported_by else ""
    if breach.acted_on:
        on = f" on {_day(breach.action_on)}" if breach.action_on else ""
        done = f"; action: {breach.action}{on}" + (f"; result: {breach.result}" if breach.result else "")
    else:
        done = f"; not yet acted on. {breach.next_step}"
    return f"Breached on {_day(breach.breached_on)}{term}{by}{done}".rstrip(".") + "."


def detail_html(detail: InterventionDetail, breaches: list[BreachRow], letters: list[LetterRow]) -> str:
    """The pane's text for one intervention."""
    row = detail.row
    age = f" ({row.age}, {row.age_group})" if row.age is not None else ""
    dates = [f"opened on {_day(row.opened_on)}"]
    if row.starts_on:
        dates.append(f"started on {_day(row.starts_on)}")
    if row.ends_on:
        dates.append(f"ends on {_day(row.ends_on)}")
    elif detail.data.indefinite:
        dates.append("runs until further order")
    if row.next_review_on:
        dates.append(f"next review on {_day(row.next_review_on)}")
    links = [*detail.case_references, *detail.hotspot_names]
    who = ", ".join(part for part in (row.officer, row.lead_agency, row.locality) if part)
    drawn = area_sentence(detail.data.area)
    lines = [
        f"<h3 style='margin-bottom: 2px;'>{escape(row.reference)} {escape(row.kind_title)}</h3>",
        f"<p>About <b>{escape(row.subject_name)}</b>{escape(age)}. It is <b>{escape(row.status)}</b>; "
        f"{escape('; '.join(dates))}.<br/>{escape(row.legal_basis or 'No legal basis recorded')}."
        + (f"<br/>Led by {escape(who)}." if who else "")
        + (f"<br/>Linked to {escape(', '.join(links))}." if links else "")
        + (f"<br/>{escape(drawn)}" if drawn else "") + "</p>",
        _list("Rule warnings", list(row.warnings), "None today.", WARNING_STYLE),
        _list("Terms", [term_sentence(t) for t in detail.terms], "No terms recorded."),
        _list("Breaches", [breach_sentence(b) for b in breaches], "No breaches recorded."),
        _list("Letters sent", [letter.sentence() for letter in letters], "No letters written."),
        _list("History", [f"{change.to_status.capitalize()} on {_day(change.changed_on)}"
                          + (f": {change.note}" if change.note else "") + "."
                          for change in detail.history], ""),
    ]
    if detail.data.summary:
        lines.insert(2, f"<p><i>{escape(detail.data.summary)}</i></p>")
    return "".join(lines)


EMPTY = ("<p>Choose an intervention on the left to see its terms, breaches, letters and warnings, "
         "and the steps it may take next.</p><p>New intervention starts one: a warning letter, an "
         "ABC, an injunction, a notice or an order.</p>")

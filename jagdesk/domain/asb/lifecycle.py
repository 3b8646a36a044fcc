"""How an intervention moves on: its status changes, extensions, terms and breaches, what is worth
a warning as the days pass, and the next step a breach suggests."""

from __future__ import annotations

from datetime import date

from jagdesk.domain.asb.powers import Power
from jagdesk.domain.asb.rules import Facts, months_after
from jagdesk.domain.asb.vocabulary import LIFECYCLES, LIVE, Kind, Status, a
from jagdesk.domain.common.day_text import day_text


def transition_problem(kind: Kind, current: Status, new: Status) -> str | None:
    """Why a `kind` may not move from `current` to `new`, or None."""
    allowed = LIFECYCLES[kind].get(current, ())
    if new in allowed:
        return None
    if not allowed:
        return f"{a(kind.label, True)} that is {current.value} does not change status any more."
    choices = ", ".join(status.value for status in allowed)
    return f"{a(kind.label, True)} that is {current.value} can become {choices}; not {new.value}."


def extension_problem(facts: Facts, power: Power, current_ends_on: date | None,
                      new_ends_on: date) -> str | None:
    """Why the order may not be extended to `new_ends_on` (PSPO: up to 3 years each time; closure
    order: at most 6 months in all), or None."""
    what = facts.kind.label
    if power.extension_months is None and power.total_max_months is None:
        return f"{a(what, True)} is not extended; make a new one."
    if current_ends_on is None or new_ends_on <= current_ends_on:
        was = day_text(current_ends_on) if current_ends_on else "no end date"
        return f"An extension must end after the present end ({was})."
    if power.extension_months is not None:
        latest = months_after(current_ends_on, power.extension_months)
        if new_ends_on > latest:
            return (f"Each extension of {a(what)} is at most {power.extension_months // 12} years: "
                    f"from {day_text(current_ends_on)} to {day_text(latest)} at the latest.")
    if power.total_max_months is not None:
        latest = months_after(facts.day, power.total_max_months)
        if new_ends_on > latest:
            return (f"{a(what, True)} with its extensions lasts at most {power.total_max_months} months in "
                    f"all: from {day_text(facts.day)} to {day_text(latest)} at the latest.")
    return None


def term_problem(facts: Facts, power: Power, text: str, ends_on: date | None,
                 power_of_arrest: bool, order_ends_on: date | None) -> str | None:
    """Why a term (a prohibition or a requirement) may not be saved as entered, or None."""
    if not text.strip():
        return "Write what the term prohibits or requires."
    if ends_on is not None and ends_on < facts.day:
        return f"The term ends ({day_text(ends_on)}) before the {facts.kind.label} starts."
    if ends_on is not None and order_ends_on is not None and ends_on > order_ends_on:
        return (f"A term cannot outlast its {facts.kind.label}: it ends on {day_text(order_ends_on)}, "
                f"not {day_text(ends_on)}.")
    if power_of_arrest and not power.power_of_arrest:
        return ("A power of arrest is attached only to a civil injunction's terms, not "
                f"{a(facts.kind.label)}'s.")
    return None


def breach_problem(facts: Facts, breached_on: date, today: date) -> str | None:
    """Why a breach on `breached_on` cannot be recorded, or None."""
    if breached_on > today:
        return f"The breach date {day_text(breached_on)} is in the future."
    if breached_on < facts.day:
        return (f"The breach ({day_text(breached_on)}) is before the {facts.kind.label} started "
                f"({day_text(facts.day)}).")
    return None


# What a breach of each kind suggests doing next.
NEXT_STEPS: dict[Kind, str] = {
    Kind.WARNING_LETTER_1: "Consider a stage 2 warning letter.",
    Kind.WARNING_LETTER_2: "Consider an Acceptable Behaviour Contract or a Community Protection Warning.",
    Kind.ABC: "Consider a civil injunction (a Respect Order for an adult, where in force), using "
              "the breach as evidence.",
    Kind.ASBO: "Breach of an ASBO is a criminal offence: report it for prosecution.",
    Kind.CIVIL_INJUNCTION: "Apply to the court for the breach (contempt; the youth court for "
                           "someone under 18); arrest where a power of arrest is attached.",
    Kind.RESPECT_ORDER: "Breach of a Respect Order is a criminal offence: report it for prosecution.",
    Kind.CBO: "Breach of a CBO is a criminal offence: report it for prosecution.",
    Kind.CPW: "Consider a Community Protection Notice now the time to comply has passed.",
    Kind.CPN: "Consider a fixed penalty notice, remedial works or prosecution.",
    Kind.PSPO: "Consider a fixed penalty notice or prosecution.",
    Kind.DISPERSAL_AUTHORISATION: "Consider a dispersal direction to the people concerned.",
    Kind.DISPERSAL_DIRECTION: "Failing to leave is an offence: consider arrest or a report for "
                              "prosecution.",
    Kind.CLOSURE_NOTICE: "Apply for a closure order: the hearing is within 48 hours of service.",
    Kind.CLOSURE_ORDER: "Entering or staying in closed premises is an offence: report it for "
                        "prosecution.",
}


# The kind of intervention a breach suggests starting next, where it suggests one.
NEXT_KINDS: dict[Kind, Kind] = {
    Kind.WARNING_LETTER_1: Kind.WARNING_LETTER_2, Kind.WARNING_LETTER_2: Kind.ABC,
    Kind.ABC: Kind.CIVIL_INJUNCTION, Kind.CPW: Kind.CPN, Kind.CLOSURE_NOTICE: Kind.CLOSURE_ORDER,
    Kind.DISPERSAL_AUTHORISATION: Kind.DISPERSAL_DIRECTION,
}


def next_step(kind: Kind) -> str:
    """The next step a breach of the kind suggests (a breached ABC: consider an injunction)."""
    return NEXT_STEPS[kind]


def warnings_on(facts: Facts, power: Power | None, status: Status, ends_on: date | None,
                review_on: date | None, today: date, expiring_days: int = 30) -> tuple[str, ...]:
    """What the officer should know today: a review due, an order about to end, a time to comply
    passed, a usual length departed from."""
    found = []
    live = status in LIVE
    if power is not None and power.usual_months and facts.starts_on and facts.ends_on:
        usual = months_after(facts.starts_on, power.usual_months)
        if facts.ends_on != usual:
            found.append(f"{a(facts.kind.label, True)} usually lasts {power.usual_months} months (to "
                         f"{day_text(usual)}); this one ends on {day_text(facts.ends_on)}.")
    if power is not None and power.review_months and facts.starts_on and facts.review_on:
        latest = months_after(facts.starts_on, power.review_months)
        if facts.review_on > latest:
            found.append(f"Review {a(facts.kind.label)} by {power.review_months} months "
                         f"({day_text(latest)}), not {day_text(facts.review_on)}.")
    if live and review_on is not None and review_on <= today:
        found.append(f"Its review was due on {day_text(review_on)}.")
    if live and ends_on is not None and today <= ends_on <= date.fromordinal(today.toordinal()
                                                                            + expiring_days):
        found.append(f"It ends on {day_text(ends_on)}, within {expiring_days} days.")
    if status == Status.ISSUED and facts.comply_by is not None and facts.comply_by < today \
            and facts.kind == Kind.CPW:
        found.append(f"The time to comply ({day_text(facts.comply_by)}) has passed: record whether "
                     "it was complied with, or consider a Community Protection Notice.")
    if power is not None and power.commenced_on is None:
        found.append(f"The {facts.kind.label} is not yet in force in the reference data.")
    return tuple(found)

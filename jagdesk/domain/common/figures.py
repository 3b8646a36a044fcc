"""Performance figures as partnership reports write them: changes, % changes, targets."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ASB = "Anti-social behaviour"
# The total of crimes and ASB incidents together, beside "All crime" (which leaves ASB out).
CRIME_AND_ASB = "All crime and ASB"
ONE_PLACE = Decimal("0.1")


def percent_change(current: int, previous: int) -> Decimal | None:
    """The % change from `previous` to `current` to one decimal place; None when `previous` is 0.

    Decimal arithmetic with halves rounded away from zero, as a person with a calculator would:
    40 more on 205 is 19.51...% -> 19.5%. There is no % change from nothing: the caller says "new".
    """
    if previous == 0:
        return None
    return (Decimal(current - previous) * 100 / Decimal(previous)).quantize(ONE_PLACE, ROUND_HALF_UP)


def format_percent(value: Decimal | None, new: str = "new") -> str:
    """19.5 -> "19.5%", -2.0 -> "-2%" (reports drop a trailing .0), None -> "new"."""
    if value is None:
        return new
    text = f"{value:.1f}".removesuffix(".0")
    return "0%" if text == "-0" else f"{text}%"


def count_text(count: int, crime_type: str) -> str:
    """"245 offences"; anti-social behaviour is counted in incidents, not offences."""
    if crime_type == CRIME_AND_ASB:
        return f"{count} {'crime or incident' if count == 1 else 'crimes and incidents'}"
    unit = "incident" if crime_type == ASB else "offence"
    return f"{count} {unit}{'' if count == 1 else 's'}"


def change_text(current: int, previous: int) -> str:
    """How the count moved against the earlier period: "40 more 19.5%", "54 less -0.8%"."""
    change = current - previous
    if change == 0:
        return "same as last year"
    if previous == 0:
        return "new (none the year before)"
    direction = "more" if change > 0 else "less"
    return f"{abs(change)} {direction} {format_percent(percent_change(current, previous))}"


def year_on_year_sentence(crime_type: str, current: int, previous: int) -> str:
    """A strategic assessment's line: "Theft of motor vehicle 245 offences, 40 more 19.5%"."""
    return f"{crime_type} {count_text(current, crime_type)}, {change_text(current, previous)}"


def target_met(baseline: int, actual: int, target_reduction: Decimal) -> bool | None:
    """Whether `actual` is at least `target_reduction` % below `baseline`; None without a baseline."""
    if baseline == 0:
        return None
    # Integers and Decimals only: a 24% target on 413 must not fail on float rounding.
    return Decimal(actual) * 100 <= Decimal(baseline) * (100 - target_reduction)
